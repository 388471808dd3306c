package org.newsgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;

/**
 * "The statement was carried on Tuesday morning by the Korean Central News Agency (KCNA).": an outlet that carried
 * the words of the sentence before relays them; each claim a speaker made there is the outlet's too (ANNOTATION:
 * KCNA carrying NATA's statement speaks), the way a lawmaker relays what the NIS told them.
 */
final class CarriedBy {
  private static final Pattern CARRIED = Pattern.compile(
      "^(?:The|That|This|Its|The full) (?:statement|announcement|report|remarks|comments|message|communique)"
          + " (?:was|were) (?:also )?(?:carried|published|relayed|released|broadcast|aired|run)\\b.*\\bby\\b.*");

  private CarriedBy() {}

  /** Makes the outlet the relay of the previous sentence's claims; {@code firstOfSentence}: this sentence's first claim. */
  static void add(Sentence s, List<Mention> ms, List<Claim> claims, int firstOfSentence) {
    if (s.index() == 0 || !CARRIED.matcher(s.text()).matches()) {
      return;
    }
    Optional<Entity> outlet = ms.stream().filter(m -> m.entity().type() == EntityType.NEWS_ORGANIZATION && m.kind() == MentionKind.NAME)
        .map(Mention::entity).findFirst();
    if (outlet.isEmpty()) {
      return;
    }
    int previous = s.index() - 1;
    for (int i = 0; i < firstOfSentence; i++) {
      Claim c = claims.get(i);
      if (c.sentence() == previous && c.claimant().isPresent() && !c.claimant().equals(outlet) && c.accordingTo().isEmpty()
          && !c.statements().isEmpty()) {
        claims.set(i, c.withAttribution(c.claimant(), outlet)); // the speaker's words, according to the outlet
      }
    }
  }
}
