package org.newsgraph.normalize;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.normalize.TimeMatch.Kind;
import org.newsgraph.normalize.TimeMatch.Precision;
import org.newsgraph.regex.PhraseStartPattern;
import org.newsgraph.regex.StartKeyedPattern;
import org.newsgraph.regex.WordStartPattern;

/**
 * The single time expressions that {@link TimeNormalizer} combines: one regular expression per
 * form, built once from the lexicons, with its resolution against the reference date. Immutable.
 */
final class TimeRules {
  private static final String END = "(?![\\p{L}\\d])";
  private static final String ON = "(?:[Oo]n )?";
  private static final String IN = "(?:[Ii]n )?";

  private interface Resolver {
    Optional<TimeCandidate> resolve(Matcher m, LocalDate reference);
  }

  /**
   * A form: its pattern, its resolution, and a cheap test of the lower-cased sentence that every match passes (a
   * digit, a word), so that most sentences skip most scans.
   */
  private record Rule(StartKeyedPattern pattern, Resolver resolver, Predicate<String> mayMatch) {
    /** A rule whose matches start at a word boundary with a word character ({@code \b} first). */
    Rule(Pattern pattern, Resolver resolver, Predicate<String> mayMatch) {
      this(new WordStartPattern(pattern), resolver, mayMatch);
    }
  }

  private static final Predicate<String> DIGIT = lower -> lower.chars().anyMatch(c -> c >= '0' && c <= '9');

  private static Predicate<String> anyOf(String... words) {
    return lower -> java.util.Arrays.stream(words).anyMatch(lower::contains);
  }

  /** Whether the lower-cased sentence holds one of the table's phrases, lower-cased (whatever case they match in). */
  private static Predicate<String> anyPhraseOf(PhraseTable<?> table) {
    return anyOf(table.entries().stream().map(e -> e.getKey().toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new));
  }

  private final Lexicon lexicon;
  private final ImmutableList<Rule> rules;

  /**
   * The longest name of each month and weekday ("October", "Thursday"): a "." after them ends the
   * sentence.
   */
  private final ImmutableSet<String> fullNames;

