package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression every match of which starts with one of a few words, in any case ("minister" in {@code
 * (?i:\b(?:minister|...))\s+...}): it is tried only where a run of ASCII letters starts that equals, lower-cased, the
 * first run of ASCII letters of one of them, instead of at every character. The matches are those of {@link
 * Matcher#find()}, in the same order.
 */
final class WordKeyedPattern {
  private final Pattern pattern;
  /** The lower-cased first letter runs of the words a match can start with. */
  private final ImmutableSet<String> keys;
  private final int longestKey;

  /**
   * {@code starts}: every string a match can start with (case-insensitively); each must start with an ASCII letter,
   * and where it has no more letters the match must go on with a character that is no ASCII letter.
   */
  WordKeyedPattern(Pattern pattern, Collection<String> starts) {
    this.pattern = pattern;
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String s : starts) {
      int n = letterRun(s, 0);
      if (n == 0) {
        throw new IllegalArgumentException("a key word must start with an ASCII letter: " + s);
      }
      b.add(s.substring(0, n).toLowerCase(Locale.ROOT));
    }
    this.keys = b.build();
    this.longestKey = keys.stream().mapToInt(String::length).max().orElse(0);
  }

  Pattern pattern() {
    return pattern;
  }

  /** A matcher over {@code text} whose {@link Scan#find()} gives the matches {@link Matcher#find()} would. */
  Scan scan(String text) {
    return new Scan(text);
  }

  /** The matches in one text, found in turn. */
  final class Scan {
    private final String text;
    private final Matcher m;
    private int from;

    private Scan(String text) {
      this.text = text;
      this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Finds the next match; then {@link #matcher()} tells its groups. */
    boolean find() {
      for (int p = from; p < text.length(); p++) {
        if (!isLetter(text.charAt(p)) || p > 0 && isLetter(text.charAt(p - 1))) {
          continue;
        }
        int n = letterRun(text, p);
        if (n <= longestKey && keys.contains(text.substring(p, p + n).toLowerCase(Locale.ROOT))
            && m.region(p, text.length()).lookingAt()) {
          from = m.end() > p ? m.end() : p + 1;
          return true;
        }
        p += n - 1;
      }
      from = text.length();
      return false;
    }

    Matcher matcher() {
      return m;
    }
  }

  private static int letterRun(String s, int from) {
    int i = from;
    while (i < s.length() && isLetter(s.charAt(i))) {
      i++;
    }
    return i - from;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
