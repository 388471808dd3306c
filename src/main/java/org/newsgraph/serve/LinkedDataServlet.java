package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Dereferences minted IRIs: {@code GET /id/X} describes {@code {idBase}X}. The answer is the document
 * itself, {@code 200} with {@code Vary: Accept} (no 303 hop; the w3id.org redirect already separates the
 * IRI from the server's URL): Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads, or an HTML page.
 * A claim's document in a quad format (TriG, N-Quads, JSON-LD) also carries the claim's named graph.
 * Unknown IRIs get 404, unacceptable media types 406.
 */
final class LinkedDataServlet extends HttpServlet {
  static final String PATH = "/id/";

  private final DatasetGraph dataset;
  private final ServerConfig config;

  LinkedDataServlet(DatasetGraph dataset, ServerConfig config) {
    this.dataset = dataset;
    this.config = config;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Vary", "Accept");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (!path.startsWith(PATH) || path.length() == PATH.length()) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
      return;
    }
    Node thing;
    try {
      thing = NodeFactory.createURI(config.idBase() + path.substring(PATH.length()));
    } catch (RuntimeException e) {
      RdfResponses.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Not an IRI: " + path);
      return;
    }
    Map<String, Node> params = Map.of("this", thing);
    if (!StoredQueries.ask(dataset, "exists", params)) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND,
          "Not found: " + thing.getURI() + " is not in this graph");
      return;
    }
    List<String> offers = new ArrayList<>(RdfResponses.RDF_OFFERS);
    offers.add(browserFirst(req) ? 0 : offers.size(), Negotiation.HTML);
    Optional<String> chosen = Negotiation.choose(req, offers);
    if (chosen.isEmpty()) {
      RdfResponses.notAcceptable(resp);
      return;
    }
    Graph description = StoredQueries.construct(dataset, "describe", params);
    if (chosen.get().equals(Negotiation.HTML)) {
      String html = new EntityPage(thing, description,
          StoredQueries.select(dataset, "claims-about", params), config.idBase()).render();
      HtmlResponses.write(resp, html);
      return;
    }
    DatasetGraph document = DatasetGraphFactory.createGeneral();
    document.getDefaultGraph().getPrefixMapping().setNsPrefixes(EntityPage.PREFIXES);
    description.find().forEachRemaining(document.getDefaultGraph()::add);
    Graph content = StoredQueries.construct(dataset, "claim-content", params);
    if (!content.isEmpty()) {
      document.addGraph(thing, content);
    }
    RdfResponses.write(resp, document, chosen.get());
  }

  /** Browsers list text/html first; without this, {@code *}{@code /*} would pick Turtle for them. */
  private static boolean browserFirst(HttpServletRequest req) {
    String accept = req.getHeader("Accept");
    return accept != null && accept.startsWith("text/html");
  }
}
