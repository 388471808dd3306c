package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Scale: for each corpus size, a generated corpus written once, built into a new TDB2 store by a child JVM
 * ({@link ScaleBuild}, heap capped by the plan), the time to add one article to that store (three articles, one
 * by one, in a second child that opens the store as {@code newsgraph add} does: {@link ScaleAdd}), its disk size and
 * peak heap, then the store reopened by {@code newsgraph serve --location} and the entity page and CQ1 timed;
 * a table, and a log–log chart of time against size.
 */
final class ScaleBench {
  private static final int ADDS = 3;

  private final BenchPlan plan;
  private final Report report;
  private final Consumer<String> progress;

  ScaleBench(BenchPlan plan, Report report, Consumer<String> progress) {
    this.plan = plan;
    this.report = report;
    this.progress = progress;
  }

  void run(CorpusGenerator generator) {
    List<List<String>> rows = new ArrayList<>();
    List<double[]> build = new ArrayList<>();
    List<double[]> perArticle = new ArrayList<>();
    List<double[]> add = new ArrayList<>();
    List<double[]> page = new ArrayList<>();
    List<double[]> cq1 = new ArrayList<>();
    for (int n : plan.sizes()) {
      long g0 = System.nanoTime();
      Path corpus = generator.corpus(plan.out(), n);
      double gen = (System.nanoTime() - g0) / 1e9;
      List<String> extra = extras(generator, n);
      Path store = plan.out().resolve("store-" + n);
      delete(store);
      Path result = plan.out().resolve("scale-" + n + ".properties");
      // built as bin/newsgraph builds: its collector, unless --jvm-flag chose one
      List<String> flags = StartupBench.with(Jvm.withLauncherGc(plan.jvmFlags()), "-Xmx" + plan.scaleHeap());
      if (plan.profile() && n == plan.sizes().get(plan.sizes().size() - 1)) {
        flags.add(Jvm.flightRecorder(plan.out().resolve("profiles").resolve("scale-build-" + n + ".jfr").toAbsolutePath()));
      }
      List<String> args = new ArrayList<>(List.of(corpus.toString(), store.toString(), Integer.toString(plan.batch()),
          Integer.toString(Runtime.getRuntime().availableProcessors()), result.toString()));
      double wall = Jvm.run(Jvm.main(flags, ScaleBuild.class, args), plan.logs().resolve("scale-build-" + n + ".log"), Duration.ofHours(3));
      Map<String, List<Double>> r = properties(result);
      double buildS = r.get("build_s").get(0);
      // added as `newsgraph add` adds: a fresh process that opens the store for block reads
      Path added = plan.out().resolve("scale-add-" + n + ".properties");
      List<String> addArgs = new ArrayList<>(List.of(store.toString(), added.toString()));
      addArgs.addAll(extra);
      Jvm.run(Jvm.main(StartupBench.with(Jvm.withLauncherGc(plan.jvmFlags()), "-Xmx" + plan.scaleHeap()), ScaleAdd.class, addArgs),
          plan.logs().resolve("scale-add-" + n + ".log"), Duration.ofMinutes(30));
      Figure adds = Figure.of("scale", "add one article to the store of " + n, "s", properties(added).get("add_s"));
      double disk = allocatedMb(store);
      double[] lat = latency(store, n);
      rows.add(List.of(String.format(Locale.ROOT, "%,d", n), fmt(r, "articles"), fmt(r, "quads"), Report.num(gen), Report.num(buildS),
          Report.num(1000 * buildS / n), Report.num(adds.median()) + " (" + Report.num(adds.min()) + "–" + Report.num(adds.max()) + ")",
          Report.num(disk), fmt(r, "build_peak_heap_mb"), Report.num(lat[4]), Report.num(lat[5]), Report.num(lat[0]), Report.num(lat[1]), Report.num(lat[2]),
          Report.num(lat[3]), Report.num(wall)));
      build.add(new double[] {n, buildS});
      perArticle.add(new double[] {n, buildS / n});
      add.add(new double[] {n, adds.median()});
      page.add(new double[] {n, lat[1] / 1000});
      cq1.add(new double[] {n, lat[3] / 1000});
      progress.accept(String.format(Locale.ROOT, "scale %,d: build %.1f s, add %.3f s, %.0f MB on disk, peak heap %s MB, page p99 %.1f ms, CQ1 p99 %.1f ms",
          n, buildS, adds.median(), disk, fmt(r, "build_peak_heap_mb"), lat[1], lat[3]));
      report.add(adds);
    }
    report.table("scale", List.of("articles", "built", "quads", "generate s", "build s", "build ms/article", "add one s (min–max)", "disk MB",
        "peak heap MB", "reopen s", "page KB", "page p50 ms", "page p99 ms", "CQ1 p50 ms", "CQ1 p99 ms", "child wall s"), rows);
    Path png = plan.out().resolve("scale.png");
    new Chart("newsgraph scale: time against corpus size (log-log)").series("build (s)", build).series("build per article (s)", perArticle)
        .series("add one article (s)", add).series("entity page p99 (s)", page).series("CQ1 p99 (s)", cq1).write(png);
    report.note("scale", "chart: ![scale](scale.png); build child heap capped at -Xmx" + plan.scaleHeap() + ", collector "
        + Jvm.withLauncherGc(plan.jvmFlags()).stream().filter(f -> f.endsWith("GC")).findFirst().orElse("") + ", batch " + plan.batch()
        + "; peak heap = largest heap occupancy after a collection; latency = 1 client, median of the rounds' p50/p99, on the store reopened by"
        + " `newsgraph serve --location`; reopen s = process start until the endpoint answers; add one = three new articles added one by one"
        + " by a fresh process opening the store as `newsgraph add` does (block reads), the first on a cold JIT, with whatever of the store"
        + " the page cache still holds after the build.");
  }

