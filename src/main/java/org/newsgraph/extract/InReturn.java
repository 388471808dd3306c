package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;

/**
 * "Russia has helped North Korea improve its rockets in return for troops and ammunition": what the helped side gave
 * back. After "in return for" or "in exchange for", troops are the recipient's troops sent to the giver and munitions
 * its supplies to the giver, said by whoever said what was given, with the same status.
 */
final class InReturn {
  private InReturn() {}

  /** Adds the claims of what went back, for each exchange phrase of sentence {@code s} (claims from {@code from} on). */
  static void add(Sentence s, List<Claim> claims, int from) {
    for (int r = 0; r + 3 < s.size(); r++) {
      if (!s.token(r).lower().equals("in") || !Regexes.matches(s.token(r + 1).lower(), "return|exchange")
          || !s.token(r + 2).lower().equals("for")) {
        continue;
      }
      if (s.token(r + 3).pos().equals("VERB")) {
        continue; // "in return for sending troops to Russia": that verb's own frame says who gave what
      }
      boolean troops = false;
      boolean goods = false;
      int k = r + 3;
      for (; k < Math.min(s.size(), r + 11) && !Regexes.matches(s.token(k).text(), "[,;.]"); k++) {
        String w = s.token(k).lower();
        troops |= SlotFinders.PERSONNEL.contains(w);
        goods |= SlotFinders.CARGO.contains(w) || SlotFinders.CARGO.contains(s.token(k).lemma());
      }
      if (troops || goods) {
        back(s, claims, from, r, k, troops, goods);
      }
    }
  }

  private static void back(Sentence s, List<Claim> claims, int from, int phrase, int end, boolean troops, boolean goods) {
    List<Claim> added = new ArrayList<>();
    Set<Optional<Entity>> speakers = new LinkedHashSet<>();
    for (int i = from; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Optional<Statement> given = c.sentence() != s.index() || c.quoteBegin() > s.token(phrase).begin() ? Optional.empty()
          : c.statements().stream().filter(st -> Regexes.matches(st.relation(), "supplies|advises")
              && st.subject().type() == EntityType.COUNTRY && st.object().type() == EntityType.COUNTRY).findFirst();
      if (given.isEmpty() || !speakers.add(c.claimant())) {
        continue;
      }
      Entity giver = given.get().subject();
      Entity taker = given.get().object();
      List<Statement> back = new ArrayList<>();
      if (troops) {
        back.add(new Statement(taker, "deploysTroopsTo", giver));
      }
      if (goods) {
        back.add(new Statement(taker, "supplies", giver));
      }
      added.add(new Claim("exchange.in-return", 0.6, s.index(), s.token(phrase).begin(), s.token(end - 1).end(), ImmutableList.copyOf(back),
          Optional.empty(), c.claimant(), c.accordingTo(), c.status(), c.cues(), c.disputedBy()));
    }
    claims.addAll(added);
  }
}
