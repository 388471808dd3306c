package org.newsgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Start-up: {@code java -jar newsgraph.jar serve} on the seed article until the endpoint answers, against a
 * bare Fuseki loading the built triples from TriG, with the same flags; each with and without an AppCDS archive
 * (trained once per run, as {@code bin/newsgraph} does), and the shipped launcher itself. {@code serve} reads the
 * seed's graph from the build cache, as every run after the first does; {@code serve --no-cache} builds it, as
 * a first run does. Runs are interleaved
 * so that drift on a shared machine hits every variant alike.
 */
final class StartupBench {
  private static final String ASK = "?query=ASK%7B%7D";
  private static final Duration LIMIT = Duration.ofSeconds(120);
  private static final String FIRST_BUILD = "newsgraph serve --no-cache";

  private final BenchPlan plan;
  private final Report report;
  private final Consumer<String> progress;

  StartupBench(BenchPlan plan, Report report, Consumer<String> progress) {
    this.plan = plan;
    this.report = report;
    this.progress = progress;
  }

  private record Variant(String name, List<String> command, String readyPath) {}

  void run(Path seedTrig) {
    Path cds = plan.out().resolve("cds");
    Path ngJsa = cds.resolve("newsgraph.jsa");
    Path bareJsa = cds.resolve("bare.jsa");
    train(ngJsa, bareJsa, seedTrig);
    List<Variant> variants = new ArrayList<>();
    variants.add(bare("bare Fuseki", plan.jvmFlags(), seedTrig));
    variants.add(serve("newsgraph serve", plan.jvmFlags(), "--cache", cache().toString()));
    variants.add(serve(FIRST_BUILD, plan.jvmFlags(), "--no-cache"));
    variants.add(bare("bare Fuseki + AppCDS", with(plan.jvmFlags(), "-XX:SharedArchiveFile=" + bareJsa), seedTrig));
    variants.add(serve("newsgraph serve + AppCDS", with(plan.jvmFlags(), "-XX:SharedArchiveFile=" + ngJsa), "--cache", cache().toString()));
    Path launcher = Path.of("bin", "newsgraph");
    if (Files.isExecutable(launcher)) {
      variants.add(new Variant("bin/newsgraph serve (shipped)", List.of(launcher.toString(), "serve", "-q", plan.seed().toString(),
          "--port", "PORT", "--cache", cache().toString()), "/sparql"));
    }
    once(variants.get(1), List.of()); // the build cache's entry for the seed, made before the measured runs
    Map<String, List<Double>> ready = new LinkedHashMap<>();
    Map<String, List<Double>> rss = new LinkedHashMap<>();
    for (int r = 0; r < plan.runs(); r++) {
      for (Variant v : variants) {
        double[] m = once(v, List.of());
        ready.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(m[0]);
        rss.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(m[1]);
        progress.accept(String.format(java.util.Locale.ROOT, "startup %d/%d %s: %.2f s, RSS %.0f MB", r + 1, plan.runs(), v.name(), m[0], m[1]));
      }
    }
    Map<String, Figure> f = new LinkedHashMap<>();
    ready.forEach((k, v) -> f.put(k, report.add(Figure.of("startup", "ready: " + k, "s", v))));
    rss.forEach((k, v) -> report.add(Figure.of("startup", "RSS when ready: " + k, "MB", v)));
    report.add(Figure.ratio("startup", "serve / bare Fuseki (same flags)", f.get("newsgraph serve"), f.get("bare Fuseki")));
    report.add(Figure.ratio("startup", "serve --no-cache / bare Fuseki (same flags)", f.get(FIRST_BUILD), f.get("bare Fuseki")));
    report.add(Figure.ratio("startup", "serve / bare Fuseki, both AppCDS", f.get("newsgraph serve + AppCDS"), f.get("bare Fuseki + AppCDS")));
    report.add(Figure.ratio("startup", "serve + AppCDS / serve (AppCDS effect)", f.get("newsgraph serve + AppCDS"), f.get("newsgraph serve")));
    if (f.containsKey("bin/newsgraph serve (shipped)")) {
      report.add(Figure.ratio("startup", "bin/newsgraph serve / bare Fuseki (no CDS)", f.get("bin/newsgraph serve (shipped)"), f.get("bare Fuseki")));
    }
    report.note("startup", "ready = process start until `GET /sparql?query=ASK{}` answers 200 (polled every 10 ms); child flags: `"
        + String.join(" ", plan.jvmFlags()) + "`; bare Fuseki loads " + seedTrig.getFileName() + " (the seed's quads) into memory; "
        + "`serve` reads the graph its first run built from the build cache (the seed, the data files and the jar are unchanged), "
        + "`serve --no-cache` extracts the seed again, as a first run does.");
    if (plan.profile()) {
      Path jfr = plan.out().resolve("profiles").resolve("startup-serve.jfr");
      once(variants.get(1), List.of(Jvm.flightRecorder(jfr)));
      report.profile(Profiles.summarise("start-up of newsgraph serve (no CDS, graph from the build cache)", jfr, 8));
      Path first = plan.out().resolve("profiles").resolve("startup-serve-no-cache.jfr");
      once(variants.get(2), List.of(Jvm.flightRecorder(first)));
      report.profile(Profiles.summarise("start-up of newsgraph serve --no-cache (no CDS)", first, 8));
    }
  }

