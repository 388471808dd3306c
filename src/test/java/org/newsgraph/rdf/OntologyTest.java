package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks ontology/newsgraph.ttl against itself, against {@link NG} and against docs/DATA-MODEL.md. */
final class OntologyTest {

  private static final String VANN = "http://purl.org/vocab/vann/";
  private static final String WDT = "http://www.wikidata.org/prop/direct/";
  private static final String WD = "http://www.wikidata.org/entity/";

  /** The declaration types whose ng: subjects are the ontology's terms. */
  private static final List<Resource> DECLARATIONS =
      List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual, OWL2.AnnotationProperty);

  /** Event, quantity, time and route-leg properties, named without prefix in DATA-MODEL.md. */
  private static final List<String> EVENT_PROPERTIES =
      List.of(
          "agent", "recipient", "partner", "audience", "item", "target", "destination", "mode", "carrierCountry",
          "routeLeg", "legOrder", "fromPlace", "toPlace", "hasQuantity", "hasTime", "subjectEvent", "venue",
          "venueText", "closedDoor", "purpose", "composition", "ordinal", "eventStatus", "eventText", "amount",
          "lowerBound", "upperBound", "bound", "unit", "countedThing", "countedText", "quantityText", "start",
          "end", "precision", "timeText", "approximate");

  /** The only Wikidata properties known to be right for alignment (see the ontology header). */
  private static final Set<String> VERIFIED_WIKIDATA_PROPERTIES =
      Set.of(
          "P17", "P31", "P131", "P102", "P39", "P1037", "P749", "P710", "P585", "P580", "P582", "P1114", "P1343",
          "P856", "P276", "P361", "P159", "P488", "P463", "P279", "P793", "P1344", "P607", "P828", "P1542", "P123",
          "P50", "P2093", "P577", "P1476", "P407", "P291", "P921", "P27", "P106", "P35", "P36", "P194", "P625",
          "P206", "P137", "P1001", "P2868", "P4100", "P571", "P1813");

  private static Path projectDir;
  private static Model ontology;
  private static Set<String> declared;

  @BeforeAll
  static void load() {
    projectDir = Path.of(System.getProperty("newsgraph.project.dir", "."));
    ontology = RDFParser.source(projectDir.resolve("ontology/newsgraph.ttl")).toModel();
    declared = new TreeSet<>();
    for (Resource type : DECLARATIONS) {
      ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(s -> {
        if (s.isURIResource() && s.getURI().startsWith(NG.NS)) {
          declared.add(s.getLocalName());
        }
      });
    }
  }

  @Test
  void headerHasVersionLicenseAndPreferredPrefix() {
    Resource onto = ontology.getResource(NG.ONTOLOGY_IRI);
    assertTrue(onto.hasProperty(RDF.type, OWL2.Ontology));
    assertEquals(NG.VERSION_IRI, onto.getPropertyResourceValue(OWL2.versionIRI).getURI());
    assertEquals(
        "https://www.apache.org/licenses/LICENSE-2.0", onto.getPropertyResourceValue(DCTerms.license).getURI());
    assertEquals("ng", onto.getProperty(ontology.createProperty(VANN, "preferredNamespacePrefix")).getString());
    assertEquals(NG.NS, onto.getProperty(ontology.createProperty(VANN, "preferredNamespaceUri")).getString());
    assertTrue(onto.hasProperty(DCTerms.title));
    assertTrue(onto.hasProperty(DCTerms.description));
    assertTrue(onto.hasProperty(DCTerms.created));
  }

  @Test
  void everyTermHasOneEnglishLabelAndOneEnglishComment() {
    assertTrue(declared.size() > 100, "too few terms: " + declared.size());
    Set<String> bad = new TreeSet<>();
    for (String name : declared) {
      Resource term = ontology.getResource(NG.NS + name);
      if (countEnglish(term, RDFS.label) != 1 || countEnglish(term, RDFS.comment) != 1
          || term.listProperties(RDFS.label).toList().size() != 1
          || term.listProperties(RDFS.comment).toList().size() != 1) {
        bad.add(name);
      }
    }
    assertEquals(Set.of(), bad, "terms without exactly one rdfs:label @en and one rdfs:comment @en");
  }

  @Test
  void everyConstantOfNgIsADeclaredTermOfTheRightKind() throws IllegalAccessException {
    Set<String> bad = new TreeSet<>();
    for (Field field : NG.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() == String.class) {
        continue;
      }
      Resource value = (Resource) field.get(null);
      String name = field.getName();
      boolean isProperty = isDeclaredAs(name, OWL2.ObjectProperty) || isDeclaredAs(name, OWL2.DatatypeProperty)
          || isDeclaredAs(name, OWL2.AnnotationProperty);
      if (!value.getURI().equals(NG.NS + name) || !declared.contains(name)
          || isProperty != (value instanceof Property)
          || (field.getType() == Property.class) != isProperty) {
        bad.add(name);
      }
    }
    assertEquals(Set.of(), bad, "NG constants that are not declared terms of their kind (or are misnamed)");
  }

  @Test
  void everyDeclaredTermHasAConstantInNg() {
    Set<String> constants = new TreeSet<>();
    for (Field field : NG.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
        constants.add(field.getName());
      }
    }
    assertEquals(Set.of(), Sets.difference(declared, constants), "terms without a constant in NG");
  }

  @Test
  void everyTermOfTheDataModelIsDeclared() throws IOException {
    String doc = Files.readString(projectDir.resolve("docs/DATA-MODEL.md"));
    Set<String> expected = new TreeSet<>();
    Matcher m = Pattern.compile("\\bng:([A-Za-z]+)").matcher(doc);
    while (m.find()) {
      expected.add(m.group(1));
    }
    expected.addAll(directRelations(doc).keySet());
    for (String name : EVENT_PROPERTIES) {
      assertTrue(doc.contains("`" + name + "`"), "not in DATA-MODEL.md: " + name);
      expected.add(name);
    }
    assertTrue(expected.size() > 120, "too few terms found in DATA-MODEL.md: " + expected.size());
    assertEquals(Set.of(), Sets.difference(expected, declared), "DATA-MODEL.md terms missing from the ontology");
  }

  @Test
  void directRelationsAreEntityToEntityAndSymmetricAsDocumented() throws IOException {
    String doc = Files.readString(projectDir.resolve("docs/DATA-MODEL.md"));
    Map<String, Boolean> relations = directRelations(doc);
    assertEquals(27, relations.size());
    relations.forEach((name, symmetric) -> {
      Resource p = ontology.getResource(NG.NS + name);
      assertTrue(p.hasProperty(RDF.type, OWL2.ObjectProperty), name);
      assertEquals(symmetric, p.hasProperty(RDF.type, OWL2.SymmetricProperty), name + " symmetric");
      assertTrue(p.hasProperty(RDFS.domain), name + " domain");
      assertTrue(p.hasProperty(RDFS.range), name + " range");
    });
  }

  /** The names in the "Direct relations" section, each with whether it is marked "(symmetric)". */
  private static Map<String, Boolean> directRelations(String doc) {
    int section = doc.indexOf("## Direct relations");
    int start = doc.indexOf('\n', section) + 1;
    String line = doc.substring(start, doc.indexOf('\n', start)).trim();
    Map<String, Boolean> result = new LinkedHashMap<>();
    for (String item : line.replaceAll("\\.$", "").split(",\\s*")) {
      String name = item.replace("(symmetric)", "").trim();
      result.put(name, item.contains("(symmetric)"));
    }
    return result;
  }

  @Test
  void conceptsAreInTheirSchemes() {
    Map<Resource, Resource> schemes = Map.of(
        NG.EpistemicStatus, NG.EpistemicStatusScheme,
        NG.BoundKind, NG.BoundKindScheme,
        NG.EventStatus, NG.EventStatusScheme);
    Map<Resource, Integer> counts = Map.of(NG.EpistemicStatus, 8, NG.BoundKind, 5, NG.EventStatus, 4);
    schemes.forEach((type, scheme) -> {
      assertTrue(ontology.getResource(scheme.getURI()).hasProperty(RDF.type, SKOS.ConceptScheme));
      List<Resource> concepts = ontology.listSubjectsWithProperty(RDF.type, type).toList();
      assertEquals(counts.get(type), concepts.size(), type.getLocalName());
      for (Resource c : concepts) {
        assertTrue(c.hasProperty(RDF.type, SKOS.Concept), c.getLocalName());
        assertTrue(c.hasProperty(RDF.type, OWL2.NamedIndividual), c.getLocalName());
        assertTrue(c.hasProperty(SKOS.inScheme, scheme), c.getLocalName());
        assertTrue(c.hasProperty(SKOS.topConceptOf, scheme), c.getLocalName());
        assertTrue(ontology.contains(scheme, SKOS.hasTopConcept, c), c.getLocalName());
        assertEquals(1, countEnglish(c, SKOS.prefLabel), c.getLocalName());
        assertEquals(1, countEnglish(c, SKOS.definition), c.getLocalName());
      }
    });
  }

  /**
   * A lint for OWL 2 DL: every IRI used as a predicate is built in or declared, every ng: IRI anywhere is
   * declared, classes in axioms are declared classes, no property is both object and datatype property.
   */
  @Test
  void everyTermUsedIsDeclared() {
    Set<String> builtIn = Set.of(RDF.uri, RDFS.uri, OWL2.NS);
    Set<String> undeclared = new TreeSet<>();
    for (Statement st : ontology.listStatements().toList()) {
      Property p = st.getPredicate();
      if (!builtIn.contains(p.getNameSpace()) && !isDeclaredProperty(p)) {
        undeclared.add(p.getURI());
      }
      for (RDFNode n : List.of(st.getSubject(), st.getObject())) {
        if (n.isURIResource() && n.asResource().getURI().startsWith(NG.NS)
            && !declared.contains(n.asResource().getLocalName())) {
          undeclared.add(n.asResource().getURI());
        }
      }
      boolean classAxiom = p.equals(RDFS.subClassOf) || p.equals(OWL2.equivalentClass) || p.equals(RDFS.domain)
          || (p.equals(RDFS.range) && st.getSubject().hasProperty(RDF.type, OWL2.ObjectProperty));
      if (classAxiom && st.getObject().isURIResource()
          && !st.getObject().asResource().hasProperty(RDF.type, OWL2.Class)) {
        undeclared.add(st.getObject().asResource().getURI());
      }
    }
    assertEquals(Set.of(), undeclared, "used but not declared");
    Set<Resource> both = Sets.intersection(
        ImmutableSet.copyOf(ontology.listSubjectsWithProperty(RDF.type, OWL2.ObjectProperty).toList()),
        ImmutableSet.copyOf(ontology.listSubjectsWithProperty(RDF.type, OWL2.DatatypeProperty).toList()));
    assertEquals(Set.of(), both, "both object and datatype property");
  }

  @Test
  void onlyVerifiedWikidataIdsAreUsed() {
    Set<String> bad = new TreeSet<>();
    ontology.listStatements().forEachRemaining(st -> {
      for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
        if (!n.isURIResource()) {
          continue;
        }
        String iri = n.asResource().getURI();
        if (iri.startsWith(WD)) {
          bad.add(iri);
        } else if (iri.startsWith(WDT) && !VERIFIED_WIKIDATA_PROPERTIES.contains(iri.substring(WDT.length()))) {
          bad.add(iri);
        }
      }
    });
    assertEquals(Set.of(), bad, "unverified Wikidata ids");
  }

  private static boolean isDeclaredAs(String name, Resource type) {
    return ontology.contains(ontology.getResource(NG.NS + name), RDF.type, type);
  }

  private static boolean isDeclaredProperty(Property p) {
    return p.hasProperty(RDF.type, OWL2.ObjectProperty) || p.hasProperty(RDF.type, OWL2.DatatypeProperty)
        || p.hasProperty(RDF.type, OWL2.AnnotationProperty);
  }

  private static int countEnglish(Resource term, Property p) {
    int n = 0;
    for (Statement st : term.listProperties(p).toList()) {
      if (st.getObject().isLiteral()) {
        Literal l = st.getLiteral();
        if (l.getLanguage().equals("en")) {
          n++;
        }
      }
    }
    return n;
  }
}
