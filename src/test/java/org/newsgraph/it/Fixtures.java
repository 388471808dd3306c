package org.newsgraph.it;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Stores;
import org.newsgraph.store.UnionView;

/** Shared, lazily built test inputs: the pipeline (models and data load once) and the seed article's graph. */
final class Fixtures {
  private static Pipeline pipeline;
  private static Dataset seed;
  private static Dataset corpus;

  private Fixtures() {}

  static Path projectDir() {
    return Path.of(System.getProperty("newsgraph.project.dir", "."));
  }

  static Path seedArticle() {
    return projectDir().resolve("articles/hankyoreh-2023-11-02-nk-shells-russia.txt");
  }

  static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
    }
    return pipeline;
  }

  static BuildSummary build(List<Path> inputs, Dataset target, int threads) {
    return new GraphBuilder(pipeline(), threads).build(inputs, target);
  }

  /** The three-article corpus of the corpus competency questions, built on four threads. */
  static synchronized Dataset corpusUnion() {
    if (corpus == null) {
      Dataset ds = Stores.inMemory();
      build(List.of(projectDir().resolve("src/test/resources/corpus-cq")), ds, 4);
      corpus = UnionView.of(ds);
    }
    return corpus;
  }

  /** The seed article's graph with the union of its named graphs as default graph, as the server has it. */
  static synchronized Dataset seedUnion() {
    if (seed == null) {
      Dataset ds = Stores.inMemory();
      build(List.of(seedArticle()), ds, 1);
      seed = UnionView.of(ds);
    }
    return seed;
  }
}
