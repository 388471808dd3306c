package org.newsgraph.link;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;

/**
 * What {@code wbgetentities} says about an item that the checks use: its English label, and the item values
 * of its claims (property id to Q-ids; deprecated statements left out).
 */
public record WikidataItem(String id, String label, ImmutableListMultimap<String, String> claims) {
  public WikidataItem {
    requireNonNull(id, "id");
    requireNonNull(label, "label");
    requireNonNull(claims, "claims");
  }

  /** The Q-ids that {@code property} points to. */
  public ImmutableList<String> values(String property) {
    return claims.get(property);
  }
}
