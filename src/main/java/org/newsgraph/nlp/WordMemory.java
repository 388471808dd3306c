package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link Word}s of the forms seen before, looked up once per token instead of once per question (tagger
 * weights, lemma, lower case). Shared by the annotator's threads: a word is worked out once per annotator, not
 * once per thread (a build or bench pass starts new threads, which then start warm). A word is a function of its
 * form, so which thread works it out, or whether two both do, changes nothing. The memory is bounded: it starts
 * afresh after {@value #CAPACITY} forms.
 */
final class WordMemory {
  static final int CAPACITY = 20_000;

  private final Map<String, Word> words = new ConcurrentHashMap<>();
  private final Lemmatizer lemmatizer;
  private final GreedyTagger tagger;

  /** {@code tagger}: only its {@link GreedyTagger#vectorsOf}, which reads the shared model, is called, from any thread. */
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
