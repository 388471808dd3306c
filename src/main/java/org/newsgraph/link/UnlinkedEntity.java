package org.newsgraph.link;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import org.newsgraph.extract.EntityType;

/**
 * An entity of the built graph without a Wikidata link.
 *
 * @param path its IRI relative to the data base, e.g. {@code entity/person/kim-kyou-hyun} (what the review
 *     and reviewed-links files store, so that they survive a change of {@code --base})
 * @param label its canonical English name
 * @param type its newsgraph type
 * @param countries Q-ids of the countries the graph ties it to (may be empty)
 */
public record UnlinkedEntity(String path, String label, EntityType type, ImmutableSet<String> countries) {
  public UnlinkedEntity {
    requireNonNull(path, "path");
    checkArgument(path.startsWith("entity/"), "not an entity path: %s", path);
    requireNonNull(label, "label");
    requireNonNull(type, "type");
    requireNonNull(countries, "countries");
  }
}
