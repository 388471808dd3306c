package org.newsgraph.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions compiled once each: {@code String.matches} and {@code String.replaceAll} compile their
 * expression on every call, and the rules call them per token and per mention. The answers are theirs. For the
 * expressions written in this package's code (a fixed set), not for ones read from data.
 */
final class Regexes {
  private static final ConcurrentHashMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Regexes() {}

  /** {@code text.matches(regex)}. */
  static boolean matches(String text, String regex) {
    return pattern(regex).matcher(text).matches();
  }

  /** {@code text.replaceAll(regex, replacement)}. */
  static String replaceAll(String text, String regex, String replacement) {
    return pattern(regex).matcher(text).replaceAll(replacement);
  }

  static Pattern pattern(String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile);
  }
}
