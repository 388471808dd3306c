package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Dereferencing /id/ IRIs: content negotiation, 404, 406, the HTML page; and the VoID description. */
final class LinkedDataTest {
  static final String EVENT = "event/5e1f00d2a7c3";
  static final String CLAIM = "claim/0a1b2c3d4e5f6071";
  static final String ENTITY = "entity/country/north-korea";
  private static ServerFixture fx;

  @BeforeAll
  static void start() {
    fx = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static Node iri(String local) {
    return NodeFactory.createURI(ServerFixture.ID + local);
  }

  @TestFactory
  Stream<DynamicTest> turtleAndJsonLdForEntityEventClaim() {
    return Stream.of(ENTITY, EVENT, CLAIM).flatMap(local -> Stream.of(
        DynamicTest.dynamicTest(local + " as Turtle", () -> {
          HttpResponse<String> r = fx.get("/id/" + local, "text/turtle");
          assertEquals(200, r.statusCode(), r.body());
          assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
          assertTrue(r.headers().allValues("Vary").toString().contains("Accept"));
          Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
          assertTrue(g.contains(iri(local), Node.ANY, Node.ANY), r.body());
        }),
        DynamicTest.dynamicTest(local + " as JSON-LD", () -> {
          HttpResponse<String> r = fx.get("/id/" + local, "application/ld+json");
          assertEquals(200, r.statusCode(), r.body());
          DatasetGraph d = RDFParser.fromString(r.body(), Lang.JSONLD).toDatasetGraph();
          assertTrue(d.getDefaultGraph().contains(iri(local), Node.ANY, Node.ANY), r.body());
        })));
  }

  @Test
  void claimDocumentInTrigCarriesItsGraph() {
    HttpResponse<String> r = fx.get("/id/" + CLAIM, "application/trig");
    assertEquals(200, r.statusCode());
    DatasetGraph d = RDFParser.fromString(r.body(), Lang.TRIG).toDatasetGraph();
    assertTrue(d.getGraph(iri(CLAIM)).contains(iri(ENTITY),
        NodeFactory.createURI(ServerFixture.NG + "supplies"), iri("entity/country/russia")), r.body());
  }

  @Test
  void unknownIs404AndUnacceptableIs406() {
    assertEquals(404, fx.get("/id/entity/country/atlantis", "text/turtle").statusCode());
    assertEquals(406, fx.get("/id/" + ENTITY, "image/png").statusCode());
  }

  @Test
  void entityPage() {
    HttpResponse<String> r = fx.get("/id/" + ENTITY, "text/html,application/xhtml+xml,*/*;q=0.8");
    assertEquals(200, r.statusCode());
    String html = r.body();
    for (String expected : List.of("<h1>North Korea</h1>",
        "<a href=\"http://www.wikidata.org/entity/Q423\">",
        "North Korea has shipped more than 1 million artillery shells to Russia since August",
        "<a href=\"/id/entity/country/russia\">Russia</a>",
        "<a href=\"/id/entity/person/yoo-sang-bum\">Yoo Sang-bum</a>", "ng:Reported",
        // the event is shown under the claim whose graph has it, with the entity's role there
        "<br><small>ng:agent of <a href=\"/id/" + EVENT + "\">ng:Transfer</a></small>", "&lt;b&gt;Pyongyang&lt;/b&gt; &amp; co")) {
      assertTrue(html.contains(expected), expected + " not in\n" + html);
    }
    assertFalse(html.contains("<b>Pyongyang"), "unescaped label");
    assertFalse(html.replace("<script src=\"/assets/", "").contains("<script"),
        "no inline script: only the graph's self-hosted files (the tables work without them)");
  }

  @Test
  void whatClaimsSayIsNotAmongTheTriplesThatPointAtAnEntity() {
    HttpResponse<String> r = fx.get("/id/entity/country/russia", "text/turtle");
    assertEquals(200, r.statusCode(), r.body());
    Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    Node russia = NodeFactory.createURI(ServerFixture.ID + "entity/country/russia");
    Node nk = NodeFactory.createURI(ServerFixture.ID + "entity/country/north-korea");
    Node statementObject = NodeFactory.createURI(ServerFixture.NG + "statementObject");
    assertEquals(2, g.find(Node.ANY, statementObject, russia).toList().size(), "the two claims that name Russia point at it");
    assertFalse(g.contains(nk, Node.ANY, russia), "North Korea supplies Russia is a claim, not a fact of Russia's document");
  }

  @Test
  void voidDescription() {
    HttpResponse<String> r = fx.get("/.well-known/void", "text/turtle");
    assertEquals(200, r.statusCode(), r.body());
    Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    String v = Descriptions.VOID;
    assertTrue(g.contains(Node.ANY, NodeFactory.createURI(v + "sparqlEndpoint"),
        NodeFactory.createURI(fx.server.endpointUrl())));
    assertEquals(String.valueOf(fx.quadCount()), objectOf(g, v + "triples", "#dataset"));
    assertEquals("6", objectOf(g, v + "entities", "#dataset"));
    assertEquals("3", objectOf(g, v + "triples", "#wikidata-links"));
    assertEquals("2", objectOf(g, v + "entities", "#claims"));
    HttpResponse<String> jsonld = fx.get("/.well-known/void", "application/ld+json");
    assertEquals(200, jsonld.statusCode());
    assertFalse(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().isEmpty());
  }

  private static String objectOf(Graph g, String property, String subjectSuffix) {
    return g.find(Node.ANY, NodeFactory.createURI(property), Node.ANY)
        .filterKeep(t -> t.getSubject().getURI().endsWith(subjectSuffix))
        .next().getObject().getLiteralLexicalForm();
  }
}
