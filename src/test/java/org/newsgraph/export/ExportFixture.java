package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;

/**
 * The seed graph (articles/ built once per test JVM) and its exports, written once under
 * {@code target/export-test/} for the external tools (rdflib, rapper, networkx) to read.
 */
final class ExportFixture {
  private static Dataset seed;
  private static Map<ExportFormat, Path> files;

  private ExportFixture() {}

  static Path projectDir() {
    return Path.of(System.getProperty("newsgraph.project.dir", "."));
  }

  static synchronized Dataset seed() {
    if (seed == null) {
      seed = build();
    }
    return seed;
  }

  /** A fresh build of articles/ (a new dataset each call, for determinism checks). */
  static Dataset build() {
    Dataset ds = DatasetFactory.createTxnMem();
    new GraphBuilder(Pipeline.load(Iris.DEFAULT_BASE, Optional.empty()), 1).build(List.of(projectDir().resolve("articles")), ds);
    return ds;
  }

  static byte[] bytes(Dataset ds, ExportFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Exporter.of(ds, Iris.DEFAULT_BASE).write(f, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every export of the seed graph as a file (CSV: the nodes file; the edges file is beside it). */
  static synchronized Map<ExportFormat, Path> files() {
    if (files == null) {
      Path dir = projectDir().resolve("target/export-test");
      Map<ExportFormat, Path> m = new EnumMap<>(ExportFormat.class);
      try {
        Files.createDirectories(dir);
        for (ExportFormat f : ExportFormat.values()) {
          Path file = dir.resolve("seed." + f.extension());
          m.put(f, Exporter.of(seed(), Iris.DEFAULT_BASE).writeTo(f, file).get(0));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      files = m;
    }
    return files;
  }

  /** The seed dataset's quads as a plain dataset graph (copied out of the transaction). */
  static DatasetGraph seedQuads() {
    DatasetGraph copy = DatasetGraphFactory.createGeneral();
    Txn.executeRead(seed(), () -> seed().asDatasetGraph().find().forEachRemaining(copy::add));
    return copy;
  }

  /** All triples of all graphs, as the triple formats carry them. */
  static org.apache.jena.graph.Graph seedUnion() {
    org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    Txn.executeRead(seed(), () -> seed().asDatasetGraph().find().forEachRemaining(q -> g.add(q.asTriple())));
    return g;
  }
}