  /** Latency on the reopened store: {page p50, page p99, CQ1 p50, CQ1 p99, reopen s}. */
  private double[] latency(Path store, int n) {
    int port = Jvm.freePort();
    Path log = plan.logs().resolve("scale-serve-" + n + ".log");
    long t0 = System.nanoTime();
    Process p = Jvm.start(Jvm.newsgraph(plan.jvmFlags(), List.of("serve", "-q", "--location", store.toString(), "--port", Integer.toString(port))), log);
    try {
      double ready = Jvm.awaitReady(p, "http://127.0.0.1:" + port + "/sparql?query=ASK%7B%7D", t0, Duration.ofMinutes(10), log);
      ServingBench serving = new ServingBench(plan, report, progress);
      ServingBench.Target cq = ServingBench.targets().get(0);
      ServingBench.Target ent = ServingBench.targets().get(3);
      Path pageOut = plan.out().resolve("load").resolve("scale-" + n + "-page.csv");
      Path cqOut = plan.out().resolve("load").resolve("scale-" + n + "-cq1.csv");
      serving.runClient("http://127.0.0.1:" + port + ent.ngPath(), ent.accept(), 1, pageOut);
      serving.runClient("http://127.0.0.1:" + port + cq.ngPath(), cq.accept(), 1, cqOut);
      Figure pageP50 = Figure.of("scale", "entity page p50 at " + n, "ms", LoadResults.read(pageOut).stream().map(r -> r[2]).toList());
      Figure pageP99 = Figure.of("scale", "entity page p99 at " + n, "ms", LoadResults.read(pageOut).stream().map(r -> r[3]).toList());
      Figure cqP50 = Figure.of("scale", "CQ1 p50 at " + n, "ms", LoadResults.read(cqOut).stream().map(r -> r[2]).toList());
      Figure cqP99 = Figure.of("scale", "CQ1 p99 at " + n, "ms", LoadResults.read(cqOut).stream().map(r -> r[3]).toList());
      List.of(pageP50, pageP99, cqP50, cqP99).forEach(report::add);
      double pageKb = LoadResults.read(pageOut).get(0)[5] / 1024.0;
      return new double[] {pageP50.median(), pageP99.median(), cqP50.median(), cqP99.median(), ready, pageKb};
    } finally {
      Jvm.stop(p);
    }
  }

  /** New articles, unlike any in the corpus, to add one at a time. */
  private List<String> extras(CorpusGenerator generator, int n) {
    List<String> out = new ArrayList<>();
    Path dir = plan.out().resolve("extra");
    try {
      Files.createDirectories(dir);
      for (int k = 0; k < ADDS; k++) {
        Path f = dir.resolve("extra-" + n + "-" + k + ".txt");
        Files.writeString(f, generator.variant(10_000_000 + 1000 * k + n % 1000), StandardCharsets.UTF_8);
        out.add(f.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir, e);
    }
    return out;
  }

  private static String fmt(Map<String, List<Double>> r, String key) {
    return r.containsKey(key) ? Report.num(r.get(key).get(0)) : "n/a";
  }

  private static Map<String, List<Double>> properties(Path file) {
    Map<String, List<Double>> m = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          m.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(Double.parseDouble(line.substring(eq + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return m;
  }

  /** Space allocated on disk, from {@code du -sk} (TDB2's files are sparse: their lengths overstate it). */
  static double allocatedMb(Path dir) {
    try {
      Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
      String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      du.waitFor();
      return Long.parseLong(out.split("\\s+")[0]) / 1024.0;
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
