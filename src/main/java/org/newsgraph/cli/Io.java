package org.newsgraph.cli;

import java.io.PrintStream;
import org.newsgraph.diag.Diagnostic;

/**
 * The streams a command writes to, whether stderr is a terminal (then progress bars and colour), and whether
 * the user asked for more (verbose) or less (quiet).
 */
final class Io {
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  final PrintStream out;
  final PrintStream err;
  private final boolean terminal;
  private boolean verbose;
  private boolean quiet;

  Io(PrintStream out, PrintStream err) {
    this(out, err, false);
  }

  Io(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether stderr is a terminal: {@code System.console() != null} when the streams are the process's own. */
  boolean terminal() {
    return terminal;
  }

  /** Colour only on a terminal, and not when NO_COLOR is set or TERM is dumb. */
  boolean colour() {
    return terminal && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
  }

  boolean verbose() {
    return verbose;
  }

  boolean quiet() {
    return quiet;
  }

  void verbose(boolean v) {
    verbose = v;
  }

  void quiet(boolean q) {
    quiet = q;
  }

  /** A progress or summary line on stderr, unless quiet. */
  void note(String line) {
    if (!quiet) {
      err.println(line);
    }
  }

  /** A diagnostic on stderr, as {@code file:line:col: error: message}, its severity coloured on a terminal. */
  void diagnostic(Diagnostic d) {
    err.println(colourSeverity(d.render()));
  }

  /** An error line of the command itself ({@code newsgraph: error: ...}). */
  void error(String message) {
    err.println(colourSeverity("newsgraph: error: " + message));
  }

  private String colourSeverity(String line) {
    if (!colour()) {
      return line;
    }
    return line.replaceFirst(": error: ", ": " + RED + "error:" + RESET + " ")
        .replaceFirst(": warning: ", ": " + YELLOW + "warning:" + RESET + " ");
  }
}
