package org.newsgraph.serve;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One bar of the timeline: an event and one of its time spans, with what the page says about it.
 *
 * @param eventPath the event page's path ({@code /id/event/…})
 * @param claimPath the first claim's page path, or empty
 * @param type the event class's local name ({@code Transfer}, {@code Briefing}…)
 * @param start the first day
 * @param end the last day, when the text gives one
 * @param precision {@code day}, {@code month}, {@code year} or empty
 * @param timeText the time as the article says it ("since early August"), or empty
 * @param text the trigger words ("shipped"), or empty
 * @param agents who acts (labels, comma-separated), or empty
 * @param others who receives, hears or partners, or empty
 * @param statuses the statuses of the claims that state it ({@code Estimated}…)
 */
record TimelineItem(String eventPath, String claimPath, String type, LocalDate start,
    Optional<LocalDate> end, String precision, String timeText, String text, String agents,
    String others, List<String> statuses) {

  TimelineItem {
    requireNonNull(eventPath, "eventPath");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    statuses = List.copyOf(statuses);
  }

  /** Whether {@code other} is the same event over the same days. */
  boolean sameSpan(TimelineItem other) {
    return eventPath.equals(other.eventPath) && start.equals(other.start) && end.equals(other.end);
  }

  TimelineItem withTimeText(String value) {
    return new TimelineItem(eventPath, claimPath, type, start, end, precision, value, text, agents, others,
        statuses);
  }

  /** The last day the bar covers: the end, or the start widened by the precision. */
  LocalDate last() {
    return end.orElseGet(() -> switch (precision) {
      case "year" -> start.withDayOfYear(start.lengthOfYear());
      case "month" -> start.withDayOfMonth(start.lengthOfMonth());
      default -> start;
    });
  }

  /** Whether the text says it goes on ("since …", "from …" without an end). */
  boolean ongoing() {
    String t = timeText.toLowerCase(Locale.ROOT);
    return end.isEmpty() && (t.startsWith("since") || t.startsWith("from"));
  }

  /** The style of the first status (claims about one event usually agree). */
  GraphStyle.Status status() {
    return statuses.isEmpty() ? GraphStyle.UNKNOWN : GraphStyle.status(statuses.get(0));
  }

  /** "Transfer: North Korea → Russia (shipped)". */
  String title() {
    StringBuilder s = new StringBuilder(type);
    if (!agents.isEmpty() || !others.isEmpty()) {
      s.append(": ").append(agents.isEmpty() ? "?" : agents);
      if (!others.isEmpty()) {
        s.append(" → ").append(others);
      }
    }
    if (!text.isEmpty()) {
      s.append(" (").append(text).append(')');
    }
    return s.toString();
  }
}