  private void train(Path ngJsa, Path bareJsa, Path seedTrig) {
    try {
      Files.createDirectories(ngJsa.getParent());
      Files.deleteIfExists(ngJsa);
      Files.deleteIfExists(bareJsa);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Jvm.run(Jvm.main(with(plan.jvmFlags(), "-XX:ArchiveClassesAtExit=" + ngJsa), CdsTraining.class, List.of(plan.seed().toString())),
        plan.logs().resolve("cds-newsgraph.log"), LIMIT);
    once(bare("train", with(plan.jvmFlags(), "-XX:ArchiveClassesAtExit=" + bareJsa), seedTrig), List.of());
    if (Files.isExecutable(Path.of("bin", "newsgraph"))) { // makes the launcher's archive now, not in a measured run
      Jvm.run(List.of("bin/newsgraph", "--version"), plan.logs().resolve("cds-launcher.log"), LIMIT);
    }
  }

  /** Starts the variant, waits until it answers, reads its RSS, stops it: {seconds, MB}. */
  private double[] once(Variant v, List<String> extraFlags) {
    int port = Jvm.freePort();
    List<String> cmd = new ArrayList<>();
    for (String s : v.command()) {
      cmd.add(s.equals("PORT") ? Integer.toString(port) : s);
    }
    cmd.addAll(1, extraFlags.isEmpty() || !cmd.get(0).equals(Jvm.java()) ? List.of() : extraFlags);
    Path log = plan.logs().resolve("startup.log");
    long t0 = System.nanoTime();
    Process p = Jvm.start(cmd, log);
    double s = Jvm.awaitReady(p, "http://127.0.0.1:" + port + v.readyPath() + ASK, t0, LIMIT, log);
    double rss = Jvm.rssMb(p.pid());
    Jvm.stop(p);
    return new double[] {s, rss};
  }

  private Variant serve(String name, List<String> flags, String... options) {
    List<String> args = new ArrayList<>(List.of("serve", "-q", plan.seed().toString(), "--port", "PORT"));
    args.addAll(List.of(options));
    return new Variant(name, Jvm.newsgraph(flags, args), "/sparql");
  }

  private Path cache() {
    return plan.out().resolve("build-cache");
  }

  private static Variant bare(String name, List<String> flags, Path trig) {
    return new Variant(name, Jvm.main(flags, BareFuseki.class, List.of(trig.toString(), "PORT")), "/ds/sparql");
  }

  static List<String> with(List<String> flags, String... more) {
    List<String> all = new ArrayList<>(flags);
    all.addAll(List.of(more));
    return all;
  }
}
