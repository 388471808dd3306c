package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsgraph.data.DataExtension;
import org.newsgraph.data.DataFileException;
import org.newsgraph.diag.Diagnostic;

/** Reads the line-oriented data files (gazetteer, rules, lexicons): from the class path or a user's folder. */
public final class DataFiles {
  private DataFiles() {}

  /** A non-comment, non-blank line with its 1-based number and tab-separated fields. */
  public record Line(String source, int number, String text, ImmutableList<String> fields) {
    public String field(int i) {
      return i < fields.size() ? fields.get(i).strip() : "";
    }

    public DataFileException error(int column, String message) {
      return new DataFileException(Diagnostic.error(source, number, column, message));
    }

    /** 1-based column where field {@code i} starts. */
    public int columnOf(int i) {
      int col = 1;
      for (int k = 0; k < i && k < fields.size(); k++) {
        col += fields.get(k).length() + 1;
      }
      return col;
    }
  }

  /** The lines of a bundled data file, then those of the user's file extending it ({@link DataExtension}), if any. */
  public static ImmutableList<Line> resource(String path) {
    ImmutableList<Line> bundled;
    try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new DataFileException(Diagnostic.error(path, "data file missing from the class path"));
      }
      bundled = lines(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<ImmutableList<Line>> extension = DataExtension.fileFor(path).flatMap(DataFiles::file);
    return extension.isEmpty() ? bundled : ImmutableList.<Line>builder().addAll(bundled).addAll(extension.get()).build();
  }

  public static Optional<ImmutableList<Line>> file(Path path) {
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(lines(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new DataFileException(Diagnostic.error(path.toString(), "cannot read: " + e.getMessage()));
    }
  }

  static ImmutableList<Line> lines(String source, String text) {
    ImmutableList.Builder<Line> out = ImmutableList.builder();
    List<String> raw = text.lines().toList();
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      out.add(new Line(source, i + 1, line, ImmutableList.copyOf(line.split("\t", -1))));
    }
    return out.build();
  }

  /** Splits a {@code |}-separated list, dropping blanks. */
  public static ImmutableList<String> list(String field) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out.build();
  }
}
