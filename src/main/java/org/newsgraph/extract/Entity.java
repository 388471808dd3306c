package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A real-world thing: from the gazetteer (with its background relations and, where checked, a Wikidata id)
 * or found in the text (then it has no id; it can be linked later).
 */
public record Entity(
    String canonical,
    EntityType type,
    Optional<String> wikidata,
    boolean fromGazetteer,
    ImmutableList<String> descriptors,
    ImmutableList<BackgroundRelation> background) {

  public Entity {
    requireNonNull(canonical, "canonical");
    requireNonNull(type, "type");
    requireNonNull(wikidata, "wikidata");
    requireNonNull(descriptors, "descriptors");
    requireNonNull(background, "background");
  }

  /**
   * The canonical name's hash (cached by {@link String}) with the type's: entities are hashed often (sets of them
   * per article), and the derived hash walked every field, lists included. Equal entities have equal names and
   * types, so this agrees with {@link #equals}; the ordinal keeps it the same from run to run.
   */
  @Override
  public int hashCode() {
    return 31 * canonical.hashCode() + type.ordinal();
  }

  public static Entity found(String canonical, EntityType type) {
    return new Entity(canonical, type, Optional.empty(), false, ImmutableList.of(), ImmutableList.of());
  }

  /** A fact the gazetteer knows, not the text: {@code relation} to the entry named by {@code targetKey}. */
  public record BackgroundRelation(String relation, String targetKey) {}
}
