package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serving TDB2: stopping releases the database; a second server on the same location sees the same data. */
final class Tdb2RestartTest {
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  @Test
  void restartOnSameLocationGivesSameTripleCount(@TempDir Path dir) {
    String firstCount;
    try (ServerFixture first = ServerFixture.start(
        ServerFixture.loadFixture(TDB2Factory.connectDataset(dir.toString())),
        ServerFixture.testConfig().build())) {
      firstCount = ok(first.query(COUNT, "text/csv"));
      assertEquals("n\r\n66\r\n", firstCount);
      assertTrue(ok(first.query(ServerFixture.SUPPLIES_RUSSIA, "text/csv"))
          .contains(ServerFixture.NORTH_KOREA), "union default graph on TDB2");
      assertTrue(ok(first.get("/id/entity/country/north-korea", "text/html"))
          .contains("North Korea has shipped"));
    }
    // No reload: the second server reads what the first left on disk.
    try (ServerFixture again = ServerFixture.start(TDB2Factory.connectDataset(dir.toString()),
        ServerFixture.testConfig().build())) {
      assertEquals(firstCount, ok(again.query(COUNT, "text/csv")));
    }
  }

  private static String ok(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }
}
