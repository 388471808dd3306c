package org.newsgraph.normalize;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Immutable phrases with values, matched inside text on word boundaries, longest phrase first. A
 * phrase that contains an upper-case letter ("May", "USD") matches case-sensitively; an all
 * lower-case phrase ("dollars", "more than") matches in any case.
 */
final class PhraseTable<V> {
  /** A phrase found at [begin, end) of the text. */
  record Hit<V>(int begin, int end, String phrase, V value) {
    Hit {
      requireNonNull(phrase, "phrase");
      requireNonNull(value, "value");
      checkArgument(0 <= begin && begin < end, "bad hit [%s, %s)", begin, end);
    }
  }

  /** A phrase with its case rule worked out once (not per comparison: this is on the extraction hot path). */
  private record Phrase<V>(String text, V value, boolean ignoreCase) {}

  private final ImmutableList<Map.Entry<String, V>> entries;
  /** The phrases by the folded first (last) character, longest first: only these can match at a position. */
  private final ImmutableListMultimap<Character, Phrase<V>> byFirst;
  private final ImmutableListMultimap<Character, Phrase<V>> byLast;

  private PhraseTable(ImmutableList<Map.Entry<String, V>> entries) {
    this.entries = entries;
    ImmutableListMultimap.Builder<Character, Phrase<V>> first = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Character, Phrase<V>> last = ImmutableListMultimap.builder();
    for (Map.Entry<String, V> e : entries) {
      String p = e.getKey();
      if (p.isEmpty()) {
        continue;
      }
      Phrase<V> phrase = new Phrase<>(p, e.getValue(), !hasUpperCase(p));
      first.put(fold(p.charAt(0)), phrase);
      last.put(fold(p.charAt(p.length() - 1)), phrase);
    }
    this.byFirst = first.build();
    this.byLast = last.build();
  }

  /** Equal for two characters whenever a case-insensitive {@code regionMatches} would find them equal. */
  static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  static <V> PhraseTable<V> of(Map<String, V> phrases) {
    return new PhraseTable<>(
        phrases.entrySet().stream()
            .sorted(Comparator.comparingInt((Map.Entry<String, V> e) -> -e.getKey().length()))
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .collect(ImmutableList.toImmutableList()));
  }

  /** The longest phrase starting exactly at {@code pos}. */
  Optional<Hit<V>> at(String text, int pos) {
    if (pos < 0 || pos >= text.length() || !boundaryBefore(text, pos)) {
      return Optional.empty();
    }
    for (Phrase<V> e : byFirst.get(fold(text.charAt(pos)))) {
      String p = e.text();
      int end = pos + p.length();
      if (end <= text.length()
          && text.regionMatches(e.ignoreCase(), pos, p, 0, p.length())
          && boundaryAfter(text, end, p)) {
        return Optional.of(new Hit<>(pos, end, p, e.value()));
      }
    }
    return Optional.empty();
  }

  /** The longest phrase ending exactly at {@code end}. */
  Optional<Hit<V>> endingAt(String text, int end) {
    if (end <= 0 || end > text.length()) {
      return Optional.empty();
    }
    for (Phrase<V> e : byLast.get(fold(text.charAt(end - 1)))) {
      String p = e.text();
      int begin = end - p.length();
      if (begin >= 0
          && text.regionMatches(e.ignoreCase(), begin, p, 0, p.length())
          && boundaryBefore(text, begin)
          && boundaryAfter(text, end, p)) {
        return Optional.of(new Hit<>(begin, end, p, e.value()));
      }
    }
    return Optional.empty();
  }

  /** The folded ({@link #fold}) first characters of the phrases: {@link #at} finds nothing at a position whose character folds to none. */
  java.util.Set<Character> firstCharacters() {
    return byFirst.keySet();
  }

  /** The phrases and their values, longest phrase first. */
  ImmutableList<Map.Entry<String, V>> entries() {
    return entries;
  }

  /** A regular-expression alternation of all phrases (no boundaries), longest first. */
  String regex() {
    return entries.stream()
        .map(Map.Entry::getKey)
        .map(p -> hasUpperCase(p) ? Pattern.quote(p) : "(?i:" + Pattern.quote(p) + ")")
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static boolean boundaryBefore(String text, int pos) {
    return pos == 0 || pos >= text.length() || !joined(text.charAt(pos - 1), text.charAt(pos));
  }

  private static boolean boundaryAfter(String text, int end, String phrase) {
    return end == text.length() || !joined(phrase.charAt(phrase.length() - 1), text.charAt(end));
  }

  /** Two letters or two digits in a row belong to one word; "10km" and "US$3" are two. */
  private static boolean joined(char a, char b) {
    return (Character.isLetter(a) && Character.isLetter(b))
        || (Character.isDigit(a) && Character.isDigit(b));
  }

  private static boolean hasUpperCase(String s) {
    return s.chars().anyMatch(Character::isUpperCase);
  }
}
