package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.serve.W3cProtocol.DIRECT;
import static org.newsgraph.serve.W3cProtocol.FORM;
import static org.newsgraph.serve.W3cProtocol.KASEI;
import static org.newsgraph.serve.W3cProtocol.UPDATE;
import static org.newsgraph.serve.W3cProtocol.assertBoolean;
import static org.newsgraph.serve.W3cProtocol.assertClientError;
import static org.newsgraph.serve.W3cProtocol.assertRdf;
import static org.newsgraph.serve.W3cProtocol.assertTabular;
import static org.newsgraph.serve.W3cProtocol.enc;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The W3C SPARQL 1.1 Protocol tests (w3c/rdf-tests, {@code sparql/sparql11/protocol/manifest.ttl}), one
 * method per test id, against the running read-only server. The manifest describes requests in prose
 * against {@code /sparql/}; they are sent here to this server's endpoint {@code /sparql}, with the
 * request line, headers and body of the manifest, and no {@code Accept} header unless the manifest has one.
 *
 * <p>Data: the newsgraph fixture plus the suite's three graphs ({@link W3cProtocol#withProtocolData}).
 *
 * <p>Decisions for a read-only, union-default-graph service:
 * <ul>
 *   <li>{@code default-graph-uri} / {@code named-graph-uri} are honoured (Fuseki's dynamic dataset over
 *       the stored graphs): the protocol dataset replaces the union default graph for that request, and
 *       overrides {@code FROM}/{@code FROM NAMED}. The tests pass as written; nothing needed changing.
 *   <li>{@code query_multiple_dataset}: the manifest's request line encodes the second parameter as
 *       {@code %26named-graph-uri%3D} (one parameter whose value is an IRI containing "&amp;"), which under
 *       the protocol's own rule (protocol dataset wins) would make the expected {@code true} impossible.
 *       rdf-tests issue #78: the validator the WG approved sends two {@code named-graph-uri} parameters.
 *       That intended request is tested; the literal one is checked to give {@code false}, as the rule says.
 *   <li>{@code update_*} and {@code bad_update_*}: refused with 4xx (no update operation is registered),
 *       and the stored quads are exactly the same afterwards; where the manifest follows the update with
 *       a query, that query answers {@code false}. With {@code allowUpdate} the same update tests run and
 *       pass: {@link W3cUpdateProtocolTest}.
 * </ul>
 * Not in the manifest, so not here: a "bad_multiple_default_graph_uris" test (several default-graph-uri
 * parameters are legal: the default graph is their merge, see query_dataset_default_graphs_*).
 */
final class W3cProtocolTest {
  private static final String DG0 = "default-graph-uri=" + enc(KASEI + "data0.rdf");
  private static final String DG12 =
      "default-graph-uri=" + enc(KASEI + "data1.rdf") + "&default-graph-uri=" + enc(KASEI + "data2.rdf");
  private static final String NG12 =
      "named-graph-uri=" + enc(KASEI + "data1.rdf") + "&named-graph-uri=" + enc(KASEI + "data2.rdf");
  private static final String ASK_DEFAULT_1_2 = "ASK { <" + KASEI + "data1.rdf> a ?type . <" + KASEI
      + "data2.rdf> a ?type . }";
  private static final String ASK_NAMED_1_2 = "ASK { GRAPH ?g1 { <" + KASEI + "data1.rdf> a ?type } GRAPH ?g2 { <"
      + KASEI + "data2.rdf> a ?type } }";

  private static ServerFixture fx;

