package org.newsgraph.normalize;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Optional;
import org.newsgraph.normalize.NumberParser.Parsed;
import org.newsgraph.normalize.QuantityMatch.Bound;

/**
 * Reads one quantity at a position of one sentence. Created per sentence by {@link
 * QuantityNormalizer}; not shared between threads.
 */
final class QuantityReader {
  private static final String BETWEEN = "between ";
  private static final String FROM = "from ";

  /** A number or vague amount at [begin, end), with a currency written before it. */
  private record Amount(
      int begin,
      int end,
      Optional<Parsed> number,
      BigDecimal lower,
      BigDecimal upper,
      Optional<String> currency) {
    Amount {
      requireNonNull(number, "number");
      requireNonNull(currency, "currency");
    }
  }

  private final Lexicon lexicon;
  private final NumberParser numbers;
  private final CountedNoun counted;
  private final String s;
  private final BitSet mask;

  QuantityReader(
      Lexicon lexicon, NumberParser numbers, CountedNoun counted, String sentence, BitSet mask) {
    this.lexicon = lexicon;
    this.numbers = numbers;
    this.counted = counted;
    this.s = sentence;
    this.mask = mask;
  }

  Optional<QuantityMatch> readAt(int pos) {
    Optional<Bound> bound = Optional.empty();
    int at = pos;
    var prefix = boundAt(pos);
    if (prefix.isPresent()) {
      bound = Optional.of(prefix.get().value());
      at = prefix.get().end() + 1;
    }
    String opener =
        s.regionMatches(true, at, BETWEEN, 0, BETWEEN.length())
            ? BETWEEN
            : s.regionMatches(true, at, FROM, 0, FROM.length()) ? FROM : "";
    Optional<Amount> first = amountAt(at + opener.length());
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Amount start = first.get();
    Optional<Amount> second =
        start.number().isPresent() ? rangeEnd(start, opener) : Optional.empty();
    if (second.isPresent()) {
      Amount scaled = scaledLike(start, second.get());
      second = second.filter(end -> end.lower().compareTo(scaled.lower()) >= 0);
      start = second.isPresent() ? scaled : start;
    }
    if (!opener.isEmpty() && second.isEmpty()) {
      return Optional.empty();
    }
    return complete(pos, bound, start, second);
  }

  private Optional<QuantityMatch> complete(
      int pos, Optional<Bound> prefix, Amount first, Optional<Amount> second) {
    Amount last = second.orElse(first);
    final int numberEnd = last.end();
    int end = numberEnd;
    Optional<String> currency = last.currency().or(first::currency);
    Optional<String> unit = Optional.empty();
    if (currency.isEmpty()) {
      boolean spaced = s.startsWith(" ", numberEnd);
      var suffix =
          spaced
              ? lexicon.suffixCurrencies().at(s, numberEnd + 1)
              : Optional.<PhraseTable.Hit<String>>empty();
      var measure =
          lexicon
              .units()
              .at(s, numberEnd)
              .or(() -> spaced ? lexicon.units().at(s, numberEnd + 1) : Optional.empty());
      if (suffix.isPresent()) {
        currency = Optional.of(suffix.get().value());
        end = suffix.get().end();
      } else if (measure.isPresent()) {
        unit = Optional.of(measure.get().value());
        end = measure.get().end();
      }
    }
    Optional<CountedNoun.Phrase> noun =
        countedAfter(first, end, currency.isPresent() || unit.isPresent());
    if (rejected(
        first, second, prefix, currency.isPresent() || unit.isPresent(), noun.isPresent())) {
      return Optional.empty();
    }
    Optional<String> measured = unit;
    String unitName =
        currency.or(() -> measured).orElse(noun.map(CountedNoun.Phrase::unit).orElse(""));
    return Optional.of(build(pos, end, prefix, first, second, unitName, noun));
  }

  private Optional<CountedNoun.Phrase> countedAfter(Amount first, int end, boolean measured) {
    if (first.number().isEmpty()) {
      int at = s.startsWith(" of ", end) ? end + 3 : end;
      return counted.after(s, at, false);
    }
    if (measured) {
      return counted.after(s, end, false);
    }
    return counted.after(s, end, first.number().get().value().compareTo(BigDecimal.ONE) <= 0);
  }

  private boolean rejected(
      Amount first,
      Optional<Amount> second,
      Optional<Bound> bound,
      boolean measured,
      boolean counts) {
    if (first.number().isEmpty() || measured) {
      return false;
    }
    Parsed n = first.number().get();
    boolean year = n.yearLike(s) && (second.isEmpty() || second.get().number().get().yearLike(s));
    boolean pronoun =
        !n.digits() && !n.scaled() && n.value().compareTo(BigDecimal.ONE) == 0 && !counts;
    return (year && bound.isEmpty()) || (pronoun && bound.isEmpty());
  }

  private QuantityMatch build(
      int pos,
      int end,
      Optional<Bound> prefix,
      Amount first,
      Optional<Amount> second,
      String unit,
      Optional<CountedNoun.Phrase> noun) {
    Optional<BigDecimal> amount = Optional.empty();
    Optional<BigDecimal> lower;
    Optional<BigDecimal> upper;
    Bound bound;
    if (first.number().isEmpty() || second.isPresent()) {
      bound = first.number().isEmpty() ? Bound.VAGUE : Bound.RANGE;
      lower = QuantityNormalizer.some(first.lower());
      upper = QuantityNormalizer.some(second.map(Amount::upper).orElse(first.upper()));
    } else {
      bound = prefix.orElse(Bound.EXACT);
      amount = QuantityNormalizer.some(first.lower());
      lower = bound == Bound.EXACT || bound == Bound.AT_LEAST ? amount : Optional.empty();
      upper = bound == Bound.EXACT || bound == Bound.AT_MOST ? amount : Optional.empty();
    }
    int countedBegin = noun.map(CountedNoun.Phrase::begin).orElse(end);
    int countedEnd = noun.map(CountedNoun.Phrase::end).orElse(end);
    return new QuantityMatch(
        pos,
        end,
        s.substring(pos, end),
        amount,
        lower,
        upper,
        bound,
        unit,
        noun.map(CountedNoun.Phrase::text).orElse(""),
        countedBegin,
        countedEnd);
  }

