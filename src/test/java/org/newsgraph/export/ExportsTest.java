package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each export says the same as the built graph (read back by Jena), and the same graph gives the same bytes. */
final class ExportsTest {

  static Lang lang(ExportFormat f) {
    return switch (f) {
      case TRIG -> Lang.TRIG;
      case NQ -> Lang.NQUADS;
      case TTL -> Lang.TURTLE;
      case NT -> Lang.NTRIPLES;
      case RDFXML -> Lang.RDFXML;
      case JSONLD -> Lang.JSONLD;
      default -> throw new IllegalArgumentException(f.name());
    };
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQ", "JSONLD"})
  void quadFormatsKeepEveryGraph(ExportFormat f) {
    DatasetGraph back = DatasetGraphFactory.createGeneral();
    RDFParser.source(ExportFixture.files().get(f)).lang(lang(f)).parse(back);
    assertTrue(IsoMatcher.isomorphic(ExportFixture.seedQuads(), back), f + " is not the built dataset");
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "RDFXML"})
  void tripleFormatsCarryTheUnion(ExportFormat f) {
    org.apache.jena.graph.Graph back = RDFParser.source(ExportFixture.files().get(f)).lang(lang(f)).toGraph();
    assertTrue(back.isIsomorphicWith(ExportFixture.seedUnion()), f + " is not the union of the graphs");
  }

  @Test
  void sameInputSameBytesInEveryFormat() {
    Dataset again = ExportFixture.build();
    for (ExportFormat f : ExportFormat.values()) {
      if (f != ExportFormat.CSV) {
        assertArrayEquals(ExportFixture.bytes(ExportFixture.seed(), f), ExportFixture.bytes(again, f), f + " differs between builds");
      }
    }
  }

  @Test
  void insertionOrderDoesNotChangeTheBytes() {
    Dataset reversed = org.apache.jena.query.DatasetFactory.createTxnMem();
    List<org.apache.jena.sparql.core.Quad> quads = Txn.calculateRead(ExportFixture.seed(),
        () -> org.apache.jena.atlas.iterator.Iter.toList(ExportFixture.seed().asDatasetGraph().find()));
    java.util.Collections.reverse(quads);
    Txn.executeWrite(reversed, () -> quads.forEach(reversed.asDatasetGraph()::add));
    for (ExportFormat f : List.of(ExportFormat.TRIG, ExportFormat.TTL, ExportFormat.RDFXML, ExportFormat.JSONLD, ExportFormat.BRF)) {
      assertArrayEquals(ExportFixture.bytes(ExportFixture.seed(), f), ExportFixture.bytes(reversed, f), f + " depends on insertion order");
    }
  }

  @Test
  void turtleAndTrigUseTheProjectsPrefixes() throws Exception {
    for (ExportFormat f : List.of(ExportFormat.TTL, ExportFormat.TRIG)) {
      String text = Files.readString(ExportFixture.files().get(f));
      for (String prefix : List.of("ng", "id", "wd", "schema", "prov", "rdfs", "skos", "owl", "xsd")) {
        assertTrue(text.contains("PREFIX " + prefix + ":") || text.contains("@prefix " + prefix + ":"), f + " lacks " + prefix);
      }
      // (id: IRIs stay whole: their local parts have '/', which Turtle's prefixed names cannot hold unescaped)
      assertTrue(text.contains("ng:statementSubject"), f + " does not abbreviate IRIs");
    }
  }

  @Test
  void jsonLdReadsLikePlainJson() throws Exception {
    String json = Files.readString(ExportFixture.files().get(ExportFormat.JSONLD));
    assertTrue(json.contains("\"label\": \"North Korea\""), "labels are plain strings");
    assertTrue(json.contains("\"sameAs\": \"wd:Q423\""), "Wikidata ids are compact IRIs");
    assertTrue(json.contains("\"status\": \"Asserted\""), "statuses are terms");
    assertTrue(json.contains("\"supplies\": \"id:entity/country/russia\""), "relations are compact IRIs");
    // the context it carries is the one the server publishes
    String context = JsonLdContext.contextJson();
    org.apache.jena.atlas.json.JsonObject published = org.apache.jena.atlas.json.JSON.parse(context);
    org.apache.jena.atlas.json.JsonObject carried = org.apache.jena.atlas.json.JSON.parse(json);
    assertEquals(published.get("@context"), carried.get("@context"));
  }

