package org.newsgraph.extract;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Sentence;

/**
 * Ships named together and then referred to as a group: "sanctioned the Kapitan Volkov, the Sirius-7 and the Amur Star"
 * and later "the three ships made at least 30 voyages between Rajin and Vostochny": the voyages are those ships'. One
 * per article, read sentence by sentence.
 */
final class VesselGroups {
  /** Plural ship words that may stand for ships named before. */
  private static final ImmutableSet<String> PLURAL = ImmutableSet.of("ships", "vessels", "tankers", "freighters", "carriers");
  /** Ship words that mark a name nearby as a ship's ("the tankers Sever-3, ...", "the vessels, including the Angara"). */
  static final ImmutableSet<String> SHIP_WORDS = ImmutableSet.<String>builder().addAll(PLURAL)
      .add("ship", "vessel", "tanker", "freighter", "carrier").build();
  /** How far before a name a ship word may stand. */
  private static final int NEAR = 8;

  /** The ships the last sentence that named any named, in order. */
  private List<Entity> last = List.of();

  /** Remembers the ships {@code s} names, if it names any. */
  void read(Sentence s, List<Mention> ms) {
    List<Entity> named = new ArrayList<>();
    for (Mention m : ms) {
      if (isShipName(s, m) && !named.contains(m.entity())) {
        named.add(m.entity());
      }
    }
    if (!named.isEmpty()) {
      last = List.copyOf(named);
    }
  }

  /** A name of type Other with a ship word shortly before it in the sentence. */
  static boolean isShipName(Sentence s, Mention m) {
    if (m.kind() != MentionKind.NAME || m.entity().type() != EntityType.OTHER) {
      return false;
    }
    for (int k = Math.max(0, m.first() - NEAR); k < m.first(); k++) {
      if (SHIP_WORDS.contains(s.token(k).lower())) {
        return true;
      }
    }
    return inShipList(s, m.first());
  }

  /**
   * A name in a list of ships begun by a flag or a ship word: "the Russian-flagged Kapitan Orlov and Polar Dawn and the
   * North Korean-flagged Myohyang 8 and Taedong 2" (walking back over names, numbers, "and", commas and "the").
   */
  private static boolean inShipList(Sentence s, int first) {
    for (int k = first - 1; k >= 0 && first - k <= 3 * NEAR; k--) {
      String w = s.token(k).lower();
      if (w.equals("flagged") || SHIP_WORDS.contains(w)) {
        return true;
      }
      boolean listed = w.equals("and") || w.equals(",") || w.equals("the") || w.equals("-")
          || s.token(k).pos().equals("PROPN") || s.token(k).pos().equals("NUM");
      if (!listed) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code f} with the remembered ships as its vessels, if it has a vessel role and none filled, and its subject is
   * "the ships" or "the three ships" (a count, if given, must be the number of ships remembered).
   */
  Frame withGroup(Frame f, Sentence s) {
    if (last.isEmpty() || f.rule().slot("vessel").isEmpty() || !f.roles().get("vessel").isEmpty()) {
      return f;
    }
    int cs = Clause.start(s, f.trigger());
    for (int k = f.trigger() - 1; k > cs; k--) {
      if (!PLURAL.contains(s.token(k).lower())) {
        continue;
      }
      Integer count = UnnamedGroups.COUNTS.get(s.token(k - 1).lower());
      int the = count == null ? k - 1 : k - 2;
      if (the < 0 || !s.token(the).lower().equals("the") || count != null && count != last.size()) {
        return f;
      }
      ImmutableListMultimap.Builder<String, Mention> roles = ImmutableListMultimap.<String, Mention>builder().putAll(f.roles());
      for (Entity e : last) {
        roles.put("vessel", new Mention(s.index(), the, k + 1, s.token(the).begin(), s.token(k).end(),
            s.textOf(the, k + 1), e, MentionKind.DESCRIPTION));
      }
      return new Frame(f.rule(), f.sentence(), f.trigger(), f.triggerEnd(), roles.build());
    }
    return f;
  }
}
