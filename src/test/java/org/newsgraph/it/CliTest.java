package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line driven through its real entry point, with its streams captured. */
class CliTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badArticlesAreReportedAndTheGoodOneIsStillBuilt() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Fixtures.seedArticle(), in.resolve("a-good.txt"));
    Files.writeString(in.resolve("b-empty.txt"), "");
    Files.write(in.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
    Files.write(in.resolve("d-latin1.txt"), "North Korea\nSeoul caf\u00e9 \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    try (RandomAccessFile big = new RandomAccessFile(in.resolve("e-huge.txt").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    Files.createDirectories(in.resolve("f-folder.txt"));
    Files.writeString(in.resolve("g-nothing.txt"), "The weather was mild and the markets were calm on Tuesday.\n");
    Path out = dir.resolve("graph.nq");

    Path emptyFolder = Files.createDirectories(dir.resolve("empty-folder"));
    Run r = run("build", in.toString(), dir.resolve("missing.txt").toString(), emptyFolder.toString(), "-o", out.toString());

    assertEquals(Main.BAD_INPUT, r.code(), r.err());
    String err = r.err();
    assertTrue(err.contains(in.resolve("b-empty.txt") + ": error: file is empty"), err);
    assertTrue(err.contains(in.resolve("c-binary.txt") + ": error: binary file (contains NUL bytes)"), err);
    assertTrue(err.contains(in.resolve("d-latin1.txt") + ":2:10: error: invalid UTF-8: byte 0xE9"), err);
    assertTrue(err.contains(in.resolve("e-huge.txt") + ": error: file too large: 52428800 bytes, the limit is 5242880 bytes"), err);
    assertTrue(err.contains(in.resolve("g-nothing.txt") + ": error: no entities recognised: nothing to build from this article"), err);
    assertTrue(err.contains(dir.resolve("missing.txt") + ": error: no such file or directory"), err);
    assertTrue(err.contains(emptyFolder + ": error: no articles (*.txt files) in this folder"), err);
    assertTrue(err.contains("built 1 article (7 skipped)"), err);
    assertFalse(err.contains("Exception"), "no stack trace: " + err);
    Dataset ds = DatasetFactory.create();
    RDFDataMgr.read(ds, out.toString());
    assertTrue(ds.asDatasetGraph().find().hasNext(), "the good article's graph was written");
  }

  @Test
  void aGoodBuildExitsZeroAndSaysWhereTheOutputWent() {
    Path out = dir.resolve("seed.trig");
    Run r = run("build", Fixtures.seedArticle().toString(), "-o", out.toString());
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.err().contains("wrote " + out + " (valid)"), r.err());
    assertTrue(Files.exists(out));
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("build", "--no-such-option");
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().startsWith("newsgraph: error: Unknown option: '--no-such-option'"), r.err());
    assertEquals(Main.USAGE, run("build", Fixtures.seedArticle().toString(), "-o", dir.resolve("x.unknown").toString()).code());
  }

  @Test
  void everyCommandHasHelp() {
    for (String cmd : List.of("build", "query", "facts", "validate", "eval", "serve")) {
      Run r = run(cmd, "--help");
      assertEquals(Main.OK, r.code(), cmd);
      assertTrue(r.out().contains("Usage: newsgraph " + cmd), cmd + ": " + r.out());
    }
  }

  @Test
  void aMalformedQueryIsReportedWithItsPosition() throws IOException {
    Path rq = dir.resolve("bad.rq");
    Files.writeString(rq, "SELECT ?x WHERE {\n  ?x ?y \n}\n");
    Run r = run("query", rq.toString(), Fixtures.seedArticle().toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains(rq + ":3:1: error: "), r.err());
  }

  @Test
  void factsPrintsTheRowsOfTheArticle() {
    Run r = run("facts", Fixtures.seedArticle().toString());
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("R\tNorth Korea\tsupplies\tRussia\t"), r.out());
  }

  @Test
  void aBrokenDataFileIsADiagnosticNotAStackTrace() throws IOException {
    Path data = dir.resolve("broken.trig");
    Files.writeString(data, "@prefix ex: <http://example.org/> .\nex:a ex:b ;; .\n");
    Run r = run("validate", "--data", data.toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().startsWith(data + ":2:11: error: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
