package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.newsgraph.nlp.Sentence;

/**
 * Second names an article gives: "a Hwasong-11, a solid-fuel missile known in the West as the KN-23", "TraderTraitor,
 * also tracked as Jade Sleet", "Lazarus Group, also known as Hidden Cobra". When one of the two names is known (from
 * the gazetteer) and the other is not, the unknown name becomes another name of the known entity for the rest of the
 * article.
 */
final class KnownAs {
  private static final ImmutableSet<String> NAMING = ImmutableSet.of("known", "tracked", "called", "dubbed", "designated",
      "named", "codenamed", "code-named", "a.k.a.", "aka");
  private static final ImmutableSet<String> BETWEEN = ImmutableSet.of("as", "in", "the", "west", "also", "by", "some",
      "analysts", "experts", "researchers", "widely", "commonly", "officially", "internationally", "elsewhere");

  private KnownAs() {}

  static void apply(Sentence s, List<Mention> found, Discourse d) {
    for (int i = 0; i < found.size(); i++) {
      Mention second = found.get(i);
      int k = second.first() - 1;
      boolean by = false;
      while (k >= 0 && BETWEEN.contains(s.token(k).lower())) {
        by |= s.token(k).lower().equals("by");
        k--;
      }
      if (k < 1 || !NAMING.contains(s.token(k).lower()) || k == second.first() - 1 && !s.token(k).lower().startsWith("a")) {
        continue;
      }
      String previous = s.token(second.first() - 1).lower();
      boolean afterAs = previous.equals("as") || previous.equals("the") && s.token(second.first() - 2).lower().equals("as");
      if (by && !afterAs) {
        continue; // "was designated by the U.S. Treasury": who named it, not its other name ("tracked by researchers as X")
      }
      Mention first = nearestBefore(found, k);
      if (first != null && !Character.isUpperCase(first.surface().charAt(0))) {
        first = nearestBefore(found, first.first()); // "a Hwasong-11, a solid-fuel missile known as": past the apposition
      }
      if (first == null || k - first.last() > 8 || first.kind() != MentionKind.NAME || second.kind() != MentionKind.NAME) {
        continue;
      }
      Entity a = first.entity();
      Entity b = second.entity();
      if (a.fromGazetteer() == b.fromGazetteer() || a.equals(b)) {
        continue; // two known names (or two unknown): nothing to learn
      }
      Mention unknown = a.fromGazetteer() ? second : first;
      Entity known = a.fromGazetteer() ? a : b;
      found.set(found.indexOf(unknown), new Mention(unknown.sentence(), unknown.first(), unknown.last(), unknown.begin(),
          unknown.end(), unknown.surface(), known, unknown.kind()));
      d.shortName(unknown.surface(), known);
    }
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention m = found.get(i);
      Mention next = found.get(i + 1);
      boolean typed = m.entity().type() == EntityType.WEAPON_TYPE && next.entity().type() == EntityType.WEAPON_TYPE;
      if (typed && next.first() == m.last() && next.last() - next.first() == 1 && !next.entity().equals(m.entity())
          && Character.isUpperCase(m.surface().charAt(0))) {
        // "Hwasong-11 missiles" once Hwasong-11 is known: one weapon, named by its type
        found.set(i, new Mention(m.sentence(), m.first(), next.last(), m.begin(), next.end(),
            s.text().substring(m.begin() - s.begin(), next.end() - s.begin()), m.entity(), m.kind()));
        found.remove(i + 1);
      }
    }
  }

  private static Mention nearestBefore(List<Mention> found, int token) {
    Mention best = null;
    for (Mention m : found) {
      if (m.last() <= token && (best == null || m.last() > best.last())) {
        best = m;
      }
    }
    return best;
  }
}
