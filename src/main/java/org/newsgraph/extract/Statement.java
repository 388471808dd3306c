package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

/** A direct relation between two entities, named by the ontology property's local name. */
public record Statement(Entity subject, String relation, Entity object) {
  public Statement {
    requireNonNull(subject, "subject");
    requireNonNull(relation, "relation");
    requireNonNull(object, "object");
  }
}
