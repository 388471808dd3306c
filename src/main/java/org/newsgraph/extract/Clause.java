package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import java.util.BitSet;
import org.newsgraph.nlp.Sentence;

/**
 * Token ranges of the clause around a token: bounded by quotes, semicolons, complementisers, "but" and a dateline's
 * dash. The boundaries of the last sentence asked about are kept, one sentence per thread: the frames ask for the
 * clauses of one sentence many times over (once per slot of every candidate frame).
 */
final class Clause {
  private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);
  private static final ImmutableSet<String> BOUNDARIES = ImmutableSet.of(
      ";", "that", "whether", "but", "which", "while", "when", "after", "where");

  private Clause() {}

  /** The first token of the clause of {@code token}: the one after the nearest boundary before it, or 0. */
  static int start(Sentence s, int token) {
    return token <= 0 ? 0 : boundaries(s).previousSetBit(token - 1) + 1;
  }

  /** The boundary after {@code token} that ends its clause, or the sentence's length. */
  static int end(Sentence s, int token) {
    int b = boundaries(s).nextSetBit(Math.max(0, token + 1));
    return b < 0 ? s.size() : b;
  }

  private static BitSet boundaries(Sentence s) {
    Last last = LAST.get();
    if (last.sentence != s) {
      BitSet b = new BitSet(s.size());
      for (int i = 0; i < s.size(); i++) {
        if (isBoundary(s, i)) {
          b.set(i);
        }
      }
      last.boundaries = b;
      last.sentence = s;
    }
    return last.boundaries;
  }

  private static final class Last {
    Sentence sentence;
    BitSet boundaries;
  }

  /** The first token after a dateline ("SEOUL, Oct 18 (Reuters) -") that opens the sentence, else 0. */
  static int datelineEnd(Sentence s) {
    for (int k = 1; k + 1 < s.size() && k < 12; k++) {
      if (s.token(k).text().equals(")") && Regexes.matches(s.token(k + 1).text(), "[-–—]+")) {
        return k + 2;
      }
    }
    return 0;
  }

  private static boolean isBoundary(Sentence s, int i) {
    String w = s.token(i).lower();
    if (w.equals("’") && i > 0 && s.token(i - 1).isCapitalized() && i + 1 < s.size() && s.token(i + 1).lower().equals("s")) {
      return false; // a possessive apostrophe split off by the tokenizer
    }
    if (i > 0 && s.token(i - 1).text().equals(")") && Regexes.matches(w, "[-–—]+")) {
      return true; // the dash that ends a dateline: "SINGAPORE, Oct 2 (Reuters) - Hackers ..."
    }
    return BOUNDARIES.contains(w);
  }
}
