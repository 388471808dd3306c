package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One extracted statement with its provenance: the sentence (by index) and quoted words it rests on, who
 * asserts it and on whose authority, its status with the cue words, the rule and a confidence.
 */
public record Claim(
    String rule,
    double confidence,
    int sentence,
    int quoteBegin,
    int quoteEnd,
    ImmutableList<Statement> statements,
    Optional<EventRecord> event,
    Optional<Entity> claimant,
    Optional<Entity> accordingTo,
    Status status,
    ImmutableList<String> cues,
    Optional<Entity> disputedBy) {

  public Claim {
    requireNonNull(rule, "rule");
    requireNonNull(statements, "statements");
    requireNonNull(event, "event");
    requireNonNull(claimant, "claimant");
    requireNonNull(accordingTo, "accordingTo");
    requireNonNull(status, "status");
    requireNonNull(cues, "cues");
    requireNonNull(disputedBy, "disputedBy");
  }

  public Claim withAttribution(Optional<Entity> newClaimant, Optional<Entity> newAccordingTo) {
    return new Claim(rule, confidence, sentence, quoteBegin, quoteEnd, statements, event, newClaimant, newAccordingTo,
        status, cues, disputedBy);
  }

  public Claim withStatements(ImmutableList<Statement> newStatements) {
    return new Claim(rule, confidence, sentence, quoteBegin, quoteEnd, newStatements, event, claimant, accordingTo, status, cues,
        disputedBy);
  }

  public Claim withDoubt(Status newStatus, String cue, Optional<Entity> by) {
    ImmutableList<String> c = cues.contains(cue) ? cues : ImmutableList.<String>builder().addAll(cues).add(cue).build();
    return new Claim(rule, confidence, sentence, quoteBegin, quoteEnd, statements, event, claimant, accordingTo,
        status.and(newStatus), c, disputedBy.isPresent() ? disputedBy : by);
  }
}
