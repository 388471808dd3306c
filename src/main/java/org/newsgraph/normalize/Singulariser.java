package org.newsgraph.normalize;

import java.util.regex.Pattern;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * A small English singulariser: an exception list (irregular and invariant plurals) and suffix
 * rules tried longest first, both from data files. Immutable.
 */
final class Singulariser {
  /** "ICBMs". */
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
  private final ImmutableMap<String, String> exceptions;
  private final ImmutableList<Map.Entry<String, String>> rules;

  Singulariser(Map<String, String> exceptions, Map<String, String> rules) {
    this.exceptions = ImmutableMap.copyOf(exceptions);
    this.rules =
        rules.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .collect(ImmutableList.toImmutableList());
  }

  /** The singular of {@code word}, lower-cased unless it is an all-capitals acronym. */
  String singular(String word) {
    requireNonNull(word, "word");
    if (PLURAL_ACRONYM.matcher(word).matches()) {
      return word.substring(0, word.length() - 1); // "ICBMs"
    }
    String lower = acronym(word) ? word : word.toLowerCase(Locale.ROOT);
    String irregular = exceptions.get(lower);
    if (irregular != null) {
      return irregular;
    }
    for (Map.Entry<String, String> rule : rules) {
      String suffix = rule.getKey();
      if (lower.length() > suffix.length() + 1 && lower.endsWith(suffix)) {
        return lower.substring(0, lower.length() - suffix.length()) + rule.getValue();
      }
    }
    return lower;
  }

  /** Whether {@code word} is a plural (or an invariant noun listed as an exception). */
  boolean isPlural(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return PLURAL_ACRONYM.matcher(word).matches()
        || exceptions.containsKey(lower)
        || (!acronym(word) && !singular(word).equals(lower));
  }

  private static boolean acronym(String word) {
    return word.length() > 1
        && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }
}
