package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving a TDB2 dataset; stopping releases it, and a second server on the same location sees the same data. */
final class Tdb2RestartTest {
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  @Test
  void restartOnSameLocationGivesSameTripleCount(@TempDir Path dir) {
    Dataset first = ServerFixture.loadFixture(TDB2Factory.connectDataset(dir.toString()));
    NewsgraphServer server = NewsgraphServer.start(first, ServerFixture.testConfig().build());
    String firstCount = count(server);
    String union = ask(server, "ASK { <" + ServerFixture.NORTH_KOREA + "> <" + ServerFixture.NG
        + "supplies> ?r }");
    server.stop();
    assertTrue(union.contains("true"), "union default graph on TDB2: " + union);

    Dataset second = TDB2Factory.connectDataset(dir.toString()); // no reload: what is on disk
    NewsgraphServer again = NewsgraphServer.start(second, ServerFixture.testConfig().build());
    try {
      assertEquals(firstCount, count(again));
      assertTrue(firstCount.contains("66"), firstCount);
    } finally {
      again.stop();
    }
  }

  private static String count(NewsgraphServer server) {
    return ask(server, COUNT);
  }

  private static String ask(NewsgraphServer server, String query) {
    try (ServerFixtureClient client = new ServerFixtureClient(server)) {
      HttpResponse<String> r = client.query(query);
      assertEquals(200, r.statusCode(), r.body());
      return r.body();
    }
  }

  /** A minimal client for a server that is not a {@link ServerFixture}. */
  private static final class ServerFixtureClient implements AutoCloseable {
    private final NewsgraphServer server;
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    ServerFixtureClient(NewsgraphServer server) {
      this.server = server;
    }

    HttpResponse<String> query(String sparql) {
      try {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                server.endpointUrl() + "?query=" + ServerFixture.enc(sparql)))
            .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {}
  }
}
