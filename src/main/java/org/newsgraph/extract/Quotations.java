package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;

/** Quotation marks and reported clauses: who goes on being quoted, and what stands inside someone's words. */
final class Quotations {
  private Quotations() {}

  /**
   * "“...,” Kirby said. “We ...”": a sentence that opens a quotation and names no speaker of its own goes on
   * quoting whoever was quoted just before it.
   */
  static ImmutableList<Attribution> goOn(Sentence s, ImmutableList<Attribution> own, Optional<Entity> previous) {
    if (!own.isEmpty() || previous.isEmpty() || s.size() < 3 || !isQuoteMark(s.token(0).text())) {
      return own;
    }
    return ImmutableList.of(new Attribution(1, s.size(), previous, Status.ASSERTED, "quotation goes on", 0));
  }

  /**
   * "“Pyongyang is not just selling shells anymore. It is using this war ...,” Budanov said.": a sentence that opens a
   * quotation it does not close is the words of whoever the sentence closing it quotes; its claims no one was said
   * to make are that speaker's. {@code quoted}: by sentence, whose quoted words it carries.
   */
  static void openedBefore(List<Sentence> sentences, List<Optional<Entity>> quoted, List<Claim> claims) {
    java.util.Map<Integer, Entity> speakers = new java.util.HashMap<>();
    for (int i = sentences.size() - 2; i >= 0; i--) {
      Sentence s = sentences.get(i);
      Sentence next = sentences.get(i + 1);
      boolean opens = s.size() > 2 && isQuoteMark(s.token(0).text()) && quoteMarks(s) == 1;
      boolean closesAfter = next.size() > 0 && !isQuoteMark(next.token(0).text()) && quoteMarks(next) % 2 == 1;
      Optional<Entity> who = speakers.containsKey(i + 1) ? Optional.of(speakers.get(i + 1)) : quoted.get(i + 1);
      if (opens && closesAfter && who.isPresent() && quoted.get(i).isEmpty()) {
        speakers.put(i, who.get());
      } else if (!opens && quoteMarks(s) == 0 && i > 0 && who.isPresent() && closesAfter) {
        speakers.put(i, who.get()); // the middle sentence of a quotation over three
      }
    }
    for (int k = 0; k < claims.size(); k++) {
      Claim c = claims.get(k);
      Entity who = speakers.get(c.sentence());
      if (who != null && c.claimant().isEmpty() && c.disputedBy().isEmpty() && !c.statements().isEmpty()) {
        claims.set(k, c.withAttribution(Optional.of(who), c.accordingTo()));
      }
    }
  }

  private static int quoteMarks(Sentence s) {
    int n = 0;
    for (int k = 0; k < s.size(); k++) {
      n += isQuoteMark(s.token(k).text()) ? 1 : 0;
    }
    return n;
  }

  /** Who the sentence quotes in quotation marks, if a named speaker's words are quoted in it. */
  static Optional<Entity> speaker(Sentence s, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (a.speaker().isEmpty() || a.coSpeaker() || a.status() != Status.ASSERTED) {
        continue;
      }
      for (int k = Math.max(0, a.from() - 1); k < Math.min(s.size(), a.to() + 1); k++) {
        if (isQuoteMark(s.token(k).text())) {
          return a.speaker();
        }
      }
    }
    return Optional.empty();
  }

  /** "The agency said that it had worked with the British police": inside a reported "that" clause. */
  static boolean inThatClause(Sentence s, int token, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      if (a.contains(token) && a.verbAt() < token) {
        for (int k = a.verbAt() + 1; k < token; k++) {
          if (s.token(k).lower().equals("that")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the token stands between quotation marks ("[North Korean] port of Rajin" in a quoted briefing). */
  static boolean inside(Sentence s, int token) {
    int marks = 0;
    for (int k = 0; k < token; k++) {
      marks += isQuoteMark(s.token(k).text()) ? 1 : 0;
    }
    boolean opened = marks % 2 == 1;
    boolean continued = s.size() > 0 && isQuoteMark(s.token(0).text()) && marks == 1; // a quotation going on
    return opened || continued;
  }

  private static boolean isQuoteMark(String token) {
    return token.equals("“") || token.equals("\"") || token.equals("”");
  }
}
