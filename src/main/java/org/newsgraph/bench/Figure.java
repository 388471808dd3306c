package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * One measured figure: the median of repeated runs with the minimum and maximum.
 *
 * @param section report section, e.g. {@code startup}
 * @param name what was measured
 * @param unit unit of the values ({@code x} for a ratio)
 * @param runs how many runs the median is over
 */
public record Figure(String section, String name, String unit, double median, double min, double max, int runs) {
  public Figure {
    requireNonNull(section, "section");
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    checkArgument(runs > 0, "no runs");
  }

  /** The figure of some runs' values. */
  public static Figure of(String section, String name, String unit, Collection<Double> values) {
    checkArgument(!values.isEmpty(), "no values for %s", name);
    List<Double> v = new ArrayList<>(values);
    Collections.sort(v);
    int n = v.size();
    double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    return new Figure(section, name, unit, median, v.get(0), v.get(n - 1), n);
  }

  /**
   * The ratio {@code a / b} of two figures measured in the same run: the median of the ratio is the ratio of
   * the medians; min and max pair the extremes (a.min / b.max, a.max / b.min), the widest honest range.
   */
  public static Figure ratio(String section, String name, Figure a, Figure b) {
    return new Figure(section, name, "x", a.median / b.median, a.min / b.max, a.max / b.min, Math.min(a.runs, b.runs));
  }
}
