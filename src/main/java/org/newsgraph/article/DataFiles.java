package org.newsgraph.article;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Static helpers over the data files in this package's resources: lines with {@code #} comments and blank
 * lines left out. A missing or malformed data file is a packaging error and fails with its position.
 */
final class DataFiles {

  /** One meaningful line of a data file, with its 1-based line number for error messages. */
  record Entry(String resource, int line, String text) {
    String where() {
      return resource + ":" + line;
    }
  }

  private DataFiles() {}

  static ImmutableList<Entry> entries(String resource) {
    InputStream in = DataFiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("data file missing from the classpath: " + resource);
    }
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          entries.add(new Entry(resource, number, line.strip()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resource, e);
    }
    return entries.build();
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
        throw new IllegalStateException(entry.where() + ": expected TAB-separated columns");
      }
      table.put(columns.get(0).strip(), columns.subList(1, columns.size()));
    }
    return table.buildOrThrow();
  }

  static Pattern compile(Entry entry, String regex, int flags) {
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(entry.where() + ": bad regular expression: " + e.getDescription(), e);
    }
  }
}
