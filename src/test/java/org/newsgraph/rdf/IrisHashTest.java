package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hashes in minted IRIs, against Guava's SHA-256 they were first made with. */
class IrisHashTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "a", "claim\u001fhttps://w3id.org/newsgraph/id/article/abc\u001frule", "Đà Nẵng", "x’\uD800y", "ﬁne ①"})
  void sameDigitsAsGuava(String text) {
    String guava = Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    for (int length : new int[] {1, 8, 15, 16, 64}) {
      assertEquals(guava.substring(0, length), Iris.sha256Hex(text, length), text + ", " + length);
    }
  }
}
