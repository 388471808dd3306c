package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;

/** A rule that fired on one trigger of one sentence, with the mentions that fill its roles. */
public record Frame(Rule rule, int sentence, int trigger, int triggerEnd, ImmutableListMultimap<String, Mention> roles) {
  public Frame {
    requireNonNull(rule, "rule");
    requireNonNull(roles, "roles");
  }

  public java.util.Optional<Entity> first(String role) {
    return roles.get(role).stream().findFirst().map(Mention::entity);
  }
}
