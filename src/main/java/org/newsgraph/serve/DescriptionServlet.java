package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the VoID description ({@code GET /.well-known/void}, as a servlet) and the service description
 * ({@code GET /sparql} without a {@code query} or {@code update} parameter, as a filter in front of
 * Fuseki, which itself answers such a request with 404). A GET with {@code update} goes on to Fuseki and
 * is refused there (W3C protocol test bad_update_get), rather than being answered 200 with the description.
 */
final class DescriptionServlet extends HttpServlet {
  static final String VOID_PATH = "/.well-known/void";

  private final Descriptions descriptions;

  DescriptionServlet(Descriptions descriptions) {
    this.descriptions = descriptions;
  }

  private static String origin(HttpServletRequest req) {
    return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String origin = origin(req);
    RdfResponses.negotiateAndWrite(req, resp,
        descriptions.voidDescription(origin + NewsgraphServer.SPARQL_PATH, origin + VOID_PATH));
  }

  /** The filter that answers {@code GET /sparql} with no query (and no update) by the service description. */
  HttpFilter serviceDescriptionFilter() {
    return new HttpFilter() {
      @Override
      protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
          throws IOException, ServletException {
        if ("GET".equals(req.getMethod()) && req.getParameter("query") == null
            && req.getParameter("update") == null) {
          String origin = origin(req);
          RdfResponses.negotiateAndWrite(req, resp, descriptions.serviceDescription(
              origin + NewsgraphServer.SPARQL_PATH, origin + VOID_PATH));
          return;
        }
        chain.doFilter(req, resp);
      }
    };
  }
}
