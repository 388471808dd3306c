package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearsTest {
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "\"in 2023 and 2024\" => 2024",
      "\"2023\" => 2023",
      "\"since 1999, not 2100\" => 1999",
      "\"12023 or 20234 or x2023 or 2023x or _2023\" => 0",
      "\"(2019)\" => 2019",
      "\"US$3.45 million, 2,023 shells\" => 0",
      "\"é2020 2021é 2022\" => 2022",
      "\"no year here\" => 0",
      "\"\" => 0",
  })
  void findsTheLatestYear(String text, int year) {
    assertEquals(year, Years.latest(text));
    assertEquals(year, byRegex(text), "the regular expression the scan stands for agrees");
  }

  /** The scan and the regular expression agree on every article of the project. */
  @Test
  void agreesWithTheRegularExpressionOnTheCorpus() throws IOException {
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("src/test/resources/corpus/articles", "articles", "src/test/resources/phenomena")) {
      try (Stream<Path> s = Files.walk(project.resolve(dir))) {
        s.filter(f -> f.toString().endsWith(".txt")).forEach(files::add);
      }
    }
    int withYear = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertEquals(byRegex(text), Years.latest(text), f.toString());
      withYear += Years.latest(text) > 0 ? 1 : 0;
    }
    assertEquals(true, withYear > 20, "too few articles with a year to show anything: " + withYear);
  }

  private static int byRegex(String text) {
    Matcher m = YEAR.matcher(text);
    int year = 0;
    while (m.find()) {
      year = Math.max(year, Integer.parseInt(m.group()));
    }
    return year;
  }
}
