package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Counts of true positives, false positives (false alarms) and false negatives (misses). A ratio whose
 * denominator is zero is 1 when the other error count is zero too (nothing to find and nothing claimed) and 0
 * otherwise, so that predicting nothing never scores well.
 */
public record Score(int tp, int fp, int fn) {

  /** No counts. */
  public static final Score ZERO = new Score(0, 0, 0);

  public Score {
    checkArgument(tp >= 0 && fp >= 0 && fn >= 0, "counts must be >= 0: %s %s %s", tp, fp, fn);
  }

  /** The element-wise sum, for micro-averaging. */
  public Score plus(Score other) {
    return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  /** tp / (tp + fp). */
  public double precision() {
    return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn). */
  public double recall() {
    return tp + fn == 0 ? (fp == 0 ? 1.0 : 0.0) : (double) tp / (tp + fn);
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
