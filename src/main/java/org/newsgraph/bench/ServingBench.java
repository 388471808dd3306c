package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Serving: requests per second and p50/p99 latency of competency questions 1, 6 and 12 and of an entity page,
 * at each client count, against newsgraph serve and a bare Fuseki on the same quads (the page has no Fuseki
 * equivalent: the bare side answers the entity's DESCRIBE). Both servers run at once, loaded one at a time; the
 * load generator is a separate JVM ({@link LoadClient}).
 */
final class ServingBench {
  static final String ENTITY = "https://w3id.org/newsgraph/id/entity/country/north-korea";
  private static final String JSON = "application/sparql-results+json";
  private static final Duration LIMIT = Duration.ofSeconds(180);

  private final BenchPlan plan;
  private final Report report;
  private final Consumer<String> progress;

  ServingBench(BenchPlan plan, Report report, Consumer<String> progress) {
    this.plan = plan;
    this.report = report;
    this.progress = progress;
  }

  /** What one load run asks: a path and query string on either server, and the Accept header. */
  record Target(String name, String ngPath, String barePath, String accept) {}

  static List<Target> targets() {
    List<Target> t = new ArrayList<>();
    for (String cq : List.of("01-who-supplies-russia", "06-disputed-claims", "12-evidence-for-supplies")) {
      String q = "?query=" + enc(read(Path.of("queries", cq + ".rq")));
      t.add(new Target("CQ" + Integer.parseInt(cq.substring(0, 2)), "/sparql" + q, "/ds/sparql" + q, JSON));
    }
    String describe = "?query=" + enc("DESCRIBE <" + ENTITY + ">");
    t.add(new Target("entity page (bare: DESCRIBE)", "/id/entity/country/north-korea", "/ds/sparql" + describe, "text/html"));
    t.add(new Target("DESCRIBE entity", "/sparql" + describe, "/ds/sparql" + describe, "text/turtle"));
    return t;
  }

  void run(Path dataTrig, List<Path> articles) {
    int ngPort = Jvm.freePort();
    int barePort = Jvm.freePort();
    List<String> serveArgs = new ArrayList<>(List.of("serve", "-q", "--port", Integer.toString(ngPort)));
    articles.forEach(a -> serveArgs.add(a.toString()));
    Path log = plan.logs().resolve("serving.log");
    Process ng = Jvm.start(Jvm.newsgraph(plan.jvmFlags(), serveArgs), log);
    Process bare = Jvm.start(Jvm.main(plan.jvmFlags(), BareFuseki.class, List.of(dataTrig.toString(), Integer.toString(barePort))), log);
    try {
      Jvm.awaitReady(ng, "http://127.0.0.1:" + ngPort + "/sparql?query=ASK%7B%7D", System.nanoTime(), LIMIT, log);
      Jvm.awaitReady(bare, "http://127.0.0.1:" + barePort + "/ds/sparql?query=ASK%7B%7D", System.nanoTime(), LIMIT, log);
      for (Target t : targets()) {
        for (int clients : plan.clients()) {
          boolean profile = plan.profile() && clients == plan.clients().get(plan.clients().size() - 1) && !t.name().startsWith("DESCRIBE");
          Figure[] a = load("newsgraph", t, "http://127.0.0.1:" + ngPort + t.ngPath(), clients, profile ? ng : null);
          if (t.barePath() == null) {
            continue;
          }
          Target bareTarget = t.ngPath().startsWith("/id/") ? targets().get(4) : t; // the page's stand-in: DESCRIBE, as Turtle
          Figure[] b = load("bare Fuseki", bareTarget.name().equals(t.name()) ? t : new Target(t.name(), null, t.barePath(), bareTarget.accept()),
              "http://127.0.0.1:" + barePort + t.barePath(), clients, null);
          report.add(Figure.ratio("serving", t.name() + ", " + clients + " client(s): newsgraph / bare req/s", a[0], b[0]));
          report.add(Figure.ratio("serving", t.name() + ", " + clients + " client(s): newsgraph / bare p99", a[2], b[2]));
        }
      }
      report.note("serving", "entity page: newsgraph's HTML page /id/entity/country/north-korea is compared with bare Fuseki answering `DESCRIBE <"
          + ENTITY + ">` as Turtle (Fuseki has no page); `DESCRIBE entity` compares the same query on both.");
      report.add(Figure.of("serving", "RSS of newsgraph serve after the load", "MB", List.of(Jvm.rssMb(ng.pid()))));
      report.add(Figure.of("serving", "RSS of bare Fuseki after the load", "MB", List.of(Jvm.rssMb(bare.pid()))));
    } finally {
      Jvm.stop(ng);
      Jvm.stop(bare);
    }
    report.note("serving", String.format(Locale.ROOT, "data: %s (%s); per run %.0f s warm-up then %d rounds of %.0f s; load generator: %s in its own JVM"
        + " on the same 2 cores (it competes with the server for CPU).", dataTrig.getFileName(), articles, plan.warmupSeconds(), plan.runs(),
        plan.roundSeconds(), LoadClient.class.getSimpleName()));
  }

  /** One load run: figures {req/s, p50, p99}; bare Fuseki's DESCRIBE stands in for the page in the ratio. */
  private Figure[] load(String server, Target t, String url, int clients, Process profiled) {
    Path out = plan.out().resolve("load").resolve(server.replace(' ', '-') + "-" + t.name().replaceAll("\\W+", "-") + "-" + clients + ".csv");
    String jfrName = "load" + clients;
    Path jfr = plan.out().resolve("profiles").resolve("serving-" + t.name().replaceAll("\\W+", "-") + "-" + clients + ".jfr");
    if (profiled != null) {
      Jvm.flightRecorder(jfr);
      Jcmd.run(plan.logs().resolve("jcmd.log"), profiled.pid(), "JFR.start", "name=" + jfrName, "settings=profile");
    }
    runClient(url, t.accept(), clients, out);
    if (profiled != null) {
      Jcmd.run(plan.logs().resolve("jcmd.log"), profiled.pid(), "JFR.stop", "name=" + jfrName, "filename=" + jfr.toAbsolutePath());
      report.profile(Profiles.summarise("serving " + t.name() + ", " + clients + " client(s), newsgraph server", jfr, 8));
    }
    List<double[]> rounds = LoadResults.read(out);
    String name = t.name() + ", " + clients + " client(s), " + server;
    Figure rps = report.add(Figure.of("serving", name + ": req/s", "req/s", rounds.stream().map(r -> r[1]).toList()));
    Figure p50 = report.add(Figure.of("serving", name + ": p50", "ms", rounds.stream().map(r -> r[2]).toList()));
    Figure p99 = report.add(Figure.of("serving", name + ": p99", "ms", rounds.stream().map(r -> r[3]).toList()));
    double errors = rounds.stream().mapToDouble(r -> r[4]).sum();
    if (errors > 0) {
      report.note("serving", name + ": " + (long) errors + " requests failed (not 200)");
    }
    progress.accept(String.format(Locale.ROOT, "serving %s: %.0f req/s, p50 %.2f ms, p99 %.2f ms", name, rps.median(), p50.median(), p99.median()));
    return new Figure[] {rps, p50, p99};
  }

  void runClient(String url, String accept, int clients, Path out) {
    try {
      Files.createDirectories(out.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = List.of(url, accept, Integer.toString(clients), Double.toString(plan.warmupSeconds()),
        Double.toString(plan.roundSeconds()), Integer.toString(plan.runs()), out.toString());
    Jvm.run(Jvm.main(plan.jvmFlags(), LoadClient.class, args), plan.logs().resolve("load-client.log"), LIMIT.plusSeconds(
        (long) (plan.runs() * plan.roundSeconds() + plan.warmupSeconds())));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
