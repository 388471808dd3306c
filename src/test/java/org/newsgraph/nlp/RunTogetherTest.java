package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The full stops that end run-together sentences are those the regular expression they replace finds in a region; a
 * closing quote right after a full stop ends the sentence instead ("called them \"speculation.\"North Korea").
 */
class RunTogetherTest {
  private static final Pattern SPEC = Pattern.compile("(?<=[0-9a-z\\)\"”])\\.(?=[A-Z][a-z])|(?<=[a-z]\\.)[\"”](?=[A-Z][a-z])");

  @Test
  void sentencesRunTogether() {
    String text = "on Oct. 8.In a statement, the KCNA said.It added (Yonhap).Officials \"no.\"Then U.S.Army x.Yz";
    assertEquals(List.of(9, 39, 57, 72, 88), expected(text, 0, text.length()), "not after a capital; after the quote that closes");
    assertEquals(expected(text, 0, text.length()), scanned(text, 0, text.length()));
  }

  @Test
  void theRangeBoundsWhatIsSeenAroundTheStop() {
    String text = "said.It went on.Then";
    assertEquals(expected(text, 5, 19), scanned(text, 5, 19));
    assertEquals(List.of(), scanned(text, 5, 17), "'.Th' needs the small letter inside the range");
    assertEquals(List.of(15), scanned(text, 4, 19), "the letter before the first stop is outside the range");
    assertEquals(List.of(15), scanned(text, 14, 20));
  }

  @Test
  void theProjectsArticlesAgree() throws IOException {
    int stops = 0;
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    try (Stream<Path> files = Files.walk(project.resolve("src/test/resources/corpus/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(f);
        List<Integer> found = expected(text, 0, text.length());
        assertEquals(found, scanned(text, 0, text.length()), f.toString());
        stops += found.size();
      }
    }
    assertTrue(stops > 3, "too few run-together sentences to show anything: " + stops);
  }

  private static List<Integer> scanned(String text, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = Annotator.runTogether(text, from, to); i >= 0; i = Annotator.runTogether(text, i + 1, to)) {
      out.add(i);
    }
    return out;
  }

  private static List<Integer> expected(String text, int from, int to) {
    List<Integer> out = new ArrayList<>();
    Matcher m = SPEC.matcher(text).region(from, to);
    while (m.find()) {
      out.add(m.start());
    }
    return out;
  }
}
