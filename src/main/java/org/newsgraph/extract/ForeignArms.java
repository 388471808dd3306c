package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.Sentence;

/**
 * A supplier's arms named in someone's words, once the article has said where they go: with "North Korea has sent
 * shells to Russia" stated, "Every North Korean shell that burns in Bryansk ...", he said, and "Moscow is paying for
 * North Korean soldiers and shells", she said, each say North Korea supplies Russia. The words must be attributed; a
 * state firing its own weapons ("a North Korean missile launch") is left. (Troops named the same way were tried and
 * left: dev gold keeps a deployment's claims to where the words send them.)
 */
final class ForeignArms {
  /** Goods nouns a demonym makes a state's arms without naming a type. */
  private static final ImmutableSet<String> ARMS = ImmutableSet.of("munitions", "weapons", "arms", "ammunition", "weaponry");

  /** Statements the words at {@code token} imply. */
  record Found(int token, int end, ImmutableList<Statement> statements) {}

  private ForeignArms() {}

  /** {@code firstOfSentence}: the first of the claims read in this sentence. */
  static List<Found> find(Sentence s, List<Mention> ms, List<Claim> claims, int firstOfSentence) {
    List<Found> out = new ArrayList<>();
    if (ms.stream().noneMatch(m -> m.kind() == MentionKind.DEMONYM && m.entity().type() == EntityType.COUNTRY)) {
      return out; // most sentences name no state's arms: no need to read the article's claims
    }
    Map<Entity, Entity> supplied = pairs(claims, "supplies");
    for (Mention m : ms) {
      if (m.kind() != MentionKind.DEMONYM || m.entity().type() != EntityType.COUNTRY || m.last() >= s.size()
          || ownUse(claims.subList(firstOfSentence, claims.size()), m.entity())) {
        continue;
      }
      int at = ForeignMadeWeapons.goodsAfter(s, m); // "North Korean missiles", "North Korean-made missiles"
      Entity maker = m.entity();
      Mention weapon = Mentions.startingAt(ms, at);
      // "North Korean drone operators", "missile warning data": the weapon word only modifies another noun;
      // "components for North Korean missiles": what the goods are for is not among them
      boolean modifier = weapon != null && weapon.last() < s.size() && s.token(weapon.last()).pos().equals("NOUN");
      boolean purpose = m.first() > 0 && s.token(m.first() - 1).lower().equals("for");
      boolean named = weapon != null && weapon.entity().type() == EntityType.WEAPON_TYPE && !modifier && !purpose;
      boolean arms = named || !purpose && at < s.size() && ARMS.contains(s.token(at).lower());
      Entity to = supplied.get(maker);
      if (arms && to != null) {
        ImmutableList.Builder<Statement> b = ImmutableList.<Statement>builder().add(new Statement(maker, "supplies", to));
        if (named) {
          b.add(new Statement(maker, "suppliesWeaponType", weapon.entity()));
        }
        out.add(new Found(m.first(), named ? weapon.last() : at + 1, b.build()));
      }
    }
    return out;
  }

  /** The last country each country is said to supply, between two states. */
  private static Map<Entity, Entity> pairs(List<Claim> claims, String relation) {
    Map<Entity, Entity> out = new HashMap<>();
    for (Claim c : claims) {
      for (Statement st : c.statements()) {
        if (st.relation().equals(relation) && st.subject().type() == EntityType.COUNTRY && st.object().type() == EntityType.COUNTRY
            && !st.subject().equals(st.object()) && c.status() != Status.DENIED) {
          out.put(st.subject(), st.object());
        }
      }
    }
    return out;
  }

  /** Whether the sentence's claims have the state launch or fire weapons itself ("a North Korean missile launch"). */
  private static boolean ownUse(List<Claim> sentenceClaims, Entity state) {
    return sentenceClaims.stream().flatMap(c -> c.statements().stream())
        .anyMatch(st -> st.subject().equals(state) && (st.relation().equals("launches") || st.relation().startsWith("usesWeapon")));
  }
}
