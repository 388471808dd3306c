package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** An ordinal ("third", "3rd", "twenty-first") at [begin, end) of a sentence, with its value. */
public record OrdinalMatch(int begin, int end, String text, int value) {
  public OrdinalMatch {
    requireNonNull(text, "text");
    MatchSpans.check(begin, end, text);
    checkArgument(value >= 0, "negative ordinal %s", value);
  }
}
