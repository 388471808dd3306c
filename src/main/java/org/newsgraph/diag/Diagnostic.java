package org.newsgraph.diag;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One message about an input, positioned like a compiler's: {@code source:line:col: severity: message}.
 * Line and column are 1-based; 0 means "not known" and is left out of the rendering.
 */
public record Diagnostic(String source, int line, int column, Severity severity, String message) {

  public Diagnostic {
    requireNonNull(source, "source");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
    checkArgument(line >= 0 && column >= 0, "line and column must be >= 0");
  }

  public static Diagnostic error(String source, int line, int column, String message) {
    return new Diagnostic(source, line, column, Severity.ERROR, message);
  }

  public static Diagnostic error(String source, String message) {
    return new Diagnostic(source, 0, 0, Severity.ERROR, message);
  }

  public static Diagnostic warning(String source, int line, int column, String message) {
    return new Diagnostic(source, line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code source:line:col: severity: message}, with the unknown parts left out. */
  public String render() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
