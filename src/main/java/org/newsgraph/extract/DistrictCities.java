package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * "a missile hit an apartment block in Kharkiv's Kyivskyi district", "In Kyiv, ... missiles struck a warehouse in the
 * Darnytskyi district", "the Obolonskyi district of Kyiv": a city district named with its city is in the city
 * ({@code locatedIn}, the article's words), and a weapon used against the district is used against the city too, in
 * the same claim (same speaker, same status).
 */
final class DistrictCities {
  private DistrictCities() {}

  static void apply(AnnotatedText text, List<Mention> mentions, List<Claim> claims) {
    List<Claim> placed = new ArrayList<>();
    for (Mention district : mentions) {
      if (!isDistrict(district)) {
        continue;
      }
      Sentence s = text.sentences().get(district.sentence());
      List<Mention> ms = mentions.stream().filter(m -> m.sentence() == district.sentence()).toList();
      Optional<Mention> city = cityOf(s, ms, district);
      if (city.isEmpty() || city.get().entity().equals(district.entity())) {
        continue;
      }
      Statement located = new Statement(district.entity(), "locatedIn", city.get().entity());
      boolean known = claims.stream().anyMatch(c -> c.statements().contains(located))
          || placed.stream().anyMatch(c -> c.statements().contains(located));
      if (!known) {
        placed.add(new Claim("district.located", 0.8, s.index(), district.begin(), district.end(), ImmutableList.of(located),
            Optional.empty(), Optional.empty(), Optional.empty(), Status.ASSERTED, ImmutableList.of(), Optional.empty()));
      }
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        if (c.sentence() != s.index()) {
          continue;
        }
        List<Statement> added = c.statements().stream()
            .filter(st -> st.relation().equals("usesWeaponAgainst") && st.object().equals(district.entity()))
            .map(st -> new Statement(st.subject(), "usesWeaponAgainst", city.get().entity()))
            .filter(st -> !c.statements().contains(st)).distinct().toList();
        if (!added.isEmpty()) {
          claims.set(i, c.withStatements(ImmutableList.<Statement>builder().addAll(c.statements()).addAll(added).build()));
        }
      }
    }
    claims.addAll(placed);
  }

  /** A place named "X district" (or raion) that is not a body ("the Seoul Central District Prosecutors' Office"). */
  static boolean isDistrict(Mention m) {
    String surface = m.surface().toLowerCase(Locale.ROOT);
    return m.entity().type() == EntityType.OTHER && m.kind() == MentionKind.NAME
        && (surface.endsWith(" district") || surface.endsWith(" raion")) && !surface.equals("the district");
  }

  /**
   * The city a district is named with: its possessor ("Kharkiv's"), "of Kyiv" after it, or the city a sentence opens
   * with ("In Kyiv, ...").
   */
  private static Optional<Mention> cityOf(Sentence s, List<Mention> ms, Mention district) {
    for (Mention m : ms) {
      if (m.entity().type() != EntityType.CITY || m.kind() == MentionKind.DEMONYM) {
        continue;
      }
      boolean possessor = m.last() + 1 == district.first() && Regexes.matches(s.token(m.last()).text(), "[’']s");
      boolean of = m.first() == district.last() + 1 && district.last() < s.size() && s.token(district.last()).lower().equals("of");
      if (possessor && m.kind() == MentionKind.NAME || of) { // not "the city's district": which city is too often unclear
        return Optional.of(m);
      }
    }
    return frontedCity(s, ms);
  }

  /** The city or place a sentence opens with: "In Kryvyi Rih, a missile struck ...". */
  static Optional<Mention> frontedCity(Sentence s, List<Mention> ms) {
    if (s.size() < 3 || !s.token(0).lower().equals("in")) {
      return Optional.empty();
    }
    return ms.stream().filter(m -> m.first() == 1 && m.kind() == MentionKind.NAME && m.entity().type() == EntityType.CITY
        && m.last() < s.size() && s.token(m.last()).text().equals(",")).findFirst();
  }
}
