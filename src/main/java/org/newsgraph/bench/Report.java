package org.newsgraph.bench;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a bench run measured: figures by section, tables, profiles and notes; written as Markdown and CSV. */
public final class Report {
  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();
  private final Map<String, List<String>> tables = new LinkedHashMap<>();
  private final List<Profiles.Summary> profiles = new ArrayList<>();

  public ImmutableList<Figure> figures() {
    return ImmutableList.copyOf(figures);
  }

  Figure add(Figure f) {
    figures.add(f);
    return f;
  }

  void note(String section, String text) {
    notes.computeIfAbsent(section, k -> new ArrayList<>()).add(text);
  }

  /** A Markdown table (header row first) shown in a section after its figures. */
  void table(String section, List<String> header, List<List<String>> rows) {
    List<String> md = tables.computeIfAbsent(section, k -> new ArrayList<>());
    md.add("| " + String.join(" | ", header) + " |");
    md.add("|" + "---|".repeat(header.size()));
    rows.forEach(r -> md.add("| " + String.join(" | ", r) + " |"));
    md.add("");
  }

  void profile(Profiles.Summary s) {
    profiles.add(s);
  }

  /** Writes {@code report.md} and {@code report.csv} into {@code dir}. */
  public void write(Path dir, String header) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("report.md"), markdown(header), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("report.csv"), csv(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in " + dir, e);
    }
  }

  String csv() {
    StringBuilder sb = new StringBuilder("section,name,unit,median,min,max,runs\n");
    for (Figure f : figures) {
      sb.append(String.format(Locale.ROOT, "%s,\"%s\",%s,%s,%s,%s,%d%n", f.section(), f.name().replace("\"", "\"\""), f.unit(),
          num(f.median()), num(f.min()), num(f.max()), f.runs()));
    }
    return sb.toString();
  }

  String markdown(String header) {
    StringBuilder sb = new StringBuilder(header).append("\n");
    List<String> sections = new ArrayList<>();
    figures.forEach(f -> addOnce(sections, f.section()));
    tables.keySet().forEach(s -> addOnce(sections, s));
    notes.keySet().forEach(s -> addOnce(sections, s));
    for (String section : sections) {
      sb.append("\n## ").append(section).append("\n\n");
      List<Figure> fs = figures.stream().filter(f -> f.section().equals(section)).toList();
      if (!fs.isEmpty()) {
        sb.append("| figure | median | min | max | unit | runs |\n|---|---:|---:|---:|---|---:|\n");
        for (Figure f : fs) {
          sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n", f.name(), num(f.median()), num(f.min()),
              num(f.max()), f.unit(), f.runs()));
        }
        sb.append("\n");
      }
      tables.getOrDefault(section, List.of()).forEach(l -> sb.append(l).append("\n"));
      notes.getOrDefault(section, List.of()).forEach(n -> sb.append("- ").append(n).append("\n"));
    }
    if (!profiles.isEmpty()) {
      sb.append("\n## profiles (JFR execution samples)\n");
      for (Profiles.Summary p : profiles) {
        sb.append("\n**").append(p.label()).append("** (").append(p.samples()).append(" samples)\n\n");
        sb.append("top frames (self): ").append(String.join("; ", p.self())).append("\n\n");
        sb.append("first frame outside the JDK: ").append(String.join("; ", p.outsideJdk())).append("\n\n");
        if (!p.inclusive().isEmpty()) {
          sb.append("newsgraph methods, inclusive: ").append(String.join("; ", p.inclusive())).append("\n");
        }
      }
    }
    return sb.toString();
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }

  /** Three significant digits, no exponent for ordinary sizes. */
  static String num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    if (a >= 100) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "%.2f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
