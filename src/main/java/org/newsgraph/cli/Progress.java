package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.build.BuildListener;

/**
 * Progress of a multi-article build: on a terminal one line redrawn in place (a bar, count, rate and ETA);
 * otherwise a plain line per article, so that logs stay readable. Nothing when quiet or for a single article.
 */
final class Progress implements BuildListener {
  private static final int WIDTH = 24;

  private final Io io;
  private final long startNanos = System.nanoTime();
  private boolean drawn;

  Progress(Io io) {
    this.io = io;
  }

  @Override
  public synchronized void articleDone(Path file, int done, int total) {
    if (io.quiet() || total < 2) {
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = done / seconds;
    if (!io.terminal()) {
      io.err.println("[" + done + "/" + total + "] " + file);
      return;
    }
    io.err.print("\r" + line(done, total, rate) + "\u001b[K");
    drawn = true;
    if (done == total) {
      io.err.println();
      drawn = false;
    }
    io.err.flush();
  }

  /** Ends a line left open by the bar (when a build stops early). */
  synchronized void finish() {
    if (drawn) {
      io.err.println();
      drawn = false;
    }
  }

  static String line(int done, int total, double perSecond) {
    int filled = (int) Math.round(WIDTH * (double) done / total);
    long eta = perSecond <= 0 ? 0 : Math.round((total - done) / perSecond);
    return String.format(java.util.Locale.ROOT, "[%s%s] %d/%d articles  %.1f/s  ETA %s", "#".repeat(filled),
        ".".repeat(WIDTH - filled), done, total, perSecond, duration(Duration.ofSeconds(eta)));
  }

  private static String duration(Duration d) {
    return d.toHours() > 0 ? d.toHours() + "h" + d.toMinutesPart() + "m"
        : d.toMinutes() > 0 ? d.toMinutes() + "m" + d.toSecondsPart() + "s" : d.getSeconds() + "s";
  }
}
