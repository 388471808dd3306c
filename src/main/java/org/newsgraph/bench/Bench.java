package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Stores;

/** Runs the sections of a {@link BenchPlan} and writes the report; progress lines go to the caller. */
public final class Bench {
  private final BenchPlan plan;
  private final Consumer<String> progress;

  private Bench(BenchPlan plan, Consumer<String> progress) {
    this.plan = plan;
    this.progress = progress;
  }

  public static Bench of(BenchPlan plan, Consumer<String> progress) {
    return new Bench(plan, progress);
  }

  /** Runs every chosen section, then writes {@code report.md} and {@code report.csv}; returns the report. */
  public Report run() throws Exception {
    Instant start = Instant.now();
    Report report = new Report();
    Files.createDirectories(plan.logs());
    CorpusGenerator generator = CorpusGenerator.of(sources());
    Pipeline pipeline = null;
    try {
      if (plan.sections().contains(BenchPlan.Section.STARTUP) || plan.sections().contains(BenchPlan.Section.SERVING)) {
        pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
      }
      if (plan.sections().contains(BenchPlan.Section.STARTUP)) {
        new StartupBench(plan, report, progress).run(trig(pipeline, List.of(plan.seed()), "seed.trig"));
      }
      if (plan.sections().contains(BenchPlan.Section.EXTRACTION)) {
        new ExtractionBench(plan, report, progress).run(generator);
      }
      if (plan.sections().contains(BenchPlan.Section.SERVING)) {
        new ServingBench(plan, report, progress).run(trig(pipeline, sources(), "serving.trig"), sources());
      }
      if (plan.sections().contains(BenchPlan.Section.SCALE)) {
        new ScaleBench(plan, report, progress).run(generator);
      }
    } finally {
      report.write(plan.out(), header(start));
    }
    return report;
  }

  private List<Path> sources() {
    List<Path> all = new ArrayList<>(List.of(plan.seed()));
    all.addAll(plan.corpus());
    return all;
  }

  /** Builds the articles in this JVM and writes them as TriG: what bare Fuseki loads. */
  private Path trig(Pipeline pipeline, List<Path> articles, String name) {
    Path file = plan.out().resolve(name);
    Dataset ds = Stores.inMemory();
    new GraphBuilder(pipeline, Runtime.getRuntime().availableProcessors()).build(articles, ds);
    try (OutputStream out = Files.newOutputStream(file)) {
      Txn.executeRead(ds, () -> RDFWriter.source(ds.asDatasetGraph()).format(RDFFormat.TRIG_BLOCKS).output(out));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private String header(Instant start) {
    Runtime rt = Runtime.getRuntime();
    return String.format(Locale.ROOT, "# newsgraph bench%n%n%s, %s; %d cores, %d GiB max heap of the bench JVM; Java %s (%s); took %d s.%n%n"
        + "Every figure is the median of its runs with the minimum and maximum; every ratio compares figures of this run"
        + " (ratio range = a.min/b.max to a.max/b.min). Sections: %s; runs: %d.%n",
        start, System.getProperty("os.name") + " " + System.getProperty("os.arch"), rt.availableProcessors(), rt.maxMemory() >> 30,
        System.getProperty("java.version"), System.getProperty("java.vm.name"), Duration.between(start, Instant.now()).toSeconds(),
        plan.sections(), plan.runs());
  }
}
