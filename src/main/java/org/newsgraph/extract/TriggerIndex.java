package org.newsgraph.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.Ints;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Which rules a sentence's tokens can trigger, by lemma or lower-cased form: two lookups per token, instead of two
 * per token and rule. {@link #hits} lists the pairs in the order a loop over rules, then tokens, would meet them.
 */
final class TriggerIndex {
  private static final int[] NONE = new int[0];

  /** For each word, the indexes of the rules it triggers, ascending. */
  private final ImmutableMap<String, int[]> rulesByWord;

  /** {@code wordsByRule.get(r)}: the trigger words of rule {@code r}. */
  TriggerIndex(List<? extends Set<String>> wordsByRule) {
    Map<String, TreeSet<Integer>> rules = new HashMap<>();
    for (int r = 0; r < wordsByRule.size(); r++) {
      for (String w : wordsByRule.get(r)) {
        rules.computeIfAbsent(w, k -> new TreeSet<>()).add(r);
      }
    }
    ImmutableMap.Builder<String, int[]> b = ImmutableMap.builder();
    rules.forEach((w, rs) -> b.put(w, Ints.toArray(rs)));
    this.rulesByWord = b.build();
  }

  /**
   * The (rule, token) pairs of {@code s} whose token's lemma or lower-cased form is a trigger word of the rule, sorted
   * by rule, then token; each pair is {@code rule << 32 | token}.
   */
  long[] hits(Sentence s) {
    long[] out = new long[8];
    int n = 0;
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      int[] byLemma = rulesByWord.getOrDefault(t.lemma(), NONE);
      int[] byLower = t.lower().equals(t.lemma()) ? NONE : rulesByWord.getOrDefault(t.lower(), NONE);
      if (n + byLemma.length + byLower.length > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, n + byLemma.length + byLower.length));
      }
      for (int r : byLemma) {
        out[n++] = (long) r << 32 | i;
      }
      for (int r : byLower) {
        if (Arrays.binarySearch(byLemma, r) < 0) {
          out[n++] = (long) r << 32 | i;
        }
      }
    }
    long[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    return sorted;
  }

  static int rule(long hit) {
    return (int) (hit >>> 32);
  }

  static int token(long hit) {
    return (int) hit;
  }
}
