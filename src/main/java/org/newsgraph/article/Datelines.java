package org.newsgraph.article;

import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static helpers over wire datelines at the start of a paragraph: {@code PLACE[, Region][, Mon. D] (Agency) -}
 * with the place in capitals and a hyphen, double hyphen or dash after the agency.
 */
final class Datelines {

  /** A dateline's span inside its paragraph, and its month and day if it has them. */
  record Dateline(Span span, Optional<MonthDay> date) {}

  private static final String WORD_CAPS = "\\p{Lu}[\\p{Lu}'.-]*";
  private static final String WORD = "\\p{Lu}[\\p{L}'.-]*";
  private static final Pattern DATELINE = Pattern.compile(
      "(?<place>" + WORD_CAPS + "(?:\\s+" + WORD_CAPS + "){0,3})"
          + "(?:,\\s+" + WORD + "(?:\\s+" + WORD + "){0,2})?"
          + "(?:,\\s+(?<mon>\\p{L}{3,9})\\.?\\s+(?<day>\\d{1,2}))?"
          // "SEOUL, Oct 18 (Reuters) -"; a bare capitalised place before a long dash: "WASHINGTON —", "TOKYO --"
          + "(?:\\s*\\([^()\\n]{1,40}\\)\\s*(?:--|[-–—])|(?<=\\p{Lu}{3})\\s+(?:--|[–—])(?=\\s))");

  private Datelines() {}

  static Optional<Dateline> find(Span paragraph) {
    Matcher m = DATELINE.matcher(paragraph.text());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    Span span = new Span(paragraph.begin(), paragraph.begin() + m.end(), m.group());
    Optional<MonthDay> date = Optional.empty();
    if (m.group("mon") != null) {
      date = Timestamps.month(m.group("mon")).flatMap(month -> monthDay(month.getValue(), m.group("day")));
      if (date.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(new Dateline(span, date));
  }

  private static Optional<MonthDay> monthDay(int month, String day) {
    int d = Integer.parseInt(day);
    return d >= 1 && d <= Month.of(month).maxLength() ? Optional.of(MonthDay.of(month, d)) : Optional.empty();
  }
}
