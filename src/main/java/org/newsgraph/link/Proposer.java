package org.newsgraph.link;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proposes Wikidata ids for unlinked entities: searches the entity's name, fetches the hits' classes and
 * countries in one call, scores each hit ({@link CandidateScorer}) and keeps the best three. Proposes only:
 * nothing is linked until a human accepts a row of the review file.
 */
public final class Proposer {
  private static final Logger LOG = LoggerFactory.getLogger(Proposer.class);
  static final int KEEP = 3;

  private final WikidataApi api;
  private final CandidateScorer scorer;

  Proposer(WikidataApi api, TypeChecks checks) {
    this.api = api;
    this.scorer = new CandidateScorer(checks);
  }

  /** A proposer over {@code api}, checking types with the bundled {@code wikidata-checks.tsv}. */
  public static Proposer create(WikidataApi api, VerifiedIds verified) {
    return new Proposer(api, TypeChecks.load(verified));
  }

  /** Proposals for each entity, best first; entities without any search hit get none. */
  public ImmutableList<Proposal> propose(List<UnlinkedEntity> entities, ImmutableMap<String, String> linkedIds) {
    ImmutableList.Builder<Proposal> out = ImmutableList.builder();
    for (UnlinkedEntity e : entities) {
      ImmutableList<SearchHit> hits = api.search(e.label());
      if (hits.isEmpty()) {
        LOG.info("{}: no Wikidata item found for '{}'", e.path(), e.label());
        continue;
      }
      ImmutableMap<String, WikidataItem> items = api.entities(hits.stream().map(SearchHit::id).distinct().toList());
      List<Proposal> scored = new ArrayList<>();
      for (SearchHit hit : hits) {
        scored.add(scorer.score(e, hit, Optional.ofNullable(items.get(hit.id())), linkedIds));
      }
      // stable: equal scores keep the search's order
      scored.sort(Comparator.comparing(Proposal::score).reversed());
      out.addAll(scored.subList(0, Math.min(KEEP, scored.size())));
    }
    return out.build();
  }
}
