package org.newsgraph.extract;

/**
 * The longest run of plain characters that every match of a regular expression contains, found without running
 * it: "appear" in {@code appears? to}, " believed to" in {@code (?:is|are|was|were) believed to}. A text without
 * the run cannot match, so a cheap {@code contains} spares a regex scan. Only top-level literal characters count;
 * groups, classes, escapes and quantified characters end a run; a top-level alternation or an inline flag gives
 * the empty string, which every text contains.
 */
final class RequiredLiteral {
  private RequiredLiteral() {}

  static String of(String regex) {
    if (regex.matches(".*\\(\\?[a-zA-Z].*")) {
      return ""; // (?i) and other flags change what a literal matches
    }
    String best = "";
    StringBuilder run = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '|' && depth == 0) {
        return "";
      }
      boolean literal = depth == 0 && (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-' || c == ',');
      if (literal) {
        run.append(c);
        continue;
      }
      if ((c == '?' || c == '*' || c == '+' || c == '{') && depth == 0 && run.length() > 0) {
        run.setLength(run.length() - 1); // the quantified character may be absent or repeated
      }
      best = run.length() > best.length() ? run.toString() : best;
      run.setLength(0);
      switch (c) {
        case '\\' -> i++;
        case '(' -> depth++;
        case ')' -> depth--;
        case '[' -> i = classEnd(regex, i);
        case '{' -> i = regex.indexOf('}', i) < 0 ? regex.length() : regex.indexOf('}', i);
        default -> { }
      }
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++; // "[]...]": a leading bracket is literal
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      i += regex.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }
}
