package org.newsgraph.link;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A Wikidata link a human accepted: the entity (IRI path under the data base), the id, the entity's label
 * for the reader, and where the decision was made ({@code reviewed: FILE}).
 */
public record ReviewedLink(String path, String wikidata, String label, String source) {
  static final String ENTITY_PATH = "entity/[a-z0-9-]+/[^\\s/]+";
  static final String ITEM = "Q[1-9][0-9]*";

  public ReviewedLink {
    requireNonNull(path, "path");
    checkArgument(path.matches(ENTITY_PATH), "not an entity path: %s", path);
    requireNonNull(wikidata, "wikidata");
    checkArgument(wikidata.matches(ITEM), "not an item id: %s", wikidata);
    requireNonNull(label, "label");
    requireNonNull(source, "source");
    checkArgument(source.startsWith("reviewed: "), "source must say 'reviewed: FILE': %s", source);
  }
}
