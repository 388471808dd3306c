package org.newsgraph.normalize;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.regex.StartKeyedPattern;

/**
 * Finds the parts of a sentence where digits are not quantities: dates ("Nov. 1", "18 October
 * 2023", "2023-11-01"), clock times ("17:02"), decades ("1990s"), identifiers after a reference
 * word ("Resolution 2397", "No. 5") and model names ("Hwasong-17", "S-400"). Thread-safe.
 */
final class NonQuantitySpans {
  private final StartKeyedPattern pattern;
  private final ThreadLocal<Last> last = ThreadLocal.withInitial(Last::new);

  NonQuantitySpans(Lexicon lexicon) {
    String month = lexicon.months().regex() + "\\.?";
    String day = "\\d{1,2}(?:st|nd|rd|th)?\\b";
    String year = "\\d{4}\\b";
    // The alternatives that start at a word boundary share one \b check per position; the order is unchanged.
    this.pattern = new Starts(
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
                    "\\p{L}\\d+")),
        firstChars(lexicon), longestPhrase(lexicon));
  }

  /** The longest month or reference word: a match that starts with one has its first digit within reach of it. */
  private static int longestPhrase(Lexicon lexicon) {
    int longest = 0;
    for (PhraseTable<?> table : java.util.List.of(lexicon.months(), lexicon.referenceWords())) {
      for (var entry : table.entries()) {
        longest = Math.max(longest, entry.getKey().length());
      }
    }
    return longest;
  }

  /** The characters that begin a month or a reference word but are no letters ("§" of a "§5", say): starts too. */
  private static String firstChars(Lexicon lexicon) {
    StringBuilder chars = new StringBuilder();
    for (PhraseTable<?> table : java.util.List.of(lexicon.months(), lexicon.referenceWords())) {
      for (var entry : table.entries()) {
        char c = entry.getKey().charAt(0);
        if (!Character.isLetter(c) && chars.indexOf(String.valueOf(c)) < 0) {
          chars.append(c);
        }
      }
    }
    return chars.toString();
  }

  /**
   * Where a match of the pattern can start, so that it is tried there only (the same matches as
   * {@link Matcher#find()}: {@code StartKeyedPatternTest} and {@code NonQuantitySpansTest}): the first letter of a
   * run of letters (months, reference words and the letters of "Hwasong-17" begin there; a later letter of the
   * run matches only if the first does), a letter before a digit ("S400"), a digit that may follow a word
   * boundary, the non-letters that begin a month or reference word, and any surrogate. Every other position fails
   * at once: a letter inside a word has no boundary or non-letter before it, a digit after a word character no
   * boundary. Every alternative holds a digit, so a word or a non-letter is a start only where a digit can follow:
   * right after its run of letters ("S400", "Hwasong-17"), or after at most a month or reference word, a "." and
   * a "," and white space ("Nov. 3", "Resolution 2397"); most words of a sentence are too far from any digit.
   */
  private static final class Starts extends StartKeyedPattern {
    private final String otherFirstChars;
    private final int reach;

    Starts(Pattern pattern, String otherFirstChars, int longestPhrase) {
      super(pattern);
      this.otherFirstChars = otherFirstChars;
      this.reach = longestPhrase + 2; // a month's "." and "," ("Sept., 2023")
    }

    /** Whether a digit follows the letters from {@code i} at once or after "-", or {@code nextDigit} is within reach. */
    private boolean digitFollows(String text, int i, int nextDigit) {
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j < text.length() && (isDigit(text.charAt(j)) || text.charAt(j) == '-' && j + 1 < text.length() && isDigit(text.charAt(j + 1)))) {
        return true;
      }
      int space = nextDigit;
      while (space > i && isRegexSpace(text.charAt(space - 1))) {
        space--;
      }
      return space - i <= reach;
    }

    private static boolean isRegexSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    @Override
    protected int nextStart(String text, int from) {
      int nextDigit = -1;
      for (int i = Math.max(0, from); i < text.length(); i++) {
        char c = text.charAt(i);
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        if (nextDigit < i) {
          nextDigit = i;
          while (nextDigit < text.length() && !isDigit(text.charAt(nextDigit))) {
            nextDigit++;
          }
          if (nextDigit == text.length()) {
            return -1; // every alternative needs a digit
          }
        }
        if (Character.isSurrogate(c)) {
          return i; // a letter outside the BMP, perhaps: tried, as find() would
        }
        if (Character.isLetter(c)) {
          if (i + 1 < text.length() && isDigit(text.charAt(i + 1)) || !Character.isLetter(before) && digitFollows(text, i, nextDigit)) {
            return i;
          }
        } else if (isDigit(c) ? mayPrecedeBoundary(before) : otherFirstChars.indexOf(c) >= 0 && digitFollows(text, i, nextDigit)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The expression the spans are matches of (for tests: tried at every position, it finds the same). */
  Pattern pattern() {
    return pattern.pattern();
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
    StartKeyedPattern.Scan m = pattern.scan(sentence);
    while (m.find()) {
      mask.set(m.matcher().start(), m.matcher().end());
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
      if (isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code \d}: an ASCII digit. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
