package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameShapeTest {
  /** The expressions {@link NameFinder#nameShaped} replaced: a name's shape, and not an abbreviation's. */
  private static boolean byRegex(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.matches("[A-Z][\\p{L}0-9'’-]*") && !w.matches("[A-Z][a-z]*\\.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim", "O'Brien", "Dong’s", "KN-23", "Hwasong-16B", "Gen.", "U.S.", "kim", "", "K", "Zelenskyy", "Šmihal",
      "Émile", "Ünal", "A/B", "Kim2", "X_Y", "Seoul,", "\uD801\uDC00x", "A\uD801\uDC28b", "A\uD83D\uDE00", "ABC-", "Ω", "Lee’"})
  void shapeIsTheRegexOne(String word) {
    assertEquals(byRegex(word), NameFinder.nameShaped(word), word);
  }
}
