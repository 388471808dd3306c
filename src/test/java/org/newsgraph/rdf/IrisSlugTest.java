package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slugs, against their definition as a chain of regular-expression replacements. */
class IrisSlugTest {
  private static String definition(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[’']", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kim Jong-un", "Korea's", "North Korea’s", "  --Hello--  ", "Đà Nẵng", "Émile Zola", "a'-'b", "ﬁne",
      "İstanbul", "Straße", "Kim  Jong  Un", "S-400", "U.S. Department of the Treasury", "x’", "Ⅻ ①"})
  void followsTheDefinition(String name) {
    assertEquals(definition(name), Iris.slug(name));
  }

  @Test
  void hashesANameWithoutLettersOrDigits() {
    assertEquals(9, Iris.slug("—").length());
    assertEquals('x', Iris.slug("’’").charAt(0));
  }
}
