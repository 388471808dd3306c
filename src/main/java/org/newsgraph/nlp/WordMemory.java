package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link Word}s of the forms seen before, looked up once per token instead of once per question (tagger
 * weights, lemma, lower case). The memory is bounded: it starts afresh after {@value #CAPACITY} forms. Not
 * thread-safe: one per thread.
 */
final class WordMemory {
  static final int CAPACITY = 20_000;

  private final Map<String, Word> words = new HashMap<>();
  private final Lemmatizer lemmatizer;
  private final GreedyTagger tagger;

  WordMemory(Lemmatizer lemmatizer, GreedyTagger tagger) {
    this.lemmatizer = lemmatizer;
    this.tagger = tagger;
  }

  Word get(String text) {
    Word w = words.get(text);
    if (w == null) {
      w = new Word(text, text.toLowerCase(Locale.ROOT), lemmatizer.lemma(text), tagger.vectorsOf(text));
      if (words.size() >= CAPACITY) {
        words.clear();
      }
      words.put(text, w);
    }
    return w;
  }
}
