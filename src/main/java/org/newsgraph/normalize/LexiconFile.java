package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsgraph.data.DataFileException;
import org.newsgraph.diag.Diagnostic;

/**
 * Reads one lexicon data file: UTF-8, one entry per line, {@code #} starts a comment line, blank
 * lines ignored, fields separated by one TAB. The bundled file comes from the classpath; a file of
 * the same name in the optional extension directory is appended to it (the bundled lexicons' is the user's data
 * folder's {@code normalize/}), so its entries add to (and, for keyed lexicons, override) the bundled ones.
 */
final class LexiconFile {
  private static final Splitter TAB = Splitter.on('\t');

  /** One entry: its fields and where it came from, for error messages. */
  record Entry(String source, int line, ImmutableList<String> fields) {
    Entry {
      requireNonNull(source, "source");
      requireNonNull(fields, "fields");
    }

    String field(int i) {
      return fields.get(i);
    }

    /** This entry cannot be used: {@code file:line:1: error: message}. */
    DataFileException error(String message) {
      return new DataFileException(Diagnostic.error(source, line, 1, message));
    }
  }

  private LexiconFile() {}

  /**
   * The entries of {@code name}, bundled first, then the extension directory's, each with exactly
   * {@code width} fields.
   */
  static ImmutableList<Entry> read(String name, int width, Optional<Path> extensionDir) {
    checkArgument(width >= 1, "width %s", width);
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    try (InputStream in = LexiconFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled lexicon " + name);
      }
      parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), width, entries);
      if (extensionDir.isPresent()) {
        Path extra = extensionDir.get().resolve(name);
        if (Files.isRegularFile(extra)) {
          parse(extra.toString(), Files.readString(extra, StandardCharsets.UTF_8), width, entries);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    return entries.build();
  }

  private static void parse(
      String source, String content, int width, ImmutableList.Builder<Entry> out) {
    List<String> lines = content.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = stripEnd(lines.get(i));
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = TAB.splitToList(line);
      Entry entry = new Entry(source, i + 1, ImmutableList.copyOf(fields));
      if (fields.size() != width) {
        throw entry.error("expected " + width + " tab-separated fields, found " + fields.size());
      }
      if (fields.get(0).isEmpty()) {
        throw entry.error("empty first field");
      }
      out.add(entry);
    }
  }

  /** Strips trailing spaces and CR but keeps trailing TABs, which separate empty fields. */
  private static String stripEnd(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }
}
