package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.WebContent;
import org.newsgraph.export.JsonLdContext;

/**
 * {@code GET /context.jsonld}: the JSON-LD {@code @context} that the JSON-LD export compacts with
 * ({@link JsonLdContext#contextJson()}), so that documents naming it by IRI can be expanded by any
 * reader. Open to every origin ({@code Access-Control-Allow-Origin: *}): JSON-LD processors in browsers
 * fetch contexts cross-origin.
 */
final class ContextServlet extends HttpServlet {
  static final String PATH = "/context.jsonld";

  private final byte[] context = JsonLdContext.contextJson().getBytes(StandardCharsets.UTF_8);

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(WebContent.contentTypeJSONLD);
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("Access-Control-Allow-Origin", "*");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(context.length);
    resp.getOutputStream().write(context);
  }
}
