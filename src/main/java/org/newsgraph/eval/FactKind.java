package org.newsgraph.eval;

/** The four things scored separately. */
public enum FactKind {
  ENTITIES("entities"),
  RELATIONS("relations"),
  CLAIMS("claims"),
  QUANTITIES("quantities");

  private final String label;

  FactKind(String label) {
    this.label = label;
  }

  /** Lower-case name used in reports. */
  public String label() {
    return label;
  }
}
