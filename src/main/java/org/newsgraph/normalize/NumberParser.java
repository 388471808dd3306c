package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one number at a position: digits ("6,000", "1.5") or number words ("twenty-five", "one
 * hundred and fifty", "a dozen", "three-quarters"), each optionally followed by scale words
 * ("million", "bn"). Immutable.
 */
final class NumberParser {
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("1[89]\\d\\d|2[01]\\d\\d");
  /** A number at [begin, end) of the text. */
  record Parsed(int begin, int end, BigDecimal value, boolean digits, BigDecimal multiplier) {
    Parsed {
      checkArgument(begin < end, "empty number");
    }

    boolean scaled() {
      return multiplier.compareTo(BigDecimal.ONE) != 0;
    }

    Parsed withValue(BigDecimal newValue) {
      return new Parsed(begin, end, newValue, digits, multiplier);
    }

    /** A bare four-digit integer such as "2023", which in running text is nearly always a year. */
    boolean yearLike(String text) {
      return digits && !scaled() && YEAR.matcher(text.substring(begin, end)).matches();
    }
  }

  private static final Pattern DIGITS =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern ARTICLE = Pattern.compile("(?i)an? ");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final Lexicon lexicon;

  NumberParser(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  Optional<Parsed> parse(String text, int pos) {
    if (pos >= text.length()) {
      return Optional.empty();
    }
    return Character.isDigit(text.charAt(pos)) ? digits(text, pos) : words(text, pos);
  }

  private Optional<Parsed> digits(String text, int pos) {
    if (pos > 0
        && (Character.isLetterOrDigit(text.charAt(pos - 1))
            || ".,:/".indexOf(text.charAt(pos - 1)) >= 0)) {
      return Optional.empty();
    }
    Matcher m = DIGITS.matcher(text).region(pos, text.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int end = m.end();
    if (end < text.length()
        && ":/".indexOf(text.charAt(end)) >= 0
        && end + 1 < text.length()
        && Character.isDigit(text.charAt(end + 1))) {
      return Optional.empty(); // a time (17:02) or a date (11/02)
    }
    BigDecimal value = new BigDecimal(m.group().replace(",", ""));
    Parsed scaled = scale(text, new Parsed(pos, end, value, true, BigDecimal.ONE), true);
    if (scaled.end() < text.length()
        && Character.isLetter(text.charAt(scaled.end()))
        && lexicon.units().at(text, scaled.end()).isEmpty()) {
      return Optional.empty(); // glued to letters: "3rd", "17th", "2km" unless a unit
    }
    return Optional.of(scaled);
  }

  private Optional<Parsed> words(String text, int pos) {
    Matcher article = ARTICLE.matcher(text).region(pos, text.length());
    if (article.lookingAt() && (pos == 0 || !Character.isLetter(text.charAt(pos - 1)))) {
      Parsed one = new Parsed(pos, article.end() - 1, BigDecimal.ONE, false, BigDecimal.ONE);
      Parsed scaled = scale(text, one, false);
      return scaled.scaled() ? Optional.of(scaled) : Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    int end = -1;
    int at = pos;
    BigDecimal multiplier = BigDecimal.ONE;
    while (true) {
      var word = lexicon.numbers().at(text, at);
      var scale = lexicon.scales().at(text, at);
      if (word.isPresent() && (end < 0 || isInteger(word.get().value()))) {
        if (!isInteger(word.get().value())) {
          return Optional.of(
              new Parsed(pos, word.get().end(), word.get().value(), false, BigDecimal.ONE));
        }
        current = current.add(word.get().value());
        end = word.get().end();
      } else if (scale.isPresent() && end >= 0) {
        BigDecimal s = scale.get().value();
        if (s.compareTo(THOUSAND) < 0) {
          current = current.multiply(s);
        } else {
          total = total.add(current.multiply(s));
          current = BigDecimal.ZERO;
        }
        end = scale.get().end();
        multiplier = s;
      } else {
        break;
      }
      at = nextNumberWord(text, end);
      if (at < 0) {
        break;
      }
    }
    boolean compound =
        end >= 0
            && end + 1 < text.length()
            && text.charAt(end) == '-'
            && Character.isLetter(text.charAt(end + 1));
    return end < 0 || compound // "twenty-first", "two-day": an ordinal or an adjective, not a count
        ? Optional.empty()
        : Optional.of(new Parsed(pos, end, total.add(current), false, multiplier));
  }

  /** Position of the next word of the same number after {@code end} ("-", " ", " and "), or -1. */
  private int nextNumberWord(String text, int end) {
    for (String sep : new String[] {"-", " and ", " "}) {
      int at = end + sep.length();
      if (text.startsWith(sep, end)
          && at < text.length()
          && (lexicon.numbers().at(text, at).filter(h -> isInteger(h.value())).isPresent()
              || (!sep.equals(" and ") && lexicon.scales().at(text, at).isPresent()))) {
        return at;
      }
    }
    return -1;
  }

  /** Applies scale words after a number ("1.5 million", "1.5bn", "two dozen"). */
  private Parsed scale(String text, Parsed number, boolean glued) {
    Parsed result = number;
    while (true) {
      int at = result.end();
      if (at < text.length() && text.charAt(at) == ' ') {
        at++;
      } else if (at + 1 < text.length() && text.charAt(at) == '-' && Character.isLetter(text.charAt(at + 1))
          && lexicon.scales().at(text, at + 1).isPresent()) {
        at++; // "15-thousand", "400-thousand": broadcast style
      } else if (!glued || at >= text.length() || !Character.isLetter(text.charAt(at))) {
        return result;
      }
      var scale = lexicon.scales().at(text, at);
      if (scale.isEmpty()) {
        return result;
      }
      BigDecimal s = scale.get().value();
      result =
          new Parsed(
              result.begin(),
              scale.get().end(),
              result.value().multiply(s),
              result.digits(),
              result.multiplier().multiply(s));
      glued = false;
    }
  }

  private static boolean isInteger(BigDecimal d) {
    return d.stripTrailingZeros().scale() <= 0;
  }
}
