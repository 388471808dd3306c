package org.newsgraph.article;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single line is, by the rules in this package's data files: site boilerplate ({@code boilerplate.txt}),
 * a photo caption ({@code captions.txt}), a byline ({@code bylines.txt}) or a publisher contact line
 * ({@code contacts.txt}). Every rule must match the whole line.
 */
final class LineRules {

  /** What a boilerplate line does to the body. */
  enum Boilerplate { NONE, DROP, END }

  /** A byline: the names as written, each name, and an optional role and e-mail address. */
  record Byline(String asWritten, ImmutableList<String> names, Optional<String> role, Optional<String> email) {}

  private static final Splitter NAMES = Splitter.onPattern("\\s+(?:and|&)\\s+").trimResults().omitEmptyStrings();

  private final ImmutableList<Pattern> endRules;
  private final ImmutableList<Pattern> dropRules;
  private final ImmutableList<Pattern> captions;
  private final ImmutableList<Pattern> bylines;
  private final ImmutableList<Pattern> contacts;

  private LineRules(ImmutableList<Pattern> endRules, ImmutableList<Pattern> dropRules,
      ImmutableList<Pattern> captions, ImmutableList<Pattern> bylines, ImmutableList<Pattern> contacts) {
    this.endRules = endRules;
    this.dropRules = dropRules;
    this.captions = captions;
    this.bylines = bylines;
    this.contacts = contacts;
  }

  static LineRules load() {
    ImmutableList.Builder<Pattern> end = ImmutableList.builder();
    ImmutableList.Builder<Pattern> drop = ImmutableList.builder();
    for (DataFiles.Entry entry : DataFiles.entries("boilerplate.txt")) {
      String[] parts = entry.text().split("\\s+", 2);
      if (parts.length != 2 || !(parts[0].equals("end") || parts[0].equals("drop"))) {
        throw new IllegalStateException(entry.where() + ": expected \"end REGEX\" or \"drop REGEX\"");
      }
      Pattern pattern = DataFiles.compile(entry, parts[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      (parts[0].equals("end") ? end : drop).add(pattern);
    }
    return new LineRules(end.build(), drop.build(), DataFiles.patterns("captions.txt", 0),
        DataFiles.patterns("bylines.txt", 0), DataFiles.patterns("contacts.txt", 0));
  }

  Boilerplate boilerplate(String line) {
    if (matchesAny(endRules, line)) {
      return Boilerplate.END;
    }
    return matchesAny(dropRules, line) ? Boilerplate.DROP : Boilerplate.NONE;
  }

  boolean isCaption(String line) {
    return matchesAny(captions, line);
  }

  Optional<Byline> byline(String line) {
    for (Pattern pattern : bylines) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        String names = m.group("names");
        return Optional.of(new Byline(names, ImmutableList.copyOf(NAMES.split(names)),
            optionalGroup(m, "role"), optionalGroup(m, "email")));
      }
    }
    return Optional.empty();
  }

  /** The e-mail address of a contact line. */
  Optional<String> contactEmail(String line) {
    for (Pattern pattern : contacts) {
      Matcher m = pattern.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group("email"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> optionalGroup(Matcher m, String name) {
    if (!m.pattern().pattern().contains("(?<" + name + ">")) {
      return Optional.empty();
    }
    return Optional.ofNullable(m.group(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static boolean matchesAny(ImmutableList<Pattern> patterns, String line) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }
}
