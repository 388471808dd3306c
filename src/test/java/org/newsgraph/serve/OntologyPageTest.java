package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The ontology page escapes what the ontology and the data say, and renders terms without examples. */
final class OntologyPageTest {
  private static final String PREFIXES = """
      @prefix ng: <https://w3id.org/newsgraph/ontology#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix dcterms: <http://purl.org/dc/terms/> .
      """;

  @Test
  void everythingFromTheGraphsIsEscaped() {
    Graph ontology = RDFParser.fromString(PREFIXES + """
        <https://w3id.org/newsgraph/ontology> a owl:Ontology ; dcterms:title "T <script>alert(1)</script>"@en ;
          dcterms:description "a & b"@en .
        ng:Evil a owl:Class ; rdfs:label "<img src=x onerror=alert(1)>"@en ; rdfs:comment "x \\"<b>\\" y"@en .
        ng:quiet a owl:DatatypeProperty ; rdfs:label "quiet"@en ; rdfs:domain ng:Evil .
        """, Lang.TURTLE).toGraph();
    DatasetGraph data = DatasetGraphFactory.wrap(RDFParser.fromString(PREFIXES + """
        <https://w3id.org/newsgraph/id/entity/x> a ng:Evil ; rdfs:label "<b>bold</b>"@en .
        """, Lang.TURTLE).toGraph());
    String html = new OntologyPage(ontology, data, ServerConfig.DEFAULT_ID_BASE).render();
    for (String expected : List.of("T &lt;script&gt;alert(1)&lt;/script&gt;", "a &amp; b",
        "&lt;img src=x onerror=alert(1)&gt;", "x &quot;&lt;b&gt;&quot; y",
        "<a href=\"/id/entity/x\">&lt;b&gt;bold&lt;/b&gt;</a> <i>a</i> <a href=\"#Evil\">ng:Evil</a>",
        "<section id=\"quiet\" class=\"term\">", "No uses in the served graph.")) {
      assertTrue(html.contains(expected), expected + " not in\n" + html);
    }
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>"), html);
  }
}
