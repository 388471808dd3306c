package org.newsgraph.serve;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Which slice of a long list (the claims about a thing, what points at it) one page shows, and what is
 * known of the list's length: the list is counted only up to {@link #countLimit(long)}, so that a page
 * never reads a whole list of 100,000 claims to say how long it is.
 *
 * @param offset rows before this page
 * @param size rows a page shows
 * @param counted rows counted, at most {@code countLimit(offset)}
 */
record Window(long offset, int size, long counted) {
  /** Rows a page shows. */
  static final int PAGE_SIZE = 25;
  /** Lists are counted exactly up to this length; longer ones are said to be longer. */
  static final long COUNT_CAP = 500;

  Window {
    checkArgument(offset >= 0 && size >= 1 && counted >= 0, "bad window %s %s %s", offset, size, counted);
  }

  /** The window of page {@code page} (from 1) of a list of which {@code counted} rows were counted. */
  static Window of(int page, long counted) {
    return new Window((long) (page - 1) * PAGE_SIZE, PAGE_SIZE, counted);
  }

  /** How far to count the list for page {@code page}: the cap, or one past the page if that is further. */
  static long countLimit(int page) {
    return Math.max(COUNT_CAP + 1, (long) page * PAGE_SIZE + 1);
  }

  private long limit() {
    return Math.max(COUNT_CAP + 1, offset + size + 1);
  }

  /** Whether the list goes on after this page. */
  boolean hasNext() {
    return counted > offset + size;
  }

  /** Whether {@link #counted} is the list's length (it was not cut by the count limit). */
  boolean exact() {
    return counted < limit();
  }

  /** Rows on this page. */
  long shown() {
    return Math.max(0, Math.min(counted, offset + size) - offset);
  }

  /** "1–25 of 734", "26–50 of more than 500", "none on this page (734 in all)". */
  String describe() {
    String total = exact() ? String.format(Locale.ROOT, "%,d", counted)
        : String.format(Locale.ROOT, "more than %,d", counted - 1);
    if (shown() == 0) {
      return "none on this page (" + total + " in all)";
    }
    return String.format(Locale.ROOT, "%,d–%,d of %s", offset + 1, offset + shown(), total);
  }
}
