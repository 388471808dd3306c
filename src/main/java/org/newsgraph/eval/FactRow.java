package org.newsgraph.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One row of a {@code facts} file: an entity ({@code E}), a relation ({@code R}), a claim ({@code R} with
 * {@code saidThat} or {@code disputes} and a nested triple) or a quantity ({@code Q}). Names in relation and
 * claim rows are canonical names; evidence is the sentence the row was read from and is not used in matching.
 */
public sealed interface FactRow {

  /** The row as one tab-separated line, as a {@code facts} file holds it. */
  String toLine();

  /** An entity: one distinct (surface form, canonical name) pair of an article. */
  record EntityRow(String surface, String canonical, String type) implements FactRow {
    public EntityRow {
      nonBlank(surface, "surface");
      nonBlank(canonical, "canonical");
      nonBlank(type, "type");
    }

    @Override
    public String toLine() {
      return String.join("\t", "E", surface, canonical, type);
    }
  }

  /** A direct relation between two entities, by canonical name. */
  record RelationRow(String subject, String relation, String object, String evidence) implements FactRow {
    public RelationRow {
      nonBlank(subject, "subject");
      nonBlank(relation, "relation");
      nonBlank(object, "object");
      requireNonNull(evidence, "evidence");
      checkArgument(ClaimKind.of(relation).isEmpty(), "a claim relation needs a ClaimRow: %s", relation);
    }

    @Override
    public String toLine() {
      return String.join("\t", "R", subject, relation, object, evidence);
    }
  }

  /** A speaker asserting ({@code saidThat}) or denying ({@code disputes}) a nested triple. */
  record ClaimRow(
      String speaker, ClaimKind kind, String subject, String relation, String object, String evidence)
      implements FactRow {
    public ClaimRow {
      nonBlank(speaker, "speaker");
      requireNonNull(kind, "kind");
      nonBlank(subject, "subject");
      nonBlank(relation, "relation");
      nonBlank(object, "object");
      requireNonNull(evidence, "evidence");
      checkArgument(ClaimKind.of(relation).isEmpty(), "claims do not nest: %s", relation);
    }

    @Override
    public String toLine() {
      String triple = "{" + subject + " | " + relation + " | " + object + "}";
      return String.join("\t", "R", speaker, kind.label(), triple, evidence);
    }
  }

  /**
   * A quantity: what is counted, the amount ({@code 1000000}, {@code ~10}, {@code >1000000}, a range {@code
   * 10000-12000}, or vague words as in the text) and its unit.
   */
  record QuantityRow(String what, String amount, String unit, String evidence) implements FactRow {
    public QuantityRow {
      nonBlank(what, "what");
      nonBlank(amount, "amount");
      nonBlank(unit, "unit");
      requireNonNull(evidence, "evidence");
    }

    @Override
    public String toLine() {
      return String.join("\t", "Q", what, amount, unit, evidence);
    }
  }

  private static void nonBlank(String value, String name) {
    requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
  }
}
