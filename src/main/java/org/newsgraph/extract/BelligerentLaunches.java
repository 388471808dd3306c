package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Russia launched 27 missiles and 430 drones in an attack": what a party to a war the article names fires is weapon
 * use, not a launch (a launch is a test, a satellite, a demonstration). A party is the subject of an {@code atWarWith}
 * or {@code usesWeaponAgainst} statement anywhere in the article; its launches of weapon types become
 * {@code usesWeaponType}.
 */
final class BelligerentLaunches {
  private BelligerentLaunches() {}

  static void apply(List<Claim> claims) {
    Set<Entity> belligerents = new HashSet<>();
    for (Claim c : claims) {
      c.statements().stream().filter(st -> st.relation().equals("atWarWith") || st.relation().equals("usesWeaponAgainst"))
          .forEach(st -> belligerents.add(st.subject()));
    }
    if (belligerents.isEmpty()) {
      return;
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      boolean fired = c.statements().stream().anyMatch(st -> fired(st, belligerents));
      if (!fired) {
        continue;
      }
      ImmutableList<Statement> used = c.statements().stream()
          .map(st -> fired(st, belligerents) ? new Statement(st.subject(), "usesWeaponType", st.object()) : st)
          .distinct().collect(ImmutableList.toImmutableList());
      claims.set(i, c.withStatements(used));
    }
  }

  private static boolean fired(Statement st, Set<Entity> belligerents) {
    return st.relation().equals("launches") && belligerents.contains(st.subject()) && st.object().type() == EntityType.WEAPON_TYPE;
  }
}
