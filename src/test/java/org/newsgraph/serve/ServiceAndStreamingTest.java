package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.apache.jena.atlas.json.JSON;
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
   * sent, the status (200) can no longer change. The client must still not receive a complete,
   * well-formed result: either the connection breaks or the JSON is cut short.
   */
  @Test
  void failureAfterFirstBufferIsNotACompleteResult() throws Exception {
    ServerConfig config = ServerFixture.testConfig().maxRows(0).timeout(Duration.ofSeconds(1)).build();
    try (ServerFixture fx = ServerFixture.start(config)) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(fx.url("/sparql?query=" + ServerFixture.enc(
          "SELECT * WHERE { " + HardeningTest.ALL + " }"))))
          .header("Accept", "application/sparql-results+json").build();
      HttpResponse<InputStream> r = fx.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, r.statusCode(), "the first buffer was sent, so the status was already 200");
      byte[] body;
      try (InputStream in = r.body()) {
        body = in.readAllBytes();
      } catch (IOException broken) {
        return; // the connection was aborted: the client knows the result is incomplete
      }
      assertTrue(body.length > JettyTuning.OUTPUT_BUFFER_BYTES, "only " + body.length + " bytes");
      String text = new String(body, StandardCharsets.UTF_8);
      assertTrue(isBrokenJson(text), "a timed-out result looked complete: ..."
          + text.substring(Math.max(0, text.length() - 200)));
    }
  }

  private static boolean isBrokenJson(String text) {
    try {
      JSON.parse(text);
      return false;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
