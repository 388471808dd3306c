package org.newsgraph.normalize;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the noun phrase counted by an amount: up to three words after it, ending at the first
 * plural noun and stopping at a preposition, conjunction, determiner or auxiliary (from {@code
 * counted-stopwords.txt}) or at punctuation. Its unit is the singular of the head noun with leading
 * modifiers ({@code counted-modifiers.txt}) and capitalised words ("North Korean") removed.
 * Immutable.
 */
final class CountedNoun {
  private static final int MAX_WORDS = 3;
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-'’]\\p{L}+)*");

  /** The counted phrase at [begin, end) and its unit. */
  record Phrase(int begin, int end, String text, String unit) {
    Phrase {
      requireNonNull(text, "text");
      requireNonNull(unit, "unit");
    }
  }

  private final Lexicon lexicon;

  CountedNoun(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The phrase after {@code pos} (which must be followed by one space). Without a plural noun
   * within reach, a single first word is returned only when {@code singularAllowed}.
   */
  Optional<Phrase> after(String text, int pos, boolean singularAllowed) {
    List<Matcher> words = new ArrayList<>();
    int at = pos;
    boolean plural = false;
    while (words.size() < MAX_WORDS && !plural && at < text.length() && text.charAt(at) == ' ') {
      Matcher w = WORD.matcher(text).region(at + 1, text.length());
      if (!w.lookingAt() || !countable(text, w)) {
        break;
      }
      words.add(w);
      plural = lexicon.singulariser().isPlural(w.group());
      at = w.end();
    }
    if (!plural) {
      if (!singularAllowed || words.isEmpty()) {
        return Optional.empty();
      }
      words = words.subList(0, 1);
    }
    int begin = words.get(0).start();
    int end = words.get(words.size() - 1).end();
    return Optional.of(new Phrase(begin, end, text.substring(begin, end), unit(words)));
  }

  private boolean countable(String text, Matcher w) {
    String word = w.group();
    return !lexicon.stopwords().contains(word.toLowerCase(Locale.ROOT))
        && lexicon.numbers().at(text, w.start()).isEmpty()
        && lexicon.scales().at(text, w.start()).isEmpty()
        && lexicon.months().at(text, w.start()).isEmpty()
        && lexicon.weekdays().at(text, w.start()).isEmpty();
  }

  private String unit(List<Matcher> words) {
    String head = lexicon.singulariser().singular(words.get(words.size() - 1).group());
    String modifiers =
        words.subList(0, words.size() - 1).stream()
            .map(Matcher::group)
            .filter(w -> !lexicon.modifiers().contains(w.toLowerCase(Locale.ROOT)))
            .filter(
                w ->
                    !Character.isUpperCase(w.charAt(0))
                        || w.chars().allMatch(Character::isUpperCase))
            .map(w -> w.chars().allMatch(Character::isUpperCase) ? w : w.toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(" "));
    return modifiers.isEmpty() ? head : modifiers + " " + head;
  }
}
