package org.newsgraph.article;

import static java.util.Comparator.comparingInt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises timestamp lines: a line made only of one or more dates, each optionally introduced by a label
 * from {@code timestamp-labels.tsv} ("published", "updated on", ...) and optionally followed by a time-zone
 * abbreviation from {@code timezones.tsv} or a numeric offset. Dates may be ISO 8601 ({@code 2023-11-02T17:02+09:00},
 * {@code 2023-11-02 17:02}), month first ({@code Nov. 2, 2023 - 17:02}) or day first ({@code 2 Nov 2023 08.02}).
 */
final class Timestamps {

  /** Which date a stamp gives. */
  enum Kind { PUBLISHED, MODIFIED }

  /**
   * One date of a timestamp line. {@code time} is empty when the date does not exist (such as Feb. 30);
   * {@code offset} is empty when no zone was given or the zone is unknown ({@code zone} then holds its name).
   */
  record Stamp(Kind kind, Optional<LocalDateTime> time, Optional<ZoneOffset> offset, String zone, String text) {}

  private static final String ISO =
      "(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})"
          + "(?:(?:T|\\s+)(?<ih>\\d{1,2}):(?<imin>\\d{2})(?::(?<is>\\d{2})(?:[.,]\\d+)?)?)?"
          + "(?<ioff>Z|[+-]\\d{2}:?\\d{2})?";
  private static final String MONTH_FIRST =
      "(?:\\p{L}{3,9}\\.?,?\\s+)?(?<mon>\\p{L}{3,9})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})";
  private static final String DAY_FIRST =
      "(?:\\p{L}{3,9}\\.?,?\\s+)?(?<day2>\\d{1,2})\\s+(?<mon2>\\p{L}{3,9})\\.?,?\\s+(?<year2>\\d{4})";
  private static final String TIME =
      "(?:\\s*(?:-|–|,|at|\\|)?\\s*(?<h>\\d{1,2})[:.](?<min>\\d{2})(?:\\s*(?<ampm>[ap])\\.?m\\.?)?)?";
  private static final String ZONE =
      "(?:\\s*\\(?(?<zone>(?-i:[A-Z]{1,5})(?:[+-]\\d{1,2}(?::?\\d{2})?)?)\\)?(?!\\p{L}))?";

  private static final ImmutableMap<String, Month> MONTHS = months();

  private final ImmutableMap<String, ZoneOffset> zones;
  private final ImmutableMap<String, Kind> labels;
  private final Pattern item;

