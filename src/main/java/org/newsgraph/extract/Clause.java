package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import org.newsgraph.nlp.Sentence;

/** Token ranges of the clause around a token: bounded by quotes, semicolons, complementisers, "but" and a dateline's dash. */
final class Clause {
  private static final ImmutableSet<String> BOUNDARIES = ImmutableSet.of(
      ";", "that", "whether", "but", "which", "while", "when", "after");

  private Clause() {}

  static int start(Sentence s, int token) {
    for (int i = token - 1; i >= 0; i--) {
      if (isBoundary(s, i)) {
        return i + 1;
      }
    }
    return 0;
  }

  static int end(Sentence s, int token) {
    for (int i = token + 1; i < s.size(); i++) {
      if (isBoundary(s, i)) {
        return i;
      }
    }
    return s.size();
  }

  private static boolean isBoundary(Sentence s, int i) {
    String w = s.token(i).lower();
    if (w.equals("’") && i > 0 && s.token(i - 1).isCapitalized() && i + 1 < s.size() && s.token(i + 1).lower().equals("s")) {
      return false; // a possessive apostrophe split off by the tokenizer
    }
    if (Regexes.matches(w, "[-–—]+") && i > 0 && s.token(i - 1).text().equals(")")) {
      return true; // the dash that ends a dateline: "SINGAPORE, Oct 2 (Reuters) - Hackers ..."
    }
    return BOUNDARIES.contains(w);
  }
}
