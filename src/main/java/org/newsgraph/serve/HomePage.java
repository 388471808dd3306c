package org.newsgraph.serve;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The query page at {@code /}: a plain HTML form (no script) that sends its query to {@code /sparql},
 * and the example queries: the bundled "who supplies Russia" and every {@code .rq} file of the configured
 * queries directory, read once at start-up. Served with the pages' Content-Security-Policy. {@code /?example=NAME} puts an example in the query box.
 * A filter, not a servlet: Fuseki's dispatch would otherwise take {@code /}, where the dataset lives.
 */
final class HomePage extends HttpFilter {
  static final String DEFAULT_EXAMPLE = "example-supplies-russia";
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();

  private final Map<String, String> examples;

  HomePage(Optional<Path> queriesDir) {
    Map<String, String> all = new TreeMap<>();
    all.put(DEFAULT_EXAMPLE, StoredQueries.text(DEFAULT_EXAMPLE));
    queriesDir.filter(Files::isDirectory).ifPresent(dir -> readExamples(dir, all));
    this.examples = ImmutableSortedMap.copyOf(all);
  }

  private static void readExamples(Path dir, Map<String, String> into) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".rq"))::iterator) {
        String name = file.getFileName().toString();
        into.put(name.substring(0, name.length() - 3), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example queries in " + dir, e);
    }
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    if (!"/".equals(req.getRequestURI())
        || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
      chain.doFilter(req, resp);
      return;
    }
    String chosen = examples.getOrDefault(
        Optional.ofNullable(req.getParameter("example")).orElse(DEFAULT_EXAMPLE),
        examples.get(DEFAULT_EXAMPLE));
    StringBuilder html = new StringBuilder(4096);
    html.append(HtmlResponses.head("newsgraph SPARQL"))
        .append("<h1>newsgraph SPARQL endpoint</h1>\n")
        .append("<form method=\"get\" action=\"").append(NewsgraphServer.SPARQL_PATH).append("\">\n")
        .append("<textarea name=\"query\" rows=\"14\">").append(ESC.escape(chosen))
        .append("</textarea>\n<p>Results as <select name=\"format\">")
        .append("<option value=\"text\">text table</option><option value=\"json\">JSON</option>")
        .append("<option value=\"xml\">XML</option><option value=\"csv\">CSV</option>")
        .append("<option value=\"tsv\">TSV</option></select> <button type=\"submit\">Run</button></p>")
        .append("\n</form>\n<h2>Examples</h2>\n<ul>\n");
    for (String name : examples.keySet()) {
      html.append("<li><a href=\"/?example=").append(ESC.escape(name)).append("\">")
          .append(ESC.escape(name)).append("</a></li>\n");
    }
    html.append("</ul>\n<p>Endpoint: <code>").append(NewsgraphServer.SPARQL_PATH)
        .append("</code> (SPARQL 1.1 Protocol; <a href=\"").append(NewsgraphServer.SPARQL_PATH)
        .append("\">service description</a>, <a href=\"").append(DescriptionServlet.VOID_PATH)
        .append("\">VoID</a>)</p>\n").append(HtmlResponses.footer()).append("</body></html>\n");
    HtmlResponses.write(resp, html.toString());
  }
}
