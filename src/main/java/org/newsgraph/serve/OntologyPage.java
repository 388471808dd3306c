package org.newsgraph.serve;

import static org.newsgraph.serve.NodeLinks.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

/**
 * The HTML documentation of the ontology, generated from its graph: a header (title, IRI, version IRI,
 * license, description), a table of contents, and one {@link TermSection} per term of the ontology's
 * namespace, grouped as classes, object properties, datatype properties, annotation properties, named
 * individuals and other terms. Every value is HTML-escaped; the page has no script.
 */
final class OntologyPage {
  private static final Node ONTOLOGY = NodeFactory.createURI(NG.ONTOLOGY_IRI);
  private static final Map<String, Node> KINDS = kinds();

  private final Graph ontology;
  private final NodeLinks links;
  private final TermSection sections;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  OntologyPage(Graph ontology, DatasetGraph dataset, String idBase) {
    this.ontology = ontology;
    this.links = new NodeLinks(ontology, idBase);
    this.sections = new TermSection(ontology, dataset, links);
  }

  private static Map<String, Node> kinds() {
    Map<String, Node> kinds = new LinkedHashMap<>();
    kinds.put("Classes", OWL.Class.asNode());
    kinds.put("Object properties", OWL.ObjectProperty.asNode());
    kinds.put("Datatype properties", OWL.DatatypeProperty.asNode());
    kinds.put("Annotation properties", OWL.AnnotationProperty.asNode());
    kinds.put("Named individuals", OWL2.NamedIndividual.asNode());
    return kinds;
  }

  /** Whether the page rendered has all its examples (no example query timed out). */
  boolean complete() {
    return sections.complete();
  }

  String render() {
    String title = TermSection.label(ontology, ONTOLOGY, DCTerms.title.asNode());
    out.append(HtmlResponses.head(title + " — newsgraph"))
        .append("<h1>").append(escape(title)).append("</h1>\n");
    header();
    Map<String, List<Node>> groups = groups();
    out.append("<nav class=\"toc\"><h2>Contents</h2>\n<ul>\n");
    groups.forEach((kind, terms) -> {
      out.append("<li><a href=\"#").append(anchor(kind)).append("\">").append(escape(kind))
          .append("</a> (").append(terms.size()).append(")\n<ul class=\"terms\">\n");
      terms.forEach(t -> out.append("<li>").append(links.term(t)).append("</li>\n"));
      out.append("</ul></li>\n");
    });
    out.append("</ul></nav>\n");
    groups.forEach((kind, terms) -> {
      out.append("<h2 id=\"").append(anchor(kind)).append("\">").append(escape(kind)).append("</h2>\n");
      terms.forEach(t -> out.append(sections.render(t)));
    });
    out.append(HtmlResponses.footer()).append("</body></html>\n");
    return out.toString();
  }

  private void header() {
    out.append("<table class=\"ontology-header\">\n");
    row("IRI", List.of(ONTOLOGY));
    row("Version IRI", values(OWL.versionIRI.asNode()));
    row("Version", values(OWL.versionInfo.asNode()));
    row("License", values(DCTerms.license.asNode()));
    row("Created", values(DCTerms.created.asNode()));
    row("Preferred prefix", values(NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespacePrefix")));
    row("Namespace", values(NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespaceUri")));
    out.append("<tr><th>Also as</th><td>");
    for (String format : List.of("ttl", "rdfxml", "jsonld")) {
      out.append("<a href=\"").append(OntologyServlet.PATH).append("?format=").append(format)
          .append("\">").append(format).append("</a> ");
    }
    out.append("</td></tr>\n</table>\n");
    for (Node description : values(DCTerms.description.asNode())) {
      out.append("<p class=\"description\">").append(links.term(description)).append("</p>\n");
    }
  }

  private void row(String heading, List<Node> values) {
    if (values.isEmpty()) {
      return;
    }
    out.append("<tr><th>").append(escape(heading)).append("</th><td>");
    values.forEach(v -> out.append(v.isURI() ? link(v) : links.term(v)).append(' '));
    out.append("</td></tr>\n");
  }

  private static String link(Node iri) {
    return "<a href=\"" + escape(iri.getURI()) + "\">" + escape(iri.getURI()) + "</a>";
  }

  private List<Node> values(Node property) {
    return ontology.find(ONTOLOGY, property, Node.ANY).mapWith(Triple::getObject).toList();
  }

  /** The ontology's own terms by kind (the first kind a term has), sorted by local name. */
  private Map<String, List<Node>> groups() {
    List<Node> terms = ontology.find(Node.ANY, RDF.Nodes.type, Node.ANY).mapWith(Triple::getSubject)
        .filterKeep(s -> s.isURI() && s.getURI().startsWith(NG.NS) && s.getURI().length() > NG.NS.length())
        .toSet().stream().sorted(Comparator.comparing(Node::getURI, String.CASE_INSENSITIVE_ORDER))
        .toList();
    Map<String, List<Node>> groups = new LinkedHashMap<>();
    for (Node term : terms) {
      String kind = KINDS.entrySet().stream()
          .filter(k -> ontology.contains(term, RDF.Nodes.type, k.getValue()))
          .map(Map.Entry::getKey).findFirst().orElse("Other terms");
      groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(term);
    }
    Map<String, List<Node>> ordered = new LinkedHashMap<>();
    KINDS.keySet().forEach(k -> { if (groups.containsKey(k)) ordered.put(k, groups.get(k)); });
    if (groups.containsKey("Other terms")) {
      ordered.put("Other terms", groups.get("Other terms"));
    }
    return ordered;
  }

  /** The anchor of a kind's heading; {@code kind-} keeps it apart from the terms' anchors. */
  private static String anchor(String kind) {
    return "kind-" + kind.toLowerCase(Locale.ROOT).replace(' ', '-');
  }
}
