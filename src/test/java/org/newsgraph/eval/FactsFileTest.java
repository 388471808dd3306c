package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.eval.FactRow.ClaimRow;
import org.newsgraph.eval.FactRow.EntityRow;
import org.newsgraph.eval.FactRow.QuantityRow;
import org.newsgraph.eval.FactRow.RelationRow;

final class FactsFileTest {

  @Test
  void parsesEveryRowKind() {
    FactsFile file = FactsFile.parse("a.facts", List.of(
        "E\tPyongyang\tNorth Korea\tCountry",
        "R\tNorth Korea\tsupplies\tRussia\tNorth Korea sent shells.",
        "R\tYoo Sang-bum\tsaidThat\t{North Korea | supplies | Russia}\t\"...\" Yoo said.",
        "R\tRussia\tdisputes\t{ North Korea|supplies|Russia }\tMoscow denied it.\r",
        "",
        "Q\tartillery shells\t>1000000\tshell\tover 1 million shells",
        "Q\tcontainers\t~13000-14000\tcontainer\tsome 13,000 to 14,000 containers",
        "Q\tsoldiers\ttens of thousands\tsoldier\ttens of thousands of soldiers"));

    assertTrue(file.diagnostics().isEmpty(), () -> file.diagnostics().toString());
    assertEquals(List.of(
        new EntityRow("Pyongyang", "North Korea", "Country"),
        new RelationRow("North Korea", "supplies", "Russia", "North Korea sent shells."),
        new ClaimRow("Yoo Sang-bum", ClaimKind.SAID_THAT, "North Korea", "supplies", "Russia", "\"...\" Yoo said."),
        new ClaimRow("Russia", ClaimKind.DISPUTES, "North Korea", "supplies", "Russia", "Moscow denied it."),
        new QuantityRow("artillery shells", ">1000000", "shell", "over 1 million shells"),
        new QuantityRow("containers", "~13000-14000", "container", "some 13,000 to 14,000 containers"),
        new QuantityRow("soldiers", "tens of thousands", "soldier", "tens of thousands of soldiers")),
        file.rows());
  }

  @Test
  void claimRowPrintsBackAsItsLine() {
    String line = "R\tYoo Sang-bum\tsaidThat\t{North Korea | supplies | Russia}\tYoo said.";
    FactsFile file = FactsFile.parse("a.facts", List.of(line));
    assertEquals(line, file.rows().get(0).toLine());
  }

  @Test
  void reportsEveryBadLineWithItsPositionAndKeepsTheGoodOnes() {
    FactsFile file = FactsFile.parse("gold.facts", List.of(
        "E\tNorth Korea\tNorth Korea\tCountry",
        "X\tfoo",
        "E\tNorth Korea\tNorth Korea",
        "E\tNK\tNorth Korea\tNation",
        "R\tNorth Korea\tsells\tRussia\tev",
        "R\tYoo\tsaidThat\tNorth Korea\tev",
        "R\tYoo\tsaidThat\t{North Korea | supplies}\tev",
        "Q\tshells\t1,000,000\tshell\tev",
        "",
        "R\tNorth Korea\tsupplies\t\tev",
        "R\tYoo\tsaidThat\t{A | saidThat | B}\tev",
        "R\tNorth Korea\tsupplies\t{A | supplies | B}\tev",
        "Q\tshells\tUS$3.45 million\tUSD\tev"));

    assertEquals(List.of(
        "gold.facts:2:1: error: unknown row kind 'X'; expected E, R or Q",
        "gold.facts:3:1: error: E row has 3 tab-separated fields; expected 4",
        "gold.facts:4:18: error: unknown entity type 'Nation'",
        "gold.facts:5:15: error: unknown relation 'sells'",
        "gold.facts:6:16: error: saidThat needs a nested triple {subject | relation | object}",
        "gold.facts:7:16: error: nested triple needs 3 parts separated by '|', found 2",
        "gold.facts:8:10: error: amount '1,000,000' must be digits without separators,"
            + " optionally after ~ or > (e.g. >1000000, ~10, 10000-12000)",
        "gold.facts:10:24: error: empty object field",
        "gold.facts:11:16: error: claims do not nest: 'saidThat' inside saidThat",
        "gold.facts:12:24: error: relation 'supplies' takes an entity name, not a nested triple",
        "gold.facts:13:10: error: amount 'US$3.45 million' must be digits without separators,"
            + " optionally after ~ or > (e.g. >1000000, ~10, 10000-12000)"),
        file.diagnostics().stream().map(Diagnostic::render).toList());
    assertEquals(List.of(new EntityRow("North Korea", "North Korea", "Country")), file.rows());
  }
}
