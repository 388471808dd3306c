package org.newsgraph.serve;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Draws timeline items as an inline SVG: a time axis with month (or, over long spans, year) ticks, one row
 * per item with its title on the left and a bar from its first to its last day in the colour of its
 * claims' status; an item the text says goes on ("since …") continues as a dashed line to the axis' end.
 * Each row links to the event's page. Every text is escaped.
 */
final class TimelineSvg {
  private static final Escaper ESC = HtmlEscapers.htmlEscaper();
  private static final int WIDTH = 960;
  private static final int LABEL_RIGHT = 370;
  private static final int PLOT_LEFT = 385;
  private static final int PLOT_RIGHT = 940;
  private static final int TOP = 46;
  private static final int ROW = 26;
  private static final int MAX_LABEL = 52;
  private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

  private final List<TimelineItem> items;
  private final LocalDate from;
  private final LocalDate to;

  TimelineSvg(List<TimelineItem> items) {
    this.items = List.copyOf(items);
    LocalDate min = items.stream().map(TimelineItem::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate max = items.stream().map(TimelineItem::last).max(LocalDate::compareTo).orElseThrow();
    this.from = min.withDayOfMonth(1);
    this.to = max.withDayOfMonth(1).plusMonths(1);
  }

  String render() {
    int height = TOP + items.size() * ROW + 12;
    StringBuilder svg = new StringBuilder(8192)
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" role=\"img\" aria-labelledby=\"timeline-title\">")
        .append("<title id=\"timeline-title\">Dated events from ").append(from).append(" to ").append(to)
        .append("</title>\n");
    axis(svg, height);
    for (int i = 0; i < items.size(); i++) {
      row(svg, items.get(i), TOP + i * ROW + ROW / 2);
    }
    return svg.append("</svg>\n").toString();
  }

  private void axis(StringBuilder svg, int height) {
    long months = ChronoUnit.MONTHS.between(from, to);
    int step = months <= 24 ? 1 : 12;
    svg.append("<g class=\"axis\">");
    for (LocalDate tick = step == 1 ? from : from.withDayOfYear(1); !tick.isAfter(to);
        tick = tick.plusMonths(step)) {
      if (tick.isBefore(from)) {
        continue;
      }
      int x = x(tick);
      svg.append("<line x1=\"").append(x).append("\" y1=\"").append(TOP - 8).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(height - 8).append("\"/>");
      if (!tick.equals(to)) {
        String label = step == 1 ? SHORT_MONTH.format(tick) : String.valueOf(tick.getYear());
        svg.append("<text x=\"").append(x + 3).append("\" y=\"").append(TOP - 12).append("\">")
            .append(ESC.escape(label)).append("</text>");
        if (step == 1 && (tick.equals(from) || tick.getMonthValue() == 1)) {
          svg.append("<text x=\"").append(x + 3).append("\" y=\"").append(TOP - 26)
              .append("\" font-weight=\"bold\">").append(tick.getYear()).append("</text>");
        }
      }
    }
    svg.append("</g>\n");
  }

  private void row(StringBuilder svg, TimelineItem item, int y) {
    GraphStyle.Status status = item.status();
    String title = item.title();
    String shortTitle = title.length() > MAX_LABEL ? title.substring(0, MAX_LABEL - 1) + "…" : title;
    int x1 = x(item.start());
    int x2 = Math.max(x1 + 6, x(item.last().plusDays(1)));
    svg.append("<a href=\"").append(ESC.escape(item.eventPath())).append("\"><title>")
        .append(ESC.escape(title + " — " + (item.timeText().isEmpty() ? item.start() : item.timeText())
            + " — " + String.join(", ", item.statuses()).toLowerCase(Locale.ROOT)))
        .append("</title><text class=\"label\" x=\"").append(LABEL_RIGHT).append("\" y=\"").append(y + 4)
        .append("\" text-anchor=\"end\">").append(ESC.escape(shortTitle)).append("</text>")
        .append("<rect x=\"").append(x1).append("\" y=\"").append(y - 6).append("\" width=\"")
        .append(x2 - x1).append("\" height=\"12\" rx=\"3\" fill=\"").append(status.color()).append("\"/>");
    if (item.ongoing()) {
      svg.append("<line x1=\"").append(x2).append("\" y1=\"").append(y).append("\" x2=\"")
          .append(PLOT_RIGHT).append("\" y2=\"").append(y).append("\" stroke=\"").append(status.color())
          .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
    }
    svg.append("</a>\n");
  }

  private int x(LocalDate day) {
    long total = Math.max(1, ChronoUnit.DAYS.between(from, to));
    long offset = ChronoUnit.DAYS.between(from, day);
    return PLOT_LEFT + (int) Math.round((PLOT_RIGHT - PLOT_LEFT) * (double) offset / total);
  }
}
