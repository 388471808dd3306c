package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Test support for the W3C SPARQL 1.1 Protocol tests (w3c/rdf-tests,
 * {@code sparql/sparql11/protocol/manifest.ttl}): the suite's data, the manifest's update requests, and
 * raw requests to a {@link ServerFixture}'s endpoint with the manifest's method, headers and body.
 */
final class W3cProtocol {
  static final String KASEI = "http://kasei.us/2009/09/sparql/data/";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String DIRECT = "application/sparql-query";
  static final String UPDATE = "application/sparql-update";

  /** bad_update_dataset_conflict: a {@code WITH} clause and a {@code using-named-graph-uri} parameter. */
  static final String DATASET_CONFLICT = "PREFIX foaf:  <http://xmlns.com/foaf/0.1/>\nWITH <http://example/addresses>\n"
      + "DELETE { ?person foaf:givenName 'Bill' }\nINSERT { ?person foaf:givenName 'William' }\n"
      + "WHERE {\n    ?person foaf:givenName 'Bill'\n}";

  private W3cProtocol() {}

  /**
   * One of the manifest's {@code update_*} tests: the update request, then (if not null) the manifest's
   * follow-up query, which answers {@code true} once the update ran.
   */
  record UpdateCase(String id, String params, String contentType, String body, String followUp) {}

  /** The seven {@code update_*} tests of the manifest, requests as written there. */
  static final List<UpdateCase> UPDATES = List.of(
      new UpdateCase("update_dataset_default_graph", "?using-graph-uri=" + enc(KASEI + "data1.rdf"), UPDATE,
          updateInsertingInto("http://example.org/protocol-update-dataset-test/", "CLEAR ALL", "?s a foaf:Document",
              ""),
          "ASK {\n    GRAPH <http://example.org/protocol-update-dataset-test/> {\n        <" + KASEI
              + "data1.rdf> a <http://purl.org/dc/terms/BibliographicResource>\n    }\n}"),
      new UpdateCase("update_dataset_default_graphs", "?using-graph-uri=" + enc(KASEI + "data1.rdf")
          + "&using-graph-uri=" + enc(KASEI + "data2.rdf"), UPDATE,
          updateInsertingInto("http://example.org/protocol-update-dataset-graphs-test/", "DROP ALL",
              "?s a foaf:Document", "dc:BibliographicResource"),
          twoNotThree("http://example.org/protocol-update-dataset-graphs-test/")),
      new UpdateCase("update_dataset_named_graphs", "?using-named-graph-uri=" + enc(KASEI + "data1.rdf")
          + "&using-named-graph-uri=" + enc(KASEI + "data2.rdf"), UPDATE,
          updateInsertingInto("http://example.org/protocol-update-dataset-named-graphs-test/", "DROP ALL",
              "GRAPH ?g {\n        ?s a foaf:Document\n    }", "dc:BibliographicResource"),
          twoNotThree("http://example.org/protocol-update-dataset-named-graphs-test/")),
      new UpdateCase("update_dataset_full", "?using-graph-uri=" + enc(KASEI + "data1.rdf")
          + "&using-named-graph-uri=" + enc(KASEI + "data2.rdf"), UPDATE,
          updateInsertingInto("http://example.org/protocol-update-dataset-full-test/", "DROP ALL",
              "{\n        GRAPH ?g { ?s a foaf:Document }\n        BIND(?g AS ?in)\n    }\n    UNION\n    {\n"
                  + "        ?s a foaf:Document .\n        BIND(\"default\" AS ?in)\n    }", "<http://example.org/in> ?in"),
          "ASK {\n    GRAPH <http://example.org/protocol-update-dataset-full-test/> {\n        <" + KASEI
              + "data1.rdf> <http://example.org/in> \"default\" .\n        <" + KASEI
              + "data2.rdf> <http://example.org/in> <" + KASEI + "data2.rdf> .\n    }\n    FILTER NOT EXISTS {\n"
              + "        GRAPH <http://example.org/protocol-update-dataset-full-test/> {\n            <" + KASEI
              + "data3.rdf> ?p ?o\n        }\n    }\n}"),
      new UpdateCase("update_post_form", "", FORM, "update=CLEAR+ALL", null),
      new UpdateCase("update_post_direct", "", UPDATE, "CLEAR ALL", null),
      new UpdateCase("update_base_uri", "", UPDATE,
          "CLEAR GRAPH <http://example.org/protocol-base-test/> ;\nINSERT DATA { GRAPH "
              + "<http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> <test> } }",
          "ASK { GRAPH <http://example.org/protocol-base-test/> { <http://example.org/s> <http://example.org/p> ?o"
              + " FILTER (isIRI(?o) && STR(?o) != \"test\") } }")); // the manifest's SELECT: ?o an IRI, not <test>

