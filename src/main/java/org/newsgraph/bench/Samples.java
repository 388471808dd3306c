package org.newsgraph.bench;

import java.util.Arrays;

/** Percentiles of latency samples (nearest rank, on a sorted copy). */
final class Samples {
  private Samples() {}

  static double percentile(long[] values, int count, double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] v = Arrays.copyOf(values, count);
    Arrays.sort(v);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return v[Math.max(0, Math.min(count - 1, rank - 1))];
  }
}
