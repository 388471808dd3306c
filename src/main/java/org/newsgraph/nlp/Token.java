package org.newsgraph.nlp;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One token: its text, UTF-16 offsets [begin, end) into the article's text, part of speech (Universal
 * Dependencies tag from the OpenNLP model), lemma and lower-cased form.
 */
public record Token(int index, String text, int begin, int end, String pos, String lemma) {
  public Token {
    requireNonNull(text, "text");
    requireNonNull(pos, "pos");
    requireNonNull(lemma, "lemma");
    checkArgument(begin <= end, "begin > end");
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isVerb() {
    return pos.equals("VERB") || pos.equals("AUX");
  }

  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
