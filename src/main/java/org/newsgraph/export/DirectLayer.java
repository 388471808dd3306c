package org.newsgraph.export;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.query.SparqlFiles;
import org.newsgraph.rdf.Iris;

/**
 * The direct layer as a network: entities (label, class, Wikidata id) and the direct relations between them
 * (label from the ontology, number of claims stating them), in IRI order.
 */
public record DirectLayer(ImmutableList<Node> nodes, ImmutableList<Edge> edges) {

  /** An entity. {@code type} is the class's local name ("Country"); {@code wikidata} the Q-id, or empty. */
  public record Node(String iri, String label, String type, String wikidata) {
    public Node {
      Preconditions.checkNotNull(iri);
      Preconditions.checkNotNull(label);
      Preconditions.checkNotNull(type);
      Preconditions.checkNotNull(wikidata);
    }
  }

  /** A direct relation; {@code label} the property's English label ("supplies"), {@code claims} how many claims state it. */
  public record Edge(String source, String target, String predicate, String label, int claims) {
    public Edge {
      Preconditions.checkNotNull(source);
      Preconditions.checkNotNull(target);
      Preconditions.checkNotNull(predicate);
      Preconditions.checkNotNull(label);
      Preconditions.checkArgument(claims >= 0, "claims: %s", claims);
    }
  }

  private static final String WD = "http://www.wikidata.org/entity/";

  /** Reads the layer out of a built dataset (minted under {@code base}). */
  public static DirectLayer of(Dataset ds, String base) {
    Iris iris = Iris.of(base);
    Map<String, RDFNode> graphs = Map.of(
        "entities", ds.getDefaultModel().createResource(iris.graph("entities")),
        "provenance", ds.getDefaultModel().createResource(iris.graph("provenance")));
    ImmutableList.Builder<Node> nodes = ImmutableList.builder();
    for (QuerySolution row : SparqlFiles.select(ds, SparqlFiles.resource("/org/newsgraph/export/direct-nodes.rq"), graphs)) {
      String iri = row.getResource("entity").getURI();
      String type = row.getLiteral("type").getString();
      nodes.add(new Node(iri, text(row, "label").orElse(iri), type.substring(type.indexOf('#') + 1),
          text(row, "wikidata").map(w -> w.substring(WD.length())).orElse("")));
    }
    Model ontology = BundledOntology.load();
    ImmutableList.Builder<Edge> edges = ImmutableList.builder();
    for (QuerySolution row : SparqlFiles.select(ds, SparqlFiles.resource("/org/newsgraph/export/direct-edges.rq"), graphs)) {
      Resource p = row.getResource("p");
      String label = Optional.ofNullable(ontology.getResource(p.getURI()).getProperty(RDFS.label))
          .map(st -> st.getString()).orElse(p.getLocalName());
      edges.add(new Edge(row.getResource("s").getURI(), row.getResource("o").getURI(), p.getURI(), label,
          row.getLiteral("claims").getInt()));
    }
    return new DirectLayer(nodes.build(), edges.build());
  }

  private static Optional<String> text(QuerySolution row, String var) {
    return Optional.ofNullable(row.get(var)).map(n -> n.isLiteral() ? n.asLiteral().getString() : n.toString());
  }

}
