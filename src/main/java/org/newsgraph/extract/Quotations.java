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
   * quotation it does not close, and any sentence without quotation marks after it, are the words of whoever the
   * sentence closing the quotation quotes; their claims no one was said to make are that speaker's.
   * {@code quoted}: by sentence, whose quoted words it carries.
   */
  static void openedBefore(List<Sentence> sentences, List<Optional<Entity>> quoted, List<Claim> claims) {
    java.util.Map<Integer, Entity> speakers = new java.util.HashMap<>();
    for (int open = 0; open < sentences.size(); open++) {
      Sentence s = sentences.get(open);
      if (s.size() < 3 || !isQuoteMark(s.token(0).text()) || quoteMarks(s) != 1 || quoted.get(open).isPresent()) {
        continue;
      }
      int close = open + 1;
      while (close < sentences.size() && close - open <= 3 && quoteMarks(sentences.get(close)) == 0) {
        close++; // the middle sentences of a longer quotation
      }
      if (close >= sentences.size() || close - open > 3) {
        continue;
      }
      Sentence closing = sentences.get(close);
      if (isQuoteMark(closing.token(0).text()) || quoteMarks(closing) % 2 == 0 || quoted.get(close).isEmpty()) {
        continue; // a new quotation, or one closed with nobody named
      }
      for (int k = open; k < close; k++) {
        speakers.put(k, quoted.get(close).get());
      }
      open = close;
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
