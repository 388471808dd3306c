package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Repairs the commonest typos of news copy in words the extractor knows (the words of gazetteer names and
 * descriptors, title words, personnel nouns): a word of seven letters or more that is not known, and becomes exactly
 * one known word by swapping two neighbouring letters after its first ("Minsitry", "Secuirty"), is read as that word;
 * a word of nine letters or more may also have one wrong letter ("intellegence") or one dropped letter
 * ("reinforcments"). The repaired text is used for reading only; evidence and surface forms are taken from the
 * article as written. A swap or a wrong letter keeps every offset and is repaired in the sentence text too; a
 * dropped letter only in its token (the text keeps its offsets).
 */
final class Spelling {
  private static final int MIN_LENGTH = 7;
  /** Words this long are distinct enough to repair one wrong or dropped letter. */
  private static final int LONG = 9;

  /** How many answers a thread remembers before it forgets them all. */
  static final int REMEMBERED = 20_000;

  private final ImmutableSet<String> known;
  /** This thread's answers by word: the long words of news copy recur, and each costs dozens of lookups. */
  private final ThreadLocal<Map<String, Optional<String>>> answers = ThreadLocal.withInitial(HashMap::new);
  /** Known long words by the word less one inner letter. */
  private final ImmutableSetMultimap<String, String> dropped;
  /** Known long words by "position:the word less the letter at that position". */
  private final ImmutableSetMultimap<String, String> substituted;

  /** The lemma of each known inflected form ("received" → "receive"): a word repaired to a form is read as its lemma. */
  private final ImmutableMap<String, String> lemmas;

  Spelling(ImmutableSet<String> words) {
    this(words, ImmutableMap.of());
  }

  /** {@code forms}: more known words, each with its lemma, repaired from two swapped letters only. */
  Spelling(ImmutableSet<String> words, ImmutableMap<String, String> forms) {
    this.lemmas = forms;
    this.known = java.util.stream.Stream.concat(words.stream(), forms.keySet().stream())
        .filter(w -> w.length() >= MIN_LENGTH && w.chars().allMatch(Character::isLetter))
        .collect(ImmutableSet.toImmutableSet());
    ImmutableSetMultimap.Builder<String, String> d = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<String, String> sub = ImmutableSetMultimap.builder();
    // a form is repaired from a swap only: one letter off, "submitted" would read as "summitted"
    for (String w : words) {
      if (w.length() < LONG || !known.contains(w)) {
        continue;
      }
      for (int i = 1; i < w.length(); i++) {
        sub.put(i + ":" + deleted(w, i), w); // the same letter wrong in a word of the same length
        if (i < w.length() - 1) {
          d.put(deleted(w, i), w); // the typo is the word without one inner letter
        }
      }
    }
    this.dropped = d.build();
    this.substituted = sub.build();
  }

  /** The word as meant, if it is a known word with two letters swapped (or, if long, one letter off). */
  Optional<String> repair(String word) {
    if (word.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    Map<String, Optional<String>> remembered = answers.get();
    Optional<String> answer = remembered.get(word);
    if (answer == null) {
      answer = worked(word);
      if (remembered.size() >= REMEMBERED) {
        remembered.clear();
      }
      remembered.put(word, answer);
    }
    return answer;
  }

  private Optional<String> worked(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.length() < MIN_LENGTH || known.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    String found = null;
    for (int i = 1; i + 1 < lower.length(); i++) {
      if (lower.charAt(i) == lower.charAt(i + 1)) {
        continue;
      }
      if (known.contains(swapped(lower, i))) {
        if (found != null) {
          return Optional.empty(); // two readings: leave it
        }
        found = swapped(word, i);
      }
    }
    if (found == null && lower.length() >= LONG) {
      return oneLetterOff(word, lower);
    }
    return Optional.ofNullable(found);
  }

  /**
   * A long word one letter off a known word: a wrong letter ("intellegence") or a dropped one ("reinforcments").
   * Looked up in two indexes of the known long words with one letter deleted (built once), so a word costs as many
   * lookups as it has letters.
   */
  private Optional<String> oneLetterOff(String word, String lower) {
    java.util.Set<String> readings = new java.util.HashSet<>(dropped.get(lower)); // never at the end: "Ministers"
    for (int i = 1; i < lower.length(); i++) {
      readings.addAll(substituted.get(i + ":" + deleted(lower, i)));
    }
    if (readings.size() != 1) {
      return Optional.empty();
    }
    String meant = readings.iterator().next();
    return Optional.of(Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(meant.charAt(0)) + meant.substring(1) : meant);
  }

  private static String deleted(String w, int i) {
    return w.substring(0, i) + w.substring(i + 1);
  }

  /** The text with its repairable words repaired (same length, same offsets), or the text itself if none is. */
  AnnotatedText repair(AnnotatedText text) {
    ImmutableList.Builder<Sentence> out = ImmutableList.builder();
    boolean changed = false;
    for (Sentence s : text.sentences()) {
      Sentence r = repair(s);
      changed |= r != s;
      out.add(r);
    }
    return changed ? new AnnotatedText(text.article(), out.build()) : text;
  }

  Sentence repair(Sentence s) {
    StringBuilder chars = null;
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    for (Token t : s.tokens()) {
      Optional<String> fixed = repair(t.text());
      if (fixed.isEmpty()) {
        tokens.add(t);
        continue;
      }
      if (chars == null) {
        chars = new StringBuilder(s.text());
      }
      if (fixed.get().length() == t.text().length()) {
        chars.replace(t.begin() - s.begin(), t.end() - s.begin(), fixed.get()); // a dropped letter stays in the token only
      }
      String lower = fixed.get().toLowerCase(Locale.ROOT);
      tokens.add(new Token(t.index(), fixed.get(), t.begin(), t.end(), t.pos(), lemmas.getOrDefault(lower, lower), lower));
    }
    return chars == null ? s : new Sentence(s.index(), s.begin(), s.end(), chars.toString(), s.zone(), tokens.build());
  }

  private static String swapped(String w, int i) {
    char[] c = w.toCharArray();
    char x = c[i];
    c[i] = c[i + 1];
    c[i + 1] = x;
    return new String(c);
  }
}
