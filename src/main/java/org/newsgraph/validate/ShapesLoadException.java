package org.newsgraph.validate;

import static java.util.Objects.requireNonNull;

import org.newsgraph.diag.Diagnostic;

/**
 * The shapes file could not be read: not found, not Turtle (with its line and column), or not SHACL. The
 * message is the {@link Diagnostic} rendered as {@code file:line:col: error: message}.
 */
public final class ShapesLoadException extends RuntimeException {

  private final transient Diagnostic diagnostic;

  ShapesLoadException(Diagnostic diagnostic, Throwable cause) {
    super(requireNonNull(diagnostic, "diagnostic").render(), cause);
    this.diagnostic = diagnostic;
  }

  /** Where and what the problem is. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
