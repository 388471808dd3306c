package org.newsgraph.serve;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsgraph server: embedded Fuseki serving one dataset read-only at {@code /sparql}, with
 * descriptions, linked-data pages and a query page (see the package documentation). Start with
 * {@link #start(Dataset, ServerConfig)}; {@link #stop()} lets in-flight requests finish (they are bounded
 * by the query timeout), stops Jetty and closes the dataset (TDB2 is released cleanly).
 */
public final class NewsgraphServer {
  /** The path of the SPARQL endpoint. */
  public static final String SPARQL_PATH = "/sparql";
  /** The question the example curl asks: who supplies Russia. */
  static final String EXAMPLE_QUERY = "SELECT ?who WHERE { ?who <https://w3id.org/newsgraph/ontology#supplies> ?r"
      + " . ?r <http://www.w3.org/2000/01/rdf-schema#label> \"Russia\"@en }";
  private static final Logger LOG = LoggerFactory.getLogger(NewsgraphServer.class);

  static {
    configureLogging();
  }

  /**
   * Keeps Fuseki's and Jetty's own per-request INFO lines out of the log (this server writes one line per
   * request itself), unless the caller configured those loggers. slf4j-simple fixes a logger's level when
   * the logger is created, and Jena creates Fuseki's loggers when it initialises: call this first thing
   * in {@code main}, before any Jena class is used. Later calls change nothing for existing loggers.
   */
  public static void configureLogging() {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.jena.fuseki", "warn");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
  }

  private final FusekiServer fuseki;
  private final Dataset dataset;
  private final DatasetGraph served;
  private final EdgeFilter edge;
  private final ServerConfig config;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private NewsgraphServer(FusekiServer fuseki, Dataset dataset, DatasetGraph served, EdgeFilter edge,
      ServerConfig config) {
    this.fuseki = fuseki;
    this.dataset = dataset;
    this.served = served;
    this.edge = edge;
    this.config = config;
  }

  /**
   * Builds and starts the server; returns once it accepts requests. The dataset's context is changed for
   * serving (union default graph, query timeout, function and SERVICE registries), and the server owns
   * the dataset from now on: {@link #stop()} closes it.
   */
  public static NewsgraphServer start(Dataset dataset, ServerConfig config) {
    return prepare(dataset, config).start();
  }

  /**
   * Builds the server without starting it: nothing here reads the dataset, so a caller may fill the dataset
   * meanwhile (on another thread: {@code serve} builds the articles while the server's classes load) and
   * {@link #start()} when it is complete.
   */
  public static NewsgraphServer prepare(Dataset dataset, ServerConfig config) {
    requireNonNull(dataset, "dataset");
    requireNonNull(config, "config");
    QueryPolicy policy = new QueryPolicy(config.allowedServiceHosts());
    DatasetGraph served = ServedDataset.prepare(dataset, config, policy);
    DataService.Builder service = DataService.newBuilder(served).addEndpoint(Operation.Query, "sparql");
    if (config.allowUpdate()) {
      service.addEndpoint(Operation.Update, "sparql").addEndpoint(Operation.GSP_RW, "data");
    }
    EdgeFilter edge = new EdgeFilter(config);
    DescriptionServlet descriptions = new DescriptionServlet(new Descriptions(served, config));
    OntologyServlet ontology = new OntologyServlet(served, config);
    FusekiServer fuseki = FusekiServer.create()
        .port(config.port())
        .enableCors(false)
        .enablePing(false)
        .enableStats(false)
        .enableMetrics(false)
        // with its content type: without one, the registry forgets that application/sparql-query means a
        // query, and once /sparql also serves updates (allowUpdate) a direct POST query gets 400
        .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new GuardedQueryProcessor(
            policy, new AdmissionGate(config.maxConcurrentQueries()), config.maxRows()))
        .add("/", service)
        .addFilter("/*", edge)
        .addFilter(SPARQL_PATH, descriptions.serviceDescriptionFilter())
        .addServlet(DescriptionServlet.VOID_PATH, descriptions)
        .addServlet(LinkedDataServlet.PATH + "*", new LinkedDataServlet(served, config))
        .addServlet(NeighbourhoodServlet.PATH, new NeighbourhoodServlet(served, config))
        .addServlet(TimelinePage.PATH, new TimelinePage(served, config))
        .addServlet(AssetServlet.PATH + "*", new AssetServlet())
        .addServlet(OntologyServlet.PATH, ontology)
        .addServlet(OntologyServlet.PATH + "/", ontology)
        .addServlet(ContextServlet.PATH, new ContextServlet())
        .addServlet(ExportServlet.PATH + "*", new ExportServlet(served, config))
        .addFilter("/*", new HomePage(config.queriesDir()))
        .build();
    JettyTuning.apply(fuseki.getJettyServer(), config);
    return new NewsgraphServer(fuseki, dataset, served, edge, config);
  }

  /** Starts a prepared server; returns once it accepts requests. */
  public NewsgraphServer start() {
    fuseki.start();
    LOG.info("SPARQL endpoint {} ; query page {}", endpointUrl(), uiUrl());
    return this;
  }

  /** The port the server listens on (the actual one when the configuration said 0). */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The SPARQL endpoint, e.g. {@code http://127.0.0.1:3030/sparql}. */
  public String endpointUrl() {
    return origin() + SPARQL_PATH;
  }

  /** The query page. */
  public String uiUrl() {
    return origin() + "/";
  }

  /** A {@code curl} command, ready to paste into a POSIX shell, asking who supplies Russia (CSV). */
  public String exampleCurl() {
    String encoded = URLEncoder.encode(EXAMPLE_QUERY, StandardCharsets.UTF_8).replace("+", "%20");
    return "curl -H 'Accept: text/csv' '" + endpointUrl() + "?query=" + encoded + "'";
  }

  /** Stops the server on JVM shutdown (SIGTERM, Ctrl-C). */
  public NewsgraphServer stopOnShutdown() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "newsgraph-server-stop"));
    return this;
  }

  /**
   * Stops accepting connections, waits for in-flight requests (at most the query timeout plus 2 s; queries
   * still running then are cancelled with Jetty's stop), stops the server and closes the dataset.
   * Idempotent.
   */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    JettyTuning.stopAccepting(fuseki.getJettyServer());
    long deadline = System.nanoTime() + config.timeout().plus(Duration.ofSeconds(2)).toNanos();
    while (edge.inFlight() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    fuseki.stop();
    if (TDBInternal.isTDB2(served)) {
      TDBInternal.expel(served);
    } else {
      dataset.close();
    }
    LOG.info("stopped {}", endpointUrl());
  }

  private String origin() {
    String host = config.bindAddress();
    if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
      host = "localhost";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + port();
  }
}
