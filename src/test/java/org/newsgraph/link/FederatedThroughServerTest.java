package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
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
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;

/**
 * The federated queries through newsgraph's own server: {@code SERVICE} works when the server was started
 * allowing the endpoint's host (here 127.0.0.1, the fixture Fuseki), and is refused, with no request made,
 * for the public Wikidata endpoint it was not allowed to call.
 */
final class FederatedThroughServerTest {
  static {
    org.newsgraph.serve.NewsgraphServer.configureLogging(); // Fuseki's per-request lines off, before its loggers exist
  }

  private static FusekiServer wikidata;
  private static NewsgraphServer server;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    wikidata = FederatedQueriesTest.startWikidataFixture();
    ServerConfig config = ServerConfig.defaults().toBuilder().allowedServiceHosts(List.of("127.0.0.1"))
        .timeout(Duration.ofSeconds(10)).quiet(true).build();
    server = NewsgraphServer.start(SeedGraph.copy(), config);
  }

  @AfterAll
  static void stop() {
    server.stop();
    wikidata.stop();
  }

  private static HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
    URI uri = URI.create(server.endpointUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyFederatedQueryWorksWhenItsHostIsAllowed() throws Exception {
    List<Path> queries = FederatedQueriesTest.queries().toList();
    assertTrue(queries.size() >= 3, "federated queries: " + queries);
    for (Path rq : queries) {
      Query q = ServiceEndpoints.redirectWikidata(QueryFactory.create(Files.readString(rq)),
          FederatedQueriesTest.endpoint(wikidata));
      HttpResponse<String> r = query(q.toString());
      assertEquals(200, r.statusCode(), FederatedQueriesTest.name(rq) + ": " + r.body());
      ResultSetRewindable actual = ResultSetMgr.read(
          new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON).rewindable();
      FederatedQueriesTest.assertSameRows(FederatedQueriesTest.name(rq), FederatedQueriesTest.expected(rq), actual);
    }
  }

  @Test
  void thePublicEndpointIsRefusedWhenNotAllowed() throws Exception {
    Path rq = FederatedQueriesTest.queries().findFirst().orElseThrow();
    HttpResponse<String> r = query(Files.readString(rq));
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("SERVICE not allowed: https://query.wikidata.org/sparql"), r.body());
  }
}
