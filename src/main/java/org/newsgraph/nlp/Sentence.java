package org.newsgraph.nlp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/** One sentence with its tokens; offsets are into the article's text. */
public record Sentence(int index, int begin, int end, String text, Zone zone, ImmutableList<Token> tokens) {
  public Sentence {
    requireNonNull(text, "text");
    requireNonNull(zone, "zone");
    requireNonNull(tokens, "tokens");
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  /** The text between two token indexes, inclusive of {@code from}, exclusive of {@code to}. */
  public String textOf(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
  }
}
