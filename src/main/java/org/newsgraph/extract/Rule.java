package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * One line of {@code frames.tsv}: what triggers a frame, how its roles are filled, which event class it makes
 * and which direct relations it states between its roles.
 */
public record Rule(
    String id,
    ImmutableList<Trigger> triggers,
    char pos,
    Optional<String> eventClass,
    ImmutableList<Slot> slots,
    ImmutableList<RelationTemplate> relations,
    double confidence) {

  /** A word (lemma), optionally followed by fixed words ({@code appear before}) or needing a nearby noun. */
  public record Trigger(String lemma, ImmutableList<String> following, ImmutableSet<String> nearbyNouns) {}

  /** A role and the finders that fill it, tried in order, with the entity types it accepts. */
  public record Slot(String role, ImmutableList<String> finders, ImmutableSet<EntityType> types) {}

  /** {@code relation(subjectRole, objectRole)}. */
  public record RelationTemplate(String relation, String subjectRole, String objectRole) {}

  public Optional<Slot> slot(String role) {
    return slots.stream().filter(s -> s.role().equals(role)).findFirst();
  }
}