  TimeRules(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.fullNames =
        ImmutableSet.<String>builder()
            .addAll(longest(lexicon.months()))
            .addAll(longest(lexicon.weekdays()))
            .build();
    String month = "(" + lexicon.months().regex() + ")(\\.)?";
    String weekday = "(" + lexicon.weekdays().regex() + ")\\.?";
    this.rules =
        ImmutableList.of(
            new Rule(Pattern.compile("\\b" + ON + "(\\d{4})-(\\d{2})-(\\d{2})\\b"), this::iso, DIGIT),
            new Rule(
                Pattern.compile(
                    "\\b" + ON + month + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?"),
                this::monthDay, DIGIT),
            new Rule(
                Pattern.compile(
                    "\\b"
                        + ON
                        + "(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?"
                        + month
                        + "(?:,? (\\d{4})\\b)?"
                        + END),
                this::dayMonth, DIGIT),
            new Rule(
                Pattern.compile(
                    "\\b"
                        + IN
                        + "(?:(early|mid|middle|late)[- ]|(?:the )?(beginning|start|middle|end) of"
                        + " )(?:"
                        + month
                        + "(?:,? (\\d{4}))?|(\\d{4}))"
                        + END),
                this::part, anyOf("early", "mid", "late", "beginning", "start", "end")),
            new Rule(
                Pattern.compile(
                    "\\b" + IN + month + "(?:,? (\\d{4})| of (this|last|next) year)?" + END),
                this::month, anyPhraseOf(lexicon.months())),
            new Rule(
                Pattern.compile("\\b" + IN + "((?:19|20)\\d{2})" + END + "(?!-\\d)"), this::year, DIGIT),
            new Rule(
                Pattern.compile(
                    "\\b(?:([Oo]n|[Ll]ast|[Tt]his past|[Nn]ext|[Tt]his) )?" + weekday + END),
                this::weekday, anyPhraseOf(lexicon.weekdays())),
            new Rule(
                Pattern.compile(
                    "(?i)\\b(?:(earlier|later) this|(this|last|next)) (week|month|year)\\b"),
                this::relative, anyOf("week", "month", "year")),
            new Rule(
                Pattern.compile("(?i)\\b(yesterday|today|tonight|tomorrow)\\b"), this::deictic, anyOf("yesterday", "today", "tonight", "tomorrow")),
            new Rule(
                Pattern.compile("(?i)\\b(\\d{1,4}|[a-z]+) (day|week|month|year)s? ago\\b"), this::ago, anyOf("ago")),
            new Rule(
                new PhraseStartPattern(Pattern.compile("(?<![\\p{L}])" + lexicon.timePhrases().regex() + END),
                    lexicon.timePhrases().entries().stream().map(Map.Entry::getKey).toList()),
                this::phrase, anyPhraseOf(lexicon.timePhrases())));
  }

  /** Every single time expression in {@code sentence}, possibly overlapping. */
  List<TimeCandidate> candidates(String sentence, LocalDate reference) {
    List<TimeCandidate> found = new ArrayList<>();
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (Rule rule : rules) {
      if (!rule.mayMatch().test(lower)) {
        continue;
      }
      StartKeyedPattern.Scan scan = rule.pattern().scan(sentence);
      while (scan.find()) {
        rule.resolver()
            .resolve(scan.matcher(), reference)
            .map(c -> withoutFullStop(sentence, c))
            .ifPresent(found::add);
      }
    }
    return found;
  }

  /** Drops a "." matched after a full name: only abbreviations ("Nov.") own their dot. */
  private TimeCandidate withoutFullStop(String sentence, TimeCandidate c) {
    if (sentence.charAt(c.end() - 1) != '.') {
      return c;
    }
    int start = c.end() - 1;
    while (start > c.begin() && Character.isLetter(sentence.charAt(start - 1))) {
      start--;
    }
    return fullNames.contains(sentence.substring(start, c.end() - 1)) ? c.withEnd(c.end() - 1) : c;
  }

  private static <V> ImmutableSet<String> longest(PhraseTable<V> table) {
    Map<V, String> longest = new HashMap<>();
    table
        .entries()
        .forEach(
            e ->
                longest.merge(
                    e.getValue(), e.getKey(), (a, b) -> a.length() >= b.length() ? a : b));
    return ImmutableSet.copyOf(longest.values());
  }

  private Optional<TimeCandidate> iso(Matcher m, LocalDate reference) {
    return day(
        m,
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        true);
  }

  private Optional<TimeCandidate> monthDay(Matcher m, LocalDate reference) {
    return dayOfMonth(m, reference, monthOf(m.group(1)), Integer.parseInt(m.group(3)), m.group(4));
  }

  private Optional<TimeCandidate> dayMonth(Matcher m, LocalDate reference) {
    return dayOfMonth(m, reference, monthOf(m.group(2)), Integer.parseInt(m.group(1)), m.group(4));
  }

  /** A month-day without a year is the latest one not after the reference. */
  private Optional<TimeCandidate> dayOfMonth(
      Matcher m, LocalDate reference, int month, int day, String year) {
    if (year != null) {
      return day(m, Integer.parseInt(year), month, day, true);
    }
    Optional<TimeCandidate> thisYear = day(m, reference.getYear(), month, day, false);
    return thisYear.flatMap(
        c ->
            c.startDate().get().isAfter(reference)
                ? day(m, reference.getYear() - 1, month, day, false)
                : thisYear);
  }

  private static Optional<TimeCandidate> day(
      Matcher m, int year, int month, int day, boolean explicitYear) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.of(year, month, day);
    return Optional.of(
        TimeCandidate.of(m.start(), m.end(), Kind.DATE, date, date, Precision.DAY, explicitYear));
  }

