package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.query.Dataset;
import org.newsgraph.build.BuildCache;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;
import org.newsgraph.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph serve}: build the articles (or reopen a TDB2 store) and serve them over SPARQL and as linked data. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the graph and serve it from an embedded Fuseki: SPARQL at /sparql, pages at /id/..., a query page at /.",
    footer = {"", "Examples:", "  newsgraph serve                                  (the articles/ folder, port 3030)",
        "  newsgraph serve --location store/ articles/      (TDB2; a second run reopens it without rebuilding)",
        "  newsgraph serve --no-cache article.txt          (extract again even if the article is unchanged)",
        "  newsgraph serve --allow-service query.wikidata.org --timeout 30"})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand NewsgraphCommand parent;
  @Mixin GraphOptions graph;

  @Parameters(paramLabel = "ARTICLE|DIR", arity = "0..*", description = "Articles to serve (default: articles/).")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 3030;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Option(names = "--location", paramLabel = "DIR", description = "Keep the graph in TDB2 here; reopened if it has data.")
  Path location;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query time limit (default: ${DEFAULT-VALUE}); clients may lower it.")
  long timeoutSeconds = 10;

  @Option(names = "--max-rows", paramLabel = "N", description = "Row cap on results (default: ${DEFAULT-VALUE}).")
  int maxRows = 10_000;

  @Option(names = "--allow-service", paramLabel = "HOST", description = "A host SERVICE may call (repeatable); none by default.")
  List<String> allowService = new ArrayList<>();

  @Option(names = "--allow-update", description = "Accept SPARQL Update and Graph Store writes, and serve /export/{format} (off by default).")
  boolean allowUpdate;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Where built graphs of unchanged articles are kept, so that serving them again skips extraction (default: $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph).")
  Path cache;

  @Option(names = "--no-cache", description = "Build the articles even if an unchanged build is cached, and keep nothing.")
  boolean noCache;

  @Option(names = "--queries", paramLabel = "DIR", description = "Example queries for the query page (default: queries/ if present).")
  Path queries;

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    graph.inputs = inputs;
    Dataset ds = location == null ? Stores.inMemory() : Stores.tdb2(location);
    ServerConfig config = ServerConfig.defaults().toBuilder()
        .port(port).bindAddress(bind).idBase(graph.base).timeout(Duration.ofSeconds(timeoutSeconds)).maxRows(maxRows)
        .allowedServiceHosts(allowService).allowUpdate(allowUpdate).quiet(io.quiet())
        .queriesDir(Optional.ofNullable(queries).or(() -> Optional.of(Path.of("queries")).filter(p -> p.toFile().isDirectory())).orElse(null))
        .build();
    // the server is put together (Fuseki's and Jetty's classes loaded) on another core while the graph is built
    CompletableFuture<NewsgraphServer> prepared = CompletableFuture.supplyAsync(() -> NewsgraphServer.prepare(ds, config));
    boolean errors = false;
    if (location != null && !Stores.isEmpty(ds) && inputs.isEmpty()) {
      io.note("reopened " + location + " (not rebuilt)");
    } else {
      errors = buildInto(ds, graph.inputsOrDefault(), io);
    }
    NewsgraphServer server = join(prepared).start().stopOnShutdown();
    io.err.println("SPARQL endpoint: " + server.endpointUrl());
    io.err.println("Query page:      " + server.uiUrl());
    io.err.println("Try:             " + server.exampleCurl());
    if (errors) {
      io.err.println("(some inputs were skipped: see the errors above)");
    }
    new CountDownLatch(1).await(); // until SIGTERM / Ctrl-C: the shutdown hook stops the server cleanly
    return Main.OK;
  }

  /** Builds the articles into {@code ds}, or reads their unchanged build from the cache; whether any input had errors. */
  private boolean buildInto(Dataset ds, List<Path> in, Io io) {
    Optional<BuildCache> buildCache = location == null && !noCache
        ? Optional.of(BuildCache.at(cache == null ? BuildCache.defaultDir() : cache)) : Optional.empty();
    Optional<String> key = buildCache.flatMap(c -> c.key(in, graph.base, Optional.ofNullable(graph.gazetteer)));
    Optional<String> cached = key.flatMap(k -> buildCache.get().load(k, ds));
    if (cached.isPresent()) {
      io.note(cached.get() + " (read from the build cache: the articles, data files and code are unchanged)");
      return false;
    }
    BuildSummary summary = new GraphBuilder(graph.pipeline(), graph.threads).listener(new Progress(io)).build(in, ds);
    summary.diagnostics().forEach(io::diagnostic);
    io.note(summary.render());
    key.ifPresent(k -> buildCache.get().store(k, ds, summary));
    return summary.hasErrors();
  }

  private static NewsgraphServer join(CompletableFuture<NewsgraphServer> prepared) {
    try {
      return prepared.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}
