package org.newsgraph.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The characters a match may start with, as trying the pattern on each character finds them. */
class FirstCharsTest {
  private static String possible(String regex) {
    FirstChars first = FirstChars.of(Pattern.compile(regex));
    return IntStream.range(0, 0x250).filter(c -> first.mayStart((char) c)).mapToObj(c -> String.valueOf((char) c))
        .collect(Collectors.joining());
  }

  @Test
  void literalsOptionalPrefixesAndCaseInsensitiveWords() {
    assertEquals("0123456789Oo", possible("\\b(?:[Oo]n )?(\\d{4})\\b"));
    assertEquals("JMjm", possible("\\b(?i:may|june)\\b"));
    assertEquals("0123456789", possible("\\b\\d+ days? ago"));
  }

  @Test
  void aLookBehindAfterTheBoundaryIsTriedAfterSeveralCharacters() {
    assertEquals("x", possible("\\b(?<=-)x"));
    assertEquals("x", possible("\\b(?<!\\()x"));
  }

  @Test
  void charactersBeyondTheTriedRangeMayAlwaysStart() {
    FirstChars first = FirstChars.of(Pattern.compile("a"));
    assertEquals(true, first.mayStart('\u0400'));
    assertEquals(true, first.mayStart('\uD835'));
    assertEquals(false, first.mayStart('b'));
  }
}
