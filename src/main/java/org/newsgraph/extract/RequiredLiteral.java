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

  /**
   * Strings one of which every match contains: the longest run ({@link #of}), or the alternatives of a plain
   * top-level group where their shortest is longer ("supposition", "assumption", "speculation" in {@code (?:this|that|the)
   * (?:supposition|assumption|speculation)}, whose longest run is a space). A group counts if it is {@code (?:...)},
   * not quantified, and holds only plain characters and {@code |}; a top-level alternation or an inline flag gives the
   * empty string.
   */
  static java.util.List<String> anyOf(String regex) {
    String run = of(regex);
    java.util.List<String> best = java.util.List.of(run);
    if (regex.matches(".*\\(\\?[a-zA-Z].*")) {
      return best;
    }
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      switch (c) {
        case '\\' -> i++;
        case '[' -> i = classEnd(regex, i);
        case '|' -> {
          if (depth == 0) {
            return java.util.List.of("");
          }
        }
        case ')' -> depth--;
        case '(' -> {
          int close = regex.indexOf(')', i);
          if (depth == 0 && regex.startsWith("(?:", i) && close > 0) {
            String body = regex.substring(i + 3, close);
            boolean plain = body.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || " ',-|".indexOf(ch) >= 0);
            boolean quantified = close + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close + 1)) >= 0;
            java.util.List<String> alternatives = java.util.List.of(body.split("\\|", -1));
            if (plain && !quantified && shortest(alternatives) > shortest(best)) {
              best = alternatives;
            }
          }
          depth++;
        }
        default -> { }
      }
    }
    return best;
  }

  private static int shortest(java.util.List<String> strings) {
    return strings.stream().mapToInt(String::length).min().orElse(0);
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
