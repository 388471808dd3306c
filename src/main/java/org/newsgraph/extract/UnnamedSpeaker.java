package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;

/**
 * A speaker described, not named, right before a reporting verb: "A Kremlin spokesman denied that ...", "..., a
 * spokesperson for Ukraine's military intelligence said", "A JCS official said", "U.S. officials said". The words
 * are still someone's and keep the verb's status: a denial stays a denial, not a fact the article states. A
 * spokesperson speaks for the body the description names (a name or a metonym: "a Pentagon spokesman" is the
 * Pentagon's voice); an official, a source or a diplomat stays unnamed, as in "according to a JCS official"
 * (FORMAT.md: unnamed sources get no saidThat row).
 */
final class UnnamedSpeaker {
  private static final ImmutableSet<String> SPOKESPEOPLE = ImmutableSet.of("spokesperson", "spokesman", "spokeswoman",
      "spokespeople", "spokespersons", "spokesmen", "spokeswomen");
  /** Unnamed people: "a JCS official", "sources", "officials familiar with ..." are nobody the graph can name. */
  static final ImmutableSet<String> UNNAMED = ImmutableSet.of("official", "officials", "source", "sources", "person",
      "people", "diplomat", "diplomats", "analyst", "analysts", "expert", "experts", "insider", "insiders", "representative",
      "representatives", "aide", "aides");
  private static final ImmutableSet<String> PEOPLE = ImmutableSet.<String>builder().addAll(SPOKESPEOPLE).addAll(UNNAMED).build();
  private static final ImmutableSet<String> PLURALS = ImmutableSet.of("officials", "sources", "people", "diplomats", "analysts",
      "experts", "insiders", "representatives", "aides", "spokespeople", "spokespersons", "spokesmen", "spokeswomen");
  /** What may stand before the description: the sentence's start, a comma, a dateline's dash. */
  static final ImmutableSet<String> BOUNDARIES = ImmutableSet.of(",", "-", "--", "—", "–", "\"", "“", "”");
  private static final ImmutableSet<String> INDEFINITE = ImmutableSet.of("a", "an", "one", "two", "three", "several", "some");
  /** Words a description spans at most: "a senior spokesperson for Ukraine's military intelligence agency". */
  private static final int REACH = 10;

  /**
   * @param start the description's first token
   * @param body the body a spokesperson speaks for, when the description names one
   */
  record Described(int start, Optional<Mention> body) {}

  private UnnamedSpeaker() {}

  /** The unnamed speaker described by the words that end at token {@code end} (exclusive), if they describe one. */
  static Optional<Described> before(Sentence s, List<Mention> ms, int end) {
    int start = end - 1;
    while (start > 0 && !BOUNDARIES.contains(s.token(start - 1).text()) && end - start < REACH) {
      start--;
    }
    if (start < 0 || start > 0 && !BOUNDARIES.contains(s.token(start - 1).text())) {
      return Optional.empty();
    }
    int head = -1;
    for (int k = start; k < end && head < 0; k++) {
      head = PEOPLE.contains(s.token(k).lower()) ? k : -1;
    }
    if (head < 0) {
      return Optional.empty();
    }
    boolean indefinite = INDEFINITE.contains(s.token(start).lower()) || s.token(start).pos().equals("NUM");
    if (!indefinite && !(PLURALS.contains(s.token(head).lower()) && head - start <= 3)) {
      return Optional.empty(); // "the spokesman" is one met before; "South Korea's top security official" is named later
    }
    Mention body = null;
    for (Mention m : ms) {
      if (m.first() < start || m.last() > end) {
        continue;
      }
      if (m.entity().type() == EntityType.PERSON) {
        return Optional.empty(); // "a spokesman, John Kirby," is named
      }
      boolean named = m.kind() == MentionKind.METONYM || m.kind() != MentionKind.DEMONYM && m.entity().type() != EntityType.COUNTRY;
      if (m.entity().type().isActor() && named) {
        body = m;
      }
    }
    return Optional.of(new Described(start, SPOKESPEOPLE.contains(s.token(head).lower()) ? Optional.ofNullable(body) : Optional.empty()));
  }
}
