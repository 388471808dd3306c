package org.newsgraph.normalize;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.normalize.TimeMatch.Kind;
import org.newsgraph.normalize.TimeMatch.Precision;

/**
 * Finds time expressions in an English news sentence and resolves them against the article's
 * publication date (the reference).
 *
 * <p>Resolution rules: a month-day or month without a year is the latest one not after the
 * reference ("Dec. 5" read on 2023-11-02 is 2022-12-05; "in October" is October 2023); a bare
 * weekday or "on Wednesday" is the latest such day before the reference, and the reference's own
 * weekday is the reference day itself; "early", "mid"/"middle" and "late" are the thirds of a month
 * (days 1-10, 11-20, 21-end) or of a year (January-April, May-August, September-December) and are
 * approximate; "earlier this month" runs from the month's first day to the reference and "later
 * this month" from the reference to the month's end (FUTURE); "yesterday" and "today" are resolved
 * dates. Combinations: a month without a year takes the year of the next month in a list ("in
 * February and June of this year"); "between X and Y" and "from X to Y" are ranges, the first moved
 * back a year if it would otherwise follow the second; "since X" and "until X" are open-ended
 * ranges; a hedge ("around", "about") makes its expression approximate.
 *
 * <p>Immutable and thread-safe: the lexicons and patterns are built once at construction.
 */
public final class TimeNormalizer {
  private static final Pattern RANGE_GAP =
      Pattern.compile("(?i) (?:and|to|until|through|-|–) | ?[-–] ?");
  private static final Pattern LIST_GAP = Pattern.compile("(?i),? and |, |,? or ");

  private final Lexicon lexicon;
  private final TimeRules rules;

  private TimeNormalizer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.rules = new TimeRules(lexicon);
  }

  /** A normalizer with the bundled lexicons. */
  public static TimeNormalizer create() {
    return new TimeNormalizer(Lexicon.bundled());
  }

  /**
   * A normalizer with the bundled lexicons extended by same-named files in {@code extensionDir}
   * (entries added; for keyed lexicons a later entry replaces an earlier one).
   */
  public static TimeNormalizer create(Path extensionDir) {
    return new TimeNormalizer(
        Lexicon.load(Optional.of(requireNonNull(extensionDir, "extensionDir"))));
  }

  /**
   * The time expressions in {@code sentence}, left to right, not overlapping, resolved against
   * {@code reference}.
   */
  public ImmutableList<TimeMatch> find(String sentence, LocalDate reference) {
    requireNonNull(sentence, "sentence");
    requireNonNull(reference, "reference");
    List<TimeCandidate> found = select(rules.candidates(sentence, reference));
    shareYears(sentence, found);
    hedge(sentence, found);
    ranges(sentence, found);
    openEnds(sentence, found);
    return found.stream().map(c -> c.toMatch(sentence)).collect(ImmutableList.toImmutableList());
  }

  /** Leftmost-longest candidates that do not overlap. */
  private static List<TimeCandidate> select(List<TimeCandidate> candidates) {
    candidates.sort(Comparator.comparingInt(TimeCandidate::begin).thenComparingInt(c -> -c.end()));
    List<TimeCandidate> chosen = new ArrayList<>();
    for (TimeCandidate c : candidates) {
      if (chosen.isEmpty() || c.begin() >= chosen.get(chosen.size() - 1).end()) {
        chosen.add(c);
      }
    }
    return chosen;
  }

  /**
   * "in February and June of this year": a month without a year takes the next listed month's year.
   */
  private static void shareYears(String s, List<TimeCandidate> found) {
    for (int i = found.size() - 2; i >= 0; i--) {
      TimeCandidate c = found.get(i);
      TimeCandidate next = found.get(i + 1);
      if (c.kind() == Kind.MONTH
          && !c.explicitYear()
          && next.explicitYear()
          && next.precision() == Precision.MONTH
          && LIST_GAP.matcher(s.substring(c.end(), next.begin())).matches()) {
        int years = next.startDate().get().getYear() - c.startDate().get().getYear();
        found.set(i, c.shiftYears(years).withExplicitYear());
      }
    }
  }

  private void hedge(String s, List<TimeCandidate> found) {
    for (int i = 0; i < found.size(); i++) {
      TimeCandidate c = found.get(i);
      int before = c.begin() - 1;
      if (c.startDate().isPresent() && before > 0 && s.charAt(before) == ' ') {
        int floor = i == 0 ? 0 : found.get(i - 1).end();
        var hedge = lexicon.hedges().endingAt(s, before).filter(h -> h.begin() >= floor);
        if (hedge.isPresent()) {
          found.set(i, c.withBegin(hedge.get().begin()).approximately());
        }
      }
    }
  }

  /** "between March and May", "from August to October". */
  private static void ranges(String s, List<TimeCandidate> found) {
    for (int i = found.size() - 2; i >= 0; i--) {
      TimeCandidate a = found.get(i);
      TimeCandidate b = found.get(i + 1);
      Optional<Integer> opener = wordBefore(s, a.begin(), "between", "from");
      if (opener.isEmpty()
          || a.startDate().isEmpty()
          || b.endDate().isEmpty()
          || a.openEnded()
          || b.openEnded()
          || !RANGE_GAP.matcher(s.substring(a.end(), b.begin())).matches()) {
        continue;
      }
      if (a.startDate().get().isAfter(b.endDate().get()) && !a.explicitYear()) {
        a = a.shiftYears(-1);
      }
      if (a.startDate().get().isAfter(b.endDate().get())) {
        continue;
      }
      Precision precision =
          a.precision().compareTo(b.precision()) >= 0 ? a.precision() : b.precision();
      found.set(
          i,
          new TimeCandidate(
              opener.get(),
              b.end(),
              Kind.RANGE,
              a.startDate(),
              b.endDate(),
              precision,
              a.approximate() || b.approximate(),
              false,
              a.explicitYear() || b.explicitYear()));
      found.remove(i + 1);
    }
  }

  /** "since early August" (start only), "until October" (end only). */
  private static void openEnds(String s, List<TimeCandidate> found) {
    for (int i = 0; i < found.size(); i++) {
      TimeCandidate c = found.get(i);
      if (c.startDate().isEmpty() || c.kind() == Kind.RANGE) {
        continue;
      }
      Optional<Integer> since = wordBefore(s, c.begin(), "since");
      Optional<Integer> until = wordBefore(s, c.begin(), "until", "till");
      if (since.isPresent()) {
        found.set(
            i,
            new TimeCandidate(
                since.get(),
                c.end(),
                Kind.RANGE,
                c.startDate(),
                Optional.empty(),
                c.precision(),
                c.approximate(),
                true,
                c.explicitYear()));
      } else if (until.isPresent()) {
        found.set(
            i,
            new TimeCandidate(
                until.get(),
                c.end(),
                Kind.RANGE,
                Optional.empty(),
                c.endDate(),
                c.precision(),
                c.approximate(),
                true,
                c.explicitYear()));
      }
    }
  }

  /**
   * The offset of one of {@code words} (any case) followed by one space right before {@code pos}.
   */
  private static Optional<Integer> wordBefore(String s, int pos, String... words) {
    for (String w : words) {
      int begin = pos - w.length() - 1;
      if (begin >= 0
          && s.regionMatches(true, begin, w, 0, w.length())
          && s.charAt(pos - 1) == ' '
          && (begin == 0 || !Character.isLetter(s.charAt(begin - 1)))) {
        return Optional.of(begin);
      }
    }
    return Optional.empty();
  }
}
