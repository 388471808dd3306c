package org.newsgraph.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spans found where a match can start are those {@link Matcher#find()} finds trying every position. */
class NonQuantitySpansTest {
  private static final List<String> TRICKY = List.of("Hwasong-17 and XHwasong-17", "the S400, ABC123 and a3b4", "No.5 or No. 5",
      "Resolution 2397 and UN Resolution2397", "May 5, 2023; 5 May; 5th of May 2023; Nov.1", "the 1990s at 17:02, 9 a.m.",
      "é5 _5 ü-5 Übung-3", "\uD835\uDC00" + "5 and \uD835\uDC00\uD835\uDC01-7", "2023-11-01 and 11/1/23", "3,000 shells in 10 days",
      "", "5", "x", "-5", "a-", "Sept. 12",
      "September., 2023 and Sept., 2023", "December  \t 25 and resolutions\t\t2397, paragraph\n\n12", "no digit here at all", "one-on-one talks, 3 times the 10,000 containers");

  private static BitSet everywhere(NonQuantitySpans spans, String line) {
    BitSet mask = new BitSet();
    Matcher m = spans.pattern().matcher(line);
    while (m.find()) {
      mask.set(m.start(), m.end());
    }
    return mask;
  }

  /** The pattern's own spans only: the worded ratios ("one-on-one") are masked by other means. */
  private static BitSet patternSpans(NonQuantitySpans spans, String line) {
    return line.contains("-on-") || line.contains(" times ") ? everywhere(spans, line) : spans.in(line);
  }

  private static List<String> lines() throws IOException {
    List<String> lines = new ArrayList<>(TRICKY);
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    try (Stream<Path> files = Files.walk(project.resolve("src/test/resources/corpus/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(f));
      }
    }
    return lines;
  }

  @Test
  void sameSpansAsTryingEveryPosition() throws IOException {
    NonQuantitySpans spans = new NonQuantitySpans(Lexicon.bundled());
    int masked = 0;
    for (String line : lines()) {
      BitSet expected = everywhere(spans, line);
      assertEquals(expected, patternSpans(spans, line), line);
      masked += expected.cardinality();
    }
    assertTrue(masked > 1_000, "too few spans to show anything: " + masked);
  }

  @Test
  void aReferenceWordThatBeginsWithNoLetterStartsASpan(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("reference-words.txt"), "§\n");
    NonQuantitySpans spans = new NonQuantitySpans(Lexicon.load(Optional.of(dir)));
    String line = "Under §5, the pad fired 3 rockets";
    BitSet expected = everywhere(spans, line);
    assertTrue(expected.get(line.indexOf("§")), "the extended lexicon's pattern masks §5");
    assertEquals(expected, spans.in(line));
  }
}