  private Timestamps(ImmutableMap<String, ZoneOffset> zones, ImmutableMap<String, Kind> labels) {
    this.zones = zones;
    this.labels = labels;
    String labelAlternatives = labels.keySet().stream()
        .sorted(comparingInt(String::length).reversed())
        .map(label -> Pattern.quote(label).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    this.item = Pattern.compile(
        "[\\s|,;·]*(?:(?<label>" + labelAlternatives + ")\\s*:?\\s*)?"
            + "(?:" + ISO + "|(?:" + MONTH_FIRST + "|" + DAY_FIRST + ")" + TIME + ")" + ZONE + "\\s*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  static Timestamps load() {
    ImmutableMap.Builder<String, ZoneOffset> zones = ImmutableMap.builder();
    DataFiles.table("timezones.tsv").forEach((zone, columns) -> zones.put(zone, ZoneOffset.of(columns.get(0))));
    ImmutableMap.Builder<String, Kind> labels = ImmutableMap.builder();
    DataFiles.table("timestamp-labels.tsv").forEach((label, columns) ->
        labels.put(label.toLowerCase(Locale.ROOT), Kind.valueOf(columns.get(0).strip().toUpperCase(Locale.ROOT))));
    return new Timestamps(zones.buildOrThrow(), labels.buildOrThrow());
  }

  /** The offset a zone abbreviation stands for, if the table knows it. */
  Optional<ZoneOffset> zone(String abbreviation) {
    return Optional.ofNullable(zones.get(abbreviation));
  }

  /** The stamps of {@code line}, or empty if the line is anything more than timestamps. */
  Optional<ImmutableList<Stamp>> parseLine(String line) {
    ImmutableList.Builder<Stamp> stamps = ImmutableList.builder();
    Matcher m = item.matcher(line);
    int position = 0;
    while (position < line.length()) {
      m.region(position, line.length());
      if (!m.lookingAt() || m.end() == position) {
        return Optional.empty();
      }
      Optional<Stamp> stamp = stamp(m);
      if (stamp.isEmpty()) {
        return Optional.empty();
      }
      stamps.add(stamp.get());
      position = m.end();
    }
    ImmutableList<Stamp> all = stamps.build();
    return all.isEmpty() ? Optional.empty() : Optional.of(all);
  }

  private Optional<Stamp> stamp(Matcher m) {
    String label = m.group("label");
    Kind kind = label == null ? Kind.PUBLISHED : labels.get(label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    String monthName = m.group("mon") != null ? m.group("mon") : m.group("mon2");
    Month month = monthName == null ? null : MONTHS.get(monthName.toLowerCase(Locale.ROOT));
    if (monthName != null && month == null) {
      return Optional.empty();
    }
    Optional<LocalDateTime> time;
    try {
      time = Optional.of(m.group("iy") != null ? isoTime(m) : namedTime(m, month));
    } catch (DateTimeException e) {
      time = Optional.empty();
    }
    String zone = m.group("zone") != null ? m.group("zone") : "";
    Optional<ZoneOffset> offset = m.group("ioff") != null ? Optional.of(ZoneOffset.of(m.group("ioff").replace("Z", "+00:00")))
        : offset(zone);
    String text = m.group().strip();
    return Optional.of(new Stamp(kind, time, offset, zone, text));
  }

  private Optional<ZoneOffset> offset(String zone) {
    Matcher numeric = Pattern.compile("([A-Z]+)([+-]\\d{1,2}(?::?\\d{2})?)").matcher(zone);
    if (numeric.matches() && zones.containsKey(numeric.group(1))) {
      String digits = numeric.group(2);
      String normal = digits.length() == 4 && !digits.contains(":") ? digits.charAt(0) + "0" + digits.substring(1) : digits;
      try {
        return Optional.of(ZoneOffset.of(normal));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return zone(zone);
  }

  private static LocalDateTime isoTime(Matcher m) {
    LocalDate date = LocalDate.of(num(m, "iy"), num(m, "im"), num(m, "id"));
    LocalTime time = m.group("ih") == null ? LocalTime.MIDNIGHT
        : LocalTime.of(num(m, "ih"), num(m, "imin"), m.group("is") == null ? 0 : num(m, "is"));
    return date.atTime(time);
  }

  private static LocalDateTime namedTime(Matcher m, Month month) {
    boolean monthFirst = m.group("mon") != null;
    LocalDate date = LocalDate.of(num(m, monthFirst ? "year" : "year2"), month, num(m, monthFirst ? "day" : "day2"));
    if (m.group("h") == null) {
      return date.atStartOfDay();
    }
    int hour = num(m, "h");
    if (m.group("ampm") != null) {
      hour = hour % 12 + (m.group("ampm").equalsIgnoreCase("p") ? 12 : 0);
    }
    return date.atTime(hour, num(m, "min"));
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }

  /** Month names and abbreviations (with "Sept"), lower case. */
  static Optional<Month> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
  }

  private static ImmutableMap<String, Month> months() {
    ImmutableMap.Builder<String, Month> months = ImmutableMap.builder();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      months.put(name, month);
      if (name.length() > 3) {
        months.put(name.substring(0, 3), month);
      }
    }
    months.put("sept", Month.SEPTEMBER);
    return months.buildOrThrow();
  }
}
