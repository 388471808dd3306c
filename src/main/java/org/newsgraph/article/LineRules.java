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

  /**
   * A rule's pattern, the characters every line it matches holds and the character such a line ends with (0 if
   * none is known; {@link RequiredCharacters}).
   */
  private record Rule(Pattern pattern, String required, char last) {
    Rule(Pattern pattern) {
      this(pattern, RequiredCharacters.of(pattern), RequiredCharacters.lastOf(pattern));
    }

    /** The pattern's matcher over the whole line, or null where the line lacks a character every match needs. */
    Matcher matcher(String line) {
      boolean ends = last == 0 || !line.isEmpty() && line.charAt(line.length() - 1) == last;
      return ends && RequiredCharacters.allIn(required, line) ? pattern.matcher(line) : null;
    }
  }

  private final ImmutableList<Rule> endRules;
  private final ImmutableList<Rule> dropRules;
  private final ImmutableList<Rule> captions;
  private final ImmutableList<Rule> bylines;
  private final ImmutableList<Rule> contacts;

  private LineRules(ImmutableList<Pattern> endRules, ImmutableList<Pattern> dropRules,
      ImmutableList<Pattern> captions, ImmutableList<Pattern> bylines, ImmutableList<Pattern> contacts) {
    this.endRules = rules(endRules);
    this.dropRules = rules(dropRules);
    this.captions = rules(captions);
    this.bylines = rules(bylines);
    this.contacts = rules(contacts);
  }

  private static ImmutableList<Rule> rules(ImmutableList<Pattern> patterns) {
    return patterns.stream().map(Rule::new).collect(ImmutableList.toImmutableList());
  }

  static LineRules load() {
    ImmutableList.Builder<Pattern> end = ImmutableList.builder();
    ImmutableList.Builder<Pattern> drop = ImmutableList.builder();
    for (DataFiles.Entry entry : DataFiles.entries("boilerplate.txt")) {
      String[] parts = entry.text().split("\\s+", 2);
      if (parts.length != 2 || !(parts[0].equals("end") || parts[0].equals("drop"))) {
        throw entry.error(1, "expected \"end REGEX\" or \"drop REGEX\"");
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
    for (Rule rule : bylines) {
      Matcher m = rule.matcher(line);
      if (m != null && m.matches()) {
        String names = m.group("names");
        return Optional.of(new Byline(names, ImmutableList.copyOf(NAMES.split(names)),
            optionalGroup(m, "role"), optionalGroup(m, "email")));
      }
    }
    return Optional.empty();
  }

  /** The e-mail address of a contact line. */
  Optional<String> contactEmail(String line) {
    for (Rule rule : contacts) {
      Matcher m = rule.matcher(line);
      if (m != null && m.matches()) {
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

  private static boolean matchesAny(ImmutableList<Rule> rules, String line) {
    for (Rule rule : rules) {
      Matcher m = rule.matcher(line);
      if (m != null && m.matches()) {
        return true;
      }
    }
    return false;
  }
}
