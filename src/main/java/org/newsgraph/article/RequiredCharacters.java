package org.newsgraph.article;

import java.util.regex.Pattern;

/**
 * ASCII punctuation that every match of a regular expression contains, found without running it: "@" in a contact
 * rule's {@code (?<email>[\w.+-]+@[\w-]+...)}, "(" and ")" in a caption rule's {@code .*\S\s*\(\p{Lu}...\)}. A
 * character counts where it stands for itself (plain, or escaped) outside classes, unquantified, in a sequence without
 * alternatives: at top level, or in an unquantified group (not a lookaround) of such a sequence. Case-insensitive
 * matching leaves ASCII punctuation alone, so the answer holds whatever the case flags; with comments, literal or
 * canonical-equivalence flags, or {@code \Q}, the answer is none. A line without one of the characters cannot match, so
 * a cheap {@code indexOf} spares the scan.
 */
final class RequiredCharacters {
  private final String regex;
  private int i;
  private int depth; // groups open around the sequence being parsed
  private String last = ""; // the top-level sequence's last element, if an unquantified punctuation character
  private boolean topAlternatives;

  private RequiredCharacters(String regex) {
    this.regex = regex;
  }

  /** The characters, each once; empty if none is known. */
  static String of(Pattern pattern) {
    String regex = pattern.pattern();
    if (!understood(pattern)) {
      return "";
    }
    RequiredCharacters r = new RequiredCharacters(regex);
    StringBuilder out = new StringBuilder();
    String found = r.sequence();
    if (r.i != regex.length()) {
      return ""; // an unbalanced ")": not understood
    }
    found.chars().distinct().forEach(c -> out.append((char) c));
    return out.toString();
  }

  /**
   * The ASCII punctuation character every whole match ends with ("{@code )}" of the caption rule
   * {@code .*\S\s*\(...\)}), found as {@link #of} finds its characters; 0 if none is known. A line that
   * {@link java.util.regex.Matcher#matches} must end with it.
   */
  static char lastOf(Pattern pattern) {
    String regex = pattern.pattern();
    if (!understood(pattern)) {
      return 0;
    }
    RequiredCharacters r = new RequiredCharacters(regex);
    r.sequence();
    return r.i != regex.length() || r.topAlternatives || r.last.isEmpty() ? 0 : r.last.charAt(0);
  }

  /** Comments, literal or canonical-equivalence flags and {@code \Q} quoting change what a character means. */
  private static boolean understood(Pattern pattern) {
    String regex = pattern.pattern();
    int unknown = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
    return (pattern.flags() & unknown) == 0 && !regex.contains("\\Q") && !regex.matches("(?s).*\\(\\?[a-zA-Z-]*x.*");
  }

  /** Whether {@code text} holds every one of {@code required}. */
  static boolean allIn(String required, String text) {
    for (int k = 0; k < required.length(); k++) {
      if (text.indexOf(required.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Parses a sequence up to an unmatched ")" or the end; returns what it requires ("" if it has alternatives). */
  private String sequence() {
    StringBuilder required = new StringBuilder();
    boolean alternatives = false;
    while (i < regex.length() && regex.charAt(i) != ')') {
      char c = regex.charAt(i);
      String element = "";
      switch (c) {
        case '|' -> {
          alternatives = true;
          topAlternatives |= depth == 0;
          i++;
          continue;
        }
        case '\\' -> element = escape();
        case '[' -> classEnd();
        case '(' -> element = group();
        case '.', '^', '$' -> i++;
        default -> {
          i++;
          element = c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) ? String.valueOf(c) : "";
        }
      }
      boolean quantified = quantifier();
      if (!quantified) {
        required.append(element);
      }
      if (depth == 0) {
        last = quantified || c == '(' ? "" : element;
      }
    }
    return alternatives ? "" : required.toString();
  }

  /** At a backslash: the character it stands for if punctuation, else "" (and skips what the escape takes). */
  private String escape() {
    if (i + 1 >= regex.length()) {
      i++;
      return "";
    }
    char next = regex.charAt(i + 1);
    i += 2;
    if (next == 'c') {
      i++; // a control character: "\c@" is NUL
    } else if (next == 'k' && i < regex.length() && regex.charAt(i) == '<') {
      skipPast('>'); // a named back-reference
    } else if ((next == 'p' || next == 'P' || next == 'x' || next == 'N') && i < regex.length() && regex.charAt(i) == '{') {
      skipPast('}');
    }
    return next < 128 && !Character.isLetterOrDigit(next) && !Character.isWhitespace(next) ? String.valueOf(next) : "";
  }

  /** At "(": parses the group; returns what it requires if it consumes text, "" for lookarounds and flags. */
  private String group() {
    i++;
    boolean consumes = true;
    if (regex.startsWith("?", i)) {
      if (regex.startsWith("?:", i) || regex.startsWith("?>", i)) {
        i += 2;
      } else if (regex.startsWith("?<", i) && !regex.startsWith("?<=", i) && !regex.startsWith("?<!", i)) {
        skipPast('>'); // a named group
      } else if (regex.startsWith("?=", i) || regex.startsWith("?!", i) || regex.startsWith("?<=", i) || regex.startsWith("?<!", i)) {
        consumes = false;
        i += regex.startsWith("?<", i) ? 3 : 2;
      } else {
        i++; // flags: "(?i)" or "(?i:...)"
        while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
          i++;
        }
        if (i < regex.length() && regex.charAt(i) == ')') {
          i++;
          return "";
        }
        i++; // ':'
      }
    }
    depth++;
    String inner = sequence();
    depth--;
    i++; // ')'
    return consumes ? inner : "";
  }

  /** Skips a quantifier after an element, if there is one; returns whether there was. */
  private boolean quantifier() {
    if (i >= regex.length() || "?*+{".indexOf(regex.charAt(i)) < 0) {
      return false;
    }
    if (regex.charAt(i) == '{') {
      skipPast('}');
    } else {
      i++;
    }
    if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
      i++; // lazy or possessive
    }
    return true;
  }

  /** At "[": skips the class, nested classes and escapes included. */
  private void classEnd() {
    int depth = 0;
    boolean first = true;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
        first = false;
        continue;
      }
      if (c == '[') {
        depth++;
        i++;
        if (i < regex.length() && regex.charAt(i) == '^') {
          i++;
        }
        first = true;
        continue;
      }
      if (c == ']' && !first) {
        depth--;
        i++;
        if (depth == 0) {
          return;
        }
        continue;
      }
      first = false;
      i++;
    }
  }

  private void skipPast(char c) {
    int at = regex.indexOf(c, i);
    i = at < 0 ? regex.length() : at + 1;
  }
}
