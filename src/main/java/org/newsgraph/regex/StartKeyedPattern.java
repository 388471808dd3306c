package org.newsgraph.regex;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only at the positions where one of its matches can start, instead of at every
 * character as {@link Matcher#find()} does: a subclass names those positions (a superset of the true starts is
 * fine, as the expression itself is then tried there with the text around it visible to {@code \b} and
 * look-behind). The matches are those of {@link Matcher#find()}, in the same order.
 */
public abstract class StartKeyedPattern {
  private final Pattern pattern;

  protected StartKeyedPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  public Pattern pattern() {
    return pattern;
  }

  /** The pattern tried at every position, as {@link Matcher#find()} does (for a rule list that mixes kinds). */
  public static StartKeyedPattern everywhere(Pattern pattern) {
    return new StartKeyedPattern(pattern) {
      @Override
      protected int nextStart(String text, int from) {
        return from < text.length() ? Math.max(0, from) : -1;
      }
    };
  }

  /**
   * Whether the character before a position may stand before a word boundary: anything but an ASCII letter or digit.
   * (Java 17's {@code \b} also takes other letters and digits for word characters, Java 19's by default not: a
   * superset of the positions either allows is safe, since the expression itself is tried there.)
   */
  protected static boolean mayPrecedeBoundary(char c) {
    return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
  }

  /** The first position at or after {@code from} where a match may start, or -1. */
  protected abstract int nextStart(String text, int from);

  /** A matcher over {@code text} whose {@link Scan#find()} gives the matches {@link Matcher#find()} would. */
  public final Scan scan(String text) {
    return new Scan(text);
  }

  /** The matches in one text, found in turn. */
  public final class Scan {
    private final String text;
    private final Matcher m;
    private int from;

    private Scan(String text) {
      this.text = text;
      this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Finds the next match; then {@link #matcher()} tells its groups. */
    public boolean find() {
      for (int p = nextStart(text, from); p >= 0; p = nextStart(text, p + 1)) {
        if (m.region(p, text.length()).lookingAt()) {
          from = m.end() > p ? m.end() : p + 1;
          return true;
        }
      }
      from = text.length();
      return false;
    }

    public Matcher matcher() {
      return m;
    }
  }
}
