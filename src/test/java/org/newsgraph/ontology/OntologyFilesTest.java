package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;

/** {@code ontology/newsgraph.rdf} (for Protégé users) is generated from the Turtle and must stay the same graph. */
final class OntologyFilesTest {
  static final String REGENERATE = "mvn -q -DskipTests package && java -jar target/newsgraph.jar export --ontology -o ontology/newsgraph.rdf";

  static Path projectDir() {
    return Path.of(System.getProperty("newsgraph.project.dir", "."));
  }

  @Test
  void rdfXmlIsTheSameGraphAsTheTurtle() {
    Graph ttl = RDFParser.source(projectDir().resolve("ontology/newsgraph.ttl")).lang(Lang.TURTLE).toGraph();
    Graph rdf = RDFParser.source(projectDir().resolve("ontology/newsgraph.rdf")).lang(Lang.RDFXML).toGraph();
    assertTrue(rdf.isIsomorphicWith(ttl),
        "ontology/newsgraph.rdf is not the same graph as ontology/newsgraph.ttl (edit the Turtle, then regenerate with:\n  "
            + REGENERATE + "\n)");
  }

  @Test
  void theGeneratorWritesTheSameGraph() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.ontology().write(ExportFormat.RDFXML, out);
    Graph generated = RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), Lang.RDFXML).toGraph();
    Graph ttl = RDFParser.source(projectDir().resolve("ontology/newsgraph.ttl")).lang(Lang.TURTLE).toGraph();
    assertTrue(generated.isIsomorphicWith(ttl), "the RDF/XML export of the ontology loses or adds triples");
  }
}
