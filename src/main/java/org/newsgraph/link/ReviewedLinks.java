package org.newsgraph.link;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.extract.DataFiles;

/**
 * The reviewed-links data file: Wikidata links a human accepted from a review file ({@code newsgraph link
 * --apply}), which the {@link Linker} adds to the graph like verified ids. Tab-separated: {@code entity}
 * (IRI path under the base), {@code wikidata}, {@code label}, {@code source} ({@code reviewed: FILE}).
 * The build reads {@code links/reviewed-links.tsv} in the working directory, or the file named by the
 * system property {@value #PROPERTY}; a missing file means no reviewed links.
 */
public final class ReviewedLinks {
  /** System property naming the reviewed-links file the build reads. */
  public static final String PROPERTY = "newsgraph.reviewed-links";
  /** Where the build looks when the property is not set, relative to the working directory. */
  public static final Path DEFAULT_LOCATION = Path.of("links", "reviewed-links.tsv");
  static final String HEADER = "entity\twikidata\tlabel\tsource";

  private final ImmutableList<ReviewedLink> links;

  private ReviewedLinks(List<ReviewedLink> links) {
    this.links = ImmutableList.sortedCopyOf(Comparator.comparing(ReviewedLink::path), links);
  }

  public static ReviewedLinks none() {
    return new ReviewedLinks(List.of());
  }

  /** The file the build reads: the system property {@value #PROPERTY}, else {@link #DEFAULT_LOCATION}. */
  public static Path location() {
    String p = System.getProperty(PROPERTY);
    return p == null || p.isBlank() ? DEFAULT_LOCATION : Path.of(p);
  }

  /** The links in {@code file}; none when it does not exist. A bad line is a {@code DataFileException}. */
  public static ReviewedLinks load(Path file) {
    Optional<ImmutableList<DataFiles.Line>> lines = DataFiles.file(file);
    List<ReviewedLink> out = new ArrayList<>();
    for (DataFiles.Line line : lines.orElse(ImmutableList.of())) {
      if (line.field(0).equals("entity")) {
        continue;
      }
      if (!line.field(0).matches(ReviewedLink.ENTITY_PATH)) {
        throw line.error(1, "not an entity path (entity/TYPE/NAME): '" + line.field(0) + "'");
      }
      if (!line.field(1).matches(ReviewedLink.ITEM)) {
        throw line.error(line.columnOf(1), "not a Wikidata item id: '" + line.field(1) + "'");
      }
      if (!line.field(3).startsWith("reviewed: ")) {
        throw line.error(line.columnOf(3), "source must be 'reviewed: FILE': '" + line.field(3) + "'");
      }
      if (out.stream().anyMatch(l -> l.path().equals(line.field(0)))) {
        throw line.error(1, "second link for " + line.field(0) + ": one Wikidata id per entity");
      }
      out.add(new ReviewedLink(line.field(0), line.field(1), line.field(2), line.field(3)));
    }
    return new ReviewedLinks(out);
  }

  public ImmutableList<ReviewedLink> links() {
    return links;
  }

  public Optional<ReviewedLink> of(String path) {
    return links.stream().filter(l -> l.path().equals(path)).findFirst();
  }

  /** These links plus {@code more} (which the caller checked for conflicts). */
  ReviewedLinks plus(List<ReviewedLink> more) {
    List<ReviewedLink> all = new ArrayList<>(links);
    all.addAll(more);
    return new ReviewedLinks(all);
  }

  /** Writes the file (sorted by entity), creating its folder. */
  void write(Path file) {
    StringBuilder sb = new StringBuilder()
        .append("# Wikidata links accepted by a human reviewer (newsgraph link --apply REVIEW.tsv).\n")
        .append("# The build adds them as owl:sameAs, like verified ids. Remove a line to withdraw a link.\n")
        .append(HEADER).append('\n');
    for (ReviewedLink l : links) {
      sb.append(String.join("\t", l.path(), l.wikidata(), l.label(), l.source())).append('\n');
    }
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LinkException(Diagnostic.error(file.toString(), "cannot write: " + e.getMessage()), e);
    }
  }
}
