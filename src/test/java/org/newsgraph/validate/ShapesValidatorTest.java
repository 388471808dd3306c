package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.rdf.NG;

/**
 * Validates {@code validate/valid.trig} and broken variants of it (each a SPARQL Update in
 * {@code validate/*.ru} applied to a fresh copy) against ontology/shapes.ttl.
 */
final class ShapesValidatorTest {

  private static final String SHAPES_NS = "https://w3id.org/newsgraph/shapes#";

  private static Path projectDir;
  private static ShapesValidator validator;

  @BeforeAll
  static void load() {
    projectDir = Path.of(System.getProperty("newsgraph.project.dir", "."));
    validator = ShapesValidator.load(projectDir.resolve("ontology/shapes.ttl"));
  }

  @Test
  void validDatasetConforms() {
    ValidationResult result = validator.validate(valid());
    assertEquals(List.of(), result.lines());
    assertTrue(result.conforms());
  }

  static Stream<Arguments> brokenVariants() {
    return Stream.of(
        Arguments.of("claim-without-status",
            "violation: id:claim/00112233445566bb ng:status: "
                + "A claim has exactly one ng:status, one of the ng:EpistemicStatus individuals"),
        Arguments.of("evidence-begin-after-end",
            "violation: id:span/s1 ng:beginOffset: ng:beginOffset must not be greater than ng:endOffset"),
        Arguments.of("sameas-not-wikidata",
            "violation: id:entity/country/russia owl:sameAs: "
                + "owl:sameAs must point to a Wikidata item IRI (http://www.wikidata.org/entity/Q...)"),
        Arguments.of("entity-two-labels",
            "violation: id:entity/country/russia rdfs:label: An entity has exactly one rdfs:label, an @en string"),
        Arguments.of("confidence-above-one",
            "violation: id:claim/00112233445566aa ng:confidence: "
                + "ng:confidence is at most one xsd:decimal from 0 to 1"),
        Arguments.of("quantity-without-number",
            "violation: id:quantity/q2: A quantity has an ng:amount, an ng:lowerBound or an ng:upperBound"),
        Arguments.of("time-as-datetime",
            "violation: id:time/t1 ng:start: ng:start is at most one xsd:date, xsd:gYearMonth or xsd:gYear"),
        Arguments.of("transfer-without-agent",
            "violation: id:event/e2 ng:agent: A transfer has at least one ng:agent (the supplier)"),
        Arguments.of("relation-to-untyped-object",
            "violation: id:entity/country/north-korea ng:supplies: "
                + "The object of ng:supplies must be an IRI typed as ng:Entity or one of its subclasses"),
        Arguments.of("article-without-source-file",
            "violation: id:article/0a1b2c3d4e5f ng:sourceFile: "
                + "An article has exactly one ng:sourceFile, an xsd:string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenVariants")
  void brokenVariantFailsWithItsMessage(String variant, String expectedLine) throws IOException {
    Dataset dataset = valid();
    String update = Files.readString(resource(variant + ".ru"));
    UpdateAction.execute(UpdateFactory.create(update), dataset);
    ValidationResult result = validator.validate(dataset);
    assertEquals(List.of(expectedLine), result.lines());
    assertFalse(result.conforms());
    assertTrue(result.reportGraph().size() > 0);
  }

  @Test
  void defaultGraphIsNotValidated() {
    Dataset dataset = valid();
    dataset.getDefaultModel()
        .createResource("https://w3id.org/newsgraph/id/claim/not-in-a-named-graph")
        .addProperty(RDF.type, dataset.getDefaultModel().createResource(NG.Claim.getURI()));
    assertEquals(List.of(), validator.validate(dataset).lines());
  }

  @Test
  void otherDataBaseIsShortenedToo() {
    String base = "http://example.org/kg/";
    ShapesValidator other = ShapesValidator.load(projectDir.resolve("ontology/shapes.ttl"), base);
    Graph graph = GraphFactory.createDefaultGraph();
    Node entity = NodeFactory.createURI(base + "entity/country/x");
    graph.add(entity, RDF.type.asNode(), NG.Country.asNode());
    ImmutableList<String> lines = other.validateGraph(graph).lines();
    assertEquals(
        List.of("violation: id:entity/country/x rdfs:label: An entity has exactly one rdfs:label, an @en string"),
        lines);
  }

  @Test
  void turtleErrorInShapesSaysWhere(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("shapes.ttl");
    Files.writeString(
        bad, "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<s> a sh:NodeShape ;\n  sh:name \"x\" ]\n");
    ShapesLoadException e = assertThrows(ShapesLoadException.class, () -> ShapesValidator.load(bad));
    assertEquals(bad + ":4:15: error: Triples not terminated by DOT", e.getMessage());
    assertEquals(4, e.diagnostic().line());
    assertEquals(15, e.diagnostic().column());
  }

  @Test
  void missingShapesFileIsReported(@TempDir Path dir) {
    Path missing = dir.resolve("missing.ttl");
    ShapesLoadException e = assertThrows(ShapesLoadException.class, () -> ShapesValidator.load(missing));
    assertEquals(missing + ": error: file not found", e.getMessage());
  }

  /** SHACL cannot see rdfs:subClassOf in the data, so the shapes list the classes: they must stay in step. */
  @Test
  void shapesListTheOntologysEntityAndEventClasses() {
    Model shapes = RDFParser.source(projectDir.resolve("ontology/shapes.ttl")).toModel();
    Model ontology = RDFParser.source(projectDir.resolve("ontology/newsgraph.ttl")).toModel();

    Resource entityNode = shapes.getResource(SHAPES_NS + "EntityNode");
    Resource typeShape = entityNode.getPropertyResourceValue(SHACLM.property);
    Resource qualified = typeShape.getPropertyResourceValue(SHACLM.qualifiedValueShape);
    Set<String> listed = names(qualified.getPropertyResourceValue(SHACLM.in).as(RDFList.class).asJavaList());
    assertEquals(subclassesOf(ontology, NG.Entity), listed, "ngsh:EntityNode sh:in");
    assertEquals(subclassesOf(ontology, NG.Entity), targetClasses(shapes, "EntityShape"), "ngsh:EntityShape");
    assertEquals(subclassesOf(ontology, NG.Event), targetClasses(shapes, "EventShape"), "ngsh:EventShape");
  }

  private static Set<String> targetClasses(Model shapes, String shape) {
    return names(shapes.listObjectsOfProperty(shapes.getResource(SHAPES_NS + shape), SHACLM.targetClass).toList());
  }

  private static Set<String> subclassesOf(Model ontology, Resource top) {
    Set<Resource> result = new LinkedHashSet<>(List.of(ontology.getResource(top.getURI())));
    List<Resource> todo = new ArrayList<>(result);
    while (!todo.isEmpty()) {
      Resource c = todo.remove(todo.size() - 1);
      for (Resource sub : ontology.listSubjectsWithProperty(RDFS.subClassOf, c).toList()) {
        if (result.add(sub)) {
          todo.add(sub);
        }
      }
    }
    return names(new ArrayList<>(result));
  }

  private static Set<String> names(List<? extends RDFNode> nodes) {
    Set<String> names = new TreeSet<>();
    nodes.forEach(n -> names.add(n.asResource().getURI()));
    return names;
  }

  private static Dataset valid() {
    Dataset dataset = DatasetFactory.create();
    RDFParser.source(resource("valid.trig")).parse(dataset);
    return dataset;
  }

  private static Path resource(String name) {
    return projectDir.resolve("src/test/resources/validate").resolve(name);
  }
}
