package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.Exporter;

/**
 * {@code GET /export/{format}}: the whole served dataset through {@link Exporter}, in one of
 * {@link ExportFormat}'s formats (named by extension or enum name, as the CLI accepts them), read inside
 * one read transaction. JSON-LD carries its context inline, as the CLI's export does, so that a
 * downloaded file reads offline (the same context is also at {@code /context.jsonld}). Only when the server is not publicly read-only, that is with
 * {@link ServerConfig#allowUpdate()} ({@code --allow-update}); otherwise 404 saying so. CSV is a pair of
 * files and is not served (404 saying why); an unknown format is a 404 listing the formats.
 */
final class ExportServlet extends HttpServlet {
  static final String PATH = "/export/";

  private final DatasetGraph dataset;
  private final ServerConfig config;

  ExportServlet(DatasetGraph dataset, ServerConfig config) {
    this.dataset = dataset;
    this.config = config;
  }

  /** The formats served, for messages: every format but CSV. */
  static String formats() {
    return Arrays.stream(ExportFormat.values()).filter(f -> f != ExportFormat.CSV)
        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!config.allowUpdate()) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: exports are off on this "
          + "public read-only server (start it with --allow-update to serve /export/{format}); "
          + "query the data at " + NewsgraphServer.SPARQL_PATH + " instead");
      return;
    }
    String path = req.getRequestURI().substring(req.getContextPath().length());
    String name = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
    Optional<ExportFormat> format = name.isEmpty() || name.contains("/") ? Optional.empty()
        : ExportFormat.parse(name);
    if (format.isEmpty()) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND,
          "Not found: no export format '" + name + "'. Formats: " + formats());
      return;
    }
    if (format.get() == ExportFormat.CSV) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: CSV is a pair of files "
          + "(nodes and edges), not one document; use `newsgraph export --format csv`. Formats: "
          + formats());
      return;
    }
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(mediaType(format.get()));
    resp.setHeader("Content-Disposition", "attachment; filename=\"newsgraph." + format.get().extension()
        + "\"");
    resp.setHeader("X-Content-Type-Options", "nosniff");
    Dataset view = DatasetFactory.wrap(dataset);
    Exporter exporter = Exporter.of(view, config.idBase());
    Txn.executeRead(dataset, () -> write(exporter, format.get(), resp));
  }

  private static void write(Exporter exporter, ExportFormat format, HttpServletResponse resp) {
    try {
      exporter.write(format, resp.getOutputStream());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("export " + format + " failed", e);
    }
  }

  private static String mediaType(ExportFormat format) {
    String charset = "; charset=" + StandardCharsets.UTF_8.name();
    return switch (format) {
      case TRIG -> WebContent.contentTypeTriG + charset;
      case NQ -> WebContent.contentTypeNQuads + charset;
      case TTL -> WebContent.contentTypeTurtle + charset;
      case NT -> WebContent.contentTypeNTriples + charset;
      case RDFXML -> WebContent.contentTypeRDFXML + charset;
      case JSONLD -> WebContent.contentTypeJSONLD + charset;
      case BRF -> "application/x-binary-rdf";
      case GRAPHML -> "application/graphml+xml" + charset;
      case GEXF -> "application/gexf+xml" + charset;
      case CSV -> throw new IllegalStateException("CSV is not served");
    };
  }
}
