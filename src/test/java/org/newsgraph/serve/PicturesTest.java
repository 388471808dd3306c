package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures over HTTP: the neighbourhood JSON, the bundled assets, the timeline, and the pages'
 * Content-Security-Policy. (The real browser drives them in {@code org.newsgraph.it.BrowserTest}.)
 */
final class PicturesTest {
  private static final String ID = ServerFixture.ID;
  /**
   * A dated briefing whose reporter's label would be markup if it were not escaped, and a denial that
   * North Korea supplies Russia (reified in its claim graph, as the data model says).
   */
  private static final String DATED = """
      @prefix ng: <https://w3id.org/newsgraph/ontology#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
      <https://w3id.org/newsgraph/id/graph/entities> {
        <https://w3id.org/newsgraph/id/entity/person/mallory> a ng:Person ;
            rdfs:label "<script>alert(1)</script> & Mallory"@en . }
      <https://w3id.org/newsgraph/id/claim/dated> {
        <https://w3id.org/newsgraph/id/event/briefing1> a ng:Briefing ; ng:eventText "briefed" ;
            ng:agent <https://w3id.org/newsgraph/id/entity/person/mallory> ;
            ng:audience <https://w3id.org/newsgraph/id/entity/country/russia> ;
            ng:hasTime <https://w3id.org/newsgraph/id/time/t1> .
        <https://w3id.org/newsgraph/id/time/t1> a ng:TimeSpec ; ng:start "2023-11-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
            ng:precision "day" ; ng:timeText "on Nov. 1" . }
      <https://w3id.org/newsgraph/id/claim/denied> {
        [] a rdf:Statement ; rdf:subject <https://w3id.org/newsgraph/id/entity/country/north-korea> ;
            rdf:predicate ng:supplies ; rdf:object <https://w3id.org/newsgraph/id/entity/country/russia> . }
      <https://w3id.org/newsgraph/id/graph/provenance> {
        <https://w3id.org/newsgraph/id/claim/dated> a ng:Claim ; ng:status ng:Disputed .
        <https://w3id.org/newsgraph/id/claim/denied> a ng:Claim ; ng:status ng:Denied ;
            ng:statementSubject <https://w3id.org/newsgraph/id/entity/country/north-korea> ;
            ng:statementPredicate ng:supplies ;
            ng:statementObject <https://w3id.org/newsgraph/id/entity/country/russia> . }
      """;
  private static ServerFixture fx;

