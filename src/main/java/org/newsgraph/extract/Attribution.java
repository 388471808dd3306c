package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A stretch of a sentence (tokens [from, to)) that someone is reported to say: the speaker (empty for "it was
 * reported"), the words that attribute it (at token {@code verbAt}), and the status those words give; a
 * co-speaker's attribution repeats another's range for one more speaker.
 */
public record Attribution(int from, int to, Optional<Entity> speaker, Status status, String verb, int verbAt, boolean coSpeaker,
    boolean relative) {

  public Attribution(int from, int to, Optional<Entity> speaker, Status status, String verb, int verbAt) {
    this(from, to, speaker, status, verb, verbAt, false, false);
  }

  /** The same words said by one more speaker ("Washington and Seoul said"). */
  public Attribution alsoBy(Entity other) {
    return new Attribution(from, to, Optional.of(other), status, verb, verbAt, true, relative);
  }

  /** The same attribution, its verb named {@code words} ("could not confirm"). */
  public Attribution withVerb(String words) {
    return new Attribution(from, to, speaker, status, words, verbAt, coSpeaker, relative);
  }

  /** Said inside a relative clause ("..., which OFAC said own the tankers"): it speaks for nothing outside its range. */
  public Attribution inRelativeClause() {
    return new Attribution(from, to, speaker, status, verb, verbAt, coSpeaker, true);
  }

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
