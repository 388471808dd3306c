package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** A time expression in a sentence (offsets relative to the sentence), normalised against the dateline. */
public record When(
    int begin,
    int end,
    String text,
    Optional<LocalDate> start,
    Optional<LocalDate> end2,
    String precision,
    boolean approximate,
    boolean anaphoric,
    boolean future) {

  public When {
    requireNonNull(text, "text");
    requireNonNull(start, "start");
    requireNonNull(end2, "end2");
    requireNonNull(precision, "precision");
  }
}
