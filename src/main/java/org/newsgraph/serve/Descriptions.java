package org.newsgraph.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The SPARQL Service Description of {@code /sparql} and the VoID description at
 * {@code /.well-known/void}. Both are built per request, since they name the URL the client used.
 */
final class Descriptions {
  static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  static final String VOID = "http://rdfs.org/ns/void#";
  static final String FORMATS = "http://www.w3.org/ns/formats/";
  static final String NG = "https://w3id.org/newsgraph/ontology#";
  static final String WIKIDATA = "http://www.wikidata.org/entity/";
  private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON",
      "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples",
      "RDF_XML", "JSON-LD", "TriG", "N-Quads");
  private static final List<String> VOCABULARIES = List.of(NG,
      "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2004/02/skos/core#",
      "http://www.w3.org/2002/07/owl#", "http://www.w3.org/ns/prov#", "https://schema.org/",
      "http://purl.org/dc/terms/");

  private final DatasetGraph dataset;
  private final ServerConfig config;

  Descriptions(DatasetGraph dataset, ServerConfig config) {
    this.dataset = dataset;
    this.config = config;
  }

  /** The service description of the endpoint at {@code endpoint}. */
  Graph serviceDescription(String endpoint, String voidUrl) {
    Graph g = graph();
    Node service = iri(endpoint + "#service");
    add(g, service, RDF.Nodes.type, iri(SD + "Service"));
    add(g, service, iri(SD + "endpoint"), iri(endpoint));
    add(g, service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Query"));
    if (config.allowUpdate()) {
      add(g, service, iri(SD + "supportedLanguage"), iri(SD + "SPARQL11Update"));
    }
    add(g, service, iri(SD + "feature"), iri(SD + "UnionDefaultGraph"));
    add(g, service, iri(SD + "feature"), iri(SD + "BasicFederatedQuery"));
    add(g, service, iri(SD + "defaultEntailmentRegime"),
        iri("http://www.w3.org/ns/entailment/Simple"));
    for (String format : RESULT_FORMATS) {
      add(g, service, iri(SD + "resultFormat"), iri(FORMATS + format));
    }
    Node ds = iri(endpoint + "#dataset");
    Node defaultGraph = iri(endpoint + "#default-graph");
    add(g, service, iri(SD + "defaultDataset"), ds);
    add(g, ds, RDF.Nodes.type, iri(SD + "Dataset"));
    add(g, ds, iri(SD + "defaultGraph"), defaultGraph);
    add(g, ds, iri("http://www.w3.org/2000/01/rdf-schema#seeAlso"), iri(voidUrl));
    add(g, defaultGraph, RDF.Nodes.type, iri(SD + "Graph"));
    add(g, defaultGraph, iri(VOID + "triples"), integer(counts().get("triples")));
    return g;
  }

  /** The VoID description of the served dataset. */
  Graph voidDescription(String endpoint, String voidUrl) {
    Map<String, Long> counts = counts();
    Graph g = graph();
    Node ds = iri(voidUrl + "#dataset");
    add(g, ds, RDF.Nodes.type, iri(VOID + "Dataset"));
    add(g, ds, iri("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("newsgraph"));
    add(g, ds, iri(VOID + "sparqlEndpoint"), iri(endpoint));
    add(g, ds, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(config.idBase()));
    add(g, ds, iri(VOID + "triples"), integer(counts.get("triples")));
    add(g, ds, iri(VOID + "entities"), integer(counts.get("entities")));
    add(g, ds, iri(VOID + "classPartition"), iri(voidUrl + "#claims"));
    add(g, iri(voidUrl + "#claims"), iri(VOID + "class"), iri(NG + "Claim"));
    add(g, iri(voidUrl + "#claims"), iri(VOID + "entities"), integer(counts.get("claims")));
    for (String vocabulary : VOCABULARIES) {
      add(g, ds, iri(VOID + "vocabulary"), iri(vocabulary));
    }
    Node wikidata = iri(voidUrl + "#wikidata");
    add(g, wikidata, RDF.Nodes.type, iri(VOID + "Dataset"));
    add(g, wikidata, iri("http://xmlns.com/foaf/0.1/homepage"), iri("https://www.wikidata.org/"));
    add(g, wikidata, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(WIKIDATA));
    Node linkset = iri(voidUrl + "#wikidata-links");
    add(g, ds, iri(VOID + "subset"), linkset);
    add(g, linkset, RDF.Nodes.type, iri(VOID + "Linkset"));
    add(g, linkset, iri(VOID + "linkPredicate"), iri("http://www.w3.org/2002/07/owl#sameAs"));
    add(g, linkset, iri(VOID + "subjectsTarget"), ds);
    add(g, linkset, iri(VOID + "objectsTarget"), wikidata);
    add(g, linkset, iri(VOID + "triples"), integer(counts.get("links")));
    return g;
  }

  private Map<String, Long> counts() {
    Node entities = iri(config.idBase() + "graph/entities");
    RowSetRewindable rows =
        StoredQueries.select(dataset, "void-counts", Map.of("entitiesGraph", entities));
    Binding row = rows.next();
    return Map.of("triples", number(row, "triples"), "entities", number(row, "entities"),
        "links", number(row, "links"), "claims", number(row, "claims"));
  }

  private static long number(Binding row, String var) {
    Node n = row.get(var);
    return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
  }

  private static Graph graph() {
    Graph g = GraphFactory.createDefaultGraph();
    PrefixMap prefixes = PrefixMapFactory.create();
    prefixes.add("sd", SD);
    prefixes.add("void", VOID);
    prefixes.add("formats", FORMATS);
    prefixes.add("ng", NG);
    prefixes.forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
    return g;
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(s, p, o);
  }

  private static Node iri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node integer(long value) {
    return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
  }
}
