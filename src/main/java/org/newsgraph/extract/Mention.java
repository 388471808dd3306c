package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

/**
 * A stretch of one sentence that refers to an entity: tokens [first, last) and character offsets [begin, end)
 * into the article's text.
 */
public record Mention(int sentence, int first, int last, int begin, int end, String surface, Entity entity, MentionKind kind) {
  public Mention {
    requireNonNull(surface, "surface");
    requireNonNull(entity, "entity");
    requireNonNull(kind, "kind");
  }

  public boolean overlaps(int otherFirst, int otherLast) {
    return first < otherLast && otherFirst < last;
  }
}
