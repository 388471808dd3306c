package org.newsgraph.eval;

import java.util.Locale;

/** Name normalisation for matching: lower case, then only letters and digits kept. */
final class Names {

  private Names() {}

  /** {@code "Kim Jong-un"} and {@code "kim jong un"} both give {@code "kimjongun"}. */
  static String key(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    lower.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
