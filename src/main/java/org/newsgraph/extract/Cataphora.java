package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;

/**
 * Speakers described before they are named: "..., South Korea's top security official said" and, a sentence later,
 * "national security adviser Shin Won-sik said"; "..., a group of 11 countries set up to track the sanctions said"
 * and then "The Multilateral Sanctions Monitoring Team (MSMT) was launched ...". A definite description of one
 * official ("X's top official", "the country's chief negotiator") waits for the next person who speaks; an
 * indefinite description of a body ("a group of", "a panel") or a state's body the gazetteer does not know ("Estonia's
 * foreign intelligence agency") for the next organisation that opens a sentence. All
 * look at most two sentences ahead; "a JCS official" or "officials" stay unnamed.
 */
final class Cataphora {
  static final ImmutableSet<String> PERSON_HEADS = ImmutableSet.of("official", "adviser", "advisor", "diplomat",
      "negotiator", "envoy", "spokesperson", "spokesman", "spokeswoman", "minister", "chief", "commander", "prosecutor", "general",
      "director", "secretary");
  /** Who heads a body: "the head of X said" describes a person, not X. */
  static final ImmutableSet<String> LEADING_HEADS = ImmutableSet.of("head", "chief", "director", "leader", "commander");
  static final ImmutableSet<String> BODY_HEADS = ImmutableSet.of("group", "team", "panel", "body", "coalition",
      "organization", "organisation", "watchdog", "consortium", "alliance", "institute", "firm", "company", "tank", "center",
      "centre");
  /** A state's body described by its owner ("Estonia's foreign intelligence agency"), named once the gazetteer lacks it. */
  static final ImmutableSet<String> AGENCY_HEADS = ImmutableSet.of("agency", "service", "ministry", "bureau", "directorate",
      "office", "department", "administration");
  private static final int REACH = 2;
  static final ImmutableSet<String> LAWMAKERS = ImmutableSet.of("lawmaker", "legislator", "congressman", "congresswoman",
      "senator", "parliamentarian", "mp");
  /** What an indefinite lawmaker waits for: a person who is a member of a party, legislature or its committee. */
  static final Set<EntityType> LAWMAKER = Set.of(EntityType.PERSON, EntityType.LEGISLATURE);
  /** What may stand before the description: a comma, or the dash that ends a dateline ("SEOUL, Sept 5 (Reuters) -"). */
  private static final ImmutableSet<String> BOUNDARIES = ImmutableSet.of(",", "-", "--", "—", "–");

  /**
   * A speaker waiting for its name: the sentence, which claims it made, what kind of entity will name it, and the
   * country whose body the description names ("Germany's foreign intelligence service"), if any.
   */
  record Pending(int sentence, int fromClaim, int toClaim, Set<EntityType> types, Optional<Entity> owner) {}

  /** The country before "'s" in a sentence that describes a body ("Germany's foreign intelligence service said"). */
  static Optional<Entity> owner(Sentence s, List<Mention> ms) {
    return ms.stream().filter(m -> m.entity().type() == EntityType.COUNTRY && m.kind() != MentionKind.DEMONYM && m.last() < s.size()
        && Regexes.matches(s.token(m.last()).lower(), "[’']s")).map(Mention::entity).findFirst();
  }

  private Cataphora() {}

