package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * {@code newsgraph link} through the real entry point: offline listing, {@code --online} against the local
 * replay server (never Wikidata), a second run answered from the cache, {@code --apply}, and a build that
 * honours the reviewed links.
 */
final class LinkCommandTest {
  @TempDir Path dir;
  private final ReplayServer replay = new ReplayServer();

  @AfterEach
  void stop() {
    replay.close();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Run online(Path review, String... more) {
    List<String> args = new ArrayList<>(List.of("link", SeedGraph.articles().toString(), "--online", "--endpoint",
        replay.endpoint(), "--review", review.toString(), "--cache", dir.resolve("cache").toString(),
        "--min-interval-ms", "0", "--contact", "test@example.org"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void withoutOptionsListsTheUnlinkedEntitiesOffline() {
    Run r = run("link", SeedGraph.articles().toString());
    assertEquals(Main.OK, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("entity\tlabel\ttype\tcountries", lines.get(0));
    assertEquals(15, lines.size(), r.out());
    assertTrue(lines.contains("entity/port/rajin\tRajin\tPort\tQ423"), r.out());
    assertTrue(lines.contains("entity/person/kim-kyou-hyun\tKim Kyou-hyun\tPerson\tQ884"), r.out());
    assertTrue(r.err().contains("14 entities without a Wikidata link; 'newsgraph link --online' proposes ids for them"), r.err());
    assertEquals(0, replay.total());
  }

  @Test
  void onlineProposesReviewsAreAppliedAndTheBuildHonoursThem() throws IOException {
    replay.failNext("search-rajin", 429, "0").failNext("entities-Q9000000021-Q9000000022", 503, null);
    Path review = dir.resolve("review.tsv");
    Run first = online(review);
    assertEquals(Main.OK, first.code(), first.err());
    assertTrue(first.err().contains("9 proposals for 4 of 14 unlinked entities written to " + review + " (20 requests)"),
        first.err());
    assertEquals(20, replay.total(), "14 searches, 4 wbgetentities, a 429 and a 503 retried");
    assertEquals(2, replay.count("search-rajin"));
    assertTrue(replay.userAgents().stream().allMatch(ua -> ua.startsWith("newsgraph/0.1 (https://w3id.org/newsgraph; contact: test@example.org)")));
    List<String> rows = Files.readAllLines(review).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(String.join("\t", ReviewFile.COLUMNS), rows.get(0));
    assertTrue(rows.get(1).startsWith("entity/government-agency/national-intelligence-service\tNational Intelligence Service\t"
        + "GovernmentAgency\tQ9000000041\t"), rows.get(1));

    Run second = online(review);
    assertEquals(Main.OK, second.code(), second.err());
    assertTrue(second.err().contains("(0 requests)"), second.err());
    assertEquals(20, replay.total(), "the second run is answered from the cache");

    // the reviewer accepts one row: the decision column (the last) of Kim Kyou-hyun's best candidate
    Files.writeString(review, Files.readString(review).replaceFirst("(entity/person/kim-kyou-hyun\tKim Kyou-hyun\tPerson\tQ9000000011\t[^\n]*)\t\n", "$1\taccept\n"));
    Path links = dir.resolve("links.tsv");
    Run apply = run("link", "--apply", review.toString(), "--links", links.toString());
    assertEquals(Main.OK, apply.code(), apply.err());
    assertEquals("1 reviewed link added to " + links + "; builds now add them as owl:sameAs", apply.err().strip());
    assertEquals("entity/person/kim-kyou-hyun\tQ9000000011\tKim Kyou-hyun\treviewed: " + review,
        Files.readAllLines(links).get(3));

    String before = System.getProperty(ReviewedLinks.PROPERTY);
    System.setProperty(ReviewedLinks.PROPERTY, links.toString());
    try {
      Path out = dir.resolve("graph.nq");
      Run build = run("build", SeedGraph.articles().toString(), "-o", out.toString());
      assertEquals(Main.OK, build.code(), build.err());
      assertTrue(build.err().contains((WikidataLinksetTest.verifiedSeedLinks() + 1) + " Wikidata links"), build.err());
      assertTrue(Files.readString(out).contains("<https://w3id.org/newsgraph/id/entity/person/kim-kyou-hyun> "
          + "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q9000000011>"), "reviewed link in the graph");
    } finally {
      if (before == null) {
        System.clearProperty(ReviewedLinks.PROPERTY);
      } else {
        System.setProperty(ReviewedLinks.PROPERTY, before);
      }
    }
  }

  @Test
  void anApiFailureIsADiagnosticAndExitOne() {
    replay.failNext("search-national-intelligence-service", 400, null);
    Path review = dir.resolve("review.tsv");
    Run r = online(review, "--no-cache");
    assertEquals(Main.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains(replay.endpoint() + "?action=wbsearchentities&search=National+Intelligence+Service&"), r.err());
    assertTrue(r.err().contains(": error: HTTP 400: {\"error\":{\"code\":\"test\",\"info\":\"scripted failure\"}}"), r.err());
    assertFalse(Files.exists(review));
  }

  @Test
  void usageErrorsComeBeforeAnyWorkOrRequest() {
    Run both = run("link", "--online", "--apply", "x.tsv");
    assertEquals(Main.USAGE, both.code());
    assertEquals("newsgraph: error: --online and --apply are separate steps: a human reviews the proposals in between",
        both.err().strip());
    Run fast = run("link", "--online", "--min-interval-ms", "10", SeedGraph.articles().toString());
    assertEquals(Main.USAGE, fast.code());
    assertEquals("newsgraph: error: --min-interval-ms below 1000 is only for a local endpoint: "
        + "Wikidata asks for at most one request per second", fast.err().strip());
    Run endpoint = run("link", "--online", "--endpoint", "ftp://example.org/api", SeedGraph.articles().toString());
    assertEquals(Main.USAGE, endpoint.code());
    assertEquals("newsgraph: error: --endpoint must be an http(s) URL: 'ftp://example.org/api'", endpoint.err().strip());
    assertEquals(0, replay.total());
  }

  @Test
  void helpSaysWhatItDoesWithExamples() {
    Run r = run("link", "--help");
    assertEquals(Main.OK, r.code());
    assertTrue(r.out().startsWith("Usage: newsgraph link "), r.out());
    assertTrue(r.out().contains("  newsgraph link --apply link-review.tsv"), r.out());
  }

  @Test
  void aBadReviewRowIsPositionedAndExitOne() throws IOException {
    Path review = dir.resolve("review.tsv");
    Files.writeString(review, String.join("\t", ReviewFile.COLUMNS) + "\n"
        + "entity/port/rajin\tRajin\tPort\tQ9000000031\tRajin\td\t0.70\tr\tyes\n");
    Path links = dir.resolve("links.tsv");
    Run r = run("link", "--apply", review.toString(), "--links", links.toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertEquals(review + ":2:57: error: decision must be accept, reject or empty: 'yes'\nnothing written to " + links,
        r.err().strip());
  }
}
