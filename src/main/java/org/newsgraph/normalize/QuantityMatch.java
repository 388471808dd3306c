package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity found in a sentence. [{@code begin}, {@code end}) covers the bound or hedge words, the
 * currency and the number(s) with their scale words ("over 1 million", "US$2.5 billion", "tens of
 * thousands"); the counted noun phrase is not part of it but has its own offsets [{@code
 * countedBegin}, {@code countedEnd}) and text {@code countedText} (empty, at {@code end}, when
 * there is none).
 *
 * <p>Which of {@code amount}, {@code lower}, {@code upper} are present depends on {@code bound}:
 * EXACT has all three equal; APPROXIMATE has the amount only; AT_LEAST has amount and lower;
 * AT_MOST has amount and upper; RANGE and VAGUE have lower and upper only.
 *
 * @param unit ISO 4217 code for money ("USD"), a unit from {@code units.tsv} ("percent"), the
 *     singular head of the counted noun phrase without leading modifiers ("shell", "rocket
 *     launcher"), or "" when nothing is counted
 */
public record QuantityMatch(
    int begin,
    int end,
    String text,
    Optional<BigDecimal> amount,
    Optional<BigDecimal> lower,
    Optional<BigDecimal> upper,
    Bound bound,
    String unit,
    String countedText,
    int countedBegin,
    int countedEnd) {

  /** How the amount relates to the true value. */
  public enum Bound {
    /** The amount as stated ("6,000", "a total of US$2.5 billion"). */
    EXACT,
    /** Hedged: "about", "around", "roughly", "some", "approximately". */
    APPROXIMATE,
    /** The value is the amount or more: "over", "more than", "at least". */
    AT_LEAST,
    /**
     * The value is the amount or less: "up to", "fewer than", and also "nearly" / "almost", which
     * additionally mean the value is close to the amount (an approximate upper bound).
     */
    AT_MOST,
    /** Explicit range: "between 2,000 and 3,000", "2,000-3,000", "10,000 to 12,000". */
    RANGE,
    /**
     * Vague words with conventional bounds from {@code vague-quantities.tsv}: "hundreds" is
     * 200..999, "tens of thousands" 20000..99999, "several" 3..9.
     */
    VAGUE
  }

  public QuantityMatch {
    requireNonNull(text, "text");
    requireNonNull(amount, "amount");
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    requireNonNull(bound, "bound");
    requireNonNull(unit, "unit");
    requireNonNull(countedText, "countedText");
    MatchSpans.check(begin, end, text);
    checkArgument(
        0 <= countedBegin && countedBegin <= countedEnd,
        "bad counted span [%s, %s)",
        countedBegin,
        countedEnd);
    checkArgument(
        countedEnd - countedBegin == countedText.length(),
        "counted span length != counted text length");
    boolean ranged = bound == Bound.RANGE || bound == Bound.VAGUE;
    checkArgument(amount.isPresent() != ranged, "%s with amount %s", bound, amount);
    checkArgument(
        lower.isPresent() == (ranged || bound == Bound.EXACT || bound == Bound.AT_LEAST),
        "%s with lower %s",
        bound,
        lower);
    checkArgument(
        upper.isPresent() == (ranged || bound == Bound.EXACT || bound == Bound.AT_MOST),
        "%s with upper %s",
        bound,
        upper);
    lower.ifPresent(
        l -> upper.ifPresent(u -> checkArgument(l.compareTo(u) <= 0, "lower %s > upper %s", l, u)));
  }
}
