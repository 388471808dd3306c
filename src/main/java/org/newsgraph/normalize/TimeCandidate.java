package org.newsgraph.normalize;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.newsgraph.normalize.TimeMatch.Kind;
import org.newsgraph.normalize.TimeMatch.Precision;

/**
 * A time expression while {@link TimeNormalizer} is still combining it with its neighbours. {@code
 * explicitYear} says whether the text names the year, so that an unnamed year can be taken from a
 * neighbour ("in February and June of this year").
 */
record TimeCandidate(
    int begin,
    int end,
    Kind kind,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate,
    Precision precision,
    boolean approximate,
    boolean openEnded,
    boolean explicitYear) {

  TimeCandidate {
    requireNonNull(kind, "kind");
    requireNonNull(startDate, "startDate");
    requireNonNull(endDate, "endDate");
    requireNonNull(precision, "precision");
  }

  /** A closed interval [start, end] of the given kind and precision. */
  static TimeCandidate of(
      int begin,
      int end,
      Kind kind,
      LocalDate start,
      LocalDate last,
      Precision precision,
      boolean explicitYear) {
    return new TimeCandidate(
        begin,
        end,
        kind,
        Optional.of(start),
        Optional.of(last),
        precision,
        false,
        false,
        explicitYear);
  }

  /** A match without dates (anaphoric or vague). */
  static TimeCandidate undated(int begin, int end, Kind kind) {
    return new TimeCandidate(
        begin, end, kind, Optional.empty(), Optional.empty(), Precision.NONE, false, false, false);
  }

  TimeCandidate withBegin(int newBegin) {
    return new TimeCandidate(
        newBegin, end, kind, startDate, endDate, precision, approximate, openEnded, explicitYear);
  }

  TimeCandidate withEnd(int newEnd) {
    return new TimeCandidate(
        begin, newEnd, kind, startDate, endDate, precision, approximate, openEnded, explicitYear);
  }

  TimeCandidate withExplicitYear() {
    return new TimeCandidate(
        begin, end, kind, startDate, endDate, precision, approximate, openEnded, true);
  }

  TimeCandidate approximately() {
    return new TimeCandidate(
        begin, end, kind, startDate, endDate, precision, true, openEnded, explicitYear);
  }

  /**
   * The same expression {@code years} years later (negative: earlier); month ends stay month ends.
   */
  TimeCandidate shiftYears(int years) {
    return new TimeCandidate(
        begin,
        end,
        kind,
        startDate.map(d -> d.plusYears(years)),
        endDate.map(d -> shiftEnd(d, years)),
        precision,
        approximate,
        openEnded,
        explicitYear);
  }

  private static LocalDate shiftEnd(LocalDate d, int years) {
    YearMonth month = YearMonth.from(d);
    return d.equals(month.atEndOfMonth())
        ? month.plusYears(years).atEndOfMonth()
        : d.plusYears(years);
  }

  TimeMatch toMatch(String sentence) {
    return new TimeMatch(
        begin,
        end,
        sentence.substring(begin, end),
        kind,
        startDate,
        endDate,
        precision,
        approximate,
        openEnded);
  }
}
