package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.diag.Diagnostic;
import picocli.CommandLine;

/** The CLI's manners: version, help with examples everywhere, completion, doctor, export's errors, progress, colour. */
final class CliNicetiesTest {
  @TempDir static Path dir;
  private static Path seedTrig;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path project(String p) {
    return Path.of(System.getProperty("newsgraph.project.dir", ".")).resolve(p);
  }

  @BeforeAll
  static void buildSeed() {
    seedTrig = dir.resolve("seed.trig");
    Run r = run("build", project("articles").toString(), "-o", seedTrig.toString(), "-q");
    assertEquals(Main.OK, r.code(), r.err());
  }

  @Test
  void versionNamesTheProgram() {
    Run r = run("--version");
    assertEquals(Main.OK, r.code());
    assertTrue(r.out().startsWith("newsgraph "), r.out());
  }

  @Test
  void everyCommandsHelpHasExamples() {
    CommandLine root = new CommandLine(new NewsgraphCommand(new Io(System.out, System.err)));
    assertTrue(root.getSubcommands().keySet().containsAll(List.of("build", "export", "doctor", "completion", "serve", "query")));
    for (String name : root.getSubcommands().keySet()) {
      if (name.equals("help")) {
        continue; // picocli's own 'help CMD', which prints the command's help
      }
      Run r = run(name, "--help");
      assertEquals(Main.OK, r.code(), name);
      assertTrue(r.out().contains("Example"), name + " --help has no examples:\n" + r.out());
      assertTrue(r.out().contains("  newsgraph " + name), name + " --help has no example of itself:\n" + r.out());
    }
    assertTrue(run("--help").out().contains("Examples:"));
  }

