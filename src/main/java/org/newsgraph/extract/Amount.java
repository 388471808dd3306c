package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A quantity in a sentence (offsets relative to the sentence): amount and bounds, how they bound it, the unit
 * and what is counted.
 */
public record Amount(
    int begin,
    int end,
    String text,
    Optional<BigDecimal> amount,
    Optional<BigDecimal> lower,
    Optional<BigDecimal> upper,
    Bound bound,
    String unit,
    String countedText) {

  public Amount {
    requireNonNull(text, "text");
    requireNonNull(bound, "bound");
    requireNonNull(unit, "unit");
    requireNonNull(countedText, "countedText");
  }

  /** How an amount is bounded; the names are the ontology's individuals. */
  public enum Bound {
    EXACT("Exact"),
    APPROXIMATE("Approximate"),
    AT_LEAST("AtLeast"),
    AT_MOST("AtMost"),
    VAGUE("Vague");

    private final String localName;

    Bound(String localName) {
      this.localName = localName;
    }

    public String localName() {
      return localName;
    }
  }
}
