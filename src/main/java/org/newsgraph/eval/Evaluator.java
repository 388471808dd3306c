package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Evaluates a set of articles: each article is scored by {@link Scorer}, then counts are summed over the set
 * (micro-averaging). An article present on one side only is scored against an empty list: all its gold rows
 * are misses, or all its predicted rows false alarms.
 */
public final class Evaluator {

  private Evaluator() {}

  /** The report over the union of both maps' articles, sorted by article name. */
  public static Report evaluate(
      Map<String, List<FactRow>> predictedByArticle, Map<String, List<FactRow>> goldByArticle) {
    requireNonNull(predictedByArticle, "predictedByArticle");
    requireNonNull(goldByArticle, "goldByArticle");
    TreeSet<String> names = new TreeSet<>(goldByArticle.keySet());
    names.addAll(predictedByArticle.keySet());
    ImmutableMap.Builder<String, ArticleReport> articles = ImmutableMap.builder();
    Map<FactKind, Score> overall = new EnumMap<>(FactKind.class);
    for (FactKind kind : FactKind.values()) {
      overall.put(kind, Score.ZERO);
    }
    for (String name : names) {
      ArticleReport report = Scorer.score(name,
          predictedByArticle.getOrDefault(name, ImmutableList.of()),
          goldByArticle.getOrDefault(name, ImmutableList.of()));
      articles.put(name, report);
      report.scores().forEach((kind, score) -> overall.merge(kind, score, Score::plus));
    }
    return new Report(articles.build(), ImmutableMap.copyOf(overall));
  }
}