  @Test
  void completionPrintsABashScript() {
    Run r = run("completion");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("complete -F"), r.out());
    for (String word : List.of("export", "doctor", "--format", "--data", "--port")) {
      assertTrue(r.out().contains(word), "completion lacks " + word);
    }
  }

  @Test
  void doctorReportsJavaDataFilesAndAFreePort() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Run r = run("doctor", "--port", Integer.toString(port));
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("java       " + Runtime.version()), r.out());
    assertTrue(r.out().matches("(?s).*gazetteer +\\d+ entries.*"), r.out());
    assertTrue(r.out().matches("(?s).*rules +\\d+ frames.*"), r.out());
    assertTrue(r.out().matches("(?s).*cues +\\d+ cue patterns.*"), r.out());
    assertTrue(r.out().matches("(?s).*reporting +\\d+ reporting verbs.*"), r.out());
    assertTrue(r.out().contains("port       " + port + " on 127.0.0.1: free"), r.out());
    assertTrue(r.out().matches("(?s).*cache +\\S+newsgraph \\((empty|\\d+ built graphs?, \\d+ KB)\\).*"), r.out());
  }

  @Test
  void doctorSaysWhenThePortIsTaken() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run r = run("doctor", "--port", Integer.toString(s.getLocalPort()));
      assertEquals(Main.BAD_INPUT, r.code(), r.out());
      assertTrue(r.out().contains(": in use"), r.out());
      assertTrue(r.err().contains("newsgraph: error: port " + s.getLocalPort() + " on 127.0.0.1 is not free"), r.err());
    }
  }

  @Test
  void exportUsageErrorsExitTwo() {
    Run unknown = run("export", "--format", "xls", "--data", seedTrig.toString());
    assertEquals(Main.USAGE, unknown.code());
    assertTrue(unknown.err().startsWith("newsgraph: error: unknown format 'xls' (trig, nq, ttl, nt, rdfxml, jsonld, brf, graphml, gexf, csv)"),
        unknown.err());
    Run csv = run("export", "--format", "csv", "--data", seedTrig.toString());
    assertEquals(Main.USAGE, csv.code());
    assertTrue(csv.err().startsWith("newsgraph: error: csv writes two files: give -o NAME.csv"), csv.err());
    Run both = run("export", "--format", "ttl", "--data", seedTrig.toString(), "article.txt");
    assertEquals(Main.USAGE, both.code());
    assertTrue(both.err().startsWith("newsgraph: error: give --data or articles, not both"), both.err());
    Run noFormat = run("export", "--data", seedTrig.toString());
    assertEquals(Main.USAGE, noFormat.code());
    Run buildGraphml = run("build", "-o", dir.resolve("x.graphml").toString());
    assertEquals(Main.USAGE, buildGraphml.code());
    assertTrue(buildGraphml.err().startsWith("newsgraph: error: build writes RDF; for graphml use 'newsgraph export'"), buildGraphml.err());
  }

  @Test
  void exportOfAMissingDataFileIsBadInput() {
    Path missing = dir.resolve("missing.trig");
    Run r = run("export", "--format", "ttl", "--data", missing.toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertEquals(missing + ": error: no such file\n", r.err());
  }

  @Test
  void exportWritesFilesAndStandardOutput() throws Exception {
    Path graphml = dir.resolve("out/seed.graphml");
    Run r = run("export", "--data", seedTrig.toString(), "-o", graphml.toString());
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.err().startsWith("wrote " + graphml + " (GraphML of the direct layer"), r.err());
    assertTrue(Files.readString(graphml).contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"));
    Run csv = run("export", "--data", seedTrig.toString(), "-o", dir.resolve("net.csv").toString(), "-q");
    assertEquals(Main.OK, csv.code(), csv.err());
    assertEquals("", csv.err());
    assertTrue(Files.readString(dir.resolve("net-nodes.csv")).startsWith("Id,Label,type,wikidata\n"));
    assertTrue(Files.readString(dir.resolve("net-edges.csv")).startsWith("Source,Target,Type,Label,Weight,predicate,claims\n"));
    Run ttl = run("export", "--format", "turtle", "--data", seedTrig.toString());
    assertEquals(Main.OK, ttl.code(), ttl.err());
    assertTrue(ttl.out().startsWith("PREFIX "), ttl.out().substring(0, 100));
    Run ontology = run("export", "--ontology", "--format", "rdfxml");
    assertTrue(ontology.out().contains("<owl:Ontology rdf:about=\"https://w3id.org/newsgraph/ontology\">"));
    Run context = run("export", "--context");
    assertEquals(org.newsgraph.export.JsonLdContext.contextJson(), context.out());
  }

  @Test
  void progressIsPlainLinesOffATerminalAndNothingWhenQuiet() {
    Path a = project("src/test/resources/corpus/articles/01-reuters-nk-containers-shin.txt");
    Path b = project("src/test/resources/corpus/articles/02-yonhap-nis-satellite-russia-help.txt");
    Run r = run("build", a.toString(), b.toString(), "-o", dir.resolve("two.nq").toString(), "--threads", "1");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.err().contains("[1/2] " + a + "\n[2/2] " + b + "\n"), r.err());
    assertFalse(r.err().contains("\r") || r.err().contains("\u001b"), "no bar or colour off a terminal");
    Run quiet = run("build", a.toString(), b.toString(), "-o", dir.resolve("two.nq").toString(), "-q");
    assertFalse(quiet.err().contains("[1/2]"), quiet.err());
  }

  @Test
  void progressLineHasBarRateAndEta() {
    assertEquals("[############............] 5/10 articles  2.5/s  ETA 2s", Progress.line(5, 10, 2.5));
    assertEquals("[........................] 0/300 articles  0.0/s  ETA 0s", Progress.line(0, 300, 0));
    assertEquals("[########################] 90/90 articles  0.5/s  ETA 0s", Progress.line(90, 90, 0.5));
    assertEquals("[........................] 1/90 articles  0.1/s  ETA 14m50s", Progress.line(1, 90, 0.1));
    assertEquals("[#######.................] 27/90 articles  3.0/s  ETA 21s", Progress.line(27, 90, 3.0));
  }

  @Test
  void onATerminalTheBarIsRedrawnInPlace() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress p = new Progress(new Io(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), true));
    p.articleDone(Path.of("a.txt"), 1, 2);
    p.articleDone(Path.of("b.txt"), 2, 2);
    p.finish();
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.matches("\\r\\[#{12}\\.{12}\\] 1/2 articles  [0-9.]+/s  ETA \\d+s\u001b\\[K"
        + "\\r\\[#{24}\\] 2/2 articles  [0-9.]+/s  ETA 0s\u001b\\[K\n"), text.replace("\r", "<CR>"));
  }

  @Test
  void colourOnlyOnATerminal() {
    Diagnostic d = Diagnostic.error("a.txt", 2, 3, "bad");
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    new Io(System.out, new PrintStream(plain, true, StandardCharsets.UTF_8), false).diagnostic(d);
    assertEquals("a.txt:2:3: error: bad\n", plain.toString(StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")),
        "NO_COLOR or TERM=dumb is set: colour is off even on a terminal");
    ByteArrayOutputStream tty = new ByteArrayOutputStream();
    new Io(System.out, new PrintStream(tty, true, StandardCharsets.UTF_8), true).diagnostic(d);
    assertEquals("a.txt:2:3: \u001b[1;31merror:\u001b[0m bad\n", tty.toString(StandardCharsets.UTF_8));
  }
}
