package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads a {@link LoadClient} result file: one row per round of {requests, req/s, p50 ms, p99 ms, errors}. */
final class LoadResults {
  private LoadResults() {}

  static List<double[]> read(Path csv) {
    try {
      return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank())
          .map(l -> Arrays.stream(l.split(",")).mapToDouble(Double::parseDouble).toArray()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
  }
}
