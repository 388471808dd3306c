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
 * Long lists (what the thing says, what points at it, the claims about it) come a page at a time
 * ({@link PageContent}; {@code ?page=N}, from 1), so that a page costs the same in a store of one article
 * or of 100,000; the RDF documents say their neighbours in {@code Link} headers ({@code rel="next"},
 * {@code rel="prev"}). Unknown IRIs get 404, a bad page number 400, unacceptable media types 406.
 */
final class LinkedDataServlet extends HttpServlet {
  static final String PATH = "/id/";
  /** The last page number asked for: 25 rows a page, five million rows. */
  static final int MAX_PAGE = 200_000;

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
    int page;
    try {
      page = page(req.getParameter("page"));
    } catch (IllegalArgumentException e) {
      RdfResponses.plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
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
    boolean html = chosen.get().equals(Negotiation.HTML);
    PageContent content = PageContent.load(dataset, config.idBase(), thing, page, html);
    if (html) {
      HtmlResponses.write(resp, new EntityPage(thing, content, config.idBase()).render());
      return;
    }
    DatasetGraph document = DatasetGraphFactory.createGeneral();
    document.getDefaultGraph().getPrefixMapping().setNsPrefixes(EntityPage.PREFIXES);
    content.description().find().forEachRemaining(document.getDefaultGraph()::add);
    Graph claimGraph = StoredQueries.construct(dataset, "claim-content", params);
    if (!claimGraph.isEmpty()) {
      document.addGraph(thing, claimGraph);
    }
    links(resp, req.getRequestURI(), content);
    RdfResponses.write(resp, document, chosen.get());
  }

  /** The page number of {@code ?page=N}: 1 when absent; a whole number from 1 to {@link #MAX_PAGE}. */
  static int page(String value) {
    if (value == null) {
      return 1;
    }
    if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_PAGE) {
      throw new IllegalArgumentException("Bad page number: '" + value + "' (a whole number from 1 to " + MAX_PAGE + ")");
    }
    return Integer.parseInt(value);
  }

  private static void links(HttpServletResponse resp, String path, PageContent content) {
    if (content.page() > 1) {
      resp.addHeader("Link", "<" + path + "?page=" + (content.page() - 1) + ">; rel=\"prev\"");
    }
    if (content.hasNext()) {
      resp.addHeader("Link", "<" + path + "?page=" + (content.page() + 1) + ">; rel=\"next\"");
    }
  }

  /** Browsers list text/html first; without this, {@code *}{@code /*} would pick Turtle for them. */
  private static boolean browserFirst(HttpServletRequest req) {
    String accept = req.getHeader("Accept");
    return accept != null && accept.startsWith("text/html");
  }
}
