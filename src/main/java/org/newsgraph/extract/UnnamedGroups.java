package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Companies counted before they are named: "sanctioned two Russia-based shipping companies" in the lead, and
 * "Amurtrans Logistics LLC and Zolotoy Rog Shipping Ltd. chartered vessels ..." later. The next companies the article
 * names for the first time, as many as were counted, are where the count put them.
 */
final class UnnamedGroups {
  static final ImmutableMap<String, Integer> COUNTS = ImmutableMap.<String, Integer>builder().put("two", 2)
      .put("three", 3).put("four", 4).put("five", 5).put("six", 6).put("seven", 7).put("eight", 8).put("nine", 9)
      .put("ten", 10).buildOrThrow();
  /** What counted things are companies (not people or ships), in the plural and the singular ("a Russian firm"). */
  static final ImmutableSet<String> COMPANY_NOUNS = ImmutableSet.of("companies", "firms", "entities", "businesses",
      "shippers", "operators", "traders", "exporters", "company", "firm", "entity", "business", "shipper", "operator", "trader",
      "exporter");

  private UnnamedGroups() {}

  /** {@code after}: the token after the counting phrase, where names that can be the group's start. */
  private record Group(Entity country, int count, int sentence, int after) {}

  static void apply(AnnotatedText text, List<Mention> mentions, List<Claim> claims) {
    Set<Entity> placed = new HashSet<>();
    for (Claim c : claims) {
      c.statements().stream().filter(st -> st.relation().equals("locatedIn")).forEach(st -> placed.add(st.subject()));
    }
    Set<Entity> seen = new HashSet<>();
    List<Claim> added = new ArrayList<>();
    Optional<Group> open = Optional.empty();
    int left = 0;
    for (Sentence s : text.sentences()) {
      List<Mention> ms = mentions.stream().filter(m -> m.sentence() == s.index()).toList();
      Optional<Group> counted = counted(s, ms);
      if (counted.isPresent()) {
        open = counted;
        left = counted.get().count();
      }
      for (Mention m : ms) {
        Entity e = m.entity();
        boolean company = m.kind() == MentionKind.NAME && e.type() == EntityType.ORGANIZATION && !e.fromGazetteer();
        boolean afterCount = open.isPresent() && (open.get().sentence() < s.index() || m.first() >= open.get().after());
        if (company && afterCount && left > 0 && seen.add(e) && !placed.contains(e)) {
          added.add(new Claim("group.located", 0.6, s.index(), m.begin(), m.end(),
              ImmutableList.of(new Statement(e, "locatedIn", open.get().country())), Optional.empty(), Optional.empty(),
              Optional.empty(), Status.ASSERTED, ImmutableList.of(), Optional.empty()));
          placed.add(e);
          left--;
        }
        seen.add(e);
      }
    }
    claims.addAll(added);
  }

  /** "two Russia-based shipping companies": a count, a country and "-based", company words. */
  private static Optional<Group> counted(Sentence s, List<Mention> ms) {
    for (Mention m : ms) {
      if (m.entity().type() != EntityType.COUNTRY || m.first() < 1 || m.last() + 2 >= s.size()) {
        continue;
      }
      Integer n = COUNTS.get(s.token(m.first() - 1).lower());
      if (n == null || !s.token(m.last()).text().equals("-") || !s.token(m.last() + 1).lower().equals("based")) {
        continue;
      }
      for (int k = m.last() + 2; k < Math.min(s.size(), m.last() + 5); k++) {
        if (COMPANY_NOUNS.contains(s.token(k).lower())) {
          return Optional.of(new Group(m.entity(), n, s.index(), k + 1));
        }
      }
    }
    return Optional.empty();
  }
}
