package org.newsgraph.regex;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A regular expression every match of which starts with one of a few words, in any case ("minister" in {@code
 * (?i:\b(?:minister|...))\s+...}): it is tried only where a run of ASCII letters starts that equals, lower-cased, the
 * first run of ASCII letters of one of them, instead of at every character.
 */
public final class WordKeyedPattern extends StartKeyedPattern {
  /** The lower-cased first letter runs of the words a match can start with. */
  private final ImmutableSet<String> keys;
  private final int longestKey;

  /**
   * {@code starts}: every string a match can start with (case-insensitively); each must start with an ASCII letter,
   * and where it has no more letters the match must go on with a character that is no ASCII letter.
   */
  public WordKeyedPattern(Pattern pattern, Collection<String> starts) {
    super(pattern);
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

  @Override
  protected int nextStart(String text, int from) {
    for (int p = Math.max(0, from); p < text.length(); p++) {
      if (!isLetter(text.charAt(p)) || p > 0 && isLetter(text.charAt(p - 1))) {
        continue;
      }
      int n = letterRun(text, p);
      if (n <= longestKey && keys.contains(text.substring(p, p + n).toLowerCase(Locale.ROOT))) {
        return p;
      }
      p += n - 1;
    }
    return -1;
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
