package org.newsgraph.extract;

import java.util.Optional;

/** The epistemic status of a claim, from the weakest doubt to outright denial; local names in the ontology. */
public enum Status {
  ASSERTED("Asserted"),
  REPORTED("Reported"),
  ESTIMATED("Estimated"),
  PREDICTED("Predicted"),
  HEDGED("Hedged"),
  UNCONFIRMED("Unconfirmed"),
  DISPUTED("Disputed"),
  DENIED("Denied");

  private final String localName;

  Status(String localName) {
    this.localName = localName;
  }

  public String localName() {
    return localName;
  }

  /** The stronger doubt of two statuses (a later constant is stronger). */
  public Status and(Status other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  public static Optional<Status> parse(String name) {
    for (Status s : values()) {
      if (s.localName.equalsIgnoreCase(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
