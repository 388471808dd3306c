package org.newsgraph.article;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.newsgraph.diag.Diagnostic;

/**
 * What reading one file gave: the article, unless an error stopped it, and every diagnostic (errors that
 * stopped it, warnings about what had to be assumed).
 */
public record ReadResult(Optional<Article> article, ImmutableList<Diagnostic> diagnostics) {

  public ReadResult {
    requireNonNull(article, "article");
    requireNonNull(diagnostics, "diagnostics");
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
