package org.newsgraph.build;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * Sizes counted while a build writes, one article at a time, so that the summary of a large build never reads
 * the store back (at 100,000 articles that read was longer than the build). Entities are distinct (their IRIs
 * are kept: a few thousand, bounded by the gazetteer and the names found, not by the corpus); claims and quads
 * are what the articles wrote. A quad two articles both write (an entity's label) is written once
 * ({@link SharedQuads}), so the count is the store's unless the build added to a store that had some of the
 * quads, or wrote more shared quads than {@link SharedQuads#LIMIT}.
 */
final class Tally {
  private final Node entitiesGraph;
  private final Node provenanceGraph;
  private final Set<Node> entities = new HashSet<>();
  private long claims;
  private long quads;

  Tally(Iris iris) {
    this.entitiesGraph = NodeFactory.createURI(iris.graph("entities"));
    this.provenanceGraph = NodeFactory.createURI(iris.graph("provenance"));
  }

  /** Counts one article's dataset, as it is written; returns its quads. */
  long add(Dataset article, long written) {
    Graph e = article.asDatasetGraph().getGraph(entitiesGraph);
    e.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> entities.add(t.getSubject()));
    claims += article.asDatasetGraph().getGraph(provenanceGraph).stream(Node.ANY, RDF.Nodes.type, NG.Claim.asNode()).count();
    quads += written;
    return written;
  }

  long entities() {
    return entities.size();
  }

  long claims() {
    return claims;
  }

  long quads() {
    return quads;
  }
}
