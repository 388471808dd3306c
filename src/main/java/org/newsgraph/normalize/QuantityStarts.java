package org.newsgraph.normalize;

import java.util.BitSet;
import java.util.List;

/**
 * The characters a quantity or an ordinal can start with: a digit, or the first character (folded, as {@link
 * PhraseTable} folds it) of a bound, hedge, currency, number word, vague amount, "a(n)", "between" or "from"; of a
 * number or ordinal word for an ordinal. {@link QuantityNormalizer} reads only at word starts with such a character
 * instead of at every word start: most words start nothing.
 */
final class QuantityStarts {
  private final BitSet quantity = new BitSet(Character.MAX_VALUE + 1);
  private final BitSet ordinal = new BitSet(Character.MAX_VALUE + 1);

  QuantityStarts(Lexicon lexicon) {
    for (PhraseTable<?> t : List.of(lexicon.bounds(), lexicon.hedges(), lexicon.prefixCurrencies(), lexicon.numbers(),
        lexicon.vague())) {
      t.firstCharacters().forEach(c -> quantity.set(c));
    }
    for (char c : new char[] {'a', 'b', 'f'}) { // "a dozen", "between 2 and 3", "from 2 to 3"
      quantity.set(PhraseTable.fold(c));
    }
    for (PhraseTable<?> t : List.of(lexicon.numbers(), lexicon.ordinals())) {
      t.firstCharacters().forEach(c -> ordinal.set(c));
    }
  }

  /** Whether a quantity may start with {@code c}. */
  boolean quantity(char c) {
    return Character.isDigit(c) || quantity.get(PhraseTable.fold(c));
  }

  /** Whether an ordinal ("3rd", "third", "twenty-first") may start with {@code c}. */
  boolean ordinal(char c) {
    return Character.isDigit(c) || ordinal.get(PhraseTable.fold(c));
  }
}
