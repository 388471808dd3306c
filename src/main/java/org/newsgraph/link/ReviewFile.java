package org.newsgraph.link;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.extract.DataFiles;

/**
 * The review file: proposals as tab-separated rows for a human, who writes {@code accept} in the
 * {@code decision} column of the right row (at most one per entity) and {@code reject} or nothing in the
 * others; {@link #apply} then adds the accepted rows to the reviewed-links file.
 */
public final class ReviewFile {
  static final List<String> COLUMNS = List.of("entity", "label", "type", "candidate", "candidate_label",
      "candidate_description", "score", "reasons", "decision");

  /** What {@link #apply} did: links added, accepted rows already present, and every problem found. */
  public record Applied(int added, int unchanged, ImmutableList<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private ReviewFile() {}

  /** Writes the proposals, best first within each entity, with instructions in comment lines. */
  public static void write(Path file, List<Proposal> proposals, String endpoint) {
    StringBuilder sb = new StringBuilder()
        .append("# Wikidata ids proposed by newsgraph link --online from ").append(endpoint).append(". Nothing is linked yet.\n")
        .append("# For each entity, write accept in the decision column of the right row (at most one), reject or\n")
        .append("# nothing in the others, then run: newsgraph link --apply ").append(file.getFileName()).append('\n')
        .append("# score: 0 to 1 from the checks in reasons, not a probability; checks that verified ids cannot make\n")
        .append("# (the class of people, countries, cities, organisations) are named as not checked.\n")
        .append(String.join("\t", COLUMNS)).append('\n');
    for (Proposal p : proposals) {
      UnlinkedEntity e = p.entity();
      sb.append(String.join("\t", e.path(), clean(e.label()), e.type().ontologyClass(), p.candidate(),
          clean(p.candidateLabel()), clean(p.description()), p.score().toPlainString(), clean(String.join("; ", p.reasons())),
          "")).append('\n');
    }
    try {
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LinkException(Diagnostic.error(file.toString(), "cannot write: " + e.getMessage()), e);
    }
  }

  /**
   * Adds the rows of {@code review} marked {@code accept} to {@code linksFile}, with source
   * {@code reviewed: REVIEW}. Writes nothing if any row is wrong: every problem is reported, with its position.
   */
  public static Applied apply(Path review, Path linksFile) {
    Optional<ImmutableList<DataFiles.Line>> lines = DataFiles.file(review);
    if (lines.isEmpty() || lines.get().isEmpty()) {
      return new Applied(0, 0, ImmutableList.of(Diagnostic.error(review.toString(),
          lines.isEmpty() ? "no such file" : "no header line")));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Integer> column = header(review, lines.get().get(0), diagnostics);
    if (!diagnostics.isEmpty()) {
      return new Applied(0, 0, ImmutableList.copyOf(diagnostics));
    }
    ReviewedLinks existing = ReviewedLinks.load(linksFile);
    Map<String, DataFiles.Line> acceptedAt = new HashMap<>();
    List<ReviewedLink> accepted = new ArrayList<>();
    int unchanged = 0;
    for (DataFiles.Line line : lines.get().subList(1, lines.get().size())) {
      Optional<ReviewedLink> link = acceptedRow(line, column, review, diagnostics);
      if (link.isEmpty()) {
        continue;
      }
      ReviewedLink l = link.get();
      DataFiles.Line earlier = acceptedAt.putIfAbsent(l.path(), line);
      Optional<ReviewedLink> present = existing.of(l.path());
      if (earlier != null) {
        diagnostics.add(error(review, line, column.get("decision"), "second accepted row for " + l.path()
            + " (line " + earlier.number() + "): accept one Wikidata id per entity"));
      } else if (present.isPresent() && !present.get().wikidata().equals(l.wikidata())) {
        diagnostics.add(error(review, line, column.get("candidate"), l.path() + " is already linked to "
            + present.get().wikidata() + " in " + linksFile + ": remove that line first to change it"));
      } else if (present.isPresent()) {
        unchanged++;
      } else {
        accepted.add(l);
      }
    }
    Applied applied = new Applied(accepted.size(), unchanged, ImmutableList.copyOf(diagnostics));
    if (!applied.hasErrors() && !accepted.isEmpty()) {
      existing.plus(accepted).write(linksFile);
    }
    return applied;
  }

  /** Column name to index, from the first non-comment line; a missing required column is a diagnostic. */
  private static Map<String, Integer> header(Path review, DataFiles.Line line, List<Diagnostic> diagnostics) {
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < line.fields().size(); i++) {
      column.put(line.field(i), i);
    }
    for (String required : List.of("entity", "candidate", "decision")) {
      if (!column.containsKey(required)) {
        diagnostics.add(Diagnostic.error(review.toString(), line.number(), 1, "header has no '" + required + "' column"));
      }
    }
    return column;
  }

  private static Optional<ReviewedLink> acceptedRow(DataFiles.Line line, Map<String, Integer> column, Path review,
      List<Diagnostic> diagnostics) {
    int d = column.get("decision");
    String decision = line.field(d).toLowerCase(Locale.ROOT);
    if (decision.isEmpty() || decision.equals("reject")) {
      return Optional.empty();
    }
    if (!decision.equals("accept")) {
      diagnostics.add(error(review, line, d, "decision must be accept, reject or empty: '" + line.field(d) + "'"));
      return Optional.empty();
    }
    String path = line.field(column.get("entity"));
    String candidate = line.field(column.get("candidate"));
    if (!path.matches(ReviewedLink.ENTITY_PATH)) {
      diagnostics.add(error(review, line, column.get("entity"), "not an entity path (entity/TYPE/NAME): '" + path + "'"));
      return Optional.empty();
    }
    if (!candidate.matches(ReviewedLink.ITEM)) {
      diagnostics.add(error(review, line, column.get("candidate"), "not a Wikidata item id: '" + candidate + "'"));
      return Optional.empty();
    }
    String label = column.containsKey("label") ? line.field(column.get("label")) : "";
    return Optional.of(new ReviewedLink(path, candidate, label, "reviewed: " + review));
  }

  private static Diagnostic error(Path review, DataFiles.Line line, int field, String message) {
    return Diagnostic.error(review.toString(), line.number(), line.columnOf(field), message);
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