  /**
   * The newsgraph fixture plus the suite's data, which the manifest names ({@code data1.nt}..{@code
   * data3.nt}) but does not describe: reconstructed as what the tests ask for, each
   * {@code <http://kasei.us/2009/09/sparql/data/dataN.rdf> a foaf:Document} in a named graph of that name.
   * {@code data0.rdf} is absent on purpose: a protocol dataset naming an unknown graph gets an empty graph.
   */
  static Dataset withProtocolData(Dataset ds) {
    ServerFixture.loadFixture(ds);
    Txn.executeWrite(ds, () -> {
      for (int i = 1; i <= 3; i++) {
        Node doc = NodeFactory.createURI(KASEI + "data" + i + ".rdf");
        ds.asDatasetGraph().add(doc, doc, RDF.type.asNode(), FOAF.Document.asNode());
      }
    });
    return ds;
  }

  /** The manifest's update shape: wipe, insert the three documents, copy matches into {@code target}. */
  private static String updateInsertingInto(String target, String wipe, String where, String object) {
    StringBuilder data = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      String doc = "<" + KASEI + "data" + i + ".rdf>";
      data.append("    GRAPH ").append(doc).append(" { ").append(doc).append(" a foaf:Document }\n");
    }
    String template = object.isEmpty() || object.startsWith("dc:") ? "?s a dc:BibliographicResource" : "?s " + object;
    return "PREFIX dc: <http://purl.org/dc/terms/>\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n" + wipe
        + " ;\nINSERT DATA {\n" + data + "} ;\nINSERT {\n    GRAPH <" + target + "> {\n        " + template
        + "\n    }\n}\nWHERE {\n    " + where + "\n}";
  }

  /** The manifest's check: data1 and data2 copied into {@code target}, data3 not. */
  private static String twoNotThree(String target) {
    String bib = " a <http://purl.org/dc/terms/BibliographicResource> .";
    return "ASK {\n    GRAPH <" + target + "> {\n        <" + KASEI + "data1.rdf>" + bib + "\n        <" + KASEI
        + "data2.rdf>" + bib + "\n    }\n    FILTER NOT EXISTS {\n        GRAPH <" + target + "> {\n            <"
        + KASEI + "data3.rdf>" + bib + "\n        }\n    }\n}";
  }

  static HttpResponse<String> send(ServerFixture fx, String method, String query, String contentType,
      String body) {
    return sendBytes(fx, method, query, contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One request to {@code /sparql + query} on a fresh connection (Jetty closes a connection after refusing
   * a request whose body it did not read). {@code contentType == null} sends no Content-Type header, as the
   * manifest's "missing type" tests require; java.net.http adds none by itself.
   */
  static HttpResponse<String> sendBytes(ServerFixture fx, String method, String query, String contentType,
      byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url(NewsgraphServer.SPARQL_PATH + query)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return fx.sendFresh(b.build());
  }

  static Set<Quad> quads(ServerFixture fx) {
    return Txn.calculateRead(fx.dataset, () -> {
      Set<Quad> all = new HashSet<>();
      fx.dataset.asDatasetGraph().find().forEachRemaining(all::add);
      return all;
    });
  }

  static void assertSuccess(HttpResponse<String> r) {
    assertTrue(r.statusCode() >= 200 && r.statusCode() < 400, r.statusCode() + " " + r.body());
  }

  static void assertClientError(HttpResponse<String> r) {
    assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    assertFalse(r.body().contains("\tat org."), "a stack trace in the answer: " + r.body());
  }

  /** A 2xx/3xx boolean result, in SPARQL JSON or XML, with the expected value. */
  static void assertBoolean(boolean expected, HttpResponse<String> r) {
    assertSuccess(r);
    Lang lang = langOf(r);
    assertTrue(lang.equals(ResultSetLang.RS_JSON) || lang.equals(ResultSetLang.RS_XML), contentType(r));
    assertEquals(expected, ResultSetMgr.readBoolean(stream(r), lang), r.body());
  }

  /** A 2xx/3xx tabular result in XML, JSON, CSV or TSV; returns its variables. */
  static List<String> assertTabular(HttpResponse<String> r) {
    assertSuccess(r);
    Lang lang = langOf(r);
    assertTrue(Set.of(ResultSetLang.RS_XML, ResultSetLang.RS_JSON, ResultSetLang.RS_CSV,
        ResultSetLang.RS_TSV).contains(lang), contentType(r));
    return ResultSetMgr.read(stream(r), lang).getResultVars();
  }

  /** A 2xx/3xx RDF document in a syntax Jena knows, which parses. */
  static void assertRdf(HttpResponse<String> r) {
    assertSuccess(r);
    Lang lang = langOf(r);
    assertTrue(RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang), contentType(r));
    assertNotNull(RDFParser.fromString(r.body(), lang).toDatasetGraph());
  }

  private static Lang langOf(HttpResponse<String> r) {
    Lang lang = RDFLanguages.contentTypeToLang(contentType(r));
    assertNotNull(lang, "unknown media type " + contentType(r));
    return lang;
  }

  private static String contentType(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("(none)").split(";")[0].trim();
  }

  private static ByteArrayInputStream stream(HttpResponse<String> r) {
    return new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return ServerFixture.enc(s);
  }
}