  @BeforeAll
  static void start() {
    Dataset ds = ServerFixture.loadFixture(DatasetFactory.createTxnMem());
    Txn.executeWrite(ds, () -> RDFParser.fromString(DATED, Lang.TRIG).parse(ds));
    fx = ServerFixture.start(ds, ServerFixture.testConfig().build());
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static Map<String, JsonObject> byId(JsonObject graph, String key) {
    return graph.get(key).getAsArray().stream().map(v -> v.getAsObject().get("data").getAsObject())
        .collect(Collectors.toMap(d -> d.getString("id"), d -> d));
  }

  @Test
  void neighbourhoodJson() {
    HttpResponse<String> r = fx.get(NeighbourhoodServlet.PATH + "?iri=" + ServerFixture.enc(
        ServerFixture.NORTH_KOREA), null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    JsonObject graph = JSON.parse(r.body());
    assertEquals(ServerFixture.NORTH_KOREA, graph.getString("center"));
    Map<String, JsonObject> nodes = byId(graph, "nodes");
    JsonObject russia = nodes.get(ID + "entity/country/russia");
    assertEquals("Russia", russia.getString("label"));
    assertEquals("Country", russia.getString("kind"));
    assertEquals("/id/entity/country/russia", russia.getString("href"));
    assertEquals("Transfer", nodes.get(ID + "event/5e1f00d2a7c3").getString("label"));
    List<String> edges = byId(graph, "edges").values().stream()
        .map(e -> e.getString("label") + " " + e.getString("target").substring(ID.length()) + " "
            + e.getString("status") + " " + e.getString("lineStyle") + " " + e.getString("href"))
        .sorted().toList();
    assertEquals(List.of(
        "agent entity/country/north-korea reported solid /id/claim/0a1b2c3d4e5f6071",
        "coordinatesWith entity/country/russia estimated dashed /id/claim/9f8e7d6c5b4a3921",
        "supplies entity/country/russia denied dotted /id/claim/denied",
        "supplies entity/country/russia reported solid /id/claim/0a1b2c3d4e5f6071"), edges);
  }

  @Test
  void neighbourhoodRefusals() {
    assertEquals(400, fx.get(NeighbourhoodServlet.PATH, null).statusCode());
    assertEquals(404, fx.get(NeighbourhoodServlet.PATH + "?iri=" + ServerFixture.enc(
        "http://example.org/x"), null).statusCode());
    assertEquals(404, fx.get(NeighbourhoodServlet.PATH + "?iri=" + ServerFixture.enc(
        ID + "entity/country/atlantis"), null).statusCode());
  }

  @Test
  void assetsFromTheJar() {
    HttpResponse<String> cy = fx.get(AssetServlet.PATH + AssetServlet.CYTOSCAPE, null);
    assertEquals(200, cy.statusCode());
    assertTrue(cy.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
    assertTrue(cy.body().length() > 100_000 && cy.body().contains("cytoscape"), "the WebJar's file");
    assertEquals(200, fx.get(AssetServlet.PATH + "neighbourhood.js", null).statusCode());
    assertEquals(200, fx.get(AssetServlet.PATH + "newsgraph.css", null).statusCode());
    assertEquals(404, fx.get(AssetServlet.PATH + "pom.xml", null).statusCode());
    assertEquals(404, fx.get(AssetServlet.PATH + "../LinkedDataServlet.class", null).statusCode());
  }

  @Test
  void entityPageHasGraphPanelAndPolicy() {
    HttpResponse<String> r = fx.get("/id/entity/country/north-korea", "text/html");
    assertEquals(HtmlResponses.CONTENT_SECURITY_POLICY,
        r.headers().firstValue("Content-Security-Policy").orElseThrow());
    String html = r.body();
    assertTrue(html.contains("<section id=\"graph-panel\" class=\"graph-panel\" hidden>"), html);
    assertTrue(html.contains("data-src=\"/graph/neighbourhood?iri=https%3A%2F%2Fw3id.org%2Fnewsgraph"
        + "%2Fid%2Fentity%2Fcountry%2Fnorth-korea\""), html);
    Matcher scripts = Pattern.compile("<script[^>]*>").matcher(html);
    List<String> tags = scripts.results().map(m -> m.group()).toList();
    assertEquals(List.of("<script src=\"/assets/cytoscape.min.js\" defer>",
        "<script src=\"/assets/neighbourhood.js\" defer>"), tags);
    assertFalse(html.contains("<style") || html.contains(" style="), "no inline style (CSP)");
    assertTrue(html.contains("<table>"), "the tables stay");
  }

  @Test
  void timelineEscapesAndLinks() {
    HttpResponse<String> r = fx.get(TimelinePage.PATH, "text/html");
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    String html = r.body();
    assertTrue(html.contains("<a href=\"/id/event/briefing1\">"), html);
    assertTrue(html.contains("Briefing: &lt;script&gt;alert(1)&lt;/script&gt; &amp; Mallory → Russia"
        + " (briefed)"), html);
    assertFalse(html.contains("<script>alert"), "escaped");
    assertTrue(html.contains("fill=\"" + GraphStyle.status("Disputed").color() + "\""), "disputed colour");
    assertTrue(html.contains("<a href=\"/id/claim/dated\">claim</a>"), html);
  }

  @Test
  void queryPageHasPolicyAndNoInlineStyle() {
    HttpResponse<String> r = fx.get("/", "text/html");
    assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent());
    assertFalse(r.body().contains("<style"), r.body());
    assertTrue(r.body().contains("<a href=\"/timeline\">Timeline</a>"), r.body());
  }
}
