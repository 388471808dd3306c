package org.newsgraph.regex;

import java.util.regex.Pattern;

/**
 * A regular expression every match of which starts with an ASCII capital letter at the start of a word
 * ({@code \b[A-Z]...}, as the name patterns do): it is tried only there, not at every character.
 */
public final class CapitalStartPattern extends StartKeyedPattern {
  public CapitalStartPattern(Pattern pattern) {
    super(pattern);
  }

  public static CapitalStartPattern compile(String regex) {
    return new CapitalStartPattern(Pattern.compile(regex));
  }

  @Override
  protected int nextStart(String text, int from) {
    for (int p = Math.max(0, from); p < text.length(); p++) {
      char c = text.charAt(p);
      if (c >= 'A' && c <= 'Z' && (p == 0 || mayPrecedeBoundary(text.charAt(p - 1)))) {
        return p;
      }
    }
    return -1;
  }
}
