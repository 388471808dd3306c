package org.newsgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ontology lint: every {@code src/test/resources/lint/*.rq} finds nothing in the ontology and the seed graph
 * (save the rows {@code exemptions.tsv} accepts, each with a reason), and finds something in {@code broken.trig}.
 */
final class LintTest {
  private static final String ONTOLOGY = "urn:newsgraph:lint:ontology";
  private static final String DATA = "urn:newsgraph:lint:data";
  private static Dataset project;

  static Path lintDir() {
    return OntologyFilesTest.projectDir().resolve("src/test/resources/lint");
  }

  static List<Path> lints() throws IOException {
    try (Stream<Path> s = Files.list(lintDir())) {
      return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
    }
  }

  @BeforeAll
  static void load() {
    Dataset built = SeedGraph.get();
    project = DatasetFactory.createTxnMem();
    Txn.executeWrite(project, () -> {
      DatasetGraph dsg = project.asDatasetGraph();
      RDFParser.source(OntologyFilesTest.projectDir().resolve("ontology/newsgraph.ttl"))
          .parse(dsg.getGraph(NodeFactory.createURI(ONTOLOGY)));
      Txn.executeRead(built, () -> built.asDatasetGraph().find()
          .forEachRemaining(q -> dsg.add(NodeFactory.createURI(DATA), q.getSubject(), q.getPredicate(), q.getObject())));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lints")
  void findsNothingInTheProject(Path lint) throws IOException {
    Set<String> exempt = exemptions(lint.getFileName().toString());
    List<String> problems = new ArrayList<>();
    for (QuerySolution row : run(project, lint)) {
      String term = row.get("term").toString();
      if (!exempt.remove(term)) {
        problems.add(term + ": " + row.getLiteral("problem").getString());
      }
    }
    assertEquals(List.of(), problems, lint.getFileName() + " finds problems");
    assertEquals(Set.of(), exempt, "exemptions.tsv accepts rows that " + lint.getFileName() + " no longer finds: remove them");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lints")
  void findsSomethingInTheBrokenExample(Path lint) {
    Dataset broken = DatasetFactory.createTxnMem();
    Txn.executeWrite(broken, () -> RDFParser.source(lintDir().resolve("broken.trig")).parse(broken.asDatasetGraph()));
    assertFalse(run(broken, lint).isEmpty(), lint.getFileName() + " reports nothing in broken.trig: it checks nothing");
  }

  @Test
  void everyExemptionHasAReason() throws IOException {
    for (String line : Files.readAllLines(lintDir().resolve("exemptions.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        assertEquals(3, f.length, "file, term, reason: " + line);
        assertTrue(Files.exists(lintDir().resolve(f[0])), "no such lint: " + f[0]);
        assertTrue(f[2].length() > 10, "say why: " + line);
      }
    }
  }

  private static Set<String> exemptions(String lint) throws IOException {
    Set<String> terms = new TreeSet<>();
    for (String line : Files.readAllLines(lintDir().resolve("exemptions.tsv"))) {
      String[] f = line.split("\t");
      if (!line.startsWith("#") && f.length == 3 && f[0].equals(lint)) {
        terms.add(f[1]);
      }
    }
    return terms;
  }

  private static List<QuerySolution> run(Dataset ds, Path lint) {
    Query q;
    try {
      q = QueryFactory.create(Files.readString(lint));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Txn.calculateRead(ds, () -> {
      try (QueryExecution qe = QueryExecution.dataset(ds).query(q)
          .substitution("ontology", ResourceFactory.createResource(ONTOLOGY))
          .substitution("data", ResourceFactory.createResource(DATA)).build()) {
        List<QuerySolution> rows = new ArrayList<>();
        qe.execSelect().forEachRemaining(rows::add);
        return rows;
      }
    });
  }

}
