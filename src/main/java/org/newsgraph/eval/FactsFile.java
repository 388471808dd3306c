package org.newsgraph.eval;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.eval.FactRow.ClaimRow;
import org.newsgraph.eval.FactRow.EntityRow;
import org.newsgraph.eval.FactRow.QuantityRow;
import org.newsgraph.eval.FactRow.RelationRow;

/**
 * The rows of one {@code facts} file and a diagnostic for every line that could not be read. Parsing never
 * stops at a bad line: it keeps what parsed and says what it skipped, positioned at the offending field.
 * Blank lines are ignored; fields are tab-separated and trimmed; a trailing carriage return is dropped.
 */
public record FactsFile(ImmutableList<FactRow> rows, ImmutableList<Diagnostic> diagnostics) {

  private static final Pattern AMOUNT =
      Pattern.compile("[~>]?[0-9]+(\\.[0-9]+)?(-[0-9]+(\\.[0-9]+)?)?");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");

  public FactsFile {
    requireNonNull(rows, "rows");
    requireNonNull(diagnostics, "diagnostics");
  }

  /** Parses {@code lines}; {@code source} names the file in diagnostics. */
  public static FactsFile parse(String source, List<String> lines) {
    requireNonNull(source, "source");
    requireNonNull(lines, "lines");
    ImmutableList.Builder<FactRow> rows = ImmutableList.builder();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isBlank()) {
        continue;
      }
      Line parsed = new Line(source, i + 1, line, diagnostics);
      parsed.toRow().ifPresent(rows::add);
    }
    return new FactsFile(rows.build(), ImmutableList.copyOf(diagnostics));
  }

  /** True when no diagnostic is an error. */
  public boolean isClean() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** One line being read: its fields, their columns, and where to report problems. */
  private static final class Line {
    private final String source;
    private final int number;
    private final List<Diagnostic> diagnostics;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> columns = new ArrayList<>();

    Line(String source, int number, String text, List<Diagnostic> diagnostics) {
      this.source = source;
      this.number = number;
      this.diagnostics = diagnostics;
      int start = 0;
      for (String field : text.split("\t", -1)) {
        fields.add(field.strip());
        columns.add(start + 1);
        start += field.length() + 1;
      }
    }

    Optional<FactRow> toRow() {
      String kind = fields.get(0);
      switch (kind) {
        case "E":
          return entity();
        case "R":
          return relation();
        case "Q":
          return quantity();
        default:
          return error(0, "unknown row kind '" + kind + "'; expected E, R or Q");
      }
    }

    private Optional<FactRow> entity() {
      if (!shape("E", "surface", "canonical", "type")) {
        return Optional.empty();
      }
      if (!FactsVocabulary.ENTITY_TYPES.contains(fields.get(3))) {
        return error(3, "unknown entity type '" + fields.get(3) + "'");
      }
      return Optional.of(new EntityRow(fields.get(1), fields.get(2), fields.get(3)));
    }

    private Optional<FactRow> relation() {
      if (!shape("R", "subject", "relation", "object", "evidence")) {
        return Optional.empty();
      }
      String relation = fields.get(2);
      String object = fields.get(3);
      boolean nested = object.startsWith("{");
      Optional<ClaimKind> claim = ClaimKind.of(relation);
      if (claim.isPresent()) {
        if (!nested) {
          return error(3, relation + " needs a nested triple {subject | relation | object}");
        }
        return claim(claim.get(), object);
      }
      if (!FactsVocabulary.RELATIONS.contains(relation)) {
        return error(2, "unknown relation '" + relation + "'");
      }
      if (nested) {
        return error(3, "relation '" + relation + "' takes an entity name, not a nested triple");
      }
      return Optional.of(new RelationRow(fields.get(1), relation, object, fields.get(4)));
    }

    private Optional<FactRow> claim(ClaimKind kind, String object) {
      if (!object.endsWith("}")) {
        return error(3, "nested triple must end with '}'");
      }
      String[] parts = object.substring(1, object.length() - 1).split("\\|", -1);
      if (parts.length != 3) {
        return error(3, "nested triple needs 3 parts separated by '|', found " + parts.length);
      }
      for (int i = 0; i < 3; i++) {
        parts[i] = parts[i].strip();
        if (parts[i].isEmpty()) {
          return error(3, "nested triple has an empty part");
        }
      }
      if (ClaimKind.of(parts[1]).isPresent()) {
        return error(3, "claims do not nest: '" + parts[1] + "' inside " + kind.label());
      }
      if (!FactsVocabulary.RELATIONS.contains(parts[1])) {
        return error(3, "unknown relation '" + parts[1] + "' in nested triple");
      }
      return Optional.of(new ClaimRow(fields.get(1), kind, parts[0], parts[1], parts[2], fields.get(4)));
    }

    private Optional<FactRow> quantity() {
      if (!shape("Q", "what", "amount", "unit", "evidence")) {
        return Optional.empty();
      }
      String amount = fields.get(2);
      if (HAS_DIGIT.matcher(amount).matches() && !AMOUNT.matcher(amount).matches()) {
        return error(2, "amount '" + amount + "' must be digits without separators,"
            + " optionally after ~ or > (e.g. >1000000, ~10, 10000-12000)");
      }
      return Optional.of(new QuantityRow(fields.get(1), amount, fields.get(3), fields.get(4)));
    }

    /** Checks the field count and that no field is empty; {@code names} names the fields after the kind. */
    private boolean shape(String kind, String... names) {
      if (fields.size() != names.length + 1) {
        error(0, kind + " row has " + fields.size() + " tab-separated fields; expected " + (names.length + 1));
        return false;
      }
      for (int i = 0; i < names.length; i++) {
        if (fields.get(i + 1).isEmpty()) {
          error(i + 1, "empty " + names[i] + " field");
          return false;
        }
      }
      return true;
    }

    private Optional<FactRow> error(int field, String message) {
      diagnostics.add(Diagnostic.error(source, number, columns.get(field), message));
      return Optional.empty();
    }
  }
}
