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
