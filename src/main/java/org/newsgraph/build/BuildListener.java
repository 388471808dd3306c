package org.newsgraph.build;

import java.nio.file.Path;

/** Told as each article of a build is done (from the worker threads: implementations must be thread-safe). */
@FunctionalInterface
public interface BuildListener {
  BuildListener NONE = (file, done, total) -> {};

  /** {@code done} articles of {@code total} are finished, the last being {@code file}. */
  void articleDone(Path file, int done, int total);
}
