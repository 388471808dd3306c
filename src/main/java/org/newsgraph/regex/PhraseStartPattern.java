package org.newsgraph.regex;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A list of phrases behind {@code (?<![\p{L}])} (not inside a word), as the time phrases are found: tried only
 * after a non-letter where a phrase's first character (in either case) stands, not at every character as the
 * look-behind alone would be.
 */
public final class PhraseStartPattern extends StartKeyedPattern {
  private final String firstChars;

  /** {@code pattern}: its matches start with the first character of one of {@code phrases}, after no letter. */
  public PhraseStartPattern(Pattern pattern, Collection<String> phrases) {
    super(pattern);
    StringBuilder chars = new StringBuilder();
    for (String p : phrases) {
      if (!p.isEmpty()) {
        chars.append(p.substring(0, 1).toLowerCase(Locale.ROOT)).append(p.substring(0, 1).toUpperCase(Locale.ROOT));
      }
    }
    this.firstChars = chars.toString();
  }

  @Override
  protected int nextStart(String text, int from) {
    for (int p = Math.max(0, from); p < text.length(); p++) {
      char c = text.charAt(p);
      boolean first = Character.isSurrogate(c) || firstChars.indexOf(c) >= 0 || firstChars.indexOf(Character.toLowerCase(c)) >= 0;
      if (first && (p == 0 || !Character.isLetter(text.charAt(p - 1)))) {
        return p; // a surrogate before p may be half of a letter: tried, the look-behind decides
      }
    }
    return -1;
  }
}
