package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableListMultimap;

/** A rule that fired on one trigger of one sentence, with the mentions that fill its roles. */
public record Frame(Rule rule, int sentence, int trigger, int triggerEnd, ImmutableListMultimap<String, Mention> roles) {
  public Frame {
    requireNonNull(rule, "rule");
    requireNonNull(roles, "roles");
  }

  /** This frame with every mention of {@code from} in the role replaced by one of {@code to}, same span. */
  public Frame replacing(String role, Entity from, Entity to) {
    ImmutableListMultimap.Builder<String, Mention> b = ImmutableListMultimap.builder();
    roles.forEach((r, m) -> b.put(r, r.equals(role) && m.entity().equals(from)
        ? new Mention(m.sentence(), m.first(), m.last(), m.begin(), m.end(), m.surface(), to, m.kind()) : m));
    return new Frame(rule, sentence, trigger, triggerEnd, b.build());
  }

  public java.util.Optional<Entity> first(String role) {
    return roles.get(role).stream().findFirst().map(Mention::entity);
  }
}
