package org.newsgraph.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.NG;

/**
 * The Q rows of an article's facts, written as FORMAT.md has them: {@code ~} and {@code >} for the bound, a range as
 * {@code LOW-HIGH}, a vague amount as its words; one row per amount of one thing (the headline and the lead
 * often state it twice), and a number that names no unit ("11,000 were in Kursk") only when no counted row has it.
 */
final class QuantityRows {
  private record Row(String what, String amount, String prefix, String unit, String sentence) {
    boolean counted() {
      return !unit.equals(UNCOUNTED);
    }

    String line() {
      return String.join("\t", "Q", what, prefix + amount, unit, sentence);
    }
  }

  private static final String UNCOUNTED = "count";

  private QuantityRows() {}

  static List<String> of(List<QuerySolution> solutions) {
    List<Row> rows = new ArrayList<>();
    for (QuerySolution r : solutions) {
      Row row = row(r);
      if (row != null) {
        rows.add(row);
      }
    }
    Set<String> countedAmounts = new HashSet<>();
    rows.stream().filter(Row::counted).forEach(r -> countedAmounts.add(r.amount()));
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      boolean uncountedRepeat = !row.counted() && countedAmounts.contains(row.amount());
      if (!uncountedRepeat && seen.add(row.amount() + "\t" + row.unit().substring(row.unit().lastIndexOf(' ') + 1))) {
        out.add(row.line());
      }
    }
    return out;
  }

  private static Row row(QuerySolution r) {
    RDFNode value = r.contains("amount") ? r.get("amount") : r.get("lower");
    if (value == null) {
      return null;
    }
    String amount = decimal(value);
    Resource bound = r.getResource("bound");
    String prefix = bound.equals(NG.Approximate) ? "~" : bound.equals(NG.AtLeast) ? ">" : "";
    String text = label(r, "text");
    boolean words = text != null && !text.matches(".*\\d.*");
    if (!r.contains("amount") && r.contains("upper") && !words) {
      amount = amount + "-" + decimal(r.get("upper")); // "between 1,000 and 3,000"
      prefix = bound.equals(NG.Approximate) ? "~" : "";
    } else if (!r.contains("amount") && words) {
      amount = text.toLowerCase(Locale.ROOT).replaceFirst("^(?:about|some|around|roughly|nearly) ", "")
          .replaceFirst(" of$", ""); // "thousands", "dozens"
      prefix = "";
    }
    String unit = r.getLiteral("unit").getString();
    if (unit.equals("percent")) {
      return null; // a share, like a fraction ("roughly half"): no amount of anything (ANNOTATION.md); the graph keeps it
    }
    if (unit.isBlank()) {
      // a number that names no unit counts only when it is a number: not "several", not "nearly half"
      if (words || new BigDecimal(value.asLiteral().getLexicalForm()).compareTo(BigDecimal.ONE) < 0) {
        return null;
      }
      unit = UNCOUNTED;
    }
    String what = label(r, "what") != null ? label(r, "what") : label(r, "counted") != null ? label(r, "counted") : unit;
    if (what.isBlank()) {
      what = text != null ? text : unit;
    }
    return new Row(what, amount, prefix, unit, Facts.oneLine(r.getLiteral("sentence").getString()));
  }

  private static String decimal(RDFNode n) {
    return new BigDecimal(n.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString();
  }

  private static String label(QuerySolution r, String var) {
    return r.contains(var) ? r.getLiteral(var).getString() : null;
  }
}
