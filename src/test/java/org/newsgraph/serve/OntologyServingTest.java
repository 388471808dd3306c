package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;

/** The ontology IRI and its terms dereference at /ontology: Turtle, RDF/XML, JSON-LD and HTML documentation. */
final class OntologyServingTest {
  private static final Node ONTOLOGY = NodeFactory.createURI(NG.ONTOLOGY_IRI);
  private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";
  private static ServerFixture fx;
  private static Graph bundled;

  @BeforeAll
  static void start() {
    // the default 10 s timeout: the first page render runs its example queries on a cold JVM
    fx = ServerFixture.start(SeedGraph.build(), ServerFixture.testConfig().timeout(Duration.ofSeconds(10)).build());
    bundled = OntologyServlet.load();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static HttpResponse<String> ok(String path, String accept, String type) {
    HttpResponse<String> r = fx.get(path, accept);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type),
        r.headers().toString());
    assertTrue(r.headers().allValues("Vary").toString().contains("Accept"), r.headers().toString());
    return r;
  }

  private static void assertSameGraph(Graph expected, Graph actual) {
    assertTrue(expected.isIsomorphicWith(actual),
        "not the bundled ontology: " + expected.size() + " triples expected, " + actual.size() + " served");
  }

  @Test
  void turtleByDefaultWithTheOntologyHeader() {
    for (String accept : new String[] {null, "text/turtle", "*/*"}) {
      Graph g = RDFParser.fromString(ok("/ontology", accept, "text/turtle").body(), Lang.TURTLE).toGraph();
      assertTrue(g.contains(ONTOLOGY, RDF.Nodes.type, OWL.Ontology.asNode()));
      assertTrue(g.contains(ONTOLOGY, OWL.versionIRI.asNode(), NodeFactory.createURI(NG.VERSION_IRI)));
      assertSameGraph(bundled, g);
    }
  }

  @Test
  void rdfXmlIsTheSameGraphAsTheBundledTurtle() {
    String body = ok("/ontology", "application/rdf+xml", "application/rdf+xml").body();
    assertSameGraph(bundled, RDFParser.fromString(body, Lang.RDFXML).toGraph());
  }

  @Test
  void jsonLdParses() {
    String body = ok("/ontology", "application/ld+json", "application/ld+json").body();
    assertSameGraph(bundled, RDFParser.fromString(body, Lang.JSONLD).toGraph());
  }

  @Test
  void formatParameterOverridesAccept() {
    ok("/ontology?format=ttl", BROWSER, "text/turtle");
    ok("/ontology?format=rdfxml", BROWSER, "application/rdf+xml");
    ok("/ontology?format=jsonld", "text/turtle", "application/ld+json");
    ok("/ontology/?format=html", "text/turtle", "text/html");
  }

  @Test
  void unacceptableIs406AndOtherPathsAre404() {
    HttpResponse<String> r = fx.get("/ontology", "image/png");
    assertEquals(406, r.statusCode());
    assertEquals("Not acceptable. Available: text/turtle, application/rdf+xml, application/ld+json, text/html",
        r.body().strip());
    assertEquals(406, fx.get("/ontology?format=nt", null).statusCode());
    assertEquals(404, fx.get("/ontology/supplies", "text/turtle").statusCode());
  }

  @Test
  void htmlHeaderAndHeaders() throws IOException {
    HttpResponse<String> r = ok("/ontology", BROWSER, "text/html");
    Path saved = Path.of(System.getProperty("newsgraph.project.dir", "."), "target", "ontology.html");
    Files.createDirectories(saved.getParent());
    Files.writeString(saved, r.body()); // for a human to look at
    assertEquals(HtmlResponses.CONTENT_SECURITY_POLICY,
        r.headers().firstValue("Content-Security-Policy").orElseThrow());
    String html = r.body();
    for (String expected : List.of("<h1>newsgraph ontology</h1>", NG.VERSION_IRI,
        "<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">", "nanopublications",
        "<nav class=\"toc\">", "<li><a href=\"#supplies\">ng:supplies</a></li>")) {
      assertTrue(html.contains(expected), expected + " not in the page");
    }
    assertFalse(html.contains("<script"), "the documentation needs no script");
  }

  @Test
  void suppliesSectionHasLabelCommentDomainRangeAndAnExample() {
    String section = section(ok("/ontology", BROWSER, "text/html").body(), "supplies");
    for (String expected : List.of("<h3>supplies ",
        "The subject provides goods (weapons, munitions, fuel) to the object.",
        "<tr><th>Domain</th><td><a href=\"#Entity\">ng:Entity</a></td></tr>",
        "<tr><th>Range</th><td><a href=\"#Entity\">ng:Entity</a></td></tr>",
        "<a href=\"/id/entity/country/north-korea\">North Korea</a>")) {
      assertTrue(section.contains(expected), expected + " not in\n" + section);
    }
  }

  @Test
  void everyTermOfTheOntologyHasItsSection() {
    String html = ok("/ontology", BROWSER, "text/html").body();
    List<String> terms = bundled.find(Node.ANY, RDF.Nodes.type, Node.ANY).mapWith(Triple::getSubject)
        .filterKeep(s -> s.isURI() && s.getURI().startsWith(NG.NS)).mapWith(s -> s.getURI().substring(NG.NS.length()))
        .toSet().stream().sorted().toList();
    assertTrue(terms.size() > 100, "terms: " + terms.size());
    for (String term : terms) {
      assertTrue(html.contains("<section id=\"" + term + "\" class=\"term\">"), "no section for " + term);
    }
  }

  @Test
  void classSectionListsInstancesAndUnionDomainsAreSpelledOut() {
    String html = ok("/ontology", BROWSER, "text/html").body();
    String country = section(html, "Country");
    assertTrue(country.contains("<a href=\"/id/entity/country/"), country);
    assertTrue(html.contains("<a href=\"#Event\">ng:Event</a> or <a href=\"#RouteLeg\">ng:RouteLeg</a>")
        || html.contains("<a href=\"#RouteLeg\">ng:RouteLeg</a> or <a href=\"#Event\">ng:Event</a>"),
        "owl:unionOf domain not spelled out");
  }

  static String section(String html, String id) {
    Matcher m = Pattern.compile("<section id=\"" + Pattern.quote(id) + "\" class=\"term\">.*?</section>",
        Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "no section " + id);
    return m.group();
  }
}
