package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * An n-ary event: its class, the entities in its roles, amounts, times, route legs and literal facts
 * ({@code closedDoor}, {@code venueText}, {@code purpose}, {@code composition}, {@code ordinal}, {@code eventStatus}).
 * {@code key} identifies it within its article: two claims about one event share the key.
 */
public record EventRecord(
    String key,
    String eventClass,
    ImmutableListMultimap<String, Entity> roles,
    ImmutableList<Amount> amounts,
    ImmutableList<When> times,
    ImmutableList<Leg> legs,
    ImmutableMap<String, String> facts) {

  public EventRecord {
    requireNonNull(key, "key");
    requireNonNull(eventClass, "eventClass");
    requireNonNull(roles, "roles");
    requireNonNull(amounts, "amounts");
    requireNonNull(times, "times");
    requireNonNull(legs, "legs");
    requireNonNull(facts, "facts");
  }

  /** One leg of a route: from a place to places, by a mode, on whose carriers; {@code toText} when unnamed. */
  public record Leg(int order, Optional<Entity> from, ImmutableList<Entity> to, Optional<Entity> mode,
      Optional<Entity> carrier, String toText) {}
}
