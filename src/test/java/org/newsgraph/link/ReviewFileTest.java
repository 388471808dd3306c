package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.extract.EntityType;

/** The review file written for a human, and --apply taking only the rows marked accept. */
final class ReviewFileTest {
  @TempDir Path dir;

  private static final String HEADER = String.join("\t", ReviewFile.COLUMNS);

  private Path review(String... rows) throws IOException {
    Path f = dir.resolve("review.tsv");
    Files.writeString(f, "# comment\n" + HEADER + "\n" + String.join("\n", rows) + "\n");
    return f;
  }

  private static String row(String entity, String candidate, String decision) {
    return String.join("\t", entity, "Name", "Person", candidate, "Label", "desc", "0.70", "reasons", decision);
  }

  @Test
  void writesOneRowPerProposalWithAnEmptyDecision() throws IOException {
    UnlinkedEntity e = new UnlinkedEntity("entity/port/rajin", "Rajin", EntityType.PORT, ImmutableSet.of("Q423"));
    Proposal p = new Proposal(e, "Q9000000031", "Rajin", "port\tin\nNorth Korea", new BigDecimal("0.70"),
        ImmutableList.of("a", "b"));
    Path f = dir.resolve("out.tsv");
    ReviewFile.write(f, List.of(p), "http://127.0.0.1:1/w/api.php");
    List<String> lines = Files.readAllLines(f);
    assertEquals(HEADER, lines.get(5));
    assertEquals("entity/port/rajin\tRajin\tPort\tQ9000000031\tRajin\tport in North Korea\t0.70\ta; b\t", lines.get(6));
    assertEquals(7, lines.size());
  }

  @Test
  void appliesOnlyAcceptedRowsWithTheirSource() throws IOException {
    Path review = review(row("entity/person/kim-kyou-hyun", "Q9000000011", "accept"),
        row("entity/person/kim-kyou-hyun", "Q9000000012", "reject"),
        row("entity/port/rajin", "Q9000000031", ""),
        row("entity/port/dunay", "Q9000000051", " Accept "));
    Path links = dir.resolve("links/reviewed-links.tsv");
    ReviewFile.Applied applied = ReviewFile.apply(review, links);
    assertEquals(List.of(), applied.diagnostics());
    assertEquals(2, applied.added());
    List<String> lines = Files.readAllLines(links);
    assertEquals(List.of(ReviewedLinks.HEADER,
        "entity/person/kim-kyou-hyun\tQ9000000011\tName\treviewed: " + review,
        "entity/port/dunay\tQ9000000051\tName\treviewed: " + review), lines.subList(2, lines.size()));
    assertEquals("Q9000000011", ReviewedLinks.load(links).of("entity/person/kim-kyou-hyun").orElseThrow().wikidata());

    ReviewFile.Applied again = ReviewFile.apply(review, links);
    assertEquals(0, again.added());
    assertEquals(2, again.unchanged(), "applying the same review twice changes nothing");
  }

  @Test
  void everyBadRowIsReportedWithItsPositionAndNothingIsWritten() throws IOException {
    Path review = review(row("entity/person/kim-kyou-hyun", "Q9000000011", "accept"),
        row("entity/person/kim-kyou-hyun", "Q9000000012", "accept"),
        row("entity/port/rajin", "Q9000000031", "acept"),
        row("entity/port/dunay", "9000000051", "accept"),
        row("person/someone", "Q9000000061", "accept"));
    Path links = dir.resolve("reviewed-links.tsv");
    ReviewFile.Applied applied = ReviewFile.apply(review, links);
    assertEquals(List.of(
        review + ":4:77: error: second accepted row for entity/person/kim-kyou-hyun (line 3): accept one Wikidata id per entity",
        review + ":5:67: error: decision must be accept, reject or empty: 'acept'",
        review + ":6:31: error: not a Wikidata item id: '9000000051'",
        review + ":7:1: error: not an entity path (entity/TYPE/NAME): 'person/someone'"),
        applied.diagnostics().stream().map(Diagnostic::render).toList());
    assertFalse(Files.exists(links), "nothing written when a row is wrong");
  }

  @Test
  void aDifferentIdForAnEntityAlreadyReviewedIsRefused() throws IOException {
    Path links = dir.resolve("reviewed-links.tsv");
    Files.writeString(links, ReviewedLinks.HEADER + "\nentity/port/rajin\tQ9000000032\tRajin\treviewed: old.tsv\n");
    Path review = review(row("entity/port/rajin", "Q9000000031", "accept"));
    ReviewFile.Applied applied = ReviewFile.apply(review, links);
    assertEquals(List.of(review + ":3:31: error: entity/port/rajin is already linked to Q9000000032 in " + links
        + ": remove that line first to change it"), applied.diagnostics().stream().map(Diagnostic::render).toList());
    assertTrue(Files.readString(links).contains("Q9000000032"));
  }

  @Test
  void aHeaderWithoutTheDecisionColumnIsAnError() throws IOException {
    Path review = dir.resolve("review.tsv");
    Files.writeString(review, "# comment\nentity\tcandidate\nentity/port/rajin\tQ9000000031\n");
    ReviewFile.Applied applied = ReviewFile.apply(review, dir.resolve("links.tsv"));
    assertEquals(List.of(review + ":2:1: error: header has no 'decision' column"),
        applied.diagnostics().stream().map(Diagnostic::render).toList());
  }

  @Test
  void aMissingReviewFileIsAnError() {
    ReviewFile.Applied applied = ReviewFile.apply(dir.resolve("none.tsv"), dir.resolve("links.tsv"));
    assertEquals(List.of(dir.resolve("none.tsv") + ": error: no such file"),
        applied.diagnostics().stream().map(Diagnostic::render).toList());
  }
}
