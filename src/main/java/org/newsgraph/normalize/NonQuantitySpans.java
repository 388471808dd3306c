package org.newsgraph.normalize;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a sentence where digits are not quantities: dates ("Nov. 1", "18 October
 * 2023", "2023-11-01"), clock times ("17:02"), decades ("1990s"), identifiers after a reference
 * word ("Resolution 2397", "No. 5") and model names ("Hwasong-17", "S-400"). Immutable.
 */
final class NonQuantitySpans {
  private final Pattern pattern;

  NonQuantitySpans(Lexicon lexicon) {
    String month = lexicon.months().regex() + "\\.?";
    String day = "\\d{1,2}(?:st|nd|rd|th)?\\b";
    String year = "\\d{4}\\b";
    this.pattern =
        Pattern.compile(
            String.join(
                "|",
                "\\b" + month + "\\s+" + day + "(?:,?\\s+" + year + ")?",
                "\\b" + day + "\\s+(?:of\\s+)?" + month + "(?:,?\\s+" + year + ")?",
                "\\b" + month + ",?\\s+" + year,
                "\\b\\d{4}-\\d{2}-\\d{2}\\b",
                "\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b",
                "\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b",
                "\\b\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.)",
                "\\b\\d{4}s\\b",
                "(?<!\\p{L})" + lexicon.referenceWords().regex() + "\\s*\\d[\\d,.]*",
                "\\p{L}+-\\d+",
                "\\p{L}\\d+"));
  }

  /** The characters of {@code sentence} inside non-quantity spans. */
  BitSet in(String sentence) {
    BitSet mask = new BitSet(sentence.length());
    if (!hasDigit(sentence)) {
      return mask; // every alternative above needs a digit (\d is ASCII here)
    }
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      mask.set(m.start(), m.end());
    }
    return mask;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
