package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "appears? to;appear",
      "(?:is|are|was|were) believed to;' believed to'",
      "could not be (?:\\w+ )?confirmed;'could not be '",
      "predicts?;predict",
      "never;never",
      "ab{2,3}cd;cd",
      "[a-z]+ly;ly",
      "likely|possibly;''",
      "(?i)never;''",
      "a.b;a",
  })
  void findsTheLongestRunEveryMatchContains(String regex, String literal) {
    assertEquals(literal, RequiredLiteral.of(regex));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "(?:this|that|the) (?:supposition|assumption|speculation);supposition|assumption|speculation",
      "(?:is|are|was|were) believed to;' believed to'",
      "(?:a|b) (?:cd|ef)?;' '",           // a quantified group is no help
      "(?:a|b) (?:cd|ef|);' '",           // nor one with an empty alternative
      "(?:a|b) (?:cd|e\\w);' '",          // nor one that is not plain
      "x(?:abc|defg)|y;''",                // a top-level alternation: nothing is needed
      "(?i)(?:abc|def);''",
  })
  void findsAlternativesOneOfWhichEveryMatchContains(String regex, String literals) {
    assertEquals(List.of(literals.split("\\|")), RequiredLiteral.anyOf(regex));
  }

  /** For every cue and every line of the project's articles: where the cue matches, its literal is there. */
  @Test
  void everyCueMatchContainsItsLiteral() throws IOException {
    List<String> lines = new ArrayList<>();
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    try (Stream<Path> files = Files.walk(project.resolve("src/test/resources/corpus/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.readAllLines(f).forEach(l -> lines.add(l.toLowerCase(Locale.ROOT).replace('’', '\'')));
      }
    }
    int matched = 0;
    for (DataFiles.Line cue : DataFiles.resource("/org/newsgraph/extract/cues.tsv")) {
      Pattern p = Pattern.compile("\\b" + cue.field(0) + "\\b");
      String literal = RequiredLiteral.of(cue.field(0));
      List<String> literals = RequiredLiteral.anyOf(cue.field(0));
      for (String line : lines) {
        Matcher m = p.matcher(line);
        while (m.find()) {
          assertTrue(m.group().contains(literal), cue.field(0) + " matched '" + m.group() + "' without '" + literal + "'");
          String found = m.group();
          assertTrue(literals.stream().anyMatch(found::contains), cue.field(0) + " matched '" + found + "' without any of " + literals);
          matched++;
        }
      }
    }
    assertTrue(matched > 20, "too few cue matches to show anything: " + matched);
  }
}
