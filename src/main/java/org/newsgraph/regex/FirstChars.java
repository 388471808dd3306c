package org.newsgraph.regex;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern may start with, found by trying the pattern on each character alone after
 * a few characters that are not word characters: a try that fails without reading past the character
 * ({@link Matcher#hitEnd()}) rules the character out. Characters from U+0250 on are not tried: any of them may
 * start a match. For patterns whose matches start at a word boundary ({@link WordStartPattern}), where what
 * stands before a start is no ASCII letter or digit.
 */
final class FirstChars {
  private static final int TRIED = 0x250;
  private static final String[] BEFORE = {" ", "-", "(", "\"", "'", ".", ",", "/", "\n"};
  private final BitSet possible;

  private FirstChars(BitSet possible) {
    this.possible = possible;
  }

  static FirstChars of(Pattern pattern) {
    BitSet possible = new BitSet(TRIED);
    for (char c = 0; c < TRIED; c++) {
      for (String before : BEFORE) {
        Matcher m = pattern.matcher(before + c).region(1, 2).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt() || m.hitEnd()) {
          possible.set(c);
          break;
        }
      }
    }
    return new FirstChars(possible);
  }

  boolean mayStart(char c) {
    return c >= TRIED || possible.get(c);
  }
}
