package org.newsgraph.serve;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parts every HTML page shares: the head (title, the self-hosted stylesheet and scripts) and the
 * response headers, among them a Content-Security-Policy that lets only this server's own files run or
 * style the page (no inline script or style, no other origin, no framing).
 */
final class HtmlResponses {
  /**
   * The policy of every page. Scripts and styles only from {@code /assets/} of this server; data only
   * from this server; forms only to it. SVG drawn in the page needs no exception (attributes, not style).
   */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; "
      + "frame-ancestors 'none'";
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();

  private HtmlResponses() {}

  /**
   * The document's start up to {@code <body>}: title (escaped here), an empty icon (no favicon request),
   * the stylesheets, then these scripts of {@code /assets/}.
   */
  static String head(String title, String... scripts) {
    StringBuilder html = new StringBuilder(512)
        .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(ESC.escape(title)).append("</title>")
        .append("<link rel=\"icon\" href=\"data:,\">")
        .append("<link rel=\"stylesheet\" href=\"").append(AssetServlet.PATH).append("newsgraph.css\">");
    if (List.of(scripts).contains(AssetServlet.CYTOSCAPE)) {
      // cytoscape.js injects this rule as an inline <style> unless an element with this id exists
      html.append("<link rel=\"stylesheet\" id=\"__________cytoscape_stylesheet\" href=\"")
          .append(AssetServlet.PATH).append("cytoscape-container.css\">");
    }
    for (String script : scripts) {
      html.append("<script src=\"").append(AssetServlet.PATH).append(ESC.escape(script))
          .append("\" defer></script>");
    }
    return html.append("</head><body>\n").toString();
  }

  /** The navigation line at the foot of every page. */
  static String footer() {
    return "<nav class=\"foot\"><a href=\"/\">Query the graph</a> · <a href=\"" + TimelinePage.PATH
        + "\">Timeline</a> · <a href=\"" + DescriptionServlet.VOID_PATH + "\">VoID</a></nav>\n";
  }

  /** Writes a page with the security headers. */
  static void write(HttpServletResponse resp, String html) throws IOException {
    resp.setContentType("text/html");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    securityHeaders(resp);
    resp.getWriter().write(html);
  }

  /** The Content-Security-Policy and its companions. */
  static void securityHeaders(HttpServletResponse resp) {
    resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setHeader("Referrer-Policy", "same-origin");
  }
}
