package org.newsgraph.extract;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.newsgraph.nlp.AnnotatedText;

/** All that was extracted from one article: its annotated text, mentions and claims. */
public record Extraction(AnnotatedText text, ImmutableList<Mention> mentions, ImmutableList<Claim> claims) {
  public Extraction {
    requireNonNull(text, "text");
    requireNonNull(mentions, "mentions");
    requireNonNull(claims, "claims");
  }
}
