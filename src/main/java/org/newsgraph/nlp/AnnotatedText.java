package org.newsgraph.nlp;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.newsgraph.article.Article;

/** An article split into sentences and tokens. */
public record AnnotatedText(Article article, ImmutableList<Sentence> sentences) {
  public AnnotatedText {
    requireNonNull(article, "article");
    requireNonNull(sentences, "sentences");
  }
}
