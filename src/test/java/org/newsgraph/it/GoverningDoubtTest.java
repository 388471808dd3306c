package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Status;

/**
 * A doubt in the clause that governs a complement ("There is no evidence that ...", "It remains unclear whether
 * ...") is the status of what the complement says, not an assertion of it; the speaker's own status otherwise.
 */
class GoverningDoubtTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "There is no evidence that North Korea has supplied Russia with drones, the Pentagon said.|UNCONFIRMED",
      "There was still no sign that North Korea had supplied Russia with drones, the Pentagon said.|UNCONFIRMED",
      "It remains unclear whether North Korea has supplied Russia with drones, the Pentagon said.|UNCONFIRMED",
      "The Pentagon said there is clear evidence that North Korea has supplied Russia with drones.|ASSERTED",
      "The Pentagon said that North Korea has supplied Russia with drones.|ASSERTED",
  })
  void theGoverningClauseSetsTheStatus(String sentence, Status expected) throws IOException {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Drones\n\nWASHINGTON, May 2 (AP) -- " + sentence + "\n");
    Extraction x = Fixtures.pipeline().extractor().extract(Fixtures.pipeline().reader().read(article).article().orElseThrow());
    Claim supply = x.claims().stream().filter(c -> c.statements().stream().anyMatch(st -> st.relation().equals("supplies")))
        .findFirst().orElseThrow(() -> new AssertionError("no supplies claim in: " + x.claims()));
    assertEquals(expected, supply.status(), sentence);
  }
}
