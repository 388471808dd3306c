package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.Bench;
import org.newsgraph.bench.BenchPlan;
import org.newsgraph.bench.BenchPlan.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph bench}: start-up, extraction, serving and scale figures, written to target/bench/. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure start-up, extraction throughput, serving latency and scale, against a bare Fuseki where one compares;",
        "write report.md, report.csv and scale.png. Run from the project folder after 'mvn -q -DskipTests package'."},
    footer = {"", "Examples:",
        "  newsgraph bench --quick --sections startup   (under 2 minutes)",
        "  newsgraph bench --quick                  (all sections, small sizes)",
        "  newsgraph bench                          (the issue's sizes; long)",
        "  newsgraph bench --sections startup,serving --runs 7",
        "  newsgraph bench --sections scale --sizes 1,100,10000 --batch 500",
        "  newsgraph bench --sections extraction --articles 2000 --no-profile"})
final class BenchCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;

  @Option(names = "--sections", split = ",", paramLabel = "S", description = "Sections to run: startup, extraction, serving, scale (default: all).")
  List<String> sections = new ArrayList<>(List.of("startup", "extraction", "serving", "scale"));

  @Option(names = "--quick", description = "Small sizes: 2 runs, 200 articles, 1 s rounds, sizes 1,10; one section of it takes under 2 minutes.")
  boolean quick;

  @Option(names = "--runs", paramLabel = "N", description = "Repetitions of every figure (default: 5).")
  Integer runs;

  @Option(names = "--articles", paramLabel = "N", description = "Extraction corpus size (default: 10000).")
  Integer articles;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Scale corpus sizes (default: 1,10,100,1000,10000,100000).")
  List<Integer> sizes;

  @Option(names = "--clients", split = ",", paramLabel = "N", description = "Concurrent clients of the serving runs (default: 1,4).")
  List<Integer> clients = new ArrayList<>(List.of(1, 4));

  @Option(names = "--seconds", paramLabel = "S", description = "Length of one measured serving round (default: 5; quick: 1).")
  Double seconds;

  @Option(names = "--warmup", paramLabel = "S", description = "Load before the rounds of each serving run (default: 5; quick: 1).")
  Double warmup;

  @Option(names = "--batch", paramLabel = "N", description = "Articles per batch when building into TDB2 (default: ${DEFAULT-VALUE}).")
  int batch = 256;

  @Option(names = "--scale-heap", paramLabel = "SIZE", description = "-Xmx of the scale build (default: ${DEFAULT-VALUE}).")
  String scaleHeap = "1g";

  @Option(names = "--jvm-flag", paramLabel = "FLAG", description = "A flag for every child JVM (repeatable; default: none, the JVM's defaults).")
  List<String> jvmFlags = new ArrayList<>();

  @Option(names = "--no-profile", description = "Skip the JFR profiles.")
  boolean noProfile;

  @Option(names = "--out", paramLabel = "DIR", description = "Report folder (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target", "bench");

  @Option(names = "--seed", paramLabel = "DIR", description = "Seed articles (default: ${DEFAULT-VALUE}).")
  Path seed = Path.of("articles");

  @Option(names = "--corpus", paramLabel = "DIR", description = "Real articles the generated corpora vary (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("src", "test", "resources", "corpus", "articles");

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    EnumSet<Section> chosen = EnumSet.noneOf(Section.class);
    for (String s : sections) {
      try {
        chosen.add(Section.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("unknown section '" + s + "' (expected startup, extraction, serving or scale)");
      }
    }
    BenchPlan plan = BenchPlan.of(chosen, out, seed, List.of(corpus), orElse(runs, quick ? 2 : 5), orElse(articles, quick ? 200 : 10_000),
        clients, orElse(warmup, quick ? 1.0 : 5.0), orElse(seconds, quick ? 1.0 : 5.0),
        sizes != null ? sizes : quick ? List.of(1, 10) : List.of(1, 10, 100, 1000, 10_000, 100_000), batch, scaleHeap, jvmFlags, !noProfile);
    Bench.of(plan, io::note).run();
    io.note("wrote " + out.resolve("report.md") + ", " + out.resolve("report.csv") + (chosen.contains(Section.SCALE) ? ", " + out.resolve("scale.png") : ""));
    return Main.OK;
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
