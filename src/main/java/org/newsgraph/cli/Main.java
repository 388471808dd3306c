package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code newsgraph} command: parses arguments, runs a subcommand, and maps every outcome to an exit code. */
public final class Main {
  public static final int OK = 0;
  public static final int BAD_INPUT = 1;
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    org.newsgraph.serve.NewsgraphServer.configureLogging(); // before any Jena class: logger levels are fixed at creation
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.newsgraph", "info");
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /** Runs with the given streams (tests inject their own), not on a terminal; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    Io io = new Io(out, err, terminal);
    CommandLine cli = new CommandLine(new NewsgraphCommand(io));
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(io.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : BAD_INPUT);
    cli.setParameterExceptionHandler((e, a) -> {
      io.error(e.getMessage());
      err.println("Try 'newsgraph " + commandPath(e.getCommandLine()) + "--help'.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof InputException ie) {
        io.diagnostic(ie.diagnostic());
        return BAD_INPUT;
      }
      if (e instanceof UsageException) {
        io.error(e.getMessage());
        return USAGE;
      }
      if (e instanceof org.newsgraph.data.DataFileException de) {
        io.diagnostic(de.diagnostic());
        return BAD_INPUT;
      }
      if (causedByOutOfMemory(e)) {
        // the JVM may throw one preallocated OutOfMemoryError twice: a try-with-resources then reports
        // "Self-suppression not permitted" with the error as its cause
        outOfMemory(io);
        return BAD_INPUT;
      }
      // anything not turned into a diagnostic by a command: say it in one line, the trace only if asked
      io.error(e.getMessage() == null ? e.toString() : e.getMessage());
      if (io.verbose()) {
        e.printStackTrace(err);
      }
      return BAD_INPUT;
    });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      outOfMemory(io);
      return BAD_INPUT;
    }
  }

  private static void outOfMemory(Io io) {
    io.error(String.format(java.util.Locale.ROOT, "out of memory (the Java heap is at most %d MB): give Java more"
        + " (JAVA_OPTS=-Xmx8g bin/newsgraph ...), or build a large corpus into a TDB2 store (newsgraph add --location DIR)",
        Runtime.getRuntime().maxMemory() >> 20));
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static String commandPath(CommandLine c) {
    StringBuilder sb = new StringBuilder();
    for (CommandLine p = c; p.getParent() != null; p = p.getParent()) {
      sb.insert(0, p.getCommandName() + " ");
    }
    return sb.toString();
  }
}
