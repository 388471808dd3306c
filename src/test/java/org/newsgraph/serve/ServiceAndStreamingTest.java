package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SERVICE refusal (no network request at all) and what a client sees when a query fails mid-stream. */
final class ServiceAndStreamingTest {
  private HttpServer remote;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void startRemote() throws IOException {
    remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    remote.createContext("/", exchange -> {
      hits.incrementAndGet();
      byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    remote.start();
  }

  @AfterEach
  void stopRemote() {
    remote.stop(0);
  }

  private String remoteEndpoint() {
    return "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
  }

  @Test
  void serviceToUnlistedHostMakesNoRequest() {
    try (ServerFixture fx = ServerFixture.start()) {
      HttpResponse<String> direct =
          fx.query("SELECT * WHERE { SERVICE <" + remoteEndpoint() + "> { ?s ?p ?o } }", null);
      assertEquals(400, direct.statusCode(), direct.body());
      assertTrue(direct.body().contains("SERVICE not allowed"), direct.body());
      HttpResponse<String> viaVariable = fx.query("SELECT * WHERE { VALUES ?svc { <" + remoteEndpoint()
          + "> } SERVICE ?svc { ?s ?p ?o } }", null);
      assertEquals(400, viaVariable.statusCode(), viaVariable.body());
      assertTrue(viaVariable.body().contains("SERVICE not allowed"), viaVariable.body());
      HttpResponse<String> silent = fx.query("SELECT * WHERE { SERVICE SILENT <" + remoteEndpoint()
          + "> { ?s ?p ?o } }", null);
      assertEquals(400, silent.statusCode(), silent.body());
    }
    assertEquals(0, hits.get());
  }

  @Test
  void serviceToAllowedHostIsCalled() {
    ServerConfig config = ServerFixture.testConfig().allowedServiceHosts(List.of("127.0.0.1")).build();
    try (ServerFixture fx = ServerFixture.start(config)) {
      HttpResponse<String> r = fx.query("SELECT * WHERE { SERVICE <" + remoteEndpoint()
          + "> { ?x ?p ?o } }", "application/sparql-results+json");
      assertEquals(200, r.statusCode(), r.body());
    }
    assertEquals(1, hits.get());
  }

  /**
   * With no row cap the result streams; when the timeout strikes after the first 32 KiB buffer has been
   * sent, the status (200) can no longer change. The server then aborts the connection, so the client
   * sees a broken transfer, not a response that ends normally (which Fuseki alone would send, with a
   * "## Incomplete results" comment a CSV reader would take for data).
   */
  @Test
  void failureAfterFirstBufferBreaksTheTransfer() throws Exception {
    ServerConfig config = ServerFixture.testConfig().maxRows(0).timeout(Duration.ofSeconds(1)).build();
    try (ServerFixture fx = ServerFixture.start(config)) {
      for (String accept : List.of("application/sparql-results+json", "text/csv")) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fx.url("/sparql?query="
            + ServerFixture.enc("SELECT * WHERE { " + HardeningTest.ALL + " }"))))
            .header("Accept", accept).build();
        HttpResponse<InputStream> r = fx.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode(), "the first buffer was sent, so the status was already 200");
        long[] read = {0};
        IOException broken = assertThrows(IOException.class, () -> {
          try (InputStream in = r.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) >= 0; ) {
              read[0] += n;
            }
          }
        }, accept + ": the transfer ended normally");
        assertTrue(read[0] > JettyTuning.OUTPUT_BUFFER_BYTES, "only " + read[0] + " bytes; " + broken);
      }
    }
  }
}
