package org.newsgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Test support: the fixture dataset, a server over it, and a small HTTP client. */
final class ServerFixture implements AutoCloseable {
  static final String NG = "https://w3id.org/newsgraph/ontology#";
  static final String ID = ServerConfig.DEFAULT_ID_BASE;
  static final String NORTH_KOREA = ID + "entity/country/north-korea";
  static final String SUPPLIES_RUSSIA = "SELECT ?who WHERE { ?who <" + NG + "supplies> ?r . "
      + "?r <http://www.w3.org/2000/01/rdf-schema#label> \"Russia\"@en }";

  final Dataset dataset;
  final NewsgraphServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServerFixture(Dataset dataset, ServerConfig config) {
    this.dataset = dataset;
    this.server = NewsgraphServer.start(dataset, config);
  }

  /** The fixture served with test limits: a 2 s timeout, quiet. */
  static ServerFixture start() {
    return start(testConfig().build());
  }

  static ServerFixture start(ServerConfig config) {
    return start(loadFixture(DatasetFactory.createTxnMem()), config);
  }

  static ServerFixture start(Dataset dataset, ServerConfig config) {
    return new ServerFixture(dataset, config);
  }

  static ServerConfig.Builder testConfig() {
    return ServerConfig.defaults().toBuilder().timeout(Duration.ofSeconds(2)).quiet(true);
  }

  static Dataset loadFixture(Dataset into) {
    Txn.executeWrite(into, () -> RDFDataMgr.read(into, "serve/fixture.trig"));
    return into;
  }

  long quadCount() {
    return Txn.calculateRead(dataset, () -> {
      long[] n = {0};
      dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
      return n[0];
    });
  }

  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + server.port() + pathAndQuery;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  HttpResponse<String> get(String pathAndQuery, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return send(b.build());
  }

  HttpResponse<String> query(String sparql, String accept) {
    return get("/sparql?query=" + enc(sparql), accept);
  }

  HttpResponse<String> post(String path, String contentType, String body, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    if (accept != null) {
      b.header("Accept", accept);
    }
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    return send(http, request);
  }

  /**
   * Sends on a new connection: after refusing a request without reading its body, Jetty closes the
   * connection, and a pooled connection reused for the next request would fail with EOF.
   */
  HttpResponse<String> sendFresh(HttpRequest request) {
    return send(HttpClient.newHttpClient(), request);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
