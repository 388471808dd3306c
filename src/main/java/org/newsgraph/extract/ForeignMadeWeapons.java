package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * "the ballistic missiles fired at the capital were North Korean KN-23s", "Russia used North Korean-made missiles",
 * "missiles made in North Korea": a party that uses a weapon another state made was supplied it by that state. A
 * claim stating {@code usesWeaponType(user, weapon)} gains {@code supplies(maker, user)} and
 * {@code suppliesWeaponType(maker, weapon)} when its sentence names the weapon's maker, with the claim's own speaker
 * and status (a denial of the use denies the supply too).
 */
final class ForeignMadeWeapons {
  private ForeignMadeWeapons() {}

  static void apply(AnnotatedText text, List<Mention> mentions, List<Claim> claims) {
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (c.statements().stream().noneMatch(st -> st.relation().equals("usesWeaponType"))) {
        continue;
      }
      Sentence s = text.sentences().get(c.sentence());
      List<Mention> ms = mentions.stream().filter(m -> m.sentence() == c.sentence()).toList();
      List<Statement> added = new ArrayList<>();
      for (Statement st : c.statements()) {
        if (st.relation().equals("usesWeaponType")) {
          maker(s, ms, st.object()).filter(maker -> !maker.equals(st.subject())).ifPresent(maker -> {
            added.add(new Statement(maker, "supplies", st.subject()));
            added.add(new Statement(maker, "suppliesWeaponType", st.object()));
          });
        }
      }
      added.removeAll(c.statements());
      if (!added.isEmpty()) {
        claims.set(i, c.withStatements(ImmutableList.<Statement>builder().addAll(c.statements())
            .addAll(added.stream().distinct().toList()).build()));
      }
    }
  }

  /** Where the goods a maker's demonym names begin: right after it, or after "-made" ("North Korean-made missiles"). */
  static int goodsAfter(Sentence s, Mention maker) {
    int at = maker.last();
    return at + 1 < s.size() && s.token(at).text().equals("-") && SlotFinders.MADE.contains(s.token(at + 1).lower()) ? at + 2 : at;
  }

  /** The state named as the weapon's maker where the sentence mentions the weapon. */
  private static Optional<Entity> maker(Sentence s, List<Mention> ms, Entity weapon) {
    for (Mention w : ms) {
      if (!w.entity().equals(weapon)) {
        continue;
      }
      for (Mention m : ms) {
        if (m.entity().type() != EntityType.COUNTRY || m.kind() == MentionKind.PRONOUN
            || m.kind() == MentionKind.DESCRIPTION) {
          continue;
        }
        boolean before = m.last() < s.size() && goodsAfter(s, m) == w.first(); // "North Korean KN-23s", "Belarusian-made drones"
        boolean after = m.first() >= w.last() + 2 && m.first() <= w.last() + 4 && s.token(m.first() - 1).lower().equals("in")
            && SlotFinders.MADE.contains(s.token(m.first() - 2).lower()); // "missiles made in North Korea"
        if (before || after) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }
}
