package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A stretch of a sentence (tokens [from, to)) that someone is reported to say: the speaker (empty for "it was
 * reported"), the words that attribute it (at token {@code verbAt}), and the status those words give.
 */
public record Attribution(int from, int to, Optional<Entity> speaker, Status status, String verb, int verbAt) {
  public Attribution {
    requireNonNull(speaker, "speaker");
    requireNonNull(status, "status");
    requireNonNull(verb, "verb");
  }

  public boolean contains(int token) {
    return from <= token && token < to;
  }

  public int length() {
    return to - from;
  }
}
