package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * A name with a model number that the gazetteer does not know is a weapon's when a weapon's noun follows it ("a
 * new Pukguksong-6 missile"), not when a rocket's does (space launchers are rockets too) or nothing does.
 */
class ModelNumberTypeTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "KCNA said a new Pukguksong-6 missile had been fired from the submarine.|Pukguksong-6|WEAPON_TYPE",
      "Ukraine said it had shot down two Geran-3 drones over Kharkiv.|Geran-3|WEAPON_TYPE",
      "The Chollima-2 rocket carried a reconnaissance satellite, KCNA said.|Chollima-2|OTHER",
      "The Sakhalin-7 left the port of Rajin on Tuesday, the ministry said.|Sakhalin-7|OTHER",
  })
  void typedByTheNounAfterIt(String sentence, String name, EntityType expected) throws IOException {
    Path article = dir.resolve("a.txt");
    Files.writeString(article, "Models\n\nSEOUL, May 2 (AP) -- " + sentence + "\n");
    Extraction x = Fixtures.pipeline().extractor().extract(Fixtures.pipeline().reader().read(article).article().orElseThrow());
    EntityType type = x.mentions().stream().filter(m -> m.entity().canonical().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not found in " + x.mentions())).entity().type();
    assertEquals(expected, type, sentence);
  }
}
