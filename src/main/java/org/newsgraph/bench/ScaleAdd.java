package org.newsgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Stores;

/**
 * The add child: what {@code newsgraph add} does, timed. Opens an existing store as that command does
 * ({@link Stores#forAdding}: block reads, not memory maps) in a fresh JVM, then adds each article on its own,
 * one transaction each, writing {@code add_s=} lines (the time {@code GraphBuilder.build} takes, extraction
 * included; JVM start and loading the pipeline are not) to {@code OUT}. The first add runs on a cold JIT.
 *
 * <p>Usage: {@code ScaleAdd STORE OUT ARTICLE...}
 */
public final class ScaleAdd {
  private ScaleAdd() {}

  public static void main(String[] args) throws Exception {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Dataset ds = Stores.forAdding(Path.of(args[0]));
    Pipeline pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
    StringBuilder sb = new StringBuilder();
    for (int i = 2; i < args.length; i++) {
      long t = System.nanoTime();
      new GraphBuilder(pipeline, 1).build(List.of(Path.of(args[i])), ds);
      sb.append(String.format(Locale.ROOT, "add_s=%.4f%n", (System.nanoTime() - t) / 1e9));
    }
    ds.close();
    Files.writeString(Path.of(args[1]), sb, StandardCharsets.UTF_8);
  }
}
