package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.Zone;

class TriggerIndexTest {
  private static Token token(int i, String text, String lemma) {
    return new Token(i, text, i * 10, i * 10 + text.length(), "VERB", lemma);
  }

  private static final Sentence SENTENCE = new Sentence(0, 0, 60, "x", Zone.BODY, ImmutableList.of(
      token(0, "Ships", "ship"),     // lemma "ship", lower "ships"
      token(1, "sent", "send"),
      token(2, "shipping", "ship"),
      token(3, "and", "and"),
      token(4, "met", "meet"),
      token(5, "ships", "ships")));

  /** The pairs a loop over rules, then tokens, testing lemma and lower-cased form, would meet. */
  private static long[] bruteForce(List<? extends Set<String>> words, Sentence s) {
    List<Long> out = new ArrayList<>();
    for (int r = 0; r < words.size(); r++) {
      for (int i = 0; i < s.size(); i++) {
        if (words.get(r).contains(s.token(i).lemma()) || words.get(r).contains(s.token(i).lower())) {
          out.add((long) r << 32 | i);
        }
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void listsRuleThenTokenPairsOnceEach() {
    List<ImmutableSet<String>> words = List.of(ImmutableSet.of("meet"), ImmutableSet.of("ship", "ships", "send"),
        ImmutableSet.of("ships"), ImmutableSet.of("absent"));
    long[] hits = new TriggerIndex(words).hits(SENTENCE);
    assertArrayEquals(new long[] {
        0L << 32 | 4,
        1L << 32, 1L << 32 | 1, 1L << 32 | 2, 1L << 32 | 5, // "Ships" once, though both its lemma and its form are words
        2L << 32, 2L << 32 | 5}, hits);
    assertArrayEquals(bruteForce(words, SENTENCE), hits);
  }

  @Test
  void agreesWithALoopOverTheProjectsRules() {
    List<ImmutableSet<String>> words = RuleSet.load().rules().stream()
        .map(r -> r.triggers().stream().map(Rule.Trigger::lemma).collect(ImmutableSet.toImmutableSet())).toList();
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    for (ImmutableSet<String> ws : words) {
      for (String w : ws) {
        tokens.add(token(i++, w.toUpperCase(java.util.Locale.ROOT), w)); // lemma is the word, lower is not
        tokens.add(token(i++, w + "s", w + "s"));
        tokens.add(token(i++, w, "x"));
      }
    }
    Sentence s = new Sentence(0, 0, i * 10, "x", Zone.BODY, ImmutableList.copyOf(tokens));
    assertArrayEquals(bruteForce(words, s), new TriggerIndex(words).hits(s));
  }
}
