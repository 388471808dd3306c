package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;

/** The server's VoID description has a linkset of the Wikidata links whose count is the seed graph's. */
final class WikidataLinksetTest {
  static {
    org.newsgraph.serve.NewsgraphServer.configureLogging(); // Fuseki's per-request lines off, before its loggers exist
  }

  private static final String VOID = "http://rdfs.org/ns/void#";

  private static Node voidTerm(String local) {
    return NodeFactory.createURI(VOID + local);
  }

  @Test
  void linksetCountsEverySameAsLinkOfTheSeedGraph() throws Exception {
    Dataset seed = SeedGraph.copy();
    long sameAs = Txn.calculateRead(seed, () -> {
      List<Quad> quads = new java.util.ArrayList<>();
      seed.asDatasetGraph().find(Node.ANY, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(quads::add);
      quads.forEach(q -> assertTrue(q.getObject().getURI().startsWith(Linker.WIKIDATA), q.toString()));
      return (long) quads.size();
    });
    assertEquals(verifiedSeedLinks(), sameAs, "the seed article's verified links (queries/expected/13-wikidata-links.tsv)");
    NewsgraphServer server = NewsgraphServer.start(SeedGraph.copy(), ServerConfig.defaults().toBuilder().quiet(true).build());
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(server.uiUrl() + ".well-known/void"))
          .header("Accept", "text/turtle").build();
      HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
      List<Node> linksets = g.find(Node.ANY, RDF.Nodes.type, voidTerm("Linkset")).mapWith(Triple::getSubject).toList();
      assertEquals(1, linksets.size(), r.body());
      Node linkset = linksets.get(0);
      assertTrue(g.contains(linkset, voidTerm("linkPredicate"), OWL.sameAs.asNode()), r.body());
      Node target = g.find(linkset, voidTerm("objectsTarget"), Node.ANY).next().getObject();
      assertTrue(g.contains(target, voidTerm("uriSpace"), NodeFactory.createLiteralString(Linker.WIKIDATA)), r.body());
      Node triples = g.find(linkset, voidTerm("triples"), Node.ANY).next().getObject();
      assertEquals(sameAs, Long.parseLong(triples.getLiteralLexicalForm()), r.body());
    } finally {
      server.stop();
    }
  }

  /** The seed article's verified links, counted from the hand-written competency-question answer. */
  static int verifiedSeedLinks() {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(System.getProperty("newsgraph.project.dir", "."), "queries/expected/13-wikidata-links.tsv");
      return (int) java.nio.file.Files.readAllLines(p).stream().skip(1).filter(l -> !l.isBlank()).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