  @BeforeAll
  static void start() {
    fx = ServerFixture.start(W3cProtocol.withProtocolData(DatasetFactory.createTxnMem()),
        ServerFixture.testConfig().build());
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  // ---- query_*: must succeed -------------------------------------------------------------------

  @Test
  void query_post_form() {
    assertBoolean(true, send("POST", "?" + DG0, FORM, "query=ASK%20%7B%7D"));
  }

  @Test
  void query_dataset_default_graphs_get() {
    assertBoolean(true, send("GET", "?query=" + enc(ASK_DEFAULT_1_2) + "&" + DG12, null, null));
  }

  @Test
  void query_dataset_default_graphs_post() {
    assertBoolean(true, send("POST", "?" + DG12, DIRECT, ASK_DEFAULT_1_2));
  }

  @Test
  void query_dataset_named_graphs_post() {
    assertBoolean(true, send("POST", "?" + NG12, DIRECT, ASK_NAMED_1_2));
  }

  @Test
  void query_dataset_named_graphs_get() {
    assertBoolean(true, send("GET", "?query=" + enc(ASK_NAMED_1_2) + "&" + NG12, null, null));
  }

  @Test
  void query_dataset_full() {
    String ask = "ASK {\n  <" + KASEI + "data3.rdf> a ?type\n  GRAPH ?g1 { <" + KASEI
        + "data1.rdf> a ?type }\n  GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type }\n}";
    assertBoolean(true, send("POST", "?default-graph-uri=" + enc(KASEI + "data3.rdf") + "&" + NG12,
        DIRECT, ask));
  }

  @Test
  void query_multiple_dataset() {
    String ask = "ASK FROM <" + KASEI + "data3.rdf> { GRAPH ?g1 { <" + KASEI + "data1.rdf> a ?type }"
        + " GRAPH ?g2 { <" + KASEI + "data2.rdf> a ?type } }";
    assertBoolean(true, send("POST", "?" + NG12, DIRECT, ask)); // the request rdf-tests#78 says was meant
    String literal = "?named-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf"
        + "%26named-graph-uri%3Dhttp%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata2.rdf";
    assertBoolean(false, send("POST", literal, DIRECT, ask)); // one unknown named graph; FROM ignored
  }

  @Test
  void query_get() {
    assertBoolean(true, send("GET", "?query=ASK%20%7B%7D&" + DG0, null, null));
  }

  @Test
  void query_content_type_select() {
    HttpResponse<String> r = send("POST", "?" + DG0, DIRECT, "SELECT (1 AS ?value) {}");
    assertEquals(List.of("value"), assertTabular(r));
  }

  @Test
  void query_content_type_ask() {
    HttpResponse<String> r = send("POST", "?" + DG0, DIRECT, "ASK {}");
    assertBoolean(true, r);
  }

  @Test
  void query_content_type_describe() {
    assertRdf(send("POST", "?" + DG0, DIRECT, "DESCRIBE <http://example.org/>"));
  }

  @Test
  void query_content_type_construct() {
    assertRdf(send("POST", "?" + DG0, DIRECT, "CONSTRUCT { <s> <p> 1 } WHERE {}"));
  }

  @Test
  void query_post_direct() {
    assertBoolean(true, send("POST", "", DIRECT, "ASK {}"));
  }

  // ---- bad_query_*: must be 4xx ----------------------------------------------------------------

  @Test
  void bad_query_method() {
    assertClientError(send("PUT", "?query=ASK%20%7B%7D&" + DG0, FORM, ""));
  }

  @Test
  void bad_multiple_queries() {
    assertClientError(send("GET", "?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", null, null));
  }

  @Test
  void bad_query_wrong_media_type() {
    assertClientError(send("POST", "", "text/plain", "ASK {}"));
  }

  @Test
  void bad_query_missing_form_type() {
    assertClientError(send("POST", "", null, "query=ASK%20%7B%7D"));
  }

  @Test
  void bad_query_missing_direct_type() {
    assertClientError(send("POST", "", null, "ASK {}"));
  }

  @Test
  void bad_query_non_utf8() {
    byte[] utf16 = "ASK {}".getBytes(StandardCharsets.UTF_16); // big-endian with a BOM, as the manifest says
    assertClientError(W3cProtocol.sendBytes(fx, "POST", "", DIRECT + "; charset=UTF-16", utf16));
  }

  @Test
  void bad_query_syntax() {
    assertClientError(send("GET", "?query=ASK%20%7B", null, null));
  }

  // ---- update_* and bad_update_*: refused (4xx), nothing changed --------------------------------

  @Test
  void update_dataset_default_graph() {
    refusedUpdate("update_dataset_default_graph");
  }

  @Test
  void update_dataset_default_graphs() {
    refusedUpdate("update_dataset_default_graphs");
  }

  @Test
  void update_dataset_named_graphs() {
    refusedUpdate("update_dataset_named_graphs");
  }

  @Test
  void update_dataset_full() {
    refusedUpdate("update_dataset_full");
  }

  @Test
  void update_post_form() {
    refusedUpdate("update_post_form");
  }

  @Test
  void update_post_direct() {
    refusedUpdate("update_post_direct");
  }

  @Test
  void update_base_uri() {
    refusedUpdate("update_base_uri");
  }

  @Test
  void bad_update_get() {
    refused(() -> send("GET", "?update=CLEAR%20ALL", null, null));
  }

  @Test
  void bad_multiple_updates() {
    refused(() -> send("POST", "", FORM, "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT"));
  }

  @Test
  void bad_update_wrong_media_type() {
    refused(() -> send("POST", "", "text/plain", "CLEAR NAMED"));
  }

  @Test
  void bad_update_missing_form_type() {
    refused(() -> send("POST", "", null, "update=CLEAR%20NAMED"));
  }

  @Test
  void bad_update_non_utf8() {
    byte[] utf16 = "CLEAR NAMED".getBytes(StandardCharsets.UTF_16);
    refused(() -> W3cProtocol.sendBytes(fx, "POST", "", UPDATE + "; charset=UTF-16", utf16));
  }

  @Test
  void bad_update_syntax() {
    refused(() -> send("POST", "", FORM, "update=CLEAR%20XYZ"));
  }

  @Test
  void bad_update_dataset_conflict() {
    refused(() -> send("POST", "?using-named-graph-uri=" + enc("http://example/people"), UPDATE,
        W3cProtocol.DATASET_CONFLICT));
  }

  /** Sends the manifest's update request: 4xx, no change, and its follow-up query answers false. */
  private static void refusedUpdate(String id) {
    W3cProtocol.UpdateCase u = W3cProtocol.UPDATES.stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow();
    refused(() -> send("POST", u.params(), u.contentType(), u.body()));
    if (u.followUp() != null) {
      assertBoolean(false, send("POST", "", DIRECT, u.followUp()));
    }
  }

  private static void refused(Supplier<HttpResponse<String>> request) {
    Set<Quad> before = W3cProtocol.quads(fx);
    assertClientError(request.get());
    assertEquals(before, W3cProtocol.quads(fx), "the dataset changed");
  }

  private static HttpResponse<String> send(String method, String query, String contentType, String body) {
    return W3cProtocol.send(fx, method, query, contentType, body);
  }
}
