package org.newsgraph.cli;

import java.io.PrintStream;

/** The streams a command writes to, and whether the user asked for more (verbose) or less (quiet). */
final class Io {
  final PrintStream out;
  final PrintStream err;
  private boolean verbose;
  private boolean quiet;

  Io(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
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
}
