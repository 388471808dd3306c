package org.newsgraph.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;

/** Test support: the seed graph, built from {@code articles/} of the project (system property {@code newsgraph.project.dir}). */
final class SeedGraph {
  private SeedGraph() {}

  /** A fresh build (the server owns and closes the dataset it serves, so each server gets its own). */
  static Dataset build() {
    Path dir = Path.of(System.getProperty("newsgraph.project.dir", "."));
    Dataset ds = DatasetFactory.createTxnMem();
    new GraphBuilder(Pipeline.load(Iris.DEFAULT_BASE, Optional.empty()), 1)
        .build(List.of(dir.resolve("articles")), ds);
    return ds;
  }
}
