package org.newsgraph.regex;

import java.util.regex.Pattern;

/**
 * A regular expression every match of which starts at a word boundary with a letter or digit ({@code \b} then a
 * word character, as the time expressions do): it is tried only where such a word starts, not at every character.
 */
public final class WordStartPattern extends StartKeyedPattern {
  public WordStartPattern(Pattern pattern) {
    super(pattern);
  }

  @Override
  protected int nextStart(String text, int from) {
    for (int p = Math.max(0, from); p < text.length(); p++) {
      if (Character.isLetterOrDigit(text.codePointAt(p)) && (p == 0 || mayPrecedeBoundary(text.charAt(p - 1)))) {
        return p;
      }
    }
    return -1;
  }
}
