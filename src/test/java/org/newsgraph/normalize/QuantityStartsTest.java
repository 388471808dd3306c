package org.newsgraph.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class QuantityStartsTest {
  private static final Lexicon LEXICON = Lexicon.bundled();
  private static final QuantityStarts STARTS = new QuantityStarts(LEXICON);

  private static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>();
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    try (Stream<Path> files = Files.walk(project.resolve("src/test/resources/corpus/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    lines.addAll(List.of("About 3,000 shells", "between 2 and 3 million", "From 10 to 20", "a dozen drones",
        "an estimated $1.5 billion", "US$ 40 million", "hundreds of workers", "tens of thousands of shells",
        "the twenty-first launch", "its 3rd test", "Nearly two-thirds", "¥500 million", "€20", "more than 10,000 troops"));
    return lines;
  }

  /** Wherever the reader finds a quantity, or the normalizer an ordinal, its first character is a possible start. */
  @Test
  void noQuantityOrOrdinalStartsWhereItSaysNone() throws IOException {
    QuantityNormalizer normalizer = QuantityNormalizer.create();
    NumberParser numbers = new NumberParser(LEXICON);
    CountedNoun counted = new CountedNoun(LEXICON);
    NonQuantitySpans spans = new NonQuantitySpans(LEXICON);
    int quantities = 0;
    int ordinals = 0;
    int skipped = 0;
    for (String line : lines()) {
      QuantityReader reader = new QuantityReader(LEXICON, numbers, counted, line, spans.in(line));
      for (int pos = 0; pos < line.length(); pos++) {
        int at = pos;
        boolean quantity = reader.readAt(pos).isPresent();
        boolean ordinal = normalizer.ordinalAt(line, pos).isPresent();
        assertTrue(!quantity || STARTS.quantity(line, pos), () -> "a quantity starts at " + at + " of: " + line);
        assertTrue(!ordinal || STARTS.ordinal(line, pos), () -> "an ordinal starts at " + at + " of: " + line);
        quantities += quantity ? 1 : 0;
        ordinals += ordinal ? 1 : 0;
        skipped += STARTS.quantity(line, pos) ? 0 : 1;
      }
    }
    assertTrue(quantities > 100 && ordinals > 10, quantities + " quantities, " + ordinals + " ordinals: too few to show anything");
    assertTrue(skipped > 10_000, "the filter skips too little to be worth it: " + skipped);
  }

  @Test
  void wordsThatStartNothingAreSkipped() {
    for (String w : List.of("the ", "The ", "of ", "to ", "and ", "said ", "North ", "missiles ", ". ", ", ", "(")) {
      assertFalse(STARTS.quantity(w, 0), w);
      assertFalse(STARTS.ordinal(w, 0), w);
    }
    for (String w : List.of("3 ", "About ", "MORE THAN ", "a dozen", "An estimated", "between ", "From ", "$4", "US$4",
        "hundreds of", "Two-thirds")) {
      assertTrue(STARTS.quantity(w, 0), w);
    }
    for (String w : List.of("3rd", "Third ", "twenty-first")) {
      assertTrue(STARTS.ordinal(w, 0), w);
    }
    assertFalse(STARTS.quantity("abouts", 0), "a longer word");
    assertFalse(STARTS.quantity("thefirst", 0), "a longer word");
  }

  @Test
  void foldsLettersAsThePhraseTableDoes() {
    assertEquals("more", QuantityStarts.foldedLetters("MoRe than", 0));
    assertEquals("us", QuantityStarts.foldedLetters("US$", 0));
    assertEquals("k", QuantityStarts.foldedLetters("\u212A", 0)); // the Kelvin sign is a "k" to a case-insensitive match
    assertEquals("", QuantityStarts.foldedLetters("$4", 0));
  }
}
