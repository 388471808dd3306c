package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A time expression found in a sentence. {@code begin} and {@code end} are UTF-16 offsets [begin,
 * end) into the sentence and {@code text} is the sentence's text there; the match includes a
 * leading preposition that carries meaning ("on", "in", "since", "from ... to", "between ... and")
 * and a hedge ("around"). {@code startDate} and {@code endDate} are the first and last day covered,
 * both inclusive; an open-ended expression ("since early August") has only the bound it names. (The
 * brief named these components {@code start} and {@code end}; a record cannot have two components
 * named {@code end}, hence {@code startDate} / {@code endDate}.)
 *
 * @param approximate the expression is hedged or a part of a month or year ("early August")
 * @param openEnded only one side is bounded ("since ...", "until ...")
 */
public record TimeMatch(
    int begin,
    int end,
    String text,
    Kind kind,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate,
    Precision precision,
    boolean approximate,
    boolean openEnded) {

  /** What sort of time expression this is. */
  public enum Kind {
    /** One day: "Nov. 1", "on Wednesday", "yesterday". */
    DATE,
    /** A week: "this week", "last week". */
    WEEK,
    /** A month or part of one: "in October", "early August", "last month". */
    MONTH,
    /** A year or part of one: "in 2022", "in late 2022", "last year". */
    YEAR,
    /**
     * An interval between two named times, or open on one side: "between March and May", "since
     * August".
     */
    RANGE,
    /**
     * Refers to a time named elsewhere in the text ("the same day"); no dates, the caller resolves
     * it.
     */
    ANAPHORIC,
    /** A time relative to the reference with no definite extent ("recently"); no dates. */
    VAGUE,
    /** A time after the reference: "next month", "later this month", "tomorrow". */
    FUTURE
  }

  /** The finest unit the expression names. {@code NONE} for matches without dates. */
  public enum Precision {
    DAY,
    WEEK,
    MONTH,
    YEAR,
    NONE
  }

  public TimeMatch {
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(startDate, "startDate");
    requireNonNull(endDate, "endDate");
    requireNonNull(precision, "precision");
    MatchSpans.check(begin, end, text);
    boolean dated = startDate.isPresent() || endDate.isPresent();
    checkArgument(
        dated == (precision != Precision.NONE),
        "precision %s with dates %s..%s",
        precision,
        startDate,
        endDate);
    checkArgument(
        !dated || (kind != Kind.ANAPHORIC && kind != Kind.VAGUE),
        "%s match must not have dates",
        kind);
    checkArgument(
        !dated || openEnded == (startDate.isPresent() != endDate.isPresent()),
        "openEnded=%s but dates %s..%s",
        openEnded,
        startDate,
        endDate);
    startDate.ifPresent(
        s ->
            endDate.ifPresent(
                e -> checkArgument(!e.isBefore(s), "end date %s before start date %s", e, s)));
  }
}
