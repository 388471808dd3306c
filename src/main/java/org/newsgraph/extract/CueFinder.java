package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the words that change a statement's status ({@code cues.tsv}). */
final class CueFinder {
  /** A cue found in a text: its words, the status it gives, and where it starts. */
  record Cue(String words, Status status, int at) {
    boolean anaphoric() {
      return words.startsWith("this ") || words.startsWith("that ");
    }
  }

  /** A cue's pattern, the status it gives, and strings one of which every match contains (an empty one if none is known). */
  private record Entry(Pattern pattern, Status status, List<String> literals) {}

  private final ImmutableList<Entry> entries;

  private CueFinder(ImmutableList<Entry> entries) {
    this.entries = entries;
  }

  static CueFinder load() {
    ImmutableList.Builder<Entry> b = ImmutableList.builder();
    for (DataFiles.Line line : DataFiles.resource("/org/newsgraph/extract/cues.tsv")) {
      Status st = Status.parse(line.field(1)).orElseThrow(() -> line.error(line.columnOf(1), "unknown status '" + line.field(1) + "'"));
      try {
        b.add(new Entry(Pattern.compile("\\b" + line.field(0) + "\\b"), st, RequiredLiteral.anyOf(line.field(0))));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw line.error(1 + Math.max(0, e.getIndex()), "bad regular expression: " + e.getDescription());
      }
    }
    return new CueFinder(b.build());
  }

  private static boolean containsAny(String text, List<String> literals) {
    for (int i = 0; i < literals.size(); i++) { // indexed: an iterator per cue per sentence showed in allocation profiles
      if (text.contains(literals.get(i))) {
        return true;
      }
    }
    return false;
  }

  List<Cue> find(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    List<Cue> out = new ArrayList<>();
    for (Entry e : entries) {
      if (!containsAny(lower, e.literals())) {
        continue; // cannot match: most cues are absent from most sentences, and a scan for the literal is cheap
      }
      Matcher m = e.pattern().matcher(lower);
      while (m.find()) {
        int at = m.start();
        if (out.stream().noneMatch(c -> c.at() <= at && at < c.at() + c.words().length())) {
          out.add(new Cue(text.substring(m.start(), m.end()), e.status(), at));
        }
      }
    }
    return out;
  }
}