  /**
   * early = days 1-10 (months) or Jan-Apr (years); mid = 11-20 or May-Aug; late = 21-end or
   * Sep-Dec.
   */
  private Optional<TimeCandidate> part(Matcher m, LocalDate reference) {
    String word = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    int third =
        word.equals("early") || word.equals("beginning") || word.equals("start")
            ? 0
            : word.equals("late") || word.equals("end") ? 2 : 1;
    if (m.group(6) != null) {
      int year = Integer.parseInt(m.group(6));
      LocalDate start = LocalDate.of(year, 1 + 4 * third, 1);
      LocalDate last = YearMonth.of(year, 4 + 4 * third).atEndOfMonth();
      return Optional.of(
          TimeCandidate.of(m.start(), m.end(), Kind.YEAR, start, last, Precision.MONTH, true)
              .approximately());
    }
    boolean explicit = m.group(5) != null;
    YearMonth month =
        explicit
            ? YearMonth.of(Integer.parseInt(m.group(5)), monthOf(m.group(3)))
            : latest(monthOf(m.group(3)), reference);
    LocalDate start = month.atDay(1 + 10 * third);
    LocalDate last = third == 2 ? month.atEndOfMonth() : month.atDay(10 + 10 * third);
    return Optional.of(
        TimeCandidate.of(m.start(), m.end(), Kind.MONTH, start, last, Precision.MONTH, explicit)
            .approximately());
  }

  /** A month without a year is the latest one not after the reference's month. */
  private Optional<TimeCandidate> month(Matcher m, LocalDate reference) {
    String name = m.group(1);
    if (m.group(2) == null && !isFullName(name)) {
      return Optional.empty(); // "Aug" alone is too ambiguous; "Aug." or "August" are fine
    }
    int number = monthOf(name);
    YearMonth month;
    Kind kind = Kind.MONTH;
    if (m.group(3) != null) {
      month = YearMonth.of(Integer.parseInt(m.group(3)), number);
    } else if (m.group(4) != null) {
      String which = m.group(4);
      int year = reference.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
      month = YearMonth.of(year, number);
      kind = which.equals("next") ? Kind.FUTURE : kind;
    } else {
      month = latest(number, reference);
    }
    boolean explicit = m.group(3) != null || m.group(4) != null;
    return Optional.of(
        TimeCandidate.of(
            m.start(),
            m.end(),
            kind,
            month.atDay(1),
            month.atEndOfMonth(),
            Precision.MONTH,
            explicit));
  }

