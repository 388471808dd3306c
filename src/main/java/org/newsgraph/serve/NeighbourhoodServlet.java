package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * {@code GET /graph/neighbourhood?iri=I}: the neighbourhood of a minted IRI as JSON for the entity page's
 * graph (see {@link Neighbourhood}). 400 without {@code iri}, 404 for IRIs outside the data base or not in
 * the graph.
 */
final class NeighbourhoodServlet extends HttpServlet {
  static final String PATH = "/graph/neighbourhood";

  private final DatasetGraph dataset;
  private final ServerConfig config;
  private final Neighbourhood neighbourhood;

  NeighbourhoodServlet(DatasetGraph dataset, ServerConfig config) {
    this.dataset = dataset;
    this.config = config;
    this.neighbourhood = new Neighbourhood(dataset, config.idBase());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String iri = req.getParameter("iri");
    if (iri == null || iri.isBlank()) {
      RdfResponses.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Missing parameter: iri");
      return;
    }
    if (!iri.startsWith(config.idBase())) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + iri
          + " is not under " + config.idBase());
      return;
    }
    Node thing;
    try {
      thing = NodeFactory.createURI(iri);
    } catch (RuntimeException e) {
      RdfResponses.plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Not an IRI: " + iri);
      return;
    }
    if (!StoredQueries.ask(dataset, "exists", Map.of("this", thing))) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND,
          "Not found: " + iri + " is not in this graph");
      return;
    }
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType("application/json");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Cache-Control", "no-cache");
    JSON.write(resp.getOutputStream(), neighbourhood.toJson(thing));
  }
}
