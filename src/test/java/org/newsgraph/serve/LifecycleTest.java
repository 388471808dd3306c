package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping with a query in flight, the request log, the printed curl, and the opt-in update mode. */
final class LifecycleTest {
  @Test
  void stopLetsInFlightQueryEndThenCloses() throws Exception {
    ServerFixture fx = ServerFixture.start();
    HttpRequest expensive = HttpRequest.newBuilder(URI.create(fx.url("/sparql?query="
        + ServerFixture.enc(HardeningTest.EXPENSIVE.get("cross product COUNT"))))).build();
    CompletableFuture<HttpResponse<String>> inFlight =
        fx.http.sendAsync(expensive, HttpResponse.BodyHandlers.ofString());
    Thread.sleep(1000); // well inside the 2 s timeout, and time enough for the request to arrive on a loaded machine
    long t0 = System.nanoTime();
    fx.close();
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertTrue(took < HardeningTest.TIMEOUT_MS + 2500, "stop took " + took + " ms");
    HttpResponse<String> answer = inFlight.get(1, TimeUnit.SECONDS);
    assertEquals(503, answer.statusCode(), "the query timed out and was told so: " + answer.body());
    assertFalse(fx.dataset.isInTransaction());
  }

  @Test
  void oneLogLinePerRequestUnlessQuiet() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      try (ServerFixture loud = ServerFixture.start(ServerFixture.testConfig().quiet(false).build())) {
        loud.get("/id/entity/country/russia", "text/turtle");
        loud.query("ASK {}", "text/csv");
      }
      try (ServerFixture quiet = ServerFixture.start()) {
        quiet.get("/id/entity/country/north-korea", "text/turtle");
      }
    } finally {
      System.setErr(saved);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertTrue(log.matches("(?s).*org\\.newsgraph\\.serve\\.request - GET /id/entity/country/russia 200 \\d+ ms.*"),
        log);
    assertFalse(log.contains("north-korea"), log);
    assertEquals(1, log.lines().filter(l -> l.contains("serve.request - GET /sparql 200")).count(), log);
    // Fuseki's own lines ("[1] GET ...") stay unless NewsgraphServer.configureLogging() ran before Jena
    // initialised, which a test JVM that already used Jena cannot arrange.
  }

  @Test
  void exampleCurlWorksAsPrinted() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "no /usr/bin/curl");
    try (ServerFixture fx = ServerFixture.start()) {
      Process p = new ProcessBuilder("/bin/sh", "-c", fx.server.exampleCurl() + " --silent")
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(20, TimeUnit.SECONDS));
      assertEquals("who\r\n" + ServerFixture.NORTH_KOREA + "\r\n", out);
    }
  }

  @Test
  void queryPageOffersExamplesFromQueriesDir(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("01-suppliers.rq"), "SELECT ?s WHERE { ?s ?p \"<&>\" }");
    try (ServerFixture fx = ServerFixture.start(ServerFixture.testConfig().queriesDir(dir).build())) {
      assertTrue(fx.get("/", "text/html").body().contains("<a href=\"/?example=01-suppliers\">"));
      String page = fx.get("/?example=01-suppliers", "text/html").body();
      assertTrue(page.contains("SELECT ?s WHERE { ?s ?p &quot;&lt;&amp;&gt;&quot; }"), page);
    }
  }

  @Test
  void allowUpdateServesUpdateAndGraphStore() {
    try (ServerFixture fx = ServerFixture.start(ServerFixture.testConfig().allowUpdate(true).build())) {
      long before = fx.quadCount();
      HttpResponse<String> update = fx.post("/sparql", "application/sparql-update",
          "INSERT DATA { GRAPH <urn:example:g> { <urn:example:a> <urn:example:b> <urn:example:c> } }", null);
      assertTrue(update.statusCode() < 300, update.statusCode() + " " + update.body());
      assertEquals(before + 1, fx.quadCount());
      HttpResponse<String> put = fx.sendFresh(HttpRequest.newBuilder(
              URI.create(fx.url("/data?graph=" + ServerFixture.enc("urn:example:h"))))
          .PUT(HttpRequest.BodyPublishers.ofString("<urn:example:a> <urn:example:b> <urn:example:d> ."))
          .header("Content-Type", "text/turtle").build());
      assertTrue(put.statusCode() < 300, put.statusCode() + " " + put.body());
      assertEquals(before + 2, fx.quadCount());
      HttpResponse<String> sd = fx.get("/sparql", "text/turtle");
      assertTrue(sd.body().contains("SPARQL11Update"), sd.body());
    }
  }
}
