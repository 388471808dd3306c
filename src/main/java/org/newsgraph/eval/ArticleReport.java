package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The score of one article: a {@link Score} per {@link FactKind}, and the gold rows missed and the predicted
 * rows that matched nothing, each rendered as one line ({@code R North Korea supplies Russia}).
 */
public record ArticleReport(
    String article,
    ImmutableMap<FactKind, Score> scores,
    ImmutableList<String> misses,
    ImmutableList<String> falseAlarms) {

  public ArticleReport {
    requireNonNull(article, "article");
    requireNonNull(scores, "scores");
    requireNonNull(misses, "misses");
    requireNonNull(falseAlarms, "falseAlarms");
    checkArgument(scores.keySet().containsAll(java.util.EnumSet.allOf(FactKind.class)), "a score per kind");
  }

  /** The score for {@code kind}. */
  public Score score(FactKind kind) {
    return scores.get(kind);
  }
}
