package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.article.ReadResult;
import org.newsgraph.build.Pipeline;
import org.newsgraph.extract.Extraction;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.rdf.Iris;

/**
 * Extraction throughput, in this JVM: each article read, annotated, extracted and mapped to RDF (the per-article
 * work of a build, without the merge), over a generated corpus, with one thread and with every core, after
 * warm-up passes over a tenth of the corpus (at least 1,000 articles). The pipeline (models, gazetteer, rules) is loaded once and shared.
 */
final class ExtractionBench {
  private final BenchPlan plan;
  private final Report report;
  private final Consumer<String> progress;

  ExtractionBench(BenchPlan plan, Report report, Consumer<String> progress) {
    this.plan = plan;
    this.report = report;
    this.progress = progress;
  }

  void run(CorpusGenerator generator) throws Exception {
    long g0 = System.nanoTime();
    List<Path> files = CorpusGenerator.files(generator.corpus(plan.out(), plan.extractArticles()));
    progress.accept(String.format(Locale.ROOT, "extraction: corpus of %d articles ready in %.1f s", files.size(), (System.nanoTime() - g0) / 1e9));
    report.add(Figure.of("extraction", "words per article (whitespace-separated, whole file; over the corpus, not runs)", "words", words(files)));
    long p0 = System.nanoTime();
    Pipeline pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
    report.add(Figure.of("extraction", "pipeline load (models, gazetteer, rules; once per JVM)", "s", List.of((System.nanoTime() - p0) / 1e9)));
    int cores = Runtime.getRuntime().availableProcessors();
    int warm = Math.min(files.size(), Math.max(files.size() / 10, 1000)); // the JIT needs about 1,000 articles here
    pass(pipeline, files.subList(0, warm), 1);
    pass(pipeline, files.subList(0, warm), cores);
    List<Double> a1 = new ArrayList<>();
    List<Double> t1 = new ArrayList<>();
    List<Double> an = new ArrayList<>();
    List<Double> tn = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int r = 0; r < plan.runs(); r++) {
      for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
        long t = System.nanoTime();
        long c = cpuNanos();
        long tokens = pass(pipeline, files, threads);
        double s = (System.nanoTime() - t) / 1e9;
        cpu.add((cpuNanos() - c) / 1e6 / files.size());
        (threads == 1 ? a1 : an).add(files.size() / s);
        (threads == 1 ? t1 : tn).add(tokens / s);
        progress.accept(String.format(Locale.ROOT, "extraction %d/%d, %d thread(s): %.1f articles/s, %.0f tokens/s", r + 1, plan.runs(), threads,
            files.size() / s, tokens / s));
      }
    }
    if (plan.profile()) { // one more pass under JFR, not timed: the recording's own cost stays out of the figures
      try (Recording rec = new Recording(Configuration.getConfiguration("profile"))) {
        rec.start();
        pass(pipeline, files, 1);
        rec.stop();
        Path jfr = plan.out().resolve("profiles").resolve("extraction-1-thread.jfr");
        Files.createDirectories(jfr.getParent());
        rec.dump(jfr);
        report.profile(Profiles.summarise("extraction, 1 thread", jfr, 10));
      }
    }
    report.add(Figure.of("extraction", "CPU time per article (all runs; robust to other load on the machine)", "ms", cpu));
    Figure one = report.add(Figure.of("extraction", "articles/s, 1 thread", "articles/s", a1));
    report.add(Figure.of("extraction", "tokens/s, 1 thread", "tokens/s", t1));
    if (!an.isEmpty()) {
      Figure all = report.add(Figure.of("extraction", "articles/s, " + cores + " threads", "articles/s", an));
      report.add(Figure.of("extraction", "tokens/s, " + cores + " threads", "tokens/s", tn));
      report.add(Figure.ratio("extraction", cores + " threads / 1 thread", all, one));
    }
    report.note("extraction", String.format(Locale.ROOT, "%d generated articles (%s), read + annotate + extract + map to RDF per article;"
        + " warm-up passes over %d articles (1 thread, then all) first.", files.size(), "per copy: one paragraph dropped, paragraphs of other articles added to 300–800 words, dates, counts and countries varied", warm));
  }

  private static List<Double> words(List<Path> files) {
    List<Double> words = new ArrayList<>(files.size());
    for (Path f : files) {
      try {
        words.add((double) CorpusGenerator.words(Files.readString(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + f, e);
      }
    }
    return words;
  }

  /** CPU time of this process (every thread), from the JVM's operating-system bean. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Processes the files with {@code threads} threads; returns the tokens seen. */
  private static long pass(Pipeline pipeline, List<Path> files, int threads) throws InterruptedException, ExecutionException {
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      int chunk = Math.max(1, files.size() / (threads * 8));
      for (int from = 0; from < files.size(); from += chunk) {
        List<Path> part = files.subList(from, Math.min(files.size(), from + chunk));
        futures.add(pool.submit(() -> part.forEach(f -> tokens.addAndGet(one(pipeline, f)))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(Duration.ofMinutes(1).toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    }
    return tokens.get();
  }

  private static long one(Pipeline pipeline, Path file) {
    ReadResult read = pipeline.reader().read(file);
    if (read.article().isEmpty()) {
      return 0;
    }
    Extraction x = pipeline.extractor().extract(read.article().get());
    Dataset ds = DatasetFactory.create(); // as GraphBuilder does per article
    Txn.executeWrite(ds, () -> pipeline.mapper().map(x, ds));
    return x.text().sentences().stream().mapToLong(Sentence::size).sum();
  }
}