  /** Hyphens between two tokens: each joins two words into one modifier ("state-run"). */
  private static int hyphens(Sentence s, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n += s.token(k).text().equals("-") ? 1 : 0;
    }
    return n;
  }

  /**
   * The kinds of entity that may name the speaker described in the words before the reporting verb at {@code v},
   * if those words describe one (from the last comma, or the sentence start, to the verb).
   */
  static Optional<Set<EntityType>> described(Sentence s, int v) {
    int start = v - 1;
    while (start > 0 && !BOUNDARIES.contains(s.token(start - 1).text()) && v - start < 14) {
      start--;
    }
    if (start >= v - 1 || start > 0 && !BOUNDARIES.contains(s.token(start - 1).text())) {
      return Optional.empty();
    }
    String first = s.token(start).lower();
    boolean possessive = false; // "South Korea's top security official"
    for (int k = start + 1; k < Math.min(v - 1, start + 5); k++) {
      possessive |= Regexes.matches(s.token(k).lower(), "[’']s");
    }
    if (first.equals("the") && !possessive && v - start == 2) {
      return Optional.empty(); // "..., the official added": the official met before, not one named later
    }
    boolean definite = first.equals("the") || possessive;
    boolean indefinite = first.equals("a") || first.equals("an");
    for (int k = start + 1; k < v; k++) {
      String w = s.token(k).lower();
      boolean of = s.token(k + 1).lower().equals("of"); // "the head of X" is a person; "the minister of X's staff" no one known
      if (definite && (PERSON_HEADS.contains(w) && !of || LEADING_HEADS.contains(w) && of)) {
        return Optional.of(Set.of(EntityType.PERSON));
      }
      if (possessive && AGENCY_HEADS.contains(w) && k == v - 1) {
        return Optional.of(Set.of(EntityType.GOVERNMENT_AGENCY)); // "Estonia's foreign intelligence agency said"
      }
      if (indefinite && BODY_HEADS.contains(w) && k <= start + 3 + 2 * hyphens(s, start, k)) { // "a state-run think tank"
        return Optional.of(Set.of(EntityType.ORGANIZATION, EntityType.GOVERNMENT_AGENCY));
      }
      if (indefinite && LAWMAKERS.contains(w) && k == v - 1) {
        // "..., a ruling party lawmaker said, citing the spy agency" and then "Rep. Park Jie-won ... told reporters":
        // the next person who speaks, if a party or legislature holds them
        return Optional.of(LAWMAKER);
      }
    }
    return Optional.empty();
  }

  /**
   * "according to a report released Thursday by a think tank run by ...": the kinds of entity that may name an
   * indefinite body after the first "by" within a few words of {@code from}, if there is one.
   */
  static Optional<Set<EntityType>> describedAfterBy(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size() - 2, from + 6); k++) {
      if (s.token(k).lower().equals("by")) {
        boolean indefinite = Regexes.matches(s.token(k + 1).lower(), "a|an");
        for (int j = k + 2; indefinite && j < Math.min(s.size(), k + 5); j++) {
          if (BODY_HEADS.contains(s.token(j).lower())) {
            return Optional.of(Set.of(EntityType.ORGANIZATION, EntityType.GOVERNMENT_AGENCY));
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Gives the waiting speaker's claims their speaker if sentence {@code s} names it: a person who speaks in it, or
   * an organisation at its start. Returns whether the wait is over (named, or too far).
   */
  static boolean resolve(Pending p, Sentence s, List<Mention> ms, List<Attribution> attributions, List<Claim> claims,
      java.util.function.Function<Entity, Optional<Entity>> countryOf) {
    if (s.index() - p.sentence() > REACH) {
      return true;
    }
    Optional<Entity> named = Optional.empty();
    if (p.types().contains(EntityType.PERSON)) {
      named = attributions.stream().flatMap(a -> a.speaker().stream()).filter(e -> e.type() == EntityType.PERSON).findFirst();
      if (p.types().equals(LAWMAKER)) {
        named = named.filter(person -> claims.stream().flatMap(c -> c.statements().stream()).anyMatch(st -> st.subject().equals(person)
            && st.relation().equals("memberOf") && Set.of(EntityType.POLITICAL_PARTY, EntityType.LEGISLATURE,
                EntityType.LEGISLATIVE_COMMITTEE).contains(st.object().type())));
      }
    } else {
      // "Germany's foreign intelligence service believes ..." is not named by "Russian Foreign Ministry spokeswoman ..."
      named = ms.stream().filter(m -> m.first() <= 1 && m.kind() == MentionKind.NAME && p.types().contains(m.entity().type()))
          .map(Mention::entity).filter(e -> p.owner().isEmpty() || countryOf.apply(e).map(p.owner().get()::equals).orElse(true))
          .findFirst();
    }
    if (named.isEmpty()) {
      return false;
    }
    for (int i = p.fromClaim(); i < p.toClaim(); i++) {
      Claim c = claims.get(i);
      if (c.claimant().isEmpty() && !ArticleExtractor.isNounPhraseRule(c) && !c.statements().isEmpty()) {
        claims.set(i, c.withAttribution(named, Optional.empty()));
      } else if (p.types().equals(LAWMAKER) && c.accordingTo().isEmpty() && !c.claimant().equals(named)
          && !ArticleExtractor.isNounPhraseRule(c) && !c.statements().isEmpty()) {
        claims.set(i, c.withAttribution(named, c.claimant())); // "a lawmaker said, citing the NIS": the lawmaker tells the NIS's words
      }
    }
    return true;
  }
}
