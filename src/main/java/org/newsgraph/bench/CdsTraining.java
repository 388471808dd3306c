package org.newsgraph.bench;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.Pipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.ServerConfig;
import org.newsgraph.store.Stores;

/**
 * The AppCDS training run that {@code bin/newsgraph} (and the bench) runs once under
 * {@code -XX:ArchiveClassesAtExit}: builds the given articles, writes them as TriG, serves them on a free
 * loopback port, asks one query and one entity page, and stops, so that the archive holds the classes of
 * building, writing and serving.
 *
 * <p>Usage: {@code CdsTraining ARTICLE|DIR...}
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    NewsgraphServer.configureLogging();
    Pipeline pipeline = Pipeline.load(Iris.DEFAULT_BASE, Optional.empty());
    Dataset ds = Stores.inMemory();
    new GraphBuilder(pipeline, 1).build(List.of(args).stream().map(Path::of).toList(), ds);
    Txn.executeRead(ds, () -> RDFWriter.source(ds.asDatasetGraph()).format(RDFFormat.TRIG_BLOCKS).output(OutputStream.nullOutputStream()));
    NewsgraphServer server = NewsgraphServer.start(ds, ServerConfig.defaults().toBuilder().port(0).quiet(true).build());
    HttpClient http = HttpClient.newHttpClient();
    for (String path : List.of("/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201", "/id/entity/country/north-korea")) {
      String accept = path.startsWith("/id/") ? "text/html" : "application/sparql-results+json";
      URI uri = URI.create(server.endpointUrl().replace(NewsgraphServer.SPARQL_PATH, "") + path);
      http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(), HttpResponse.BodyHandlers.discarding());
    }
    server.stop();
  }
}
