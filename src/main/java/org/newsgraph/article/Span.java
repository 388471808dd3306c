package org.newsgraph.article;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** A piece of an article's text with its UTF-16 offsets [begin, end) into the whole file's text. */
public record Span(int begin, int end, String text) {
  public Span {
    requireNonNull(text, "text");
    checkArgument(0 <= begin && begin <= end, "bad span [%s, %s)", begin, end);
    checkArgument(end - begin == text.length(), "span length %s != text length %s", end - begin, text.length());
  }
}
