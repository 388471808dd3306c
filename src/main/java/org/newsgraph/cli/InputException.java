package org.newsgraph.cli;

import org.newsgraph.diag.Diagnostic;

/** Bad input that stops a command: printed as its diagnostic, exit code 1. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  InputException(Diagnostic diagnostic) {
    super(diagnostic.render());
    this.diagnostic = diagnostic;
  }

  Diagnostic diagnostic() {
    return diagnostic;
  }
}
