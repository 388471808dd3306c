package org.newsgraph.article;

/** Years written in a text. */
final class Years {
  private Years() {}

  /**
   * The latest year from 1900 to 2099 the text writes as a word of four digits (what {@code \b(19|20)\d{2}\b}
   * finds), 0 if none: a scan that looks only at digits, not a regular expression tried at every character.
   */
  static int latest(String text) {
    int year = 0;
    int n = text.length();
    for (int k = 0; k + 4 <= n; k++) {
      char c = text.charAt(k);
      if ((c == '1' || c == '2') && (k == 0 || !wordChar(text.charAt(k - 1)))) {
        boolean fourDigits = digit(text.charAt(k + 1)) && digit(text.charAt(k + 2)) && digit(text.charAt(k + 3))
            && (k + 4 == n || !wordChar(text.charAt(k + 4)));
        int century = (c - '0') * 10 + (text.charAt(k + 1) - '0');
        if (fourDigits && (century == 19 || century == 20)) {
          year = Math.max(year, Integer.parseInt(text, k, k + 4, 10));
        }
      }
    }
    return year;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** What {@code \b} takes for a word character: a letter or digit of any script, or "_". */
  private static boolean wordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }
}
