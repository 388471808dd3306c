package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexesTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
      "'s;[’']s", "’s;[’']s", "s;[’']s", "\"'s \";[’']s",
      "which;that|which", "whichever;that|which", "Korea's;[’']s$",
      "a members of the;(?:a|an|the)(?: \\w+)? members? of(?: the)?",
      // plain words and sets of plain characters are looked up; the rest is matched
      "an;a|an", "a;a|an", "n;a|an", "A;a|an", "both;the|and|both|['’]s", "’s;the|and|both|['’]s",
      ".;[,.!]", "x;[,.!]", "-;[-–—]+", "--;[-–—]+", "—;[-–—]+", "a;[a-c]", "b;[a-c]", "-;[a-c]",
      "'s;['’]s?", "';['’]s?", "b;[a&&b]", "&;[a&&b]", "a.c;a.c", "abc;a.c", "a|;a\\|", "a;a\\|",
  })
  void answersAsStringDoes(String text, String regex) {
    assertEquals(text.matches(regex), Regexes.matches(text, regex));
    assertEquals(text.replaceAll(regex, "<$0>"), Regexes.replaceAll(text, regex, "<$0>"));
    assertEquals(text.matches(regex), Regexes.matches(text, regex)); // again, from the cache
    assertSame(Regexes.pattern(regex), Regexes.pattern(regex));
  }
}
