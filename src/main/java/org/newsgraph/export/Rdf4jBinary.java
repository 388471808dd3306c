package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.apache.jena.sparql.core.Quad;

/** RDF4J binary RDF written by Rio: each Jena node converted to the RDF4J value it stands for. */
final class Rdf4jBinary {
  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private Rdf4jBinary() {}

  static void write(Canonical c, Map<String, String> prefixes, OutputStream out) {
    RDFWriter w = Rio.createWriter(RDFFormat.BINARY, out);
    w.startRDF();
    prefixes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> w.handleNamespace(e.getKey(), e.getValue()));
    c.graphs().forEach((g, graph) -> {
      Resource context = Quad.isDefaultGraph(g) ? null : (Resource) value(g);
      for (Triple t : graph.triples()) {
        w.handleStatement(VF.createStatement((Resource) value(t.getSubject()), (IRI) value(t.getPredicate()),
            value(t.getObject()), context));
      }
    });
    w.endRDF();
  }

  static Value value(Node n) {
    if (n.isURI()) {
      return VF.createIRI(n.getURI());
    }
    if (n.isBlank()) {
      return VF.createBNode(n.getBlankNodeLabel());
    }
    if (n.isLiteral()) {
      String lang = n.getLiteralLanguage();
      return lang.isEmpty() ? VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()))
          : VF.createLiteral(n.getLiteralLexicalForm(), lang);
    }
    throw new IllegalArgumentException("no RDF4J value for " + n);
  }
}
