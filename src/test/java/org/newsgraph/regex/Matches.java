package org.newsgraph.regex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The matches of a pattern written out (start, text, group 1) to compare {@link Matcher#find()} with a scan. */
final class Matches {
  private Matches() {}

  static List<String> plain(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  static List<String> scanned(StartKeyedPattern p, String text) {
    List<String> out = new ArrayList<>();
    StartKeyedPattern.Scan scan = p.scan(text);
    while (scan.find()) {
      out.add(describe(scan.matcher()));
    }
    return out;
  }

  private static String describe(Matcher m) {
    return m.start() + ":" + m.group() + (m.groupCount() > 0 ? "|" + m.start(1) + ":" + m.group(1) : "");
  }

  /** Every line of the development corpus's articles. */
  static List<String> corpusLines() {
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(project.resolve("src/test/resources/corpus/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
