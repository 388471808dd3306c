package org.newsgraph.data;

import org.newsgraph.diag.Diagnostic;

/** A data file (gazetteer, rules, lexicon) that cannot be used; carries the positioned diagnostic. */
public final class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public DataFileException(Diagnostic diagnostic) {
    super(diagnostic.render());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
