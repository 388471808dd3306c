package org.newsgraph.build;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Locale;
import org.newsgraph.diag.Diagnostic;

/**
 * What a build did: counts for the summary line, and every diagnostic of every input. A build in memory is
 * counted from the result (distinct entities, claims, triples of the union, quads). A build into TDB2 is
 * counted as it is written ({@link Tally}): distinct entities, the claims and quads the articles wrote, and
 * no triple count ({@link #NOT_COUNTED}), since reading a large store back would cost more than building it.
 * {@code intoExisting} says the store already had data, so the counts are of this build's articles only.
 */
public record BuildSummary(int articles, int skipped, long entities, long claims, long triples, long quads, int links,
    boolean intoExisting, Duration elapsed, ImmutableList<Diagnostic> diagnostics) {
  /** A size that was not counted. */
  public static final long NOT_COUNTED = -1;

  public BuildSummary {
    requireNonNull(elapsed, "elapsed");
    requireNonNull(diagnostics, "diagnostics");
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public String render() {
    String done = String.format(Locale.ROOT, "%s %d article%s (%d skipped)", intoExisting ? "added" : "built", articles,
        articles == 1 ? "" : "s", skipped);
    double seconds = elapsed.toMillis() / 1000.0;
    if (triples == NOT_COUNTED) {
      return String.format(Locale.ROOT, "%s%s: %d entities, %d claims, %d quads written, %d Wikidata links in %.2f s", done,
          intoExisting ? " to a store that already had data" : "", entities, claims, quads, links, seconds);
    }
    return String.format(Locale.ROOT, "%s: %d entities, %d claims, %d triples (%d quads), %d Wikidata links in %.2f s",
        done, entities, claims, triples, quads, links, seconds);
  }
}
