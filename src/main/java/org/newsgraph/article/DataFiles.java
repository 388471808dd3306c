package org.newsgraph.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.data.DataExtension;
import org.newsgraph.data.DataFileException;
import org.newsgraph.diag.Diagnostic;

/**
 * Static helpers over the data files in this package's resources: lines with {@code #} comments and blank
 * lines left out. A malformed line, bundled or a user's, fails with its file, line and column.
 */
final class DataFiles {

  /** One meaningful line of a data file, with its 1-based line number for error messages. */
  record Entry(String resource, int line, String text) {
    /** The data file cannot be used: {@code message} at this line, column {@code column}. */
    DataFileException error(int column, String message) {
      return new DataFileException(Diagnostic.error(resource, line, column, message));
    }
  }

  private DataFiles() {}

  /**
   * The meaningful lines of {@code resource} (relative to this package), then those of the user's file extending
   * it ({@link DataExtension}), if any.
   */
  static ImmutableList<Entry> entries(String resource) {
    String absolute = "/" + DataFiles.class.getPackageName().replace('.', '/') + "/" + resource;
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new DataFileException(Diagnostic.error(absolute, "data file missing from the class path"));
      }
      read(absolute, new String(in.readAllBytes(), StandardCharsets.UTF_8), entries);
      Optional<Path> extension = DataExtension.fileFor(absolute);
      if (extension.isPresent()) {
        read(extension.get().toString(), Files.readString(extension.get(), StandardCharsets.UTF_8), entries);
      }
    } catch (IOException e) {
      throw new DataFileException(Diagnostic.error(absolute, "cannot read: " + e.getMessage()));
    }
    return entries.build();
  }

  private static void read(String source, String text, ImmutableList.Builder<Entry> out) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        out.add(new Entry(source, i + 1, line.strip()));
      }
    }
  }

  /** Each line a regular expression. */
  static ImmutableList<Pattern> patterns(String resource, int flags) {
    ImmutableList.Builder<Pattern> patterns = ImmutableList.builder();
    for (Entry entry : entries(resource)) {
      patterns.add(compile(entry, entry.text(), flags));
    }
    return patterns.build();
  }

  /** Each line {@code key TAB value...}; the columns after the first are returned as they are. */
  static ImmutableMap<String, ImmutableList<String>> table(String resource) {
    ImmutableMap.Builder<String, ImmutableList<String>> table = ImmutableMap.builder();
    for (Entry entry : entries(resource)) {
      ImmutableList<String> columns = ImmutableList.copyOf(entry.text().split("\t"));
      if (columns.size() < 2) {
        throw entry.error(1, "expected TAB-separated columns");
      }
      table.put(columns.get(0).strip(), columns.subList(1, columns.size()));
    }
    return table.buildKeepingLast(); // a user's line replaces the bundled one of its key
  }

  static Pattern compile(Entry entry, String regex, int flags) {
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw entry.error(entry.text().indexOf(regex) + 1 + Math.max(0, e.getIndex()), "bad regular expression: " + e.getDescription());
    }
  }
}
