package org.newsgraph.serve;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The HTML page of an entity, event or claim: labels, types, same-as links (Wikidata), its other
 * properties, what points at it, and the claims about it with status, claimant and evidence; the three
 * lists a page at a time ({@link PageContent}), each with its count, and links to the previous and next
 * pages ({@code ?page=N}). Plain
 * server-rendered HTML; every value from the graph is HTML-escaped. On top, for browsers with script, its
 * neighbourhood as an interactive graph (cytoscape.js from {@code /assets/}, data from
 * {@link NeighbourhoodServlet}); the panel starts hidden, so without script the page is just the tables.
 */
final class EntityPage {
  static final Map<String, String> PREFIXES = Map.of(
      "ng", Descriptions.NG, "rdf", RDF.getURI(), "rdfs", RDFS.getURI(), "owl", OWL.getURI(),
      "skos", SKOS.getURI(), "prov", "http://www.w3.org/ns/prov#", "schema", "https://schema.org/",
      "dcterms", "http://purl.org/dc/terms/", "wd", Descriptions.WIKIDATA,
      "xsd", "http://www.w3.org/2001/XMLSchema#");
  private static final Set<Node> HEADER_PROPERTIES =
      Set.of(RDFS.label.asNode(), SKOS.altLabel.asNode(), RDF.Nodes.type, OWL.sameAs.asNode());
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();

  private final Node thing;
  private final PageContent content;
  private final Graph description;
  private final String idBase;
  private final StringBuilder out = new StringBuilder(4096);

  EntityPage(Node thing, PageContent content, String idBase) {
    this.thing = thing;
    this.content = content;
    this.description = content.description();
    this.idBase = idBase;
  }

  String render() {
    String title = label(thing);
    String page = content.page() == 1 ? "" : " (page " + content.page() + ")";
    out.append(HtmlResponses.head(title + page + " — newsgraph", AssetServlet.CYTOSCAPE, "neighbourhood.js"))
        .append("<h1>").append(ESC.escape(title)).append("</h1>\n<p><code>")
        .append(ESC.escape(thing.getURI())).append("</code></p>\n");
    graphPanel(title);
    section("Labels", List.of(RDFS.label.asNode(), SKOS.altLabel.asNode()));
    section("Types", List.of(RDF.Nodes.type));
    section("Same as", List.of(OWL.sameAs.asNode()));
    outgoing();
    incoming();
    claimTable();
    pages();
    out.append(HtmlResponses.footer()).append("</body></html>\n");
    return out.toString();
  }

  /** The graph's panel: hidden until the script shows it; its data URL names this IRI. */
  private void graphPanel(String title) {
    String data = NeighbourhoodServlet.PATH + "?iri="
        + URLEncoder.encode(thing.getURI(), StandardCharsets.UTF_8);
    out.append("<section id=\"graph-panel\" class=\"graph-panel\" hidden><h2>Neighbourhood</h2>\n")
        .append("<div id=\"graph\" class=\"graph\" data-src=\"").append(ESC.escape(data))
        .append("\" role=\"img\" aria-label=\"").append(ESC.escape("Graph of what is linked to " + title))
        .append("\"></div>\n").append(GraphStyle.legendHtml())
        .append("<p class=\"hint\"><label><input type=\"checkbox\" id=\"graph-events\"> show the events ")
        .append("(<span id=\"graph-events-count\">0</span>)</label> · ")
        .append("Click a node or an edge to open its page; drag to move, scroll to zoom.")
        .append("</p></section>\n");
  }

  private void section(String heading, List<Node> properties) {
    StringBuilder items = new StringBuilder();
    for (Node p : properties) {
      description.find(thing, p, Node.ANY).forEachRemaining(t ->
          items.append("<li>").append(value(t.getObject())).append("</li>\n"));
    }
    if (!items.isEmpty()) {
      out.append("<h2>").append(heading).append("</h2>\n<ul>\n").append(items).append("</ul>\n");
    }
  }

