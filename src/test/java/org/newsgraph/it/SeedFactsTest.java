package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.FactKind;
import org.newsgraph.eval.FactRow;
import org.newsgraph.eval.FactsFile;
import org.newsgraph.eval.Report;
import org.newsgraph.query.Facts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code facts} rows of the seed article against its hand-written gold file
 * ({@code src/test/resources/seed/*.facts}, written by the rules of the evaluation format).
 */
class SeedFactsTest {
  private static List<String> rows;
  private static Report report;

  @BeforeAll
  static void build() throws Exception {
    Map<String, List<String>> byArticle = Facts.byArticle(Fixtures.seedUnion());
    assertEquals(1, byArticle.size());
    rows = byArticle.values().iterator().next();
    Path gold = Fixtures.projectDir().resolve("src/test/resources/seed/hankyoreh-2023-11-02-nk-shells-russia.facts");
    FactsFile expected = FactsFile.parse(gold.toString(), Files.readAllLines(gold, StandardCharsets.UTF_8));
    assertTrue(expected.isClean(), () -> "gold file: " + expected.diagnostics());
    FactsFile predicted = FactsFile.parse("facts output", rows);
    assertTrue(predicted.isClean(), () -> "facts output does not parse: " + predicted.diagnostics());
    report = Evaluator.evaluate(Map.<String, List<FactRow>>of("seed", predicted.rows()), Map.of("seed", expected.rows()));
  }

  @Test
  void rowsAreTabSeparatedWithTheirKindFirst() {
    for (String row : rows) {
      String[] f = row.split("\t", -1);
      switch (f[0]) {
        case "E" -> assertEquals(4, f.length, row);
        case "R", "Q" -> assertEquals(5, f.length, row);
        default -> throw new AssertionError("unknown row kind: " + row);
      }
    }
  }

  @Test
  void theKeyFactsAreThere() {
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("R\tNorth Korea\tsupplies\tRussia\t")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("R\tYoo Sang-bum\tsaidThat\t{North Korea | supplies | Russia}\t")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("R\tNational Intelligence Service\tdisputes\t{North Korea | transportsVia | Rajin}\t")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("Q\tartillery shell\t>1000000\tshell\t")));
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("E\tNIS\tNational Intelligence Service\tGovernmentAgency")));
  }

  @Test
  void aPlannedLaunchIsNoFact() {
    assertTrue(rows.stream().noneMatch(r -> r.contains("\tlaunches\t")), "the satellite launch has not happened");
  }

  @Test
  void scoresAgainstTheGoldFile() {
    // Floors, not the figures of today's run: a change that loses facts of the seed article fails here.
    assertTrue(report.overall(FactKind.ENTITIES).f1() >= 0.90, () -> report.toMarkdown());
    assertTrue(report.overall(FactKind.RELATIONS).f1() >= 0.90, () -> report.toMarkdown());
    assertTrue(report.overall(FactKind.CLAIMS).f1() >= 0.85, () -> report.toMarkdown());
    assertTrue(report.overall(FactKind.QUANTITIES).f1() >= 0.80, () -> report.toMarkdown());
  }
}
