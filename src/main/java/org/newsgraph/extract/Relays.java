package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person who relays an organisation's words ("Lee said, citing the NIS", "according to Lee, the NIS said") goes on
 * relaying it while the article refers to the organisation by description or pronoun: in "..., the agency said"
 * the reporter is still retelling the person's account, so the claim is relayed by the last person seen relaying
 * that organisation. A sentence that names the organisation again ("The NIS further reported") is its own report.
 * Denials are not relayed (whoever relays a denial asserts nothing), and noun-phrase facts are the article's own.
 * A person who made an organisation's document public relays it the same way. One per article, fed sentence by sentence.
 */
final class Relays {
  private final Map<Entity, Entity> relayer = new HashMap<>();

  /** Relays the claims of sentence {@code s} made from index {@code from} on, then learns its relays. */
  void sentence(List<Mention> mentions, List<Attribution> attributions, List<Claim> claims, int from, List<Entity> documentSpeakers) {
    for (int i = from; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.claimant().isEmpty() || c.accordingTo().isPresent() || ArticleExtractor.isNounPhraseRule(c)
          || c.status().ordinal() >= Status.DISPUTED.ordinal()) {
        continue;
      }
      Entity speaker = c.claimant().get();
      Entity person = relayer.get(speaker);
      if (person != null && referredTo(speaker, mentions, attributions)) {
        claims.set(i, c.withAttribution(Optional.of(person), Optional.of(speaker)));
      }
    }
    for (int i = from; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.claimant().isPresent() && c.accordingTo().isPresent() && c.claimant().get().type() == EntityType.PERSON
          && c.accordingTo().get().type() != EntityType.PERSON) {
        relayer.put(c.accordingTo().get(), c.claimant().get());
      }
    }
    if (documentSpeakers.size() == 2 && documentSpeakers.get(1).type() == EntityType.PERSON
        && documentSpeakers.get(0).type() != EntityType.PERSON) {
      relayer.put(documentSpeakers.get(0), documentSpeakers.get(1)); // "Rep. Yu released the figures, which the ministry submitted"
    }
  }

  /** Whether the speaker's mention next to its reporting verb is a description or a pronoun ("the agency said"). */
  private static boolean referredTo(Entity speaker, List<Mention> mentions, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (!a.speaker().equals(Optional.of(speaker))) {
        continue;
      }
      Mention nearest = null;
      for (Mention m : mentions) {
        if (m.entity().equals(speaker) && (nearest == null
            || Math.abs(m.first() - a.verbAt()) < Math.abs(nearest.first() - a.verbAt()))) {
          nearest = m;
        }
      }
      return nearest != null && (nearest.kind() == MentionKind.DESCRIPTION || nearest.kind() == MentionKind.PRONOUN);
    }
    return false;
  }
}
