package org.newsgraph.link;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * A proposed Wikidata id for an unlinked entity, for a human to accept or reject.
 *
 * @param score 0 to 1, two decimals: points for the checks that passed, minus points for those that failed
 *     (see {@link CandidateScorer}); not a probability
 * @param reasons one phrase per check, passed, failed or not made
 */
public record Proposal(UnlinkedEntity entity, String candidate, String candidateLabel, String description,
    BigDecimal score, ImmutableList<String> reasons) {
  public Proposal {
    requireNonNull(entity, "entity");
    requireNonNull(candidate, "candidate");
    checkArgument(candidate.matches("Q[1-9][0-9]*"), "not an item id: %s", candidate);
    requireNonNull(candidateLabel, "candidateLabel");
    requireNonNull(description, "description");
    checkArgument(score.signum() >= 0 && score.compareTo(BigDecimal.ONE) <= 0, "score out of [0, 1]: %s", score);
    requireNonNull(reasons, "reasons");
  }
}
