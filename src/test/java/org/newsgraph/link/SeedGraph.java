package org.newsgraph.link;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.UnionView;

/** Test support: the seed article's graph, built once with the bundled data, as the build command makes it. */
final class SeedGraph {
  private static Pipeline pipeline;
  private static Dataset built;

  private SeedGraph() {}

  static Path projectDir() {
    return Path.of(System.getProperty("newsgraph.project.dir", "."));
  }

  static Path articles() {
    return projectDir().resolve("articles");
  }

  static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
    }
    return pipeline;
  }

  /** A fresh copy of the seed graph (named graphs only), which the caller may change or hand to a server. */
  static synchronized Dataset copy() {
    if (built == null) {
      built = build(pipeline());
    }
    Dataset copy = DatasetFactory.createTxnMem();
    org.apache.jena.system.Txn.executeRead(built, () -> org.apache.jena.system.Txn.executeWrite(copy,
        () -> built.asDatasetGraph().find().forEachRemaining(copy.asDatasetGraph()::add)));
    return copy;
  }

  /** The seed graph with the union of its named graphs as default graph, as the server has it. */
  static Dataset union() {
    return UnionView.of(copy());
  }

  /** Builds the seed article with the given pipeline into a new dataset. */
  static Dataset build(Pipeline p) {
    Dataset ds = DatasetFactory.createTxnMem();
    new GraphBuilder(p, 1).build(List.of(articles()), ds);
    return ds;
  }
}
