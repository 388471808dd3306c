package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;
import org.w3c.dom.Document;

/** /context.jsonld, and /export/{format}: refused on a public read-only server, the Exporter's output otherwise. */
final class ExportServingTest {
  private static ServerFixture readOnly;
  private static ServerFixture writable;

  @BeforeAll
  static void start() {
    readOnly = ServerFixture.start(SeedGraph.build(), ServerFixture.testConfig().build());
    // exports run their queries under the server's timeout; the tests' 2 s is about timeouts, not exports
    writable = ServerFixture.start(SeedGraph.build(), ServerFixture.testConfig().timeout(java.time.Duration.ofSeconds(30))
        .allowUpdate(true).build());
  }

  @AfterAll
  static void stop() {
    readOnly.close();
    writable.close();
  }

  private static String exported(ExportFormat format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.of(writable.dataset, ServerConfig.DEFAULT_ID_BASE).write(format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void contextIsJsonLdOpenToEveryOrigin() {
    HttpResponse<String> r = readOnly.get("/context.jsonld", null);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
    assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      JsonObject json = reader.readObject();
      assertTrue(json.containsKey("@context"), r.body());
    }
  }

  @Test
  void exportIsRefusedOnAPublicReadOnlyServer() {
    HttpResponse<String> r = readOnly.get("/export/ttl", null);
    assertEquals(404, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    assertEquals("Not found: exports are off on this public read-only server (start it with --allow-update"
        + " to serve /export/{format}); query the data at /sparql instead", r.body().strip());
  }

  @Test
  void turtleExportIsWhatTheExporterWrites() throws IOException {
    HttpResponse<String> r = writable.get("/export/ttl", null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
    Graph served = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
    Graph expected = RDFParser.fromString(exported(ExportFormat.TTL), Lang.TURTLE).toGraph();
    assertTrue(served.size() > 100, "triples: " + served.size());
    assertTrue(expected.isIsomorphicWith(served), "served Turtle differs from the Exporter's");
  }

  @Test
  void quadExportsKeepTheNamedGraphs() throws IOException {
    for (ExportFormat format : new ExportFormat[] {ExportFormat.NQ, ExportFormat.TRIG, ExportFormat.JSONLD}) {
      Lang lang = format == ExportFormat.NQ ? Lang.NQUADS : format == ExportFormat.TRIG ? Lang.TRIG : Lang.JSONLD;
      HttpResponse<String> r = writable.get("/export/" + format.extension(), null);
      assertEquals(200, r.statusCode(), r.body());
      DatasetGraph served = RDFParser.fromString(r.body(), lang).toDatasetGraph();
      DatasetGraph expected = RDFParser.fromString(exported(format), lang).toDatasetGraph();
      assertTrue(served.listGraphNodes().hasNext(), format + ": no named graph");
      assertTrue(IsoMatcher.isomorphic(expected, served), format + ": differs from the Exporter's");
    }
  }

  @Test
  void graphmlIsWellFormedXml() throws Exception {
    HttpResponse<String> r = writable.get("/export/graphml", null);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/graphml+xml"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals("graphml", doc.getDocumentElement().getLocalName());
    assertTrue(doc.getElementsByTagNameNS("*", "node").getLength() > 0, "no nodes");
    assertTrue(doc.getElementsByTagNameNS("*", "edge").getLength() > 0, "no edges");
  }

  @Test
  void unknownFormatAndCsvAre404SayingWhy() {
    HttpResponse<String> unknown = writable.get("/export/xlsx", null);
    assertEquals(404, unknown.statusCode());
    assertEquals("Not found: no export format 'xlsx'. Formats: trig, nq, ttl, nt, rdfxml, jsonld, brf, "
        + "graphml, gexf", unknown.body().strip());
    HttpResponse<String> csv = writable.get("/export/csv", null);
    assertEquals(404, csv.statusCode());
    assertTrue(csv.body().startsWith("Not found: CSV is a pair of files"), csv.body());
  }

  @Test
  void everyListedFormatIsServed() {
    for (String name : ExportServlet.formats().split(", ")) {
      HttpResponse<String> r = writable.get("/export/" + name, null);
      assertEquals(200, r.statusCode(), name + ": " + r.body());
      assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("newsgraph."), name);
    }
  }
}