  private Optional<TimeCandidate> year(Matcher m, LocalDate reference) {
    int year = Integer.parseInt(m.group(1));
    return Optional.of(
        TimeCandidate.of(
            m.start(),
            m.end(),
            Kind.YEAR,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31),
            Precision.YEAR,
            true));
  }

  /**
   * A bare weekday, or one after "on", is the latest such day before the reference; the reference's
   * own weekday means the reference day itself (news reports "on Thursday" for the day of
   * publication). "last X" is strictly before the reference; "next X" strictly after (FUTURE);
   * "this X" is the day in the reference's Monday-to-Sunday week.
   */
  private Optional<TimeCandidate> weekday(Matcher m, LocalDate reference) {
    DayOfWeek day = lexicon.weekdays().at(m.group(2), 0).orElseThrow().value();
    String which = m.group(1) == null ? "on" : m.group(1).toLowerCase(Locale.ROOT);
    LocalDate date =
        switch (which) {
          case "last", "this past" -> reference.with(TemporalAdjusters.previous(day));
          case "next" -> reference.with(TemporalAdjusters.next(day));
          case "this" ->
              reference
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                  .with(TemporalAdjusters.nextOrSame(day));
          default -> reference.with(TemporalAdjusters.previousOrSame(day));
        };
    Kind kind = date.isAfter(reference) ? Kind.FUTURE : Kind.DATE;
    return Optional.of(
        TimeCandidate.of(m.start(), m.end(), kind, date, date, Precision.DAY, false));
  }

  private Optional<TimeCandidate> relative(Matcher m, LocalDate reference) {
    String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    String which = m.group(2) == null ? "this" : m.group(2).toLowerCase(Locale.ROOT);
    ChronoUnit unit = ChronoUnit.valueOf(m.group(3).toUpperCase(Locale.ROOT) + "S");
    int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
    LocalDate start = periodStart(reference.plus(offset, unit), unit);
    LocalDate last = start.plus(1, unit).minusDays(1);
    Kind kind = offset > 0 ? Kind.FUTURE : kindOf(unit);
    if (modifier.equals("earlier")) {
      last = reference;
    } else if (modifier.equals("later")) {
      start = reference;
      kind = Kind.FUTURE;
    }
    return Optional.of(
        TimeCandidate.of(m.start(), m.end(), kind, start, last, precisionOf(unit), true));
  }

  private Optional<TimeCandidate> deictic(Matcher m, LocalDate reference) {
    String word = m.group(1).toLowerCase(Locale.ROOT);
    LocalDate date =
        word.equals("yesterday")
            ? reference.minusDays(1)
            : word.equals("tomorrow") ? reference.plusDays(1) : reference;
    Kind kind = word.equals("tomorrow") ? Kind.FUTURE : Kind.DATE;
    return Optional.of(TimeCandidate.of(m.start(), m.end(), kind, date, date, Precision.DAY, true));
  }

  /**
   * "two days ago" is that day; "three weeks/months/years ago" the week, month or year containing
   * that day.
   */
  private Optional<TimeCandidate> ago(Matcher m, LocalDate reference) {
    String count = m.group(1).toLowerCase(Locale.ROOT);
    Optional<Integer> n =
        count.matches("\\d+")
            ? Optional.of(Integer.parseInt(count))
            : count.equals("a") || count.equals("an")
                ? Optional.of(1)
                : lexicon
                    .numbers()
                    .at(count, 0)
                    .filter(h -> h.end() == count.length())
                    .map(h -> h.value().intValue());
    if (n.isEmpty()) {
      return Optional.empty();
    }
    ChronoUnit unit = ChronoUnit.valueOf(m.group(2).toUpperCase(Locale.ROOT) + "S");
    LocalDate start = periodStart(reference.minus(n.get(), unit), unit);
    LocalDate last = start.plus(1, unit).minusDays(1);
    return Optional.of(
        TimeCandidate.of(m.start(), m.end(), kindOf(unit), start, last, precisionOf(unit), true));
  }

  private Optional<TimeCandidate> phrase(Matcher m, LocalDate reference) {
    Kind kind = lexicon.timePhrases().at(m.group(), 0).orElseThrow().value();
    return Optional.of(TimeCandidate.undated(m.start(), m.end(), kind));
  }

  private static LocalDate periodStart(LocalDate day, ChronoUnit unit) {
    return switch (unit) {
      case WEEKS -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHS -> day.withDayOfMonth(1);
      case YEARS -> day.withDayOfYear(1);
      default -> day;
    };
  }

  private static Kind kindOf(ChronoUnit unit) {
    return switch (unit) {
      case WEEKS -> Kind.WEEK;
      case MONTHS -> Kind.MONTH;
      case YEARS -> Kind.YEAR;
      default -> Kind.DATE;
    };
  }

  private static Precision precisionOf(ChronoUnit unit) {
    return switch (unit) {
      case WEEKS -> Precision.WEEK;
      case MONTHS -> Precision.MONTH;
      case YEARS -> Precision.YEAR;
      default -> Precision.DAY;
    };
  }

  private static YearMonth latest(int month, LocalDate reference) {
    YearMonth candidate = YearMonth.of(reference.getYear(), month);
    return candidate.isAfter(YearMonth.from(reference)) ? candidate.minusYears(1) : candidate;
  }

  private int monthOf(String surface) {
    return lexicon.months().at(surface, 0).orElseThrow().value();
  }

  /** Whether {@code surface} is the longest entry for its month ("October", not "Oct"). */
  private boolean isFullName(String surface) {
    return fullNames.contains(surface);
  }
}
