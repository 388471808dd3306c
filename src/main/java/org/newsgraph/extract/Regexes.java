package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions compiled once each: {@code String.matches} and {@code String.replaceAll} compile their
 * expression on every call, and the rules call them per token and per mention. The answers are theirs. For the
 * expressions written in this package's code (a fixed set), not for ones read from data.
 */
final class Regexes {
  private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Predicate<String>> WHOLE = new ConcurrentHashMap<>();
  /** An alternative of plain characters and bracketed sets of plain characters: "a", "[’']s". */
  private static final Pattern LITERAL = Pattern.compile("(?:[^\\\\\\[\\](){}|.*+?^$&-]|\\[[^\\\\\\[\\]^&-]+\\])*");

  private Regexes() {}

  /**
   * {@code text.matches(regex)}. An expression that only lists words ("a|an", "[’']s": plain characters and
   * sets of them, no quantifier) is a set of strings, looked up rather than matched: most calls are per token.
   */
  static boolean matches(String text, String regex) {
    return WHOLE.computeIfAbsent(regex, Regexes::wholeMatch).test(text);
  }

  /** {@code text.replaceAll(regex, replacement)}. */
  static String replaceAll(String text, String regex, String replacement) {
    return pattern(regex).matcher(text).replaceAll(replacement);
  }

  static Pattern pattern(String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile);
  }

  private static Predicate<String> wholeMatch(String regex) {
    List<String> words = new ArrayList<>();
    for (String alternative : regex.split("\\|", -1)) {
      if (!LITERAL.matcher(alternative).matches()) {
        Pattern p = pattern(regex);
        // a matcher per thread, reset for each text: a new one allocates its group arrays on every call
        ThreadLocal<Matcher> matcher = ThreadLocal.withInitial(() -> p.matcher(""));
        return text -> matcher.get().reset(text).matches();
      }
      words = expand(words, alternative);
    }
    return Set.copyOf(words)::contains;
  }

  /** {@code into} with the strings {@code alternative} stands for added. */
  private static List<String> expand(List<String> into, String alternative) {
    List<String> found = List.of("");
    for (int i = 0; i < alternative.length(); i++) {
      String chars;
      if (alternative.charAt(i) == '[') {
        int close = alternative.indexOf(']', i);
        chars = alternative.substring(i + 1, close);
        i = close;
      } else {
        chars = alternative.substring(i, i + 1);
      }
      List<String> longer = new ArrayList<>();
      for (String f : found) {
        chars.chars().forEach(c -> longer.add(f + (char) c));
      }
      found = longer;
    }
    List<String> out = new ArrayList<>(into);
    out.addAll(found);
    return out;
  }
}
