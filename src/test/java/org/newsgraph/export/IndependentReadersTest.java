package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Independent readers agree with Jena: RDF4J Rio, Debian's rdflib (through the system python3) and raptor's
 * {@code rapper} read every RDF export, networkx the GraphML and GEXF. A reader that is not installed makes
 * its test skip, saying which Debian package to install.
 */
final class IndependentReadersTest {

  private static RDFFormat rioFormat(ExportFormat f) {
    return switch (f) {
      case TRIG -> RDFFormat.TRIG;
      case NQ -> RDFFormat.NQUADS;
      case TTL -> RDFFormat.TURTLE;
      case NT -> RDFFormat.NTRIPLES;
      case RDFXML -> RDFFormat.RDFXML;
      case JSONLD -> RDFFormat.JSONLD;
      case BRF -> RDFFormat.BINARY;
      default -> throw new IllegalArgumentException(f.name());
    };
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQ", "TTL", "NT", "RDFXML", "JSONLD", "BRF"})
  void rdf4jRioReadsTheSameGraph(ExportFormat f) throws Exception {
    Model m;
    try (InputStream in = Files.newInputStream(ExportFixture.files().get(f))) {
      m = Rio.parse(in, "", rioFormat(f));
    }
    DatasetGraph back = DatasetGraphFactory.createGeneral();
    for (Statement st : m) {
      Node g = st.getContext() == null ? Quad.defaultGraphIRI : jena(st.getContext());
      back.add(g, jena(st.getSubject()), jena(st.getPredicate()), jena(st.getObject()));
    }
    if (f.quads()) {
      assertTrue(IsoMatcher.isomorphic(ExportFixture.seedQuads(), back), f + ": Rio reads a different dataset");
    } else {
      assertTrue(back.getDefaultGraph().isIsomorphicWith(ExportFixture.seedUnion()), f + ": Rio reads a different graph");
    }
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"TRIG", "NQ", "TTL", "NT", "RDFXML", "JSONLD"})
  void rdflibReadsTheSameGraph(ExportFormat f) {
    ExternalTool.assumePythonModule("rdflib", "python3-rdflib");
    String fmt = switch (f) {
      case TRIG -> "trig";
      case NQ -> "nquads";
      case TTL -> "turtle";
      case NT -> "nt";
      case RDFXML -> "xml";
      default -> "json-ld";
    };
    String reference = ExportFixture.files().get(f.quads() ? ExportFormat.NQ : ExportFormat.NT).toString();
    ExternalTool.Result r = ExternalTool.run(ExternalTool.python("rdf", ExportFixture.files().get(f).toString(), fmt, reference,
        f.quads() ? "quads" : "triples"));
    assertEquals(0, r.exit(), r.err());
    JsonObject answer = JSON.parse(r.out());
    long expected = f.quads() ? ExportFixture.seedQuads().stream().count() : ExportFixture.seedUnion().size();
    assertEquals(expected, answer.get("count").getAsNumber().value().longValue(), f + ": rdflib counts differently");
    assertTrue(answer.get("isomorphic").getAsBoolean().value(), f + ": rdflib reads a graph not isomorphic to the reference");
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"TTL", "NT", "TRIG", "NQ", "RDFXML"})
  void rapperAcceptsWithoutErrors(ExportFormat f) {
    ExternalTool.assumeProgram("rapper", "raptor2-utils");
    String input = switch (f) {
      case TTL -> "turtle";
      case NT -> "ntriples";
      case TRIG -> "trig";
      case NQ -> "nquads";
      default -> "rdfxml";
    };
    ExternalTool.Result r = ExternalTool.run(List.of("rapper", "-i", input, "-c", ExportFixture.files().get(f).toString()));
    assertEquals(0, r.exit(), r.err());
    assertTrue(!r.err().contains("Error") && !r.err().contains("Warning"), f + ": rapper complains:\n" + r.err());
    Matcher m = Pattern.compile("returned (\\d+) triples").matcher(r.err());
    assertTrue(m.find(), r.err());
    long expected = f.quads() ? ExportFixture.seedQuads().stream().count() : ExportFixture.seedUnion().size();
    assertEquals(expected, Long.parseLong(m.group(1)), f + ": rapper counts differently");
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF"})
  void networkxReadsTheDirectLayer(ExportFormat f) {
    ExternalTool.assumePythonModule("networkx", "python3-networkx");
    DirectLayer layer = Exporter.of(ExportFixture.seed(), org.newsgraph.rdf.Iris.DEFAULT_BASE).directLayer();
    ExternalTool.Result r = ExternalTool.run(ExternalTool.python(f == ExportFormat.GRAPHML ? "graphml" : "gexf",
        ExportFixture.files().get(f).toString()));
    assertEquals(0, r.exit(), r.err());
    JsonObject answer = JSON.parse(r.out());
    assertEquals(layer.nodes().size(), answer.get("nodes").getAsNumber().value().intValue(), f + " nodes");
    assertEquals(layer.edges().size(), answer.get("edges").getAsNumber().value().intValue(), f + " edges");
    assertTrue(answer.get("labels").toString().contains("\"North Korea\""), answer.toString());
    assertTrue(layer.nodes().size() > 20 && layer.edges().size() > 20, "the seed graph has a real network");
  }

  private static Node jena(Value v) {
    if (v instanceof IRI iri) {
      return NodeFactory.createURI(iri.stringValue());
    }
    if (v instanceof BNode b) {
      return NodeFactory.createBlankNode(b.getID());
    }
    Literal l = (Literal) v;
    return l.getLanguage().isPresent() ? NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get())
        : NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
  }
}
