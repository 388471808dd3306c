package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.Zone;

class SpellingTest {
  private final Spelling spelling = new Spelling(ImmutableSet.of("ministry", "security", "council", "cuncli", "defense",
      "reinforcements", "intelligence", "abcdefhg", "abdcefgh"));

  @ParameterizedTest
  @CsvSource({
      "Minsitry, Ministry",
      "Secuirty, Security",
      "MINSITRY, MINISTRY",
      "reinforcemnets, reinforcements",
      "reinforcments, reinforcements",   // a dropped letter, in a long word
      "Intellegence, Intelligence"})     // a wrong letter, in a long word
  void swappedNeighboursOfAKnownWordAreRepaired(String typo, String meant) {
    assertEquals(Optional.of(meant), spelling.repair(typo));
    assertEquals(Optional.of(meant), spelling.repair(typo)); // remembered
  }

  @Test
  void answersStayRightWhenTheRememberedOnesAreForgotten() {
    for (int i = 0; i <= Spelling.REMEMBERED; i++) {
      assertEquals(Optional.empty(), spelling.repair("unknownword" + i));
    }
    assertEquals(Optional.of("Ministry"), spelling.repair("Minsitry"));
    assertEquals(Optional.of("MINISTRY"), spelling.repair("MINSITRY")); // remembered by the word as written
    assertEquals(Optional.empty(), spelling.repair("Ministry"));
    assertEquals(Optional.of("Security"), spelling.repair("Secuirty"));
  }

  @ParameterizedTest
  @CsvSource({
      "Ministry",        // known
      "Ministers",       // not a swap of a known word
      "iMnistry",        // the first letter is never swapped
      "Cuncil",          // under seven letters: too short to be sure
      "Minstry",         // a dropped letter in a short word is not repaired
      "Ministryes",      // nor an added letter
      "abdcefhg",        // two known words are one swap away: ambiguous
      "Min1sitry"})
  void otherWordsAreLeftAlone(String word) {
    assertEquals(Optional.empty(), spelling.repair(word));
  }

  @Test
  void aRepairedSentenceKeepsItsOffsetsAndTheUntouchedOnesAreTheSameObjects() {
    String text = "The Minsitry said";
    Sentence s = new Sentence(0, 100, 100 + text.length(), text, Zone.BODY, ImmutableList.of(
        new Token(0, "The", 100, 103, "DET", "the"),
        new Token(1, "Minsitry", 104, 112, "PROPN", "minsitry"),
        new Token(2, "said", 113, 117, "VERB", "say")));
    Sentence clean = new Sentence(1, 200, 204, "said", Zone.BODY, ImmutableList.of(new Token(0, "said", 200, 204, "VERB", "say")));
    Sentence r = spelling.repair(s);
    assertEquals("The Ministry said", r.text());
    assertEquals("Ministry", r.token(1).text());
    assertEquals("ministry", r.token(1).lemma());
    assertEquals(104, r.token(1).begin());
    assertEquals(112, r.token(1).end());
    assertSame(clean, spelling.repair(clean));
    assertSame(s.token(0), r.token(0));
  }
}
