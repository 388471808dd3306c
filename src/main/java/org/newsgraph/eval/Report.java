package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * The result of an evaluation: one {@link ArticleReport} per article (sorted by article name) and the
 * micro-averaged {@link Score} per {@link FactKind} over all of them (counts summed, then ratios taken).
 */
public record Report(ImmutableMap<String, ArticleReport> articles, ImmutableMap<FactKind, Score> overall) {

  public Report {
    requireNonNull(articles, "articles");
    requireNonNull(overall, "overall");
  }

  /** The overall score for {@code kind}. */
  public Score overall(FactKind kind) {
    return overall.get(kind);
  }

  /**
   * A table per article and one overall (kind, tp, fp, fn, P, R, F1 with three decimals), then each article's
   * misses and false alarms.
   */
  public String toMarkdown() {
    return MarkdownReport.render(this);
  }
}
