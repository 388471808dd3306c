package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsgraph serve} as a separate process, the way a user runs it: start on the seed article with a
 * TDB2 {@code --location} and {@code --port 0}, wait for the start-up message, run its {@code curl} line
 * through {@code /bin/sh}, count the triples over HTTP, stop it with SIGTERM, and start it again on the
 * same location without articles: it reopens the store (no rebuild) and serves the same triples.
 */
final class ServeProcessTest {
  private static final Duration STARTUP = Duration.ofSeconds(120);
  private static final Duration EXIT = Duration.ofSeconds(10);
  private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint: (http://\\S+/sparql)");
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void serveStopAndReopen(@TempDir Path store) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "no /usr/bin/curl to run the printed command");
    long triples;
    try (Server first = Server.start(store, List.of(Fixtures.seedArticle().toString()))) {
      assertFalse(first.log().contains("reopened"), first.log());
      String curl = first.line("Try:").substring("Try:".length()).strip();
      String answer = sh(curl + " --silent --show-error --max-time 20");
      assertEquals("who\r\nhttps://w3id.org/newsgraph/id/entity/country/north-korea\r\n", answer);
      triples = count(first.endpoint);
      assertTrue(triples > 100, "triples: " + triples);
      first.stopAndAssertClean();
    }
    try (Server second = Server.start(store, List.of())) {
      assertTrue(second.log().contains("reopened " + store + " (not rebuilt)"), second.log());
      assertEquals(triples, count(second.endpoint));
      second.stopAndAssertClean();
    }
  }

  /**
   * In memory, a second {@code serve} of the same unchanged article reads the graph its first run built from
   * the build cache (same triples, no extraction); an edited article is built again.
   */
  @Test
  void unchangedArticleIsServedFromTheBuildCache(@TempDir Path dir) throws Exception {
    Path article = dir.resolve("article.txt");
    Files.copy(Fixtures.seedArticle(), article);
    List<String> args = List.of("--cache", dir.resolve("cache").toString(), article.toString());
    long triples;
    try (Server first = Server.start(args)) {
      assertFalse(first.log().contains("build cache"), first.log());
      triples = count(first.endpoint);
      first.stopAndAssertClean();
    }
    try (Server second = Server.start(args)) {
      assertTrue(second.log().contains("(read from the build cache"), second.log());
      assertEquals(triples, count(second.endpoint));
      second.stopAndAssertClean();
    }
    Files.writeString(article, Files.readString(article) + "\nThe ministry declined to comment.\n");
    try (Server third = Server.start(args)) {
      assertFalse(third.log().contains("build cache"), third.log());
      third.stopAndAssertClean();
    }
  }

  private long count(String endpoint) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query="
        + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).header("Accept", "text/csv")
        .timeout(Duration.ofSeconds(20)).build();
    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    String[] lines = r.body().split("\r\n");
    assertEquals("n", lines[0], r.body());
    return Long.parseLong(lines[1].strip());
  }

  private static String sh(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "curl did not finish");
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  /**
   * A {@code newsgraph serve} child process. Its stderr goes to a file, not a pipe: {@link Process#destroy()}
   * closes the parent's end of the pipes at once, so what the child writes while shutting down would be lost.
   */
  private static final class Server implements AutoCloseable {
    private final Process process;
    private final Path stderr;
    private final String endpoint;

    private Server(Process process, Path stderr) throws IOException, InterruptedException {
      this.process = process;
      this.stderr = stderr;
      String line = awaitLine("SPARQL endpoint:");
      Matcher m = ENDPOINT.matcher(line);
      assertTrue(m.find(), line);
      endpoint = m.group(1);
      assertNotEquals(0, URI.create(endpoint).getPort(), "--port 0 must print the real port: " + line);
      awaitLine("Try:");
    }

    /** {@code java -cp <this JVM's class path> org.newsgraph.cli.Main serve --port 0 --location DIR ...}. */
    static Server start(Path location, List<String> articles) throws IOException, InterruptedException {
      List<String> args = new ArrayList<>(List.of("--location", location.toString()));
      args.addAll(articles);
      return start(args);
    }

    /** {@code java -cp <this JVM's class path> org.newsgraph.cli.Main serve --port 0 ARGS...}. */
    static Server start(List<String> args) throws IOException, InterruptedException {
      List<String> cmd = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
          "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
          "serve", "--port", "0"));
      cmd.addAll(args);
      Path stderr = Files.createTempFile("newsgraph-serve-", ".log");
      Process p = new ProcessBuilder(cmd).directory(Fixtures.projectDir().toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(stderr.toFile()).start();
      return new Server(p, stderr);
    }

    /** Waits (bounded) for a line starting with {@code prefix}; fails with all stderr so far if none. */
    private String awaitLine(String prefix) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (System.nanoTime() < deadline) {
        Optional<String> found = log().lines().filter(l -> l.startsWith(prefix)).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(100);
      }
      throw new AssertionError("no '" + prefix + "' line within " + STARTUP + " (alive: "
          + process.isAlive() + "):\n" + log());
    }

    String line(String prefix) throws IOException {
      return log().lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    String log() throws IOException {
      return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** SIGTERM; the process must exit within {@link #EXIT}, after its shutdown hook stopped the server. */
    void stopAndAssertClean() throws IOException, InterruptedException {
      long t0 = System.nanoTime();
      process.destroy();
      assertTrue(process.waitFor(EXIT.toSeconds(), TimeUnit.SECONDS), "still running " + EXIT
          + " after SIGTERM:\n" + log());
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertTrue(log().contains("stopped " + endpoint), "no clean stop (exit " + process.exitValue()
          + " after " + ms + " ms):\n" + log());
    }

    @Override
    public void close() throws IOException, InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly().waitFor(EXIT.toSeconds(), TimeUnit.SECONDS);
      }
      Files.deleteIfExists(stderr);
    }
  }
}
