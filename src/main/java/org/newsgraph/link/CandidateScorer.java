package org.newsgraph.link;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores a search hit against the entity it was searched for. Points, clamped to [0, 1]:
 * <ul>
 *   <li>name: the English label equals the entity's name (ignoring case, spaces, hyphens) +0.5; an alias equals
 *       it +0.35; only a looser search match +0.1</li>
 *   <li>class (types whose class has a verified id): an accepted class among the class properties +0.3; other
 *       classes only −0.3; no class value −0.1. Types without a verified class id: no points, said so</li>
 *   <li>country (types with a country property, when the graph ties the entity to a linked country): the
 *       candidate's value is that country +0.2; only other countries −0.4; none: no points</li>
 *   <li>the id is already another entity's −0.5</li>
 * </ul>
 * The ceiling is therefore lower for types that verified ids cannot class-check (a person scores at most 0.7).
 */
final class CandidateScorer {
  private final TypeChecks checks;

  CandidateScorer(TypeChecks checks) {
    this.checks = checks;
  }

  Proposal score(UnlinkedEntity e, SearchHit hit, Optional<WikidataItem> item, ImmutableMap<String, String> linkedIds) {
    List<String> reasons = new ArrayList<>();
    double points = name(e, hit, item, reasons);
    TypeChecks.Check check = checks.of(e.type());
    if (item.isEmpty()) {
      reasons.add("item not returned by wbgetentities: class and country not checked");
    } else {
      points += type(e, check, item.get(), reasons) + country(e, check, item.get(), reasons);
    }
    String other = linkedIds.get(hit.id());
    if (other != null) {
      points -= 0.5;
      reasons.add(hit.id() + " is already the id of " + other);
    }
    BigDecimal score = BigDecimal.valueOf(Math.max(0, Math.min(1, points))).setScale(2, RoundingMode.HALF_UP);
    String label = item.map(WikidataItem::label).filter(l -> !l.isEmpty()).orElse(hit.label());
    return new Proposal(e, hit.id(), label, hit.description(), score, ImmutableList.copyOf(reasons));
  }

  private static double name(UnlinkedEntity e, SearchHit hit, Optional<WikidataItem> item, List<String> reasons) {
    String wanted = key(e.label());
    String label = item.map(WikidataItem::label).filter(l -> !l.isEmpty()).orElse(hit.label());
    if (key(label).equals(wanted)) {
      reasons.add("English label '" + label + "' is the entity's name");
      return 0.5;
    }
    if (hit.matchType().equals("alias") && key(hit.matchText()).equals(wanted)) {
      reasons.add("alias '" + hit.matchText() + "' is the entity's name");
      return 0.35;
    }
    reasons.add("search matched " + (hit.matchType().isEmpty() ? "" : hit.matchType() + " ") + "'" + hit.matchText()
        + "', not the name");
    return 0.1;
  }

  private static double type(UnlinkedEntity e, TypeChecks.Check check, WikidataItem item, List<String> reasons) {
    String type = e.type().ontologyClass();
    if (check.classes().isEmpty()) {
      reasons.add("class not checked for " + type + " (" + check.note() + ")");
      return 0;
    }
    List<String> values = new ArrayList<>();
    for (String p : check.classProperties()) {
      for (String v : item.values(p)) {
        if (check.classes().contains(v)) {
          reasons.add(p + " " + v + " is accepted for " + type);
          return 0.3;
        }
        values.add(p + " " + v);
      }
    }
    if (values.isEmpty()) {
      reasons.add("no " + String.join("/", check.classProperties()) + " value to check");
      return -0.1;
    }
    reasons.add(String.join(", ", values) + ": not an accepted class for " + type + " (one level checked)");
    return -0.3;
  }

  private static double country(UnlinkedEntity e, TypeChecks.Check check, WikidataItem item, List<String> reasons) {
    if (check.countryProperty().isEmpty()) {
      return 0;
    }
    String p = check.countryProperty().get();
    if (e.countries().isEmpty()) {
      reasons.add("country not checked: the graph ties the entity to no linked country");
      return 0;
    }
    ImmutableList<String> values = item.values(p);
    if (values.isEmpty()) {
      reasons.add("no " + p + " value to check");
      return 0;
    }
    for (String v : values) {
      if (e.countries().contains(v)) {
        reasons.add(p + " " + v + " is the entity's country");
        return 0.2;
      }
    }
    reasons.add(p + " " + String.join("|", values) + " is not the entity's country (" + String.join("|", e.countries()) + ")");
    return -0.4;
  }

  /** Lower case, letters and digits only: "Kim Jong-un" and "Kim Jong Un" are the same name. */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
