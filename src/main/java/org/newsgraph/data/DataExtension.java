package org.newsgraph.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A user's folder of data files that extends the bundled ones without rebuilding the jar. A file at
 * {@code DIR/extract/frames.tsv} is read after the bundled {@code org/newsgraph/extract/frames.tsv}, as more lines
 * of it: more frame rules, cues, reporting verbs, titles, gazetteer entries, boilerplate patterns, number words;
 * where a file maps a key to a value, a later line's value replaces an earlier one's. Errors in the user's lines
 * are reported at the user's file, line and column.
 *
 * <p>One folder per process, chosen before the pipeline loads ({@code newsgraph --data-dir DIR}): the readers of the
 * data files are spread over the stages, several of them in static initialisers, so the choice is process-wide
 * rather than passed to each of them. Every file in the folder must extend a bundled data file (a misspelt name
 * would otherwise be silently ignored).
 */
public final class DataExtension {
  private static final String ROOT = "/org/newsgraph/";
  private static volatile Path folder;

  private DataExtension() {}

  /**
   * Extends the bundled data files with {@code dir}'s from now on in this process.
   *
   * @throws IllegalArgumentException when {@code dir} is no folder, or holds a file that extends no bundled one
   * @throws IllegalStateException when another folder was chosen before
   */
  public static synchronized void use(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--data-dir " + dir + ": no such folder");
    }
    List<String> strays = new ArrayList<>();
    for (Path f : files(dir)) {
      String rel = relative(dir, f);
      if (!(rel.endsWith(".tsv") || rel.endsWith(".txt")) || DataExtension.class.getResource(ROOT + rel) == null) {
        strays.add(rel);
      }
    }
    if (!strays.isEmpty()) {
      throw new IllegalArgumentException("--data-dir " + dir + ": " + String.join(", ", strays)
          + (strays.size() == 1 ? " extends" : " extend") + " no bundled data file (the folder mirrors org/newsgraph/ of the jar:"
          + " extract/frames.tsv, extract/cues.tsv, gazetteer/places.tsv, article/boilerplate.txt, ...; 'newsgraph doctor' lists them)");
    }
    Path chosen = dir.toAbsolutePath().normalize();
    if (folder != null && !folder.equals(chosen)) {
      throw new IllegalStateException("data files already extended from " + folder);
    }
    folder = chosen;
  }

  /** The chosen folder, if any. */
  public static Optional<Path> dir() {
    return Optional.ofNullable(folder);
  }

  /** The user's file that extends the bundled resource {@code resource} (an absolute class-path name), if any. */
  public static Optional<Path> fileFor(String resource) {
    Path dir = folder;
    if (dir == null || !resource.startsWith(ROOT)) {
      return Optional.empty();
    }
    Path f = dir.resolve(resource.substring(ROOT.length()));
    return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
  }

  /** The chosen folder's files, sorted (for the build cache's key and {@code doctor}); none without a folder. */
  public static List<Path> files() {
    Path dir = folder;
    return dir == null ? List.of() : files(dir);
  }

  /** A file's name under the folder, with forward slashes: {@code extract/frames.tsv}. */
  public static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
