package org.newsgraph.build;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import org.newsgraph.diag.Diagnostic;

/**
 * What a build did: counts for the summary line, and every diagnostic of every input. When articles were added to a
 * store that already had data, the store-wide counts (entities, claims, triples) are -1 (not counted: that would
 * read the whole store) and {@code quads} is the number of quads added.
 */
public record BuildSummary(int articles, int skipped, long entities, long claims, long triples, long quads, int links,
    Duration elapsed, ImmutableList<Diagnostic> diagnostics) {

  public BuildSummary {
    requireNonNull(elapsed, "elapsed");
    requireNonNull(diagnostics, "diagnostics");
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public String render() {
    if (entities < 0) {
      return String.format(java.util.Locale.ROOT, "added %d article%s (%d skipped): %d quads, into a store that already had data, in %.2f s",
          articles, articles == 1 ? "" : "s", skipped, quads, elapsed.toMillis() / 1000.0);
    }
    return String.format(java.util.Locale.ROOT,
        "built %d article%s (%d skipped): %d entities, %d claims, %d triples (%d quads), %d Wikidata links in %.2f s",
        articles, articles == 1 ? "" : "s", skipped, entities, claims, triples, quads, links, elapsed.toMillis() / 1000.0);
  }
}
