package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/** Finds quantities and time expressions in a sentence's text. */
public interface Measures {
  ImmutableList<Amount> quantities(String sentence);

  ImmutableList<When> times(String sentence, LocalDate reference);

  /** Ordinal numbers ("third") with their sentence-relative start offset, as {begin, value} pairs. */
  ImmutableList<int[]> ordinals(String sentence);
}
