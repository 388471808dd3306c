package org.newsgraph.normalize;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a sentence where digits are not quantities: dates ("Nov. 1", "18 October
 * 2023", "2023-11-01"), clock times ("17:02"), decades ("1990s"), identifiers after a reference
 * word ("Resolution 2397", "No. 5") and model names ("Hwasong-17", "S-400"). Thread-safe.
 */
final class NonQuantitySpans {
  private final Pattern pattern;
  private final ThreadLocal<Last> last = ThreadLocal.withInitial(Last::new);

  NonQuantitySpans(Lexicon lexicon) {
    String month = lexicon.months().regex() + "\\.?";
    String day = "\\d{1,2}(?:st|nd|rd|th)?\\b";
    String year = "\\d{4}\\b";
    // The alternatives that start at a word boundary share one \b check per position; the order is unchanged.
    this.pattern =
        Pattern.compile(
            "\\b(?:"
                + String.join(
                    "|",
                    month + "\\s+" + day + "(?:,?\\s+" + year + ")?",
                    day + "\\s+(?:of\\s+)?" + month + "(?:,?\\s+" + year + ")?",
                    month + ",?\\s+" + year,
                    "\\d{4}-\\d{2}-\\d{2}\\b",
                    "\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b",
                    "\\d{1,2}:\\d{2}(?::\\d{2})?\\b",
                    "\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.)",
                    "\\d{4}s\\b")
                + ")|"
                + String.join(
                    "|",
                    "(?<!\\p{L})" + lexicon.referenceWords().regex() + "\\s*\\d[\\d,.]*",
                    "\\p{L}+-\\d+",
                    "\\p{L}\\d+"));
  }

  /**
   * The characters of {@code sentence} inside non-quantity spans; not to be modified. The last answer of each
   * thread is kept, as quantities and ordinals of a sentence both ask.
   */
  BitSet in(String sentence) {
    Last last = this.last.get();
    if (last.sentence != sentence) {
      last.mask = scan(sentence);
      last.sentence = sentence;
    }
    return last.mask;
  }

  private static final class Last {
    String sentence;
    BitSet mask;
  }

  private BitSet scan(String sentence) {
    BitSet mask = new BitSet(sentence.length());
    if (sentence.contains("-on-") || sentence.contains(" times ")) {
      Matcher w = WORDED.matcher(sentence);
      while (w.find()) {
        mask.set(w.start(), w.end());
      }
    }
    if (!hasDigit(sentence)) {
      return mask; // every alternative of the main pattern needs a digit (\d is ASCII here)
    }
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      mask.set(m.start(), m.end());
    }
    return mask;
  }

  /**
   * Numbers that count nothing, in words or digits: "a one-on-one meeting", "nearly three times the 10,000
   * containers" (a ratio to another amount, not an amount of times).
   */
  private static final Pattern WORDED = Pattern.compile("(?i)\\b(?:one|two|\\d+)-on-(?:one|two|\\d+)\\b"
      + "|\\b[\\w.,-]+ times(?= (?:the|as|more|higher|larger|bigger|greater|that|what|its|their)\\b)");

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
