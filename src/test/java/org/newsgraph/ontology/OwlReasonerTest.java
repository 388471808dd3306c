package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology as OWL tools see it: the OWL API (Protégé's library) loads the Turtle and the RDF/XML to the same
 * axioms with no triple left unparsed, and HermiT finds the ontology, and the seed graph with it, consistent
 * with no unsatisfiable class.
 */
final class OwlReasonerTest {
  private static OWLOntology fromTurtle;

  @BeforeAll
  static void load() throws Exception {
    fromTurtle = OWLManager.createOWLOntologyManager()
        .loadOntologyFromOntologyDocument(OntologyFilesTest.projectDir().resolve("ontology/newsgraph.ttl").toFile());
  }

  @Test
  void owlApiLoadsTurtleAndRdfXmlToTheSameAxioms() throws Exception {
    File rdf = OntologyFilesTest.projectDir().resolve("ontology/newsgraph.rdf").toFile();
    OWLOntology fromRdfXml = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(rdf);
    assertTrue(fromTurtle.getAxiomCount() > 500, "axioms: " + fromTurtle.getAxiomCount());
    assertEquals(fromTurtle.axioms().collect(java.util.stream.Collectors.toSet()),
        fromRdfXml.axioms().collect(java.util.stream.Collectors.toSet()));
    assertEquals(fromTurtle.getOntologyID(), fromRdfXml.getOntologyID());
    assertEquals("https://w3id.org/newsgraph/ontology/0.1.0", fromTurtle.getOntologyID().getVersionIRI().get().toString());
  }

  @Test
  void everyTripleIsOwl() {
    var meta = fromTurtle.getFormat().getOntologyLoaderMetaData();
    assertTrue(meta.isPresent(), "no loader metadata");
    assertEquals(List.of(), meta.get().getUnparsedTriples().map(Object::toString).sorted().toList(),
        "triples the OWL API could not map to OWL 2 axioms");
  }

  @Test
  void hermitFindsTheOntologyConsistentWithNoUnsatisfiableClass() {
    OWLReasoner r = hermit(fromTurtle);
    assertTrue(r.isConsistent(), "the ontology is inconsistent");
    Set<String> unsatisfiable = new TreeSet<>();
    for (OWLClass c : r.getUnsatisfiableClasses().getEntitiesMinusBottom()) {
      unsatisfiable.add(c.getIRI().toString());
    }
    assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
    r.dispose();
  }

  @Test
  void theSeedGraphWithTheOntologyIsConsistent() throws Exception {
    Dataset ds = SeedGraph.get();
    Graph all = GraphFactory.createDefaultGraph();
    RDFParser.source(OntologyFilesTest.projectDir().resolve("ontology/newsgraph.ttl")).parse(all);
    long ontologyTriples = all.size();
    Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> all.add(q.asTriple())));
    assertTrue(all.size() > ontologyTriples + 1000, "the seed graph was not built");
    ByteArrayOutputStream nt = new ByteArrayOutputStream();
    RDFDataMgr.write(nt, all, Lang.NTRIPLES);
    OWLOntologyManager m = OWLManager.createOWLOntologyManager();
    OWLOntology both = m.loadOntologyFromOntologyDocument(new StringDocumentSource(nt.toString(StandardCharsets.UTF_8)));
    assertTrue(both.getIndividualsInSignature(Imports.EXCLUDED).size() > 100, "the data did not load as individuals");
    OWLReasoner r = hermit(both);
    assertTrue(r.isConsistent(), "the seed graph contradicts the ontology");
    r.dispose();
  }

  @Test
  void aContradictionInTheDataIsFound() throws Exception {
    // the check above is not vacuous: one individual in two disjoint classes makes the same load inconsistent
    String ttl = java.nio.file.Files.readString(OntologyFilesTest.projectDir().resolve("ontology/newsgraph.ttl"))
        + "\nng:Person owl:disjointWith ng:Country .\n<https://w3id.org/newsgraph/id/entity/x> a ng:Person , ng:Country .\n";
    OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource(ttl));
    OWLReasoner r = hermit(o);
    assertTrue(!r.isConsistent(), "HermiT missed a contradiction");
    r.dispose();
  }

  /**
   * HermiT, told to ignore datatypes outside OWL 2's datatype map: the data has xsd:gYearMonth and xsd:gYear
   * times (ng:start, ng:end have no range for that reason; the SHACL shapes check them instead).
   */
  private static OWLReasoner hermit(OWLOntology o) {
    Configuration c = new Configuration();
    c.ignoreUnsupportedDatatypes = true;
    return new ReasonerFactory().createReasoner(o, c);
  }
}
