package org.newsgraph.link;

import static java.util.Objects.requireNonNull;

/**
 * One result of {@code wbsearchentities}: the item, its English label and description, and what the search
 * matched ({@code matchType} is {@code label} or {@code alias}; {@code matchText} the matched words).
 */
public record SearchHit(String id, String label, String description, String matchType, String matchText) {
  public SearchHit {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(description, "description");
    requireNonNull(matchType, "matchType");
    requireNonNull(matchText, "matchText");
  }
}
