package org.newsgraph.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;

/**
 * The articles a build has already taken, by IRI (which the article's text decides): a second file with the
 * same text, in the same build or already in the store being added to, is one article, built once. Two
 * files of one article would otherwise give it two source files and fail validation.
 */
final class SeenArticles {
  private final Map<String, String> sources = new HashMap<>();
  private final Optional<Dataset> store;

  /** {@code store}: the dataset being added to, if it held anything before this build. */
  SeenArticles(Optional<Dataset> store) {
    this.store = store;
  }

  /** Records {@code source} as the file of {@code articleIri}, unless another file was; returns that one. */
  Optional<String> firstSource(String articleIri, String source) {
    String first = sources.putIfAbsent(articleIri, source);
    if (first != null) {
      return Optional.of(first);
    }
    Optional<String> other = store.flatMap(ds -> Txn.calculateRead(ds, () -> sourceIn(ds, articleIri))).filter(s -> !s.equals(source));
    other.ifPresent(s -> sources.put(articleIri, s));
    return other;
  }

  private static Optional<String> sourceIn(Dataset ds, String articleIri) {
    Node article = NodeFactory.createURI(articleIri);
    var found = ds.asDatasetGraph().find(Node.ANY, article, NG.sourceFile.asNode(), Node.ANY);
    try {
      return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    } finally {
      Iter.close(found);
    }
  }
}
