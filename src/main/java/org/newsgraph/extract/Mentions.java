package org.newsgraph.extract;

import java.util.List;

/** Finding one of a sentence's mentions by where it starts or ends. */
final class Mentions {
  private Mentions() {}

  /** The mention that starts at the token, or null. */
  static Mention startingAt(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.first() == token) {
        return m;
      }
    }
    return null;
  }

  /** The mention whose last token is just before {@code last} (exclusive end), or null. */
  static Mention endingAt(List<Mention> ms, int last) {
    for (Mention m : ms) {
      if (m.last() == last) {
        return m;
      }
    }
    return null;
  }

  /** The mention whose tokens include {@code token}, or null. */
  static Mention covering(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.first() <= token && token < m.last()) {
        return m;
      }
    }
    return null;
  }
}
