package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.eval.FactRow.QuantityRow;

/**
 * Matches quantities one to one on the number, as FORMAT.md says: {@code ~} and {@code >} are ignored and
 * numbers compare by value ({@code 3450000} equals {@code 3450000.0}); a range compares as a whole ({@code
 * 10000-12000}); vague words compare after {@link Names#key}. What is counted never decides a match; the unit
 * only decides which of several same-number rows pair up (rows with the same unit, singular or plural, are
 * paired first), which changes the list of misses but not the counts. Within one side, rows with the same
 * number and unit count once.
 */
final class QuantityMatcher {

  private static final Pattern NUMERIC = Pattern.compile("[0-9]+(\\.[0-9]+)?(-[0-9]+(\\.[0-9]+)?)?");

  private QuantityMatcher() {}

  private record Item(String number, String unit, String display) {}

  static Score match(List<FactRow> gold, List<FactRow> predicted, List<String> misses,
      List<String> falseAlarms) {
    List<Item> goldItems = items(gold);
    List<Item> predictedItems = items(predicted);
    boolean[] goldUsed = new boolean[goldItems.size()];
    boolean[] predictedUsed = new boolean[predictedItems.size()];
    int tp = 0;
    for (boolean sameUnit : new boolean[] {true, false}) {
      for (int g = 0; g < goldItems.size(); g++) {
        for (int p = 0; p < predictedItems.size() && !goldUsed[g]; p++) {
          Item gi = goldItems.get(g);
          Item pi = predictedItems.get(p);
          if (!predictedUsed[p] && gi.number().equals(pi.number())
              && (!sameUnit || gi.unit().equals(pi.unit()))) {
            goldUsed[g] = true;
            predictedUsed[p] = true;
            tp++;
          }
        }
      }
    }
    for (int g = 0; g < goldItems.size(); g++) {
      if (!goldUsed[g]) {
        misses.add(goldItems.get(g).display());
      }
    }
    for (int p = 0; p < predictedItems.size(); p++) {
      if (!predictedUsed[p]) {
        falseAlarms.add(predictedItems.get(p).display());
      }
    }
    return new Score(tp, predictedItems.size() - tp, goldItems.size() - tp);
  }

  private static List<Item> items(List<FactRow> rows) {
    Map<String, Item> items = new LinkedHashMap<>();
    for (FactRow row : rows) {
      if (row instanceof QuantityRow q) {
        Item item = new Item(number(q.amount()), unit(q.unit()),
            "Q " + q.what() + " " + q.amount() + " " + q.unit());
        items.putIfAbsent(item.number() + "\t" + item.unit(), item);
      }
    }
    return new ArrayList<>(items.values());
  }

  /** The amount without {@code ~} or {@code >}, numbers in plain form, vague words normalised. */
  static String number(String amount) {
    String bare = amount.strip().replaceFirst("^[~>]+", "");
    if (!NUMERIC.matcher(bare).matches()) {
      return Names.key(bare);
    }
    StringBuilder sb = new StringBuilder();
    for (String part : bare.split("-")) {
      if (sb.length() > 0) {
        sb.append('-');
      }
      sb.append(new BigDecimal(part).stripTrailingZeros().toPlainString());
    }
    return sb.toString();
  }

  private static String unit(String unit) {
    String key = Names.key(unit);
    return key.endsWith("s") && key.length() > 3 ? key.substring(0, key.length() - 1) : key;
  }
}
