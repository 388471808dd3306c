package org.newsgraph.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities in an English news sentence: numbers in digits or words with scale words, bounds
 * and hedges before them ("over", "nearly", "about"), money with currency symbols, codes or names,
 * units ("percent"), ranges ("between 2,000 and 3,000", "2,000-3,000") and vague amounts ("hundreds
 * of", "tens of thousands of"), each with the noun phrase it counts.
 *
 * <p>Not quantities: years (a bare four-digit number from 1800 to 2199 without a bound, hedge,
 * currency or scale word), parts of dates, clock times, identifiers after a reference word
 * ("Resolution 2397") and model names ("Hwasong-17"); ordinals are reported separately by {@link
 * #ordinals(String)}. The bare word "one" without a counted noun is a pronoun, not a quantity.
 *
 * <p>Immutable and thread-safe: the lexicons are loaded once at construction.
 */
public final class QuantityNormalizer {
  private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)\\b");

  private final Lexicon lexicon;
  private final NumberParser numbers;
  private final CountedNoun counted;
  private final NonQuantitySpans nonQuantities;
  private final QuantityStarts starts;

  private QuantityNormalizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new NumberParser(lexicon);
    this.counted = new CountedNoun(lexicon);
    this.nonQuantities = new NonQuantitySpans(lexicon);
    this.starts = new QuantityStarts(lexicon);
  }

  /** A normalizer with the bundled lexicons. */
  public static QuantityNormalizer create() {
    return new QuantityNormalizer(Lexicon.bundled());
  }

  /**
   * A normalizer with the bundled lexicons extended by same-named files in {@code extensionDir}
   * (entries added; for keyed lexicons a later entry replaces an earlier one).
   */
  public static QuantityNormalizer create(Path extensionDir) {
    return new QuantityNormalizer(
        Lexicon.load(Optional.of(requireNonNull(extensionDir, "extensionDir"))));
  }

  /** The quantities in {@code sentence}, left to right, not overlapping. */
  public ImmutableList<QuantityMatch> find(String sentence) {
    requireNonNull(sentence, "sentence");
    BitSet mask = nonQuantities.in(sentence);
    QuantityReader reader = new QuantityReader(lexicon, numbers, counted, sentence, mask);
    ImmutableList.Builder<QuantityMatch> matches = ImmutableList.builder();
    int pos = 0;
    while (pos < sentence.length()) {
      Optional<QuantityMatch> match =
          wordStart(sentence, pos) && starts.quantity(sentence, pos) ? reader.readAt(pos) : Optional.empty();
      if (match.isPresent()) {
        matches.add(match.get());
        pos = Math.max(match.get().end(), match.get().countedEnd());
      } else {
        pos++;
      }
    }
    return matches.build();
  }

  /** The ordinals in {@code sentence} ("first", "third", "3rd", "twenty-first"), outside dates. */
  public ImmutableList<OrdinalMatch> ordinals(String sentence) {
    requireNonNull(sentence, "sentence");
    BitSet mask = nonQuantities.in(sentence);
    ImmutableList.Builder<OrdinalMatch> matches = ImmutableList.builder();
    int pos = 0;
    while (pos < sentence.length()) {
      Optional<OrdinalMatch> match =
          wordStart(sentence, pos) && starts.ordinal(sentence, pos) && !mask.get(pos)
              ? ordinalAt(sentence, pos)
              : Optional.empty();
      if (match.isPresent()) {
        matches.add(match.get());
        pos = match.get().end();
      } else {
        pos++;
      }
    }
    return matches.build();
  }

  Optional<OrdinalMatch> ordinalAt(String s, int pos) {
    Matcher digits = ORDINAL_DIGITS.matcher(s).region(pos, s.length());
    if (digits.lookingAt()) {
      return Optional.of(
          new OrdinalMatch(pos, digits.end(), digits.group(), Integer.parseInt(digits.group(1))));
    }
    var tens = lexicon.numbers().at(s, pos);
    if (tens.isPresent() && s.startsWith("-", tens.get().end())) {
      var unit = lexicon.ordinals().at(s, tens.get().end() + 1);
      if (unit.isPresent() && unit.get().value() < 10) {
        int value = tens.get().value().intValue() + unit.get().value();
        return Optional.of(
            new OrdinalMatch(pos, unit.get().end(), s.substring(pos, unit.get().end()), value));
      }
    }
    return lexicon
        .ordinals()
        .at(s, pos)
        .map(h -> new OrdinalMatch(pos, h.end(), s.substring(pos, h.end()), h.value()));
  }

  private static boolean wordStart(String s, int pos) {
    char c = s.charAt(pos);
    return !Character.isWhitespace(c)
        && (pos == 0 || !Character.isLetterOrDigit(s.charAt(pos - 1)));
  }

  /**
   * {@code value} without trailing zeros and without exponent notation ("1E+6" becomes "1000000").
   */
  static Optional<BigDecimal> some(BigDecimal value) {
    return Optional.of(
        value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
  }
}
