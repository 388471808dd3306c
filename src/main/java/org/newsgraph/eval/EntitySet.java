package org.newsgraph.eval;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.eval.FactRow.EntityRow;

/**
 * The entities of one side of one article: E rows grouped by the normalised canonical name, each with every
 * normalised name it goes by (the canonical name and all its surface forms).
 */
final class EntitySet {

  /** One entity: first-seen canonical name and type, and the normalised keys of all its names. */
  record Entity(String key, String canonical, String type, Set<String> names) {}

  private final ImmutableMap<String, Entity> byKey;

  private EntitySet(ImmutableMap<String, Entity> byKey) {
    this.byKey = byKey;
  }

  static EntitySet of(List<FactRow> rows) {
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (FactRow row : rows) {
      if (row instanceof EntityRow e) {
        String key = Names.key(e.canonical());
        Entity entity =
            entities.computeIfAbsent(key, k -> new Entity(k, e.canonical(), e.type(), new LinkedHashSet<>()));
        entity.names().add(key);
        entity.names().add(Names.key(e.surface()));
      }
    }
    return new EntitySet(ImmutableMap.copyOf(entities));
  }

  ImmutableList<Entity> entities() {
    return byKey.values().asList();
  }

  boolean contains(String key) {
    return byKey.containsKey(key);
  }

  /** The canonical key of the entity whose canonical name, else some surface form, normalises to {@code key}. */
  Optional<String> resolve(String key) {
    if (byKey.containsKey(key)) {
      return Optional.of(key);
    }
    return byKey.values().stream().filter(e -> e.names().contains(key)).map(Entity::key).findFirst();
  }
}
