package org.newsgraph.normalize;

import com.google.common.collect.ImmutableSet;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a quantity or an ordinal can start: at a digit, or at the first word of a bound, hedge, currency, number word,
 * vague amount, "a(n)", "between" or "from" (of a number or ordinal word, for an ordinal). A word is compared by its
 * leading letters folded as {@link PhraseTable} folds them ("More than" by "more"); a phrase that starts with no such
 * letter ("$", "€") by its first character. {@link QuantityNormalizer} reads only where one may start, instead of at
 * every word start: most words start nothing.
 */
final class QuantityStarts {
  private final Kind quantity;
  private final Kind ordinal;

  QuantityStarts(Lexicon lexicon) {
    this.quantity = new Kind(Stream.concat(
        Stream.of(lexicon.bounds(), lexicon.hedges(), lexicon.prefixCurrencies(), lexicon.numbers(), lexicon.vague())
            .flatMap(t -> t.entries().stream().map(e -> e.getKey())),
        Stream.of("a", "an", "between", "from")).toList()); // "a dozen", "between 2 and 3", "from 2 to 3"
    this.ordinal = new Kind(Stream.of(lexicon.numbers(), lexicon.ordinals())
        .flatMap(t -> t.entries().stream().map(e -> e.getKey())).toList());
  }

  /** Whether a quantity may start at {@code pos} of {@code s}. */
  boolean quantity(String s, int pos) {
    return quantity.mayStartAt(s, pos);
  }

  /** Whether an ordinal ("3rd", "third", "twenty-first") may start at {@code pos} of {@code s}. */
  boolean ordinal(String s, int pos) {
    return ordinal.mayStartAt(s, pos);
  }

  /** The starts of one kind. */
  private static final class Kind {
    /**
     * The folded leading letters of the phrases that have some, in an open-addressing table looked up by a stretch
     * of the text (hashed as {@link String#hashCode} hashes the folded stretch), so no string is made per word start.
     */
    private final String[] words;
    private final int longestWord;
    /** The folded first characters of the phrases without leading letters. */
    private final BitSet others = new BitSet(Character.MAX_VALUE + 1);

    Kind(List<String> phrases) {
      ImmutableSet.Builder<String> b = ImmutableSet.builder();
      for (String p : phrases) {
        String word = foldedLetters(p, 0);
        if (!word.isEmpty()) {
          b.add(word);
        } else if (!p.isEmpty()) {
          others.set(PhraseTable.fold(p.charAt(0)));
        }
      }
      ImmutableSet<String> set = b.build();
      this.words = new String[Integer.highestOneBit(Math.max(1, set.size()) * 4)];
      for (String w : set) {
        int i = w.hashCode() & (words.length - 1);
        while (words[i] != null) {
          i = (i + 1) & (words.length - 1);
        }
        words[i] = w;
      }
      this.longestWord = set.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Whether the folded characters of {@code s} in {@code [from, from + n)} are one of {@link #words}. */
    private boolean isWord(String s, int from, int n) {
      int h = 0;
      for (int k = 0; k < n; k++) {
        h = 31 * h + PhraseTable.fold(s.charAt(from + k));
      }
      for (int i = h & (words.length - 1); words[i] != null; i = (i + 1) & (words.length - 1)) {
        String w = words[i];
        if (w.length() == n && w.hashCode() == h && sameFolded(w, s, from)) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameFolded(String word, String s, int from) {
      for (int k = 0; k < word.length(); k++) {
        if (word.charAt(k) != PhraseTable.fold(s.charAt(from + k))) {
          return false;
        }
      }
      return true;
    }

    boolean mayStartAt(String s, int pos) {
      char c = s.charAt(pos);
      if (Character.isDigit(c) || others.get(PhraseTable.fold(c))) {
        return true;
      }
      int n = 0;
      while (pos + n < s.length() && n <= longestWord && isFoldedLetter(PhraseTable.fold(s.charAt(pos + n)))) {
        n++;
      }
      return n > 0 && n <= longestWord && isWord(s, pos, n);
    }
  }

  /**
   * The characters of {@code s} from {@code from} that fold to a-z, folded, up to the first that does not: two texts
   * a phrase table finds equal from there have the same.
   */
  static String foldedLetters(String s, int from) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < s.length(); i++) {
      char f = PhraseTable.fold(s.charAt(i));
      if (!isFoldedLetter(f)) {
        break;
      }
      b.append(f);
    }
    return b.toString();
  }

  private static boolean isFoldedLetter(char f) {
    return f >= 'a' && f <= 'z';
  }
}
