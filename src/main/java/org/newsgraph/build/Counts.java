package org.newsgraph.build;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/** The sizes of a built dataset, for the summary line. Call inside a read transaction. */
record Counts(long entities, long claims, long triples, long quads) {

  static Counts of(Dataset ds, Iris iris) {
    Graph entities = ds.asDatasetGraph().getGraph(NodeFactory.createURI(iris.graph("entities")));
    Graph prov = ds.asDatasetGraph().getGraph(NodeFactory.createURI(iris.graph("provenance")));
    long e = entities.stream(Node.ANY, RDF.type.asNode(), Node.ANY).map(t -> t.getSubject()).distinct().count();
    long c = prov.stream(Node.ANY, RDF.type.asNode(), NG.Claim.asNode()).count();
    long triples = ds.asDatasetGraph().getUnionGraph().size();
    long quads = 0;
    var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    while (it.hasNext()) {
      Quad q = it.next();
      quads += q.isDefaultGraph() ? 0 : 1;
    }
    return new Counts(e, c, triples, quads);
  }
}
