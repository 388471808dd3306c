package org.newsgraph.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * One {@code rdfs:label} per entity across a corpus. Two articles that spell a name differently ("No Kwang Chol",
 * "No Kwang-chol") mint the same IRI; the spelling of the first article built (input order, so whatever the
 * thread count) stays the label and later spellings become {@code skos:altLabel}. When adding to a store, the
 * store's label counts as first. Remembers one label per entity of the build.
 */
final class OneLabel {
  private final Node entities;
  private final Optional<Dataset> store;
  private final Map<Node, Node> first = new HashMap<>();

  /** {@code store}: the dataset being added to, whose labels were there before this build. */
  OneLabel(String entitiesGraph, Optional<Dataset> store) {
    this.entities = NodeFactory.createURI(entitiesGraph);
    this.store = store;
  }

  /** Turns the article's labels that differ from an entity's first label into alternative labels. */
  void apply(Dataset article) {
    Graph g = article.asDatasetGraph().getGraph(entities);
    List<Triple> later = new ArrayList<>();
    g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
      Node label = first.computeIfAbsent(t.getSubject(), s -> stored(s).orElse(t.getObject()));
      if (!label.equals(t.getObject())) {
        later.add(t);
      }
    });
    for (Triple t : later) {
      g.delete(t);
      g.add(Triple.create(t.getSubject(), SKOS.altLabel.asNode(), t.getObject()));
    }
  }

  private Optional<Node> stored(Node entity) {
    return store.flatMap(ds -> Txn.calculateRead(ds, () -> {
      var it = ds.asDatasetGraph().getGraph(entities).find(entity, RDFS.label.asNode(), Node.ANY);
      return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.<Node>empty();
    }));
  }
}