  private void outgoing() {
    List<Triple> triples = description.find(thing, Node.ANY, Node.ANY)
        .filterDrop(t -> HEADER_PROPERTIES.contains(t.getPredicate())).toList();
    if (!heading("Relations and properties", content.outgoing()) || triples.isEmpty()) {
      return;
    }
    out.append("<table>\n");
    for (Triple t : triples) {
      out.append("<tr><th>").append(ESC.escape(shortName(t.getPredicate()))).append("</th><td>")
          .append(value(t.getObject()));
      List<Triple> nested = t.getObject().isLiteral() ? List.of()
          : description.find(t.getObject(), Node.ANY, Node.ANY)
              .filterDrop(n -> n.getPredicate().equals(RDFS.label.asNode()))
              .filterDrop(n -> n.getObject().equals(thing)).toList(); // those are under "Referenced by"
      if (!nested.isEmpty()) {
        out.append("<ul>");
        nested.forEach(n -> out.append("<li>").append(ESC.escape(shortName(n.getPredicate())))
            .append(": ").append(value(n.getObject())).append("</li>"));
        out.append("</ul>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void incoming() {
    List<Triple> triples = description.find(Node.ANY, Node.ANY, thing).toList();
    if (!heading("Referenced by", content.incoming()) || triples.isEmpty()) {
      return;
    }
    out.append("<table>\n");
    for (Triple t : triples) {
      out.append("<tr><td>").append(value(t.getSubject())).append("</td><th>")
          .append(ESC.escape(shortName(t.getPredicate()))).append("</th><td>this</td></tr>\n");
    }
    out.append("</table>\n");
  }

  /** The heading of a paged list with its window ("1–50 of 734"); false when the list is empty. */
  private boolean heading(String text, Window w) {
    if (w.counted() == 0) {
      return false;
    }
    out.append("<h2>").append(text).append(" <small class=\"count\">").append(w.describe())
        .append("</small></h2>\n");
    return true;
  }

  /** Links to the previous and the next page, when there are. */
  private void pages() {
    int page = content.page();
    if (page == 1 && !content.hasNext()) {
      return;
    }
    out.append("<nav class=\"pages\">Page ").append(page);
    if (page > 1) {
      out.append(" · <a rel=\"prev\" href=\"?page=").append(page - 1).append("\">previous page</a>");
    }
    if (content.hasNext()) {
      out.append(" · <a rel=\"next\" href=\"?page=").append(page + 1).append("\">next page</a>");
    }
    out.append("</nav>\n");
  }

  private void claimTable() {
    if (!heading("Claims", content.claimWindow()) || content.claims().isEmpty()) {
      return;
    }
    if (content.entity()) {
      out.append("<p class=\"hint\">What the articles say of ").append(ESC.escape(label(thing)))
          .append(", each statement with who makes it and the sentence it comes from.</p>\n");
    }
    out.append("<table>\n<tr><th>Claim</th><th>Statement</th><th>Status</th>")
        .append("<th>Claimant</th><th>Evidence</th></tr>\n");
    for (Binding row : content.claims()) {
      out.append("<tr><td>").append(link(row.get("claim"), "claim")).append("</td><td>");
      if (row.get("p") != null) {
        out.append(labelled(row, "s", "sLabel")).append(' ').append(ESC.escape(shortName(row.get("p"))))
            .append(' ').append(labelled(row, "o", "oLabel"));
      }
      if (row.get("event") != null && row.get("role") != null) {
        out.append("<br><small>").append(ESC.escape(shortName(row.get("role")))).append(" of ")
            .append(link(row.get("event"), ESC.escape(shortName(row.get("eventType"))))).append("</small>");
      }
      out.append("</td><td>").append(text(row, "statusLabel", "status"))
          .append("</td><td>").append(row.get("claimant") == null ? "the article"
              : link(row.get("claimant"), text(row, "claimantLabel", "claimant")))
          .append("</td><td>");
      if (row.get("sentence") != null) {
        out.append("<blockquote>").append(ESC.escape(row.get("sentence").getLiteralLexicalForm()))
            .append("</blockquote>");
      }
      if (row.get("quote") != null) {
        out.append("<q>").append(ESC.escape(row.get("quote").getLiteralLexicalForm())).append("</q>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  /** A claim row's node, named by the row's label for it when there is one (the page's graph has not all). */
  private String labelled(Binding row, String nodeVar, String labelVar) {
    Node node = row.get(nodeVar);
    Node label = row.get(labelVar);
    return label != null && node.isURI() ? link(node, ESC.escape(label.getLiteralLexicalForm())) : value(node);
  }

  private String text(Binding row, String labelVar, String nodeVar) {
    Node label = row.get(labelVar);
    Node node = row.get(nodeVar);
    if (label != null) {
      return ESC.escape(label.getLiteralLexicalForm());
    }
    return node == null ? "" : ESC.escape(shortName(node));
  }

  /** An escaped rendering of a node: literals as text, IRIs as links named by their label. */
  private String value(Node node) {
    if (node.isLiteral()) {
      String lang = node.getLiteralLanguage();
      return ESC.escape(node.getLiteralLexicalForm())
          + (lang.isEmpty() ? "" : " <small>@" + ESC.escape(lang) + "</small>");
    }
    if (node.isURI()) {
      return link(node, ESC.escape(label(node)));
    }
    return "<i>(node)</i>";
  }

  private String link(Node node, String escapedText) {
    String iri = node.getURI();
    String href = iri.startsWith(idBase) ? LinkedDataServlet.PATH + iri.substring(idBase.length()) : iri;
    if (!href.startsWith("/") && !href.startsWith("http://") && !href.startsWith("https://")) {
      return escapedText;
    }
    return "<a href=\"" + ESC.escape(href) + "\">" + escapedText + "</a>";
  }

  private String label(Node node) {
    List<Node> labels = description.find(node, RDFS.label.asNode(), Node.ANY)
        .mapWith(Triple::getObject).toList();
    return labels.stream().filter(l -> l.getLiteralLanguage().startsWith("en")).findFirst()
        .or(() -> labels.stream().findFirst()).map(Node::getLiteralLexicalForm)
        .orElseGet(() -> node.getURI().startsWith(idBase)
            ? node.getURI().substring(idBase.length()) : shortName(node));
  }

  private static String shortName(Node node) {
    if (!node.isURI()) {
      return node.toString();
    }
    String iri = node.getURI();
    for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
      if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
        return e.getKey() + ":" + iri.substring(e.getValue().length());
      }
    }
    return iri;
  }
}