  private Optional<PhraseTable.Hit<Bound>> boundAt(int pos) {
    var bound = lexicon.bounds().at(s, pos);
    var hedge =
        lexicon
            .hedges()
            .at(s, pos)
            .map(h -> new PhraseTable.Hit<>(h.begin(), h.end(), h.phrase(), Bound.APPROXIMATE));
    var longer =
        bound.isPresent() && (hedge.isEmpty() || bound.get().end() >= hedge.get().end())
            ? bound
            : hedge;
    return longer.filter(h -> s.startsWith(" ", h.end()));
  }

  private Optional<Amount> amountAt(int at) {
    var currency = lexicon.prefixCurrencies().at(s, at);
    int numberAt = at;
    if (currency.isPresent()) {
      numberAt = currency.get().end();
      if (s.startsWith(" ", numberAt)
          && Character.isLetter(
              currency.get().phrase().charAt(currency.get().phrase().length() - 1))) {
        numberAt++;
      }
    }
    Optional<Parsed> number = numbers.parse(s, numberAt).filter(n -> !mask.get(n.begin()));
    if (number.isPresent()) {
      Parsed n = number.get();
      return Optional.of(
          new Amount(
              at, n.end(), number, n.value(), n.value(), currency.map(PhraseTable.Hit::value)));
    }
    return currency.isPresent() ? Optional.empty() : vagueAt(at);
  }

  private Optional<Amount> vagueAt(int at) {
    var vague = lexicon.vague().at(s, at);
    if (vague.isEmpty()) {
      return Optional.empty();
    }
    Lexicon.VagueRange range = vague.get().value();
    int end = vague.get().end();
    BigDecimal scale = BigDecimal.ONE;
    var times =
        s.startsWith(" of ", end)
            ? lexicon
                .vague()
                .at(s, end + 4)
                .filter(v -> v.value().scale().compareTo(BigDecimal.ONE) > 0)
            : Optional.<PhraseTable.Hit<Lexicon.VagueRange>>empty();
    var scaleWord =
        s.startsWith(" ", end)
            ? lexicon.scales().at(s, end + 1)
            : Optional.<PhraseTable.Hit<BigDecimal>>empty();
    if (times.isPresent()) {
      scale = times.get().value().scale();
      end = times.get().end();
    } else if (scaleWord.isPresent()) {
      scale = scaleWord.get().value();
      end = scaleWord.get().end();
    }
    BigDecimal lower = range.lower().multiply(scale);
    BigDecimal upper =
        scale.equals(BigDecimal.ONE)
            ? range.upper()
            : range.upper().add(BigDecimal.ONE).multiply(scale).subtract(BigDecimal.ONE);
    return Optional.of(new Amount(at, end, Optional.empty(), lower, upper, Optional.empty()));
  }

  private Optional<Amount> rangeEnd(Amount first, String opener) {
    String[] connectors =
        opener.equals(BETWEEN)
            ? new String[] {" and "}
            : opener.equals(FROM) ? new String[] {" to "} : new String[] {"-", "–", " to ", " - "};
    for (String connector : connectors) {
      if (s.startsWith(connector, first.end())) {
        Optional<Amount> second =
            amountAt(first.end() + connector.length()).filter(a -> a.number().isPresent());
        if (second.isPresent()) {
          return second;
        }
      }
    }
    return unitRepeated(first, connectors);
  }

  /**
   * "between 13.9 trillion won and 27.8 trillion won": a range whose unit word stands after both ends; the second
   * end, if the word after the first is the word after it.
   */
  private Optional<Amount> unitRepeated(Amount first, String[] connectors) {
    int at = first.end();
    if (!s.startsWith(" ", at)) {
      return Optional.empty();
    }
    int wordEnd = at + 1;
    while (wordEnd < s.length() && Character.isLetter(s.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = s.substring(at, wordEnd); // " won"
    if (word.length() < 2) {
      return Optional.empty();
    }
    for (String connector : connectors) {
      if (s.startsWith(connector, wordEnd)) {
        Optional<Amount> second = amountAt(wordEnd + connector.length()).filter(a -> a.number().isPresent());
        if (second.isPresent() && s.startsWith(word, second.get().end())
            && (second.get().end() + word.length() == s.length() || !Character.isLetter(s.charAt(second.get().end() + word.length())))) {
          return second;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first amount of a range, scaled like the second when written without its scale word
   * ("between 2 and 3 million").
   */
  private static Amount scaledLike(Amount first, Amount second) {
    Parsed a = first.number().get();
    Parsed b = second.number().get();
    BigDecimal scaled = a.value().multiply(b.multiplier());
    if (a.scaled() || !b.scaled() || scaled.compareTo(b.value()) > 0) {
      return first;
    }
    return new Amount(
        first.begin(),
        first.end(),
        Optional.of(a.withValue(scaled)),
        scaled,
        scaled,
        first.currency());
  }
}
