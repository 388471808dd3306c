package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "We are sharing the radar data with South Korea in real time," Japan's Defense Ministry said: inside a speaker's
 * quoted words, "we" is the side the speaker speaks for (the country or body their title gives them, or the speaking
 * body itself), so a verb whose subject it is has a doer.
 */
final class QuotedWe {
  private QuotedWe() {}

  /** {@code ms} with a mention for each quoted "we" whose speaker's side is known, in token order. */
  static List<Mention> add(Sentence s, List<Mention> ms, List<Attribution> attributions, Function<Entity, Collection<Entity>> represents) {
    List<Mention> out = null;
    for (int k = 0; k < s.size(); k++) {
      if (!s.token(k).lower().equals("we") || Mentions.startingAt(ms, k) != null || !Quotations.inside(s, k)) {
        continue;
      }
      int at = k;
      Optional<Entity> side = attributions.stream().filter(a -> a.contains(at) && !a.coSpeaker()).findFirst()
          .flatMap(Attribution::speaker).flatMap(speaker -> sideOf(speaker, represents));
      if (side.isPresent()) {
        out = out == null ? new ArrayList<>(ms) : out;
        Token t = s.token(k);
        out.add(new Mention(s.index(), k, k + 1, t.begin(), t.end(), t.text(), side.get(), MentionKind.PRONOUN));
      }
    }
    if (out == null) {
      return ms;
    }
    out.sort(Comparator.comparingInt(Mention::first).thenComparingInt(m -> -m.last()));
    return out;
  }

  /** A person speaks for the country their post is in (else their one body); a body speaks for itself. */
  private static Optional<Entity> sideOf(Entity speaker, Function<Entity, Collection<Entity>> represents) {
    if (speaker.type() != EntityType.PERSON) {
      return speaker.type().isActor() ? Optional.of(speaker) : Optional.empty();
    }
    Collection<Entity> sides = represents.apply(speaker);
    Optional<Entity> country = sides.stream().filter(e -> e.type() == EntityType.COUNTRY).findFirst();
    return country.isPresent() || sides.size() != 1 ? country : sides.stream().findFirst();
  }
}
