package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * A launch names what was launched when the article names it anywhere near a launch: "North Korea fired several
 * short-range ballistic missiles" and, later, "... what it believed was a Hwasong-11" make the launch one of the
 * Hwasong-11 (the KN-23); "launched a reconnaissance satellite" and "the Malligyong-1 ... aboard a Chollima-1 rocket"
 * make it the Malligyong-1 and the Chollima-1. A kind ("ballistic missile", "military reconnaissance satellite")
 * stands only when nothing is named.
 */
final class NamedLaunches {
  private static final Pattern LAUNCH_WORDS = Pattern.compile(
      "\\b(?:launch\\w*|fir(?:e|ed|es|ing) (?:\\w+ )?(?:into|toward|towards|off)|test-fir\\w*|lift\\w* off|into orbit|rocket carrying)\\b",
      Pattern.CASE_INSENSITIVE);

  private NamedLaunches() {}

  static void apply(AnnotatedText text, List<Mention> mentions, List<Claim> claims) {
    java.util.Map<Entity, Integer> named = new java.util.LinkedHashMap<>(); // each named thing and its first launch sentence
    java.util.Map<Integer, Boolean> launchSentence = new java.util.HashMap<>();
    // "Malligyong-5", unknown, beside the gazetteer's Malligyong-1: a member of a family of launched things
    Set<String> families = new java.util.HashSet<>();
    mentions.stream().filter(m -> launchKind(m.entity())).forEach(m -> families.add(NameFinder.family(m.entity().canonical())));
    families.remove("");
    for (Mention m : mentions) {
      Entity e = m.entity();
      if (m.kind() != MentionKind.NAME || !isNamed(e) || !launchKind(e) && !families.contains(NameFinder.family(e.canonical()))) {
        continue;
      }
      Sentence s = text.sentences().get(m.sentence());
      if (launchSentence.computeIfAbsent(m.sentence(), k -> LAUNCH_WORDS.matcher(s.text()).find())) {
        named.putIfAbsent(e, m.sentence());
      }
    }
    if (named.isEmpty()) {
      return;
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      List<Statement> replaced = new ArrayList<>();
      boolean changed = false;
      for (Statement st : c.statements()) {
        if (st.relation().equals("launches") && !isNamed(st.object())) {
          // the names nearest the claim: "launched a satellite ... the Malligyong-5" is not the Malligyong-1 of years before
          int nearest = named.values().stream().mapToInt(k -> Math.abs(k - c.sentence())).min().orElseThrow();
          named.forEach((n, k) -> {
            if (Math.abs(k - c.sentence()) == nearest) {
              replaced.add(new Statement(st.subject(), "launches", n));
            }
          });
          changed = true;
        } else {
          replaced.add(st);
        }
      }
      if (changed) {
        List<Statement> distinct = new ArrayList<>(new LinkedHashSet<>(replaced));
        claims.set(i, c.withStatements(ImmutableList.copyOf(distinct)));
      }
    }
  }

  /** A name, not a kind: "KN-23", "Malligyong-1", "Hwasong-19" (capitals or digits), not "ballistic missile". */
  private static boolean isNamed(Entity e) {
    return !e.canonical().equals(e.canonical().toLowerCase(java.util.Locale.ROOT)) || Regexes.matches(e.canonical(), ".*\\d.*");
  }

  /** Weapons, and the satellites and rockets the gazetteer describes as such. */
  private static boolean launchKind(Entity e) {
    return e.type() == EntityType.WEAPON_TYPE || e.type() == EntityType.OTHER
        && e.descriptors().stream().anyMatch(d -> d.contains("satellite") || d.contains("rocket") || d.contains("launch vehicle"));
  }
}
