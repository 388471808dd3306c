package org.newsgraph.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordKeyedPatternTest {
  private static final List<String> TITLES = List.of("foreign minister", "minister", "vice-president", "rep.", "chief",
      "chief of staff", "official");
  private static final Pattern TITLED = Pattern.compile("(?i:\\b(?:" + TITLES.stream().map(Pattern::quote)
      .collect(Collectors.joining("|")) + "))\\s+([A-Z][a-z]+(?: [A-Z][a-z]+){1,4})");

  @Test
  void findsWhatFindFinds() {
    WordKeyedPattern p = new WordKeyedPattern(TITLED, TITLES);
    String text = "FOREIGN MINISTER Park Jin met Vice-President Kim Dae Jung, Rep. John Smith and chief of staff Ann Lee;"
        + " the sub-minister Bo Ra and xminister Lee Ho were not, nor was Ministers Yoon Suk, but 3official Ha Na was.";
    List<String> expected = Matches.plain(TITLED, text);
    assertEquals(List.of("0:FOREIGN MINISTER Park Jin|17:Park Jin", "30:Vice-President Kim Dae Jung|45:Kim Dae Jung",
        "59:Rep. John Smith|64:John Smith", "79:chief of staff Ann Lee|94:Ann Lee", "111:minister Bo Ra|120:Bo Ra"), expected);
    assertEquals(expected, Matches.scanned(p, text));
  }

  @Test
  void findsWhatFindFindsInTheProjectsArticles() {
    WordKeyedPattern p = new WordKeyedPattern(TITLED, TITLES);
    int matches = 0;
    for (String line : Matches.corpusLines()) {
      List<String> expected = Matches.plain(TITLED, line);
      assertEquals(expected, Matches.scanned(p, line), line);
      matches += expected.size();
    }
    assertTrue(matches > 20, "too few matches to show anything: " + matches);
  }

  @Test
  void aKeyWordMustStartWithALetter() {
    assertThrows(IllegalArgumentException.class, () -> new WordKeyedPattern(TITLED, List.of("-ist")));
  }
}