  @Test
  void jsonLdCanNameItsContextInstead() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Exporter.of(ExportFixture.seed(), org.newsgraph.rdf.Iris.DEFAULT_BASE).withContextIri("http://localhost:3030/context.jsonld")
        .write(ExportFormat.JSONLD, out);
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n    \"@context\": \"http://localhost:3030/context.jsonld\",\n    \"@graph\""), json.substring(0, 200));
    // the same body as the inline form, so a reader that fetches the context gets the same graph
    String inline = Files.readString(ExportFixture.files().get(ExportFormat.JSONLD));
    assertEquals(inline.substring(inline.indexOf("\n    \"@graph\"")), json.substring(json.indexOf("\n    \"@graph\"")));
  }

  @Test
  void rdf4jBinaryIsReadByRio() throws Exception {
    byte[] brf = Files.readAllBytes(ExportFixture.files().get(ExportFormat.BRF));
    org.eclipse.rdf4j.model.Model m = org.eclipse.rdf4j.rio.Rio.parse(new ByteArrayInputStream(brf), "",
        org.eclipse.rdf4j.rio.RDFFormat.BINARY);
    assertEquals(ExportFixture.seedQuads().stream().count(), m.size());
  }

  @Test
  void shippedContextIsTheGeneratedOne() {
    assertEquals(JsonLdContext.generate(org.newsgraph.rdf.Iris.DEFAULT_BASE), JsonLdContext.contextJson(),
        "src/main/resources" + JsonLdContext.RESOURCE + " is out of date with the ontology; regenerate it with:\n"
            + "  java -jar target/newsgraph.jar export --context -o src/main/resources" + JsonLdContext.RESOURCE);
  }

  @Test
  void directLayerHasEntitiesAndRelationsWithClaimCounts() throws Exception {
    DirectLayer layer = ExportFixture.seed() == null ? null : Exporter.of(ExportFixture.seed(), org.newsgraph.rdf.Iris.DEFAULT_BASE).directLayer();
    String nk = "https://w3id.org/newsgraph/id/entity/country/north-korea";
    String ru = "https://w3id.org/newsgraph/id/entity/country/russia";
    assertTrue(layer.nodes().contains(new DirectLayer.Node(nk, "North Korea", "Country", "Q423")), layer.nodes().toString());
    DirectLayer.Edge supplies = layer.edges().stream()
        .filter(e -> e.source().equals(nk) && e.target().equals(ru) && e.label().equals("supplies")).findFirst().orElseThrow();
    assertTrue(supplies.claims() >= 1, supplies.toString());
    for (DirectLayer.Edge e : layer.edges()) {
      assertTrue(layer.nodes().stream().anyMatch(n -> n.iri().equals(e.source())), "dangling edge " + e);
      assertTrue(layer.nodes().stream().anyMatch(n -> n.iri().equals(e.target())), "dangling edge " + e);
    }
    List<String> nodes = Files.readAllLines(ExportFixture.files().get(ExportFormat.CSV), StandardCharsets.UTF_8);
    Path edgesFile = Exporter.csvFiles(ExportFixture.projectDir().resolve("target/export-test/seed.csv")).get(1);
    List<String> edges = Files.readAllLines(edgesFile, StandardCharsets.UTF_8);
    assertEquals("Id,Label,type,wikidata", nodes.get(0));
    assertEquals(layer.nodes().size() + 1, nodes.size());
    assertEquals(layer.edges().size() + 1, edges.size());
    assertTrue(nodes.contains(nk + ",North Korea,Country,Q423"), nodes.toString());
  }
}
