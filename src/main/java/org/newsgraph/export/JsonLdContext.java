package org.newsgraph.export;

import com.google.common.base.Verify;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;

/**
 * The JSON-LD context of newsgraph data, generated from the ontology and the project's prefixes: every ng: term
 * by its local name (object properties coerced to IRIs, concept-valued ones to terms, datatype properties to
 * their range), plus the few external terms the data uses ({@code label}, {@code sameAs}, {@code headline}...),
 * so that exported JSON-LD reads like plain JSON. The context for the default base ships as
 * {@code org/newsgraph/export/context.jsonld}; {@code JsonLdContextTest} checks it is what {@link #generate}
 * gives.
 */
public final class JsonLdContext {
  /** Where the shipped context lives on the classpath. */
  public static final String RESOURCE = "/org/newsgraph/export/context.jsonld";


  /** Concept classes: properties ranging over them are written with the concept's term ("Estimated"). */
  private static final List<Resource> CONCEPT_CLASSES = List.of(NG.EpistemicStatus, NG.BoundKind, NG.EventStatus);

  /** External terms the data uses: name, IRI (prefixed), coercion ("@id", a datatype, or "@en" for English text). */
  private static final String[][] EXTERNAL = {
      {"type", "@type", null},
      {"label", "rdfs:label", "@en"},
      {"comment", "rdfs:comment", "@en"},
      {"altLabel", "skos:altLabel", "@en"},
      {"sameAs", "owl:sameAs", "@id"},
      {"wasDerivedFrom", "prov:wasDerivedFrom", "@id"},
      {"NewsArticle", "schema:NewsArticle", null},
      {"headline", "schema:headline", null},
      {"alternativeHeadline", "schema:alternativeHeadline", null},
      {"datePublished", "schema:datePublished", "xsd:dateTime"},
      {"dateModified", "schema:dateModified", "xsd:dateTime"},
      {"author", "schema:author", "@id"},
      {"publisher", "schema:publisher", "@id"},
      {"Statement", "rdf:Statement", null},
      {"subject", "rdf:subject", "@id"},
      {"predicate", "rdf:predicate", "@id"},
      {"object", "rdf:object", "@id"},
  };

  private JsonLdContext() {}

  /** The shipped context document for the default base, as the server publishes it at {@code /context.jsonld}. */
  public static String contextJson() {
    try {
      return Resources.toString(Resources.getResource(JsonLdContext.class, RESOURCE), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** The context document ({@code {"@context": {...}}}) for data minted under {@code base}, pretty-printed. */
  public static String generate(String base) {
    return pretty(document(base));
  }

  static JsonObject document(String base) {
    return Json.createObjectBuilder().add("@context", context(base)).build();
  }

  private static JsonObject context(String base) {
    Model ontology = BundledOntology.load();
    JsonObjectBuilder b = Json.createObjectBuilder();
    Prefixes.of(base).getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.add(e.getKey(), e.getValue()));
    b.add("dcterms", "http://purl.org/dc/terms/");
    Map<String, JsonValue> terms = new LinkedHashMap<>();
    for (String[] e : EXTERNAL) {
      terms.put(e[0], definition(e[1], e[2]));
    }
    Map<String, JsonValue> own = new TreeMap<>();
    ontology.listStatements(null, RDF.type, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
      Resource term = st.getSubject();
      if (term.isURIResource() && term.getURI().startsWith(NG.NS)) {
        own.put(term.getLocalName(), ownDefinition(ontology, term));
      }
    });
    own.forEach((name, def) -> {
      Verify.verify(!terms.containsKey(name), "context term %s defined twice", name);
      terms.put(name, def);
    });
    terms.forEach(b::add);
    return b.build();
  }

  private static JsonValue ownDefinition(Model ontology, Resource term) {
    String id = "ng:" + term.getLocalName();
    if (term.hasProperty(RDF.type, OWL2.ObjectProperty)) {
      Resource range = term.getPropertyResourceValue(RDFS.range);
      return definition(id, range != null && CONCEPT_CLASSES.contains(range) ? "@vocab" : "@id");
    }
    if (term.hasProperty(RDF.type, OWL2.DatatypeProperty)) {
      Resource range = term.getPropertyResourceValue(RDFS.range);
      boolean typed = range != null && range.getURI().startsWith(XSD.NS) && !range.equals(XSD.xstring);
      return definition(id, typed ? "xsd:" + range.getLocalName() : null);
    }
    return Json.createValue(id);
  }

  private static JsonValue definition(String id, String coercion) {
    if (coercion == null) {
      return Json.createValue(id);
    }
    JsonObjectBuilder d = Json.createObjectBuilder().add("@id", id);
    return coercion.equals("@en") ? d.add("@language", "en").build() : d.add("@type", coercion).build();
  }

  static String pretty(JsonObject json) {
    StringWriter w = new StringWriter();
    Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w).write(json);
    return w.toString().strip() + "\n";
  }
}
