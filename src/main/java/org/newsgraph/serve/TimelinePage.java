package org.newsgraph.serve;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * {@code GET /timeline}: the dated events of the graph (transfers, briefings, delegations, freezes,
 * launches…) on a time axis, drawn on the server as SVG ({@link TimelineSvg}), then the same as a table;
 * every row links to its event and claim pages. No script. Data from {@code timeline.rq}.
 */
final class TimelinePage extends HttpServlet {
  static final String PATH = "/timeline";
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();

  private final DatasetGraph dataset;
  private final String idBase;

  TimelinePage(DatasetGraph dataset, ServerConfig config) {
    this.dataset = dataset;
    this.idBase = config.idBase();
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (!PATH.equals(req.getRequestURI())) {
      RdfResponses.plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + req.getRequestURI());
      return;
    }
    HtmlResponses.write(resp, render(items()));
  }

  /** The timeline's items, in time order; two times of one event that name the same days are one item. */
  List<TimelineItem> items() {
    RowSetRewindable rows = StoredQueries.select(dataset, "timeline", Map.of());
    List<TimelineItem> items = new ArrayList<>();
    while (rows.hasNext()) {
      Binding row = rows.next();
      Optional<LocalDate> start = date(row.get("start"));
      if (start.isEmpty() || !row.get("event").isURI()) {
        continue;
      }
      Node claim = row.get("firstClaim");
      TimelineItem item = new TimelineItem(path(row.get("event").getURI()),
          claim == null ? "" : path(claim.getLiteralLexicalForm()),
          row.get("type").getLocalName(), start.get(), date(row.get("end")), text(row, "precision"),
          text(row, "timeText"), text(row, "text"), text(row, "agents"), text(row, "others"),
          Arrays.stream(text(row, "statuses").split(" ")).filter(s -> !s.isEmpty()).toList());
      TimelineItem last = items.isEmpty() ? null : items.get(items.size() - 1);
      if (last != null && last.sameSpan(item)) {
        items.set(items.size() - 1, last.withTimeText(last.timeText() + "; " + item.timeText()));
      } else {
        items.add(item);
      }
    }
    return items;
  }

  private String render(List<TimelineItem> items) {
    StringBuilder html = new StringBuilder(16384)
        .append(HtmlResponses.head("Timeline — newsgraph"))
        .append("<h1>Timeline</h1>\n<p>Transfers, briefings, delegations, freezes, launches and the other ")
        .append("events of the graph that the articles date, by the time the articles give. Bars are ")
        .append("coloured by the status of the claims that state them; a dashed line means the text ")
        .append("says it goes on (\"since …\"). Click a row for the event.</p>\n");
    if (items.isEmpty()) {
      html.append("<p>No dated events in this graph.</p>\n");
    } else {
      html.append("<figure class=\"timeline\">").append(new TimelineSvg(items).render())
          .append("<figcaption class=\"legend\">").append(GraphStyle.statusKeys())
          .append("</figcaption></figure>\n");
      table(html, items);
    }
    return html.append(HtmlResponses.footer()).append("</body></html>\n").toString();
  }

  private static void table(StringBuilder html, List<TimelineItem> items) {
    html.append("<h2>Events</h2>\n<table>\n<tr><th>When</th><th>Event</th><th>Status</th>")
        .append("<th>Claim</th></tr>\n");
    for (TimelineItem item : items) {
      html.append("<tr><td class=\"when\">").append(ESC.escape(item.start().toString()));
      item.end().filter(end -> !end.equals(item.start()))
          .ifPresent(end -> html.append(" – ").append(ESC.escape(end.toString())));
      if (!item.timeText().isEmpty()) {
        html.append("<br><small>").append(ESC.escape(item.timeText())).append("</small>");
      }
      html.append("</td><td><a href=\"").append(ESC.escape(item.eventPath())).append("\">")
          .append(ESC.escape(item.title())).append("</a></td><td>")
          .append(ESC.escape(String.join(", ", item.statuses()).toLowerCase(java.util.Locale.ROOT)))
          .append("</td><td>");
      if (!item.claimPath().isEmpty()) {
        html.append("<a href=\"").append(ESC.escape(item.claimPath())).append("\">claim</a>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private String path(String iri) {
    return iri.startsWith(idBase) ? LinkedDataServlet.PATH + iri.substring(idBase.length()) : iri;
  }

  private static Optional<LocalDate> date(Node n) {
    if (n == null || !n.isLiteral()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(n.getLiteralLexicalForm()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String text(Binding row, String var) {
    Node n = row.get(var);
    return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
  }
}
