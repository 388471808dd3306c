package org.newsgraph.link;

import org.newsgraph.diag.Diagnostic;

/** Linking could not go on (the Wikidata API kept failing, a file could not be written); carries the diagnostic. */
public final class LinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public LinkException(Diagnostic diagnostic, Throwable cause) {
    super(diagnostic.render(), cause);
    this.diagnostic = diagnostic;
  }

  public LinkException(Diagnostic diagnostic) {
    this(diagnostic, null);
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
