package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Stores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases, found by convention in {@code src/test/resources/golden/}: {@code NAME.txt} is an article,
 * {@code NAME.expected.ttl} the direct relations between entities that its claims must state, written by
 * hand. Compared by graph isomorphism; on failure both are printed as sorted N-Triples.
 */
class GoldenGraphTest {
  private static final String ENTITY = Iris.DEFAULT_BASE + "entity/";

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("src/test/resources/golden"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void directRelationsAreAsWrittenByHand(Path article) {
    Path expectedFile = article.resolveSibling(article.getFileName().toString().replace(".txt", ".expected.ttl"));
    Graph expected = RDFDataMgr.loadGraph(expectedFile.toString());
    Dataset ds = Stores.inMemory();
    Fixtures.build(List.of(article), ds, 1);
    Graph actual = directRelations(ds);
    assertTrue(expected.isIsomorphicWith(actual),
        () -> "expected:\n" + sorted(expected) + "\nactual:\n" + sorted(actual));
  }

  /** Triples of the claim graphs between two entities by an ng: property. */
  static Graph directRelations(Dataset ds) {
    Graph out = GraphFactory.createDefaultGraph();
    Node background = org.apache.jena.graph.NodeFactory.createURI(Iris.DEFAULT_BASE + "graph/background");
    Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
      Triple t = q.asTriple();
      boolean entities = t.getSubject().isURI() && t.getSubject().getURI().startsWith(ENTITY)
          && t.getObject().isURI() && t.getObject().getURI().startsWith(ENTITY);
      if (entities && t.getPredicate().getURI().startsWith(NG.NS) && !q.getGraph().equals(background)) {
        out.add(t);
      }
    }));
    return out;
  }

  private static String sorted(Graph g) {
    return Stream.of(RDFWriter.source(g).format(RDFFormat.NTRIPLES).asString().split("\n")).sorted()
        .reduce("", (a, b) -> a + b + "\n");
  }
}
