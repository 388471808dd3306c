package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LemmatizerTest {
  private static final Map<String, String> IRREGULAR = Map.of("is", "be", "was", "be", "sent", "send", "Found", "find");

  @Test
  void regularFormsOfTheRulesLemmas() {
    Lemmatizer l = Lemmatizer.of(List.of("ship", "supply", "launch", "agree"), IRREGULAR);
    assertEquals("ship", l.lemma("shipped"));
    assertEquals("ship", l.lemma("Ships"));
    assertEquals("supply", l.lemma("supplied"));
    assertEquals("launch", l.lemma("launches"));
    assertEquals("agree", l.lemma("agreed"));
    assertEquals("ship", l.lemma("shipping"));
    assertEquals("unknownword", l.lemma("UnknownWord"));
  }

  @Test
  void irregularFormsComeFromTheLexicon() {
    Lemmatizer l = Lemmatizer.of(List.of("send"), IRREGULAR);
    assertEquals("send", l.lemma("sent"));
    assertEquals("be", l.lemma("was"));
    assertEquals("find", l.lemma("found"));
  }

  @Test
  void aRuleWordThatIsAnIrregularFormStaysThatForm() {
    // a frames.tsv trigger "is a member of" names the word "is": "is" must still be a form of "be" (hedges such as
    // "is believed to" are read by lemma), and "found" (to establish) must not take "found" from "find"
    Lemmatizer l = Lemmatizer.of(List.of("is", "found", "be", "find"), IRREGULAR);
    assertEquals("be", l.lemma("is"));
    assertEquals("be", l.lemma("IS"));
    assertEquals("find", l.lemma("found"));
    assertEquals("found", l.lemma("founded"));
    assertEquals("be", l.lemma("be"));
  }
}
