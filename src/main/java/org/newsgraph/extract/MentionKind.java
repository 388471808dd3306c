package org.newsgraph.extract;

/** How a piece of text refers to an entity. */
public enum MentionKind {
  NAME,
  DEMONYM,
  METONYM,
  DESCRIPTION,
  PRONOUN;

  /** Whether the facts format lists this mention as an E row (names, metonyms, descriptions). */
  public boolean listed() {
    return this == NAME || this == METONYM || this == DESCRIPTION;
  }
}
