package org.newsgraph.nlp;

/** Where in an article a sentence stands: it changes how much a statement there is worth. */
public enum Zone {
  HEADLINE,
  SUBTITLE,
  CAPTION,
  BODY
}
