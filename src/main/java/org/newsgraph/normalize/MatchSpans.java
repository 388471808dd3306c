package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;

/** The check every match record makes: a non-empty span [begin, end) whose length is its text's. */
final class MatchSpans {
  private MatchSpans() {}

  static void check(int begin, int end, String text) {
    checkArgument(0 <= begin && begin < end, "bad span [%s, %s)", begin, end);
    checkArgument(end - begin == text.length(), "span length %s != text length %s", end - begin, text.length());
  }
}
