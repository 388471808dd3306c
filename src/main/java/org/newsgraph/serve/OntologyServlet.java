package org.newsgraph.serve;

import com.google.common.base.Suppliers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;

/**
 * Dereferences the ontology IRI {@code https://w3id.org/newsgraph/ontology} and, through it, every term
 * IRI {@code …/ontology#Term}: a client never sends the fragment, so a term's IRI is a request for the
 * ontology document, and the HTML page has one section per term with {@code id="Term"}, where the
 * browser then scrolls. {@code GET /ontology} answers {@code 200} with {@code Vary: Accept}: Turtle
 * (default), RDF/XML, JSON-LD or HTML documentation ({@code ?format=ttl|rdfxml|jsonld|html} overrides
 * {@code Accept}); anything else 406. The ontology is the one bundled in the jar, read on the first request
 * (not at start-up: writing JSON-LD alone was a third of {@code serve}'s start-up, by JFR); each RDF document
 * is written from it once, when first asked for. The HTML page's examples come from the served dataset
 * (about 130 small queries), so the page is rendered on first request and kept (see {@link #page()}).
 */
final class OntologyServlet extends HttpServlet {
  static final String PATH = "/ontology";
  static final String RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";
  private static final List<String> RDF_OFFERS = List.of(
      WebContent.contentTypeTurtle, WebContent.contentTypeRDFXML, WebContent.contentTypeJSONLD);
  /** How long an updatable server keeps the rendered page. */
  static final Duration REFRESH = Duration.ofSeconds(60);
  private static final List<Lang> RDF_LANGS = List.of(Lang.TURTLE, Lang.RDFXML, Lang.JSONLD);

  private final DatasetGraph dataset;
  private final ServerConfig config;
  private final Supplier<Graph> ontology = Suppliers.memoize(OntologyServlet::load);
  private final List<Supplier<String>> documents;
  private final AtomicReference<Rendered> rendered = new AtomicReference<>();

  OntologyServlet(DatasetGraph dataset, ServerConfig config) {
    this.dataset = dataset;
    this.config = config;
    List<Supplier<String>> docs = new ArrayList<>();
    for (Lang lang : RDF_LANGS) {
      docs.add(Suppliers.memoize(() -> RDFWriter.source(ontology.get()).lang(lang).base(null).asString()));
    }
    this.documents = List.copyOf(docs);
  }

  /** The bundled ontology, with the Turtle file's prefixes. */
  static Graph load() {
    try (InputStream in = OntologyServlet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the ontology is missing from the class path: " + RESOURCE);
      }
      return RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY_IRI).toGraph();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setHeader("Vary", "Accept");
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (!path.equals(PATH) && !path.equals(PATH + "/")) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path
          + " (the ontology and all its terms are described at " + PATH + ")");
      return;
    }
    List<String> offers = new ArrayList<>(RDF_OFFERS);
    offers.add(browserFirst(req) ? 0 : offers.size(), Negotiation.HTML);
    Optional<String> chosen = Negotiation.choose(req, offers);
    if (chosen.isEmpty()) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
          "Not acceptable. Available: " + String.join(", ", RDF_OFFERS) + ", " + Negotiation.HTML);
      return;
    }
    if (chosen.get().equals(Negotiation.HTML)) {
      HtmlResponses.write(resp, page());
      return;
    }
    resp.setStatus(HttpServletResponse.SC_OK);
    resp.setContentType(chosen.get());
    resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.getWriter().write(documents.get(RDF_OFFERS.indexOf(chosen.get())).get());
  }

  /**
   * The HTML page: rendered on the first request and kept (a read-only server's data never changes);
   * with {@code allowUpdate}, rendered again when older than {@link #REFRESH}. A page whose examples
   * were cut by the query timeout is served but not kept.
   */
  private String page() {
    Rendered kept = rendered.get();
    long now = System.nanoTime();
    if (kept != null && (!config.allowUpdate() || now - kept.at() < REFRESH.toNanos())) {
      return kept.html();
    }
    OntologyPage page = new OntologyPage(ontology.get(), dataset, config.idBase());
    String html = page.render();
    if (page.complete()) {
      rendered.set(new Rendered(html, now));
    }
    return html;
  }

  private record Rendered(String html, long at) {}

  /** Browsers list text/html first; without this, {@code *}{@code /*} would pick Turtle for them. */
  private static boolean browserFirst(HttpServletRequest req) {
    String accept = req.getHeader("Accept");
    return accept != null && accept.startsWith("text/html");
  }
}
