package org.newsgraph.serve;

import static org.newsgraph.serve.NodeLinks.escape;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

/**
 * One term's section of the ontology page, {@code <section id="LocalName">}: label, IRI, comment, the
 * axioms and alignments in a table, and up to three examples from the served graph (uses of a property,
 * instances of a class), found by {@code property-examples.rq} and {@code class-examples.rq}.
 */
final class TermSection {
  /** The rows of the table: heading and the property whose objects fill it. */
  private static final List<Map.Entry<String, Node>> ROWS = List.of(
      Map.entry("Type", RDF.Nodes.type),
      Map.entry("Subclass of", RDFS.subClassOf.asNode()),
      Map.entry("Subproperty of", RDFS.subPropertyOf.asNode()),
      Map.entry("Domain", RDFS.domain.asNode()),
      Map.entry("Range", RDFS.range.asNode()),
      Map.entry("Inverse of", OWL.inverseOf.asNode()),
      Map.entry("Equivalent class", OWL.equivalentClass.asNode()),
      Map.entry("Equivalent property", OWL.equivalentProperty.asNode()),
      Map.entry("Disjoint with", OWL.disjointWith.asNode()),
      Map.entry("Same as", OWL.sameAs.asNode()),
      Map.entry("Exact match", SKOS.exactMatch.asNode()),
      Map.entry("Close match", SKOS.closeMatch.asNode()),
      Map.entry("Broad match", SKOS.broadMatch.asNode()),
      Map.entry("Narrow match", SKOS.narrowMatch.asNode()),
      Map.entry("Related match", SKOS.relatedMatch.asNode()),
      Map.entry("Definition", SKOS.definition.asNode()),
      Map.entry("Also called", SKOS.altLabel.asNode()),
      Map.entry("In scheme", SKOS.inScheme.asNode()),
      Map.entry("See also", RDFS.seeAlso.asNode()));

  private final Graph ontology;
  private final DatasetGraph dataset;
  private final NodeLinks links;
  private boolean complete = true;

  TermSection(Graph ontology, DatasetGraph dataset, NodeLinks links) {
    this.ontology = ontology;
    this.dataset = dataset;
    this.links = links;
  }

  /** Whether every section rendered so far has its examples (none was cut by the query timeout). */
  boolean complete() {
    return complete;
  }

  /** The English label of a node of the ontology (or any label, or its local name). */
  static String label(Graph graph, Node term, Node property) {
    List<Node> labels = graph.find(term, property, Node.ANY).mapWith(Triple::getObject)
        .filterKeep(Node::isLiteral).toList();
    return labels.stream().filter(l -> l.getLiteralLanguage().startsWith("en")).findFirst()
        .or(() -> labels.stream().findFirst()).map(Node::getLiteralLexicalForm)
        .orElseGet(() -> term.getURI().substring(NG.NS.length()));
  }

  /** The section of {@code term}, an IRI in the ontology's namespace. */
  String render(Node term) {
    String local = term.getURI().substring(NG.NS.length());
    StringBuilder out = new StringBuilder(1024)
        .append("<section id=\"").append(escape(local)).append("\" class=\"term\">\n<h3>")
        .append(escape(label(ontology, term, RDFS.label.asNode()))).append(" <small><a href=\"#")
        .append(escape(local)).append("\">").append(escape(links.shortForm(term.getURI())))
        .append("</a></small></h3>\n<p><code>").append(escape(term.getURI())).append("</code></p>\n");
    ontology.find(term, RDFS.comment.asNode(), Node.ANY).forEachRemaining(t ->
        out.append("<p class=\"comment\">").append(links.term(t.getObject())).append("</p>\n"));
    out.append("<table>\n");
    for (Map.Entry<String, Node> row : ROWS) {
      List<Node> values = ontology.find(term, row.getValue(), Node.ANY).mapWith(Triple::getObject)
          .toList();
      if (!values.isEmpty()) {
        out.append("<tr><th>").append(row.getKey()).append("</th><td>")
            .append(values.stream().map(links::term).sorted().collect(Collectors.joining(", ")))
            .append("</td></tr>\n");
      }
    }
    out.append("</table>\n").append(examples(term)).append("</section>\n");
    return out.toString();
  }

  private String examples(Node term) {
    boolean isClass = ontology.contains(term, RDF.Nodes.type, OWL.Class.asNode());
    boolean isProperty = ontology.contains(term, RDF.Nodes.type, OWL.ObjectProperty.asNode())
        || ontology.contains(term, RDF.Nodes.type, OWL.DatatypeProperty.asNode());
    if (!isClass && !isProperty) {
      return "";
    }
    StringBuilder out = new StringBuilder("<h4>Examples from the graph</h4>\n");
    RowSetRewindable rows;
    try {
      rows = isClass
          ? StoredQueries.select(dataset, "class-examples", Map.of("class", term))
          : StoredQueries.select(dataset, "property-examples", Map.of("property", term));
    } catch (QueryCancelledException e) {
      complete = false;
      return out.append("<p class=\"hint\">Examples unavailable: the query took too long.</p>\n")
          .toString();
    }
    if (!rows.hasNext()) {
      return out.append("<p class=\"hint\">").append(isClass ? "No instances" : "No uses")
          .append(" in the served graph.</p>\n").toString();
    }
    out.append("<ul class=\"examples\">\n");
    while (rows.hasNext()) {
      Binding row = rows.next();
      out.append("<li>").append(links.data(row.get("s"), row.get("sLabel")));
      if (isClass) {
        out.append(" <i>a</i> ").append(links.term(term));
      } else {
        out.append(' ').append(links.term(term)).append(' ')
            .append(links.data(row.get("o"), row.get("oLabel")));
      }
      out.append("</li>\n");
    }
    return out.append("</ul>\n").toString();
  }
}
