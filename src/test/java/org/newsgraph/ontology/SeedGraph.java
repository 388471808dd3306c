package org.newsgraph.ontology;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;

/** The seed graph (articles/ built once per test JVM), for the reasoner and lint tests. */
final class SeedGraph {
  private static Dataset seed;

  private SeedGraph() {}

  static synchronized Dataset get() {
    if (seed == null) {
      Dataset ds = DatasetFactory.createTxnMem();
      new GraphBuilder(Pipeline.load(Iris.DEFAULT_BASE, Optional.empty()), 1)
          .build(List.of(OntologyFilesTest.projectDir().resolve("articles")), ds);
      seed = ds;
    }
    return seed;
  }
}
