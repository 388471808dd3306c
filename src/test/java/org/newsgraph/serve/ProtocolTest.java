package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The SPARQL 1.1 Protocol for queries: methods, result formats, union default graph, descriptions. */
final class ProtocolTest {
  private static ServerFixture fx;

  @BeforeAll
  static void start() {
    fx = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static void assertNorthKorea(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains(ServerFixture.NORTH_KOREA), r.body());
  }

  // Dynamic tests, not @ParameterizedTest: the build resolves junit-jupiter-params 5.14.1 against
  // junit-platform-commons 6.0.0 (from Jena's BOM), and parameterized tests fail with NoSuchMethodError.
  private static final Map<String, String> SELECT_FORMATS = Map.of(
      "json", "application/sparql-results+json", "xml", "application/sparql-results+xml",
      "csv", "text/csv", "tsv", "text/tab-separated-values");

  @TestFactory
  Stream<DynamicTest> selectFormatsByAccept() {
    return SELECT_FORMATS.values().stream().map(type -> DynamicTest.dynamicTest(type, () -> {
      HttpResponse<String> r = fx.query(ServerFixture.SUPPLIES_RUSSIA, type);
      assertNorthKorea(r);
      assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
    }));
  }

  @TestFactory
  Stream<DynamicTest> selectFormatsByParameter() {
    return SELECT_FORMATS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      HttpResponse<String> r = fx.get("/sparql?format=" + e.getKey() + "&query="
          + ServerFixture.enc(ServerFixture.SUPPLIES_RUSSIA), null);
      assertNorthKorea(r);
      assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(e.getValue()));
    }));
  }

  @Test
  void postForm() {
    assertNorthKorea(fx.post("/sparql", "application/x-www-form-urlencoded",
        "query=" + ServerFixture.enc(ServerFixture.SUPPLIES_RUSSIA), "application/sparql-results+json"));
  }

  @Test
  void postSparqlQuery() {
    HttpResponse<String> r = fx.post("/sparql", "application/sparql-query",
        ServerFixture.SUPPLIES_RUSSIA, "application/sparql-results+xml");
    assertNorthKorea(r);
    ResultSet rs = ResultSetMgr.read(
        new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_XML);
    assertEquals(1, ResultSetFactory.copyResults(rs).size());
  }

  @TestFactory
  Stream<DynamicTest> constructFormats() {
    return Stream.of("text/turtle", "application/n-triples", "application/rdf+xml",
            "application/ld+json", "application/trig", "application/n-quads")
        .map(accept -> DynamicTest.dynamicTest(accept, () -> construct(accept)));
  }

  private static void construct(String accept) {
    HttpResponse<String> r = fx.query("CONSTRUCT { ?who <urn:example:supplies> ?r } WHERE { ?who <"
        + ServerFixture.NG + "supplies> ?r }", accept);
    assertEquals(200, r.statusCode(), r.body());
    Graph g = GraphFactory.createDefaultGraph();
    Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept);
    if (org.apache.jena.riot.RDFLanguages.isQuads(lang)) {
      RDFParser.fromString(r.body(), lang).toDatasetGraph().find()
          .forEachRemaining(q -> g.add(q.asTriple()));
    } else {
      RDFParser.fromString(r.body(), lang).parse(g);
    }
    assertEquals(1, g.size(), r.body());
  }

  @Test
  void describe() {
    HttpResponse<String> r = fx.query("DESCRIBE <" + ServerFixture.NORTH_KOREA + ">", "text/turtle");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("North Korea"), r.body());
  }

  @Test
  void unionDefaultGraphAndGraphKeyword() {
    HttpResponse<String> r = fx.query("SELECT ?g WHERE { GRAPH ?g { ?s <" + ServerFixture.NG
        + "supplies> ?o } }", "text/csv");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains(ServerFixture.ID + "claim/0a1b2c3d4e5f6071"), r.body());
    HttpResponse<String> ask = fx.query("ASK { <" + ServerFixture.NORTH_KOREA
        + "> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q423> }", "text/csv");
    assertTrue(ask.body().contains("true"), ask.body());
  }

  @Test
  void serviceDescription() {
    HttpResponse<String> r = fx.get("/sparql", "text/turtle");
    assertEquals(200, r.statusCode(), r.body());
    Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    String sd = Descriptions.SD;
    assertTrue(g.contains(org.apache.jena.graph.Node.ANY, node(sd + "endpoint"),
        node(fx.server.endpointUrl())), r.body());
    assertTrue(g.contains(org.apache.jena.graph.Node.ANY, node(sd + "feature"),
        node(sd + "UnionDefaultGraph")));
    assertTrue(g.contains(org.apache.jena.graph.Node.ANY, node(sd + "supportedLanguage"),
        node(sd + "SPARQL11Query")));
    assertFalse(g.contains(org.apache.jena.graph.Node.ANY, node(sd + "supportedLanguage"),
        node(sd + "SPARQL11Update")));
    HttpResponse<String> jsonld = fx.get("/sparql", "application/ld+json");
    assertEquals(200, jsonld.statusCode());
    assertFalse(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().isEmpty());
  }

  @Test
  void corsOnReads() {
    HttpResponse<String> r = fx.query("ASK {}", "application/sparql-results+json");
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> page = fx.get("/id/entity/country/russia", "text/turtle");
    assertEquals("*", page.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> preflight = fx.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(fx.url("/sparql")))
        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
        .build());
    assertEquals(204, preflight.statusCode());
    assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
  }

  @Test
  void exampleCurlIsWellFormed() {
    String curl = fx.server.exampleCurl();
    assertTrue(curl.startsWith("curl -H 'Accept: text/csv' '" + fx.server.endpointUrl() + "?query="));
    String url = curl.substring(curl.lastIndexOf(" '") + 2, curl.length() - 1);
    assertNorthKorea(fx.get(url.substring(url.indexOf("/sparql")), "text/csv"));
  }

  @Test
  void protocolErrorsAndDatasetParameters() {
    assertEquals(400, fx.get("/sparql?query=" + ServerFixture.enc("ASK {}") + "&query="
        + ServerFixture.enc("ASK {}"), null).statusCode(), "two query parameters");
    assertEquals(415, fx.post("/sparql", "text/plain", "ASK {}", null).statusCode(), "wrong media type");
    HttpResponse<String> one = fx.get("/sparql?default-graph-uri=" + ServerFixture.enc(
        ServerFixture.ID + "claim/9f8e7d6c5b4a3921") + "&query=" + ServerFixture.enc(
        "SELECT ?p WHERE { ?s ?p ?o }"), "text/csv");
    assertEquals(200, one.statusCode(), one.body());
    assertEquals("p\r\n" + ServerFixture.NG + "coordinatesWith\r\n", one.body());
  }

  @Test
  void homePageHasQueryForm() {
    HttpResponse<String> r = fx.get("/", "text/html");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("<form method=\"get\" action=\"/sparql\">"), r.body());
  }

  private static org.apache.jena.graph.Node node(String iri) {
    return org.apache.jena.graph.NodeFactory.createURI(iri);
  }
}
