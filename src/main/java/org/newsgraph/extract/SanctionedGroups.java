package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * People and companies sanctioned before they are named: "imposed sanctions on three North Korean generals" and then
 * "Col. Gen. Choe Myong Sok ..., Lt. Gen. Han Kwang Jin and Maj. Gen. Yun Tae Hyok ...". The next people (or companies)
 * the article names for the first time, as many as were counted, are the sanction's targets.
 */
final class SanctionedGroups {
  private static final ImmutableSet<String> PEOPLE = ImmutableSet.of("generals", "officials", "individuals", "executives",
      "commanders", "people", "persons", "officers", "general", "official", "individual", "executive", "commander", "officer");
  private static final ImmutableSet<String> SINGLE = ImmutableSet.of("a", "an", "one");

  private SanctionedGroups() {}

  static void apply(AnnotatedText text, List<Mention> mentions, List<Claim> claims) {
    Set<Statement> stated = new HashSet<>();
    claims.forEach(c -> stated.addAll(c.statements()));
    Set<Entity> seen = new HashSet<>();
    List<Claim> added = new ArrayList<>();
    Map<EntityType, Integer> left = new EnumMap<>(EntityType.class);
    Optional<Entity> sanctioner = Optional.empty();
    int from = Integer.MAX_VALUE; // the first token, in the counting sentence, where names can be the group's
    int countingSentence = -1;
    for (Sentence s : text.sentences()) {
      Optional<Entity> agent = sanctionerIn(claims, s.index()).or(() -> subjectOfSanctioning(s, mentions));
      Map<EntityType, Integer> counted = new EnumMap<>(EntityType.class);
      // "The United States sanctioned two companies and three people" and then "OFAC designated Chonsong Corp., a
      // trading company ...": another sanctioner's apposition opens no group while the first still waits for names
      boolean pending = left.values().stream().anyMatch(n -> n > 0);
      int after = agent.isPresent() ? count(s, counted, !pending || agent.equals(sanctioner)) : -1;
      if (after >= 0) {
        sanctioner = agent;
        left = counted;
        from = after;
        countingSentence = s.index();
      }
      for (Mention m : mentions) {
        if (m.sentence() != s.index()) {
          continue;
        }
        Entity e = m.entity();
        boolean later = s.index() > countingSentence || m.first() >= from;
        Integer n = left.get(e.type());
        boolean named = e.type() != EntityType.OTHER || VesselGroups.isShipName(s, m);
        if (m.kind() == MentionKind.NAME && !e.fromGazetteer() && later && named && n != null && n > 0 && !speaks(s, m)
            && seen.add(e) && sanctioner.isPresent()) {
          Statement st = new Statement(sanctioner.get(), "sanctions", e);
          if (stated.add(st)) {
            added.add(new Claim("group.sanctioned", 0.6, s.index(), m.begin(), m.end(), ImmutableList.of(st), Optional.empty(),
                Optional.empty(), Optional.empty(), Status.ASSERTED, ImmutableList.of(), Optional.empty()));
          }
          left.put(e.type(), n - 1);
        }
        seen.add(e);
      }
    }
    claims.addAll(added);
  }

  private static final ImmutableSet<String> SAYING = ImmutableSet.of("said", "says", "told", "added", "wrote", "stated");

  /**
   * '"...," John Hurley, the Treasury's under secretary, said': a speaker after a quote or before a verb of saying is
   * who announces the sanctions, not one of their targets.
   */
  private static boolean speaks(Sentence s, Mention m) {
    if (m.entity().type() != EntityType.PERSON) {
      return false;
    }
    boolean afterQuote = m.first() > 0 && Regexes.matches(s.token(m.first() - 1).text(), "[\"”]");
    int k = m.last();
    if (k < s.size() && s.token(k).text().equals(",")) {
      k++;
      while (k < s.size() && !s.token(k).text().equals(",") && k - m.last() < 20) {
        k++; // the apposition
      }
      k++;
    }
    return afterQuote || k < s.size() && SAYING.contains(s.token(k).lower());
  }

  /** Who sanctions in this sentence: the agent of a sanction event read there. */
  private static Optional<Entity> sanctionerIn(List<Claim> claims, int sentence) {
    for (Claim c : claims) {
      if (c.sentence() == sentence && c.event().isPresent() && c.event().get().eventClass().equals("Sanction")) {
        List<Entity> agents = c.event().get().roles().get("agent");
        if (!agents.isEmpty()) {
          return Optional.of(agents.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /** Verbs of sanctioning whose object may be only counted ("The Treasury sanctioned two Russia-based companies"). */
  private static final ImmutableSet<String> SANCTIONING = ImmutableSet.of("sanction", "designate", "blacklist", "penalize", "penalise");

  /** The actor named before a sanctioning verb of the sentence, when no frame read the sanction (its object was unnamed). */
  private static Optional<Entity> subjectOfSanctioning(Sentence s, List<Mention> mentions) {
    for (int k = 0; k < s.size(); k++) {
      boolean verb = SANCTIONING.contains(s.token(k).lemma()) && s.token(k).isVerb();
      int before = k - 1; // "imposed unilateral sanctions", "announced fresh sanctions"
      while (before > 0 && k - before <= 2 && s.token(before).pos().equals("ADJ")) {
        before--;
      }
      boolean imposed = before >= 0 && s.token(k).lower().equals("sanctions") && Regexes.matches(s.token(before).lemma(), "impose|slap|announce");
      if (!verb && !imposed) {
        continue;
      }
      Mention subject = null;
      for (Mention m : mentions) {
        if (m.sentence() == s.index() && m.last() <= k && m.kind() != MentionKind.DEMONYM && m.entity().type().isActor()
            && m.entity().type() != EntityType.PERSON && m.entity().type() != EntityType.NEWS_ORGANIZATION) {
          subject = m;
        }
      }
      return Optional.ofNullable(subject).map(Mention::entity);
    }
    return Optional.empty();
  }

  /**
   * "three North Korean generals", "two Russia-based shipping companies", "a senior North Korean official": the
   * counts by kind; returns the token after the first such phrase, or -1 if none.
   */
  private static int count(Sentence s, Map<EntityType, Integer> out, boolean appositions) {
    int first = -1;
    for (int k = 0; k < s.size(); k++) {
      String w = s.token(k).lower();
      Integer n = UnnamedGroups.COUNTS.get(w);
      if (n == null && !SINGLE.contains(w)) {
        continue;
      }
      if (n == null && k > 0 && s.token(k - 1).text().equals(",") && !appositions) {
        continue; // "OFAC designated Chonsong Corp., a trading company ...": an apposition says what a named one is
      }
      for (int j = k + 1; j < Math.min(s.size(), k + 7); j++) {
        String head = s.token(j).lower();
        EntityType kind = PEOPLE.contains(head) ? EntityType.PERSON : UnnamedGroups.COMPANY_NOUNS.contains(head) ? EntityType.ORGANIZATION
            : VesselGroups.SHIP_WORDS.contains(head) ? EntityType.OTHER : null; // "three oil tankers": ships are named things of type Other
        boolean plural = head.endsWith("s") || head.equals("people");
        if (kind != null && (n == null) != plural) { // "a general", "three generals"
          out.merge(kind, n == null ? 1 : n, Integer::sum);
          first = first < 0 ? j + 1 : first;
          break;
        }
        if (Regexes.matches(head, "[,;.]|and|or|of|to|for|with|on|who|which|that")) {
          break;
        }
      }
    }
    return first;
  }
}
