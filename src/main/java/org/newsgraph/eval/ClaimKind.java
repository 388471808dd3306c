package org.newsgraph.eval;

import java.util.Optional;

/** The two claim relations of the {@code facts} format. */
public enum ClaimKind {
  /** The speaker asserts or reports the nested triple. */
  SAID_THAT("saidThat"),
  /** The speaker denies the nested triple or says it cannot be confirmed. */
  DISPUTES("disputes");

  private final String label;

  ClaimKind(String label) {
    this.label = label;
  }

  /** The relation name as written in a {@code facts} file. */
  public String label() {
    return label;
  }

  /** The kind whose label is {@code relation}, if any. */
  public static Optional<ClaimKind> of(String relation) {
    for (ClaimKind kind : values()) {
      if (kind.label.equals(relation)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
