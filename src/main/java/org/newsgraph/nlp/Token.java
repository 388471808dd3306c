package org.newsgraph.nlp;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One token: its text, UTF-16 offsets [begin, end) into the article's text, part of speech (Universal
 * Dependencies tag from the OpenNLP model), lemma and lower-cased form (kept: the rules ask for it often).
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma, String lower) {
  public Token {
    requireNonNull(text, "text");
    requireNonNull(pos, "pos");
    requireNonNull(lemma, "lemma");
    checkArgument(begin <= end, "begin > end");
    requireNonNull(lower, "lower");
  }

  public Token(int index, String text, int begin, int end, String pos, String lemma) {
    this(index, text, begin, end, pos, lemma, text.toLowerCase(java.util.Locale.ROOT));
  }

  public boolean isVerb() {
    return pos.equals("VERB") || pos.equals("AUX");
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
