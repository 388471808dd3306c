package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Writing RDF documents and plain-text errors to servlet responses. */
final class RdfResponses {
  /** RDF media types offered for descriptions, preferred first. */
  static final List<String> RDF_OFFERS = List.of(
      WebContent.contentTypeTurtle, WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples,
      WebContent.contentTypeRDFXML, WebContent.contentTypeTriG, WebContent.contentTypeNQuads);

  private RdfResponses() {}

  /** Negotiates among {@link #RDF_OFFERS} and writes {@code graph}; 406 when nothing fits. */
  static void negotiateAndWrite(HttpServletRequest req, HttpServletResponse resp, Graph graph)
      throws IOException {
    resp.setHeader("Vary", "Accept");
    Optional<String> chosen = Negotiation.choose(req, RDF_OFFERS);
    if (chosen.isEmpty()) {
      notAcceptable(resp);
      return;
    }
    DatasetGraph dsg = DatasetGraphFactory.wrap(graph);
    write(resp, dsg, chosen.get());
  }

  /** Writes the default graph (triple formats) or the whole dataset (quad formats, JSON-LD). */
  static void write(HttpServletResponse resp, DatasetGraph dsg, String mediaType) throws IOException {
    Lang lang = Negotiation.lang(mediaType);
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(lang.getHeaderString());
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (RDFLanguages.isQuads(lang)) {
      RDFDataMgr.write(resp.getOutputStream(), dsg, lang);
    } else {
      RDFDataMgr.write(resp.getOutputStream(), dsg.getDefaultGraph(), lang);
    }
  }

  static void notAcceptable(HttpServletResponse resp) throws IOException {
    plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
        "Not acceptable. Available: text/html (for /id/ pages), " + String.join(", ", RDF_OFFERS));
  }

  /** A short plain-text answer (errors; never a stack trace). */
  static void plain(HttpServletResponse resp, int status, String message) throws IOException {
    resp.setStatus(status);
    resp.setContentType("text/plain");
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.getWriter().println(message);
  }
}
