package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/** Content negotiation for the server's own documents (descriptions and {@code /id/} pages). */
final class Negotiation {
  /** The HTML "language" of linked-data pages. */
  static final String HTML = WebContent.contentTypeHTML;

  private Negotiation() {}

  /**
   * The best of {@code offers} (media types, first preferred on ties) for the request's {@code Accept};
   * a {@code ?format=} parameter (a media type or a short name such as {@code ttl}, {@code jsonld},
   * {@code html}) overrides it. Empty when nothing offered is acceptable (406).
   */
  static Optional<String> choose(HttpServletRequest request, List<String> offers) {
    String format = request.getParameter("format");
    if (format != null) {
      String wanted = fromShortName(format);
      return offers.contains(wanted) ? Optional.of(wanted) : Optional.empty();
    }
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return Optional.of(offers.get(0));
    }
    AcceptList offered = AcceptList.create(offers.toArray(String[]::new));
    MediaType best = AcceptList.match(new AcceptList(accept), offered);
    return Optional.ofNullable(best).map(MediaType::getContentTypeStr);
  }

  private static String fromShortName(String format) {
    if (format.equalsIgnoreCase("html")) {
      return HTML;
    }
    Lang lang = RDFLanguages.shortnameToLang(format);
    if (lang == null) {
      lang = RDFLanguages.contentTypeToLang(format);
    }
    return lang == null ? format : lang.getHeaderString();
  }

  /** The RDF language of a chosen media type. */
  static Lang lang(String mediaType) {
    return RDFLanguages.contentTypeToLang(mediaType);
  }
}
