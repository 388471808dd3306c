package org.newsgraph.eval;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link Report} as Markdown. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(Report report) {
    StringBuilder sb = new StringBuilder();
    for (ArticleReport article : report.articles().values()) {
      sb.append("## ").append(article.article()).append("\n\n");
      table(sb, article.scores());
    }
    sb.append("## Overall (micro-averaged over ").append(report.articles().size()).append(" articles)\n\n");
    table(sb, report.overall());
    sb.append("## Misses and false alarms\n");
    for (ArticleReport article : report.articles().values()) {
      sb.append("\n### ").append(article.article()).append("\n\n");
      if (article.misses().isEmpty() && article.falseAlarms().isEmpty()) {
        sb.append("none\n");
      }
      article.misses().forEach(row -> sb.append("- miss: ").append(escape(row)).append('\n'));
      article.falseAlarms().forEach(row -> sb.append("- false alarm: ").append(escape(row)).append('\n'));
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, Map<FactKind, Score> scores) {
    sb.append("| kind | tp | fp | fn | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (FactKind kind : FactKind.values()) {
      Score s = scores.get(kind);
      sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |\n",
          kind.label(), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1()));
    }
    sb.append('\n');
  }

  private static String escape(String row) {
    return row.replace("|", "\\|");
  }
}
