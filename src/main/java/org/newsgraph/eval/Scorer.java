package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.newsgraph.eval.EntitySet.Entity;
import org.newsgraph.eval.FactRow.ClaimRow;
import org.newsgraph.eval.FactRow.RelationRow;

/**
 * Scores one article's predicted rows against its gold rows, as {@code shared/eval/FORMAT.md} says.
 *
 * <ul>
 *   <li>Entities are E rows grouped by canonical name; names are compared after {@link Names#key}. A predicted
 *       entity matches the gold entity with the same canonical name; the rest are then paired one to one when
 *       either canonical name equals one of the other entity's names (canonical or surface). Types are not
 *       compared.
 *   <li>Relations and claims are sets: a triple stated in several rows counts once. Names in them are mapped to
 *       gold entities through that pairing, else through gold canonical names and surface forms. Symmetric
 *       relations ({@code meetsWith}, {@code coordinatesWith}, {@code signsAgreementWith}, {@code atWarWith})
 *       match in either direction, also inside claims. Claims match on speaker, kind and nested triple.
 *   <li>Quantities match on the number alone, ignoring {@code ~} and {@code >} (see {@link QuantityMatcher}).
 *   <li>Evidence sentences are never compared.
 * </ul>
 */
public final class Scorer {

  private Scorer() {}

  /** The score of one article; {@code article} names it in the report. */
  public static ArticleReport score(String article, List<FactRow> predicted, List<FactRow> gold) {
    requireNonNull(article, "article");
    EntitySet goldEntities = EntitySet.of(gold);
    EntitySet predictedEntities = EntitySet.of(predicted);
    Map<String, String> pairing = pair(predictedEntities, goldEntities);

    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    ImmutableMap.Builder<FactKind, Score> scores = ImmutableMap.builder();

    scores.put(FactKind.ENTITIES,
        scoreEntities(predictedEntities, goldEntities, pairing, misses, falseAlarms));

    UnaryOperator<String> goldName = name -> goldEntities.resolve(Names.key(name)).orElse(Names.key(name));
    UnaryOperator<String> predictedName = name -> {
      String key = Names.key(name);
      String paired = pairing.get(key);
      if (paired != null) {
        return paired;
      }
      // An unpaired predicted name may still name a gold entity directly; else it can match nothing.
      return goldEntities.resolve(key).orElse("?" + key);
    };
    scores.put(FactKind.RELATIONS, compareSets(
        relationKeys(gold, goldName), relationKeys(predicted, predictedName), misses, falseAlarms));
    scores.put(FactKind.CLAIMS, compareSets(
        claimKeys(gold, goldName), claimKeys(predicted, predictedName), misses, falseAlarms));
    scores.put(FactKind.QUANTITIES, QuantityMatcher.match(gold, predicted, misses, falseAlarms));
    return new ArticleReport(article, scores.build(), ImmutableList.copyOf(misses),
        ImmutableList.copyOf(falseAlarms));
  }

  private static Score scoreEntities(EntitySet predicted, EntitySet gold, Map<String, String> pairing,
      List<String> misses, List<String> falseAlarms) {
    Set<String> pairedGold = new HashSet<>(pairing.values());
    gold.entities().stream().filter(e -> !pairedGold.contains(e.key())).forEach(e -> misses.add(describe(e)));
    predicted.entities().stream().filter(e -> !pairing.containsKey(e.key()))
        .forEach(e -> falseAlarms.add(describe(e)));
    int tp = pairing.size();
    return new Score(tp, predicted.entities().size() - tp, gold.entities().size() - tp);
  }

  /** Predicted canonical key to gold canonical key: canonical against canonical, then against all names. */
  private static Map<String, String> pair(EntitySet predicted, EntitySet gold) {
    Map<String, String> pairing = new LinkedHashMap<>();
    for (Entity p : predicted.entities()) {
      if (gold.contains(p.key())) {
        pairing.put(p.key(), p.key());
      }
    }
    Set<String> pairedGold = new HashSet<>(pairing.values());
    for (Entity g : gold.entities()) {
      if (pairedGold.contains(g.key())) {
        continue;
      }
      for (Entity p : predicted.entities()) {
        if (!pairing.containsKey(p.key())
            && (g.names().contains(p.key()) || p.names().contains(g.key()))) {
          pairing.put(p.key(), g.key());
          pairedGold.add(g.key());
          break;
        }
      }
    }
    return pairing;
  }

  private static Map<String, String> relationKeys(List<FactRow> rows, UnaryOperator<String> name) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (FactRow row : rows) {
      if (row instanceof RelationRow r) {
        keys.putIfAbsent(triple(name.apply(r.subject()), r.relation(), name.apply(r.object())), line(r));
      }
    }
    return keys;
  }

  private static Map<String, String> claimKeys(List<FactRow> rows, UnaryOperator<String> name) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (FactRow row : rows) {
      if (row instanceof ClaimRow c) {
        String nested = triple(name.apply(c.subject()), c.relation(), name.apply(c.object()));
        keys.putIfAbsent(name.apply(c.speaker()) + "\t" + c.kind().label() + "\t" + nested, line(c));
      }
    }
    return keys;
  }

  private static String triple(String subject, String relation, String object) {
    if (FactsVocabulary.SYMMETRIC.contains(relation) && subject.compareTo(object) > 0) {
      return object + "\t" + relation + "\t" + subject;
    }
    return subject + "\t" + relation + "\t" + object;
  }

  /** Compares two key sets whose values are the rows' display lines; adds misses and false alarms. */
  private static Score compareSets(Map<String, String> gold, Map<String, String> predicted,
      List<String> misses, List<String> falseAlarms) {
    int tp = 0;
    for (Map.Entry<String, String> g : gold.entrySet()) {
      if (predicted.containsKey(g.getKey())) {
        tp++;
      } else {
        misses.add(g.getValue());
      }
    }
    Map<String, String> extra = new HashMap<>(predicted);
    extra.keySet().removeAll(gold.keySet());
    predicted.forEach((key, display) -> {
      if (extra.containsKey(key)) {
        falseAlarms.add(display);
      }
    });
    return new Score(tp, predicted.size() - tp, gold.size() - tp);
  }

  private static String describe(Entity e) {
    return "E " + e.canonical() + " (" + e.type() + ")";
  }

  private static String line(RelationRow r) {
    return "R " + r.subject() + " " + r.relation() + " " + r.object();
  }

  private static String line(ClaimRow c) {
    return "R " + c.speaker() + " " + c.kind().label() + " {" + c.subject() + " | " + c.relation() + " | "
        + c.object() + "}";
  }
}
