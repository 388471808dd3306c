package org.newsgraph.serve;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

/**
 * Renders nodes for the ontology page as escaped HTML: the ontology's own terms link to their section
 * ({@code #Term}), minted IRIs to their {@code /id/} page, other http(s) IRIs to themselves, shown by
 * their prefixed name; literals as escaped text with their language or datatype; class expressions
 * ({@code owl:unionOf}, {@code owl:intersectionOf}) spelled out.
 */
final class NodeLinks {
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();

  private final Graph ontology;
  private final String idBase;

  NodeLinks(Graph ontology, String idBase) {
    this.ontology = ontology;
    this.idBase = idBase;
  }

  static String escape(String text) {
    return ESC.escape(text);
  }

  /** A node of the ontology graph: a term, an external IRI, a literal or a class expression. */
  String term(Node node) {
    if (node.isBlank()) {
      return expression(node);
    }
    if (node.isLiteral()) {
      return literal(node);
    }
    String iri = node.getURI();
    if (iri.startsWith(NG.NS) && iri.length() > NG.NS.length()) {
      return "<a href=\"#" + ESC.escape(iri.substring(NG.NS.length())) + "\">"
          + ESC.escape(shortForm(iri)) + "</a>";
    }
    return data(node, null);
  }

  /** A node of the served graph, named by {@code label} when there is one. */
  String data(Node node, Node label) {
    if (node.isLiteral()) {
      return literal(node);
    }
    if (!node.isURI()) {
      return "<i>(blank node)</i>";
    }
    String iri = node.getURI();
    String text = label != null && label.isLiteral() ? label.getLiteralLexicalForm()
        : iri.startsWith(idBase) ? iri.substring(idBase.length()) : shortForm(iri);
    String href = iri.startsWith(idBase) ? LinkedDataServlet.PATH + iri.substring(idBase.length())
        : iri.startsWith(NG.NS) ? "#" + iri.substring(NG.NS.length()) : iri;
    if (!href.startsWith("/") && !href.startsWith("#") && !href.startsWith("http://")
        && !href.startsWith("https://")) {
      return ESC.escape(text);
    }
    return "<a href=\"" + ESC.escape(href) + "\">" + ESC.escape(text) + "</a>";
  }

  /** The prefixed name of an IRI with the ontology's prefixes, or the IRI itself. */
  String shortForm(String iri) {
    return ontology.getPrefixMapping().shortForm(iri);
  }

  private String literal(Node node) {
    String lang = node.getLiteralLanguage();
    String suffix = !lang.isEmpty() ? " <small>@" + ESC.escape(lang) + "</small>"
        : node.getLiteralDatatypeURI() == null || node.getLiteralDatatypeURI().endsWith("#string") ? ""
        : " <small>^^" + ESC.escape(shortForm(node.getLiteralDatatypeURI())) + "</small>";
    return ESC.escape(node.getLiteralLexicalForm()) + suffix;
  }

  private String expression(Node node) {
    for (Node operator : List.of(OWL.unionOf.asNode(), OWL.intersectionOf.asNode())) {
      List<Node> lists = ontology.find(node, operator, Node.ANY).mapWith(t -> t.getObject()).toList();
      if (!lists.isEmpty()) {
        String joiner = operator.equals(OWL.unionOf.asNode()) ? " or " : " and ";
        return GraphList.members(GNode.create(ontology, lists.get(0))).stream()
            .map(this::term).collect(Collectors.joining(joiner));
      }
    }
    boolean restriction = ontology.contains(node, RDF.Nodes.type, OWL.Restriction.asNode());
    return restriction ? "<i>(a restriction)</i>" : "<i>(an anonymous class)</i>";
  }
}
