package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features the bundled POS model's generator ({@code generator.featuregen} of the UD EWT model) makes for a
 * token, split by what they depend on: the word itself (prefixes, suffixes, word, word class), a word seen from
 * a neighbouring position ({@code p1w=}, {@code n2w=}, ...), the position in the sentence ({@code S=begin} and its
 * window) and the two previous tags. The union for a token is the list OpenNLP's generator makes, in another
 * order; {@link GreedyTagger} checks that on a sample sentence when it starts, and {@code PosFeaturesTest} on
 * every token of the project's articles.
 */
final class PosFeatures {
  /** OpenNLP's {@code OutcomePriorFeatureGenerator}: on every token. */
  static final String PRIOR = "def";
  static final String SENTENCE_BEGIN = "S=begin";
  /** Window offsets of the word features, in the order of {@link #neighbour}. */
  static final String[] WINDOW = {"p1", "p2", "n1", "n2"};
  private static final int AFFIX = 4;

  private PosFeatures() {}

  /** The features of a word at its own position. */
  static List<String> own(String word) {
    List<String> out = new ArrayList<>(12);
    int n = word.length();
    for (int i = 0; i < Math.min(AFFIX, n); i++) {
      out.add("suf=" + word.substring(Math.max(n - i - 1, 0)));
    }
    for (int i = 0; i < Math.min(AFFIX, n); i++) {
      out.add("pre=" + word.substring(0, Math.min(i + 1, n)));
    }
    String lower = StringUtil.toLowerCase(word);
    String shape = FeatureGeneratorUtil.tokenFeature(word);
    out.add("w=" + lower);
    out.add("wc=" + shape);
    out.add("w&c=" + lower + "," + shape);
    return out;
  }

  /** The feature of a word seen from window slot {@code slot} (0..3, see {@link #WINDOW}). */
  static String neighbour(int slot, String word) {
    return WINDOW[slot] + "w=" + StringUtil.toLowerCase(word);
  }

  /** The sentence-position feature of token {@code index}, or null after the third token. */
  static String position(int index) {
    return switch (index) {
      case 0 -> SENTENCE_BEGIN;
      case 1 -> "p1" + SENTENCE_BEGIN;
      case 2 -> "p2" + SENTENCE_BEGIN;
      default -> null;
    };
  }

  static String previousTag(String tag) {
    return "t=" + tag;
  }

  static String previousTwoTags(String before, String previous) {
    return "t2=" + before + "," + previous;
  }

  /** Every feature of token {@code i}, given the tags before it: what OpenNLP's generator makes, as a list. */
  static List<String> all(String[] words, int i, String[] tags) {
    List<String> out = new ArrayList<>(own(words[i]));
    out.add(PRIOR);
    int[] offsets = {-1, -2, 1, 2};
    for (int slot = 0; slot < WINDOW.length; slot++) {
      int j = i + offsets[slot];
      if (j >= 0 && j < words.length) {
        out.add(neighbour(slot, words[j]));
      }
    }
    if (position(i) != null) {
      out.add(position(i));
    }
    if (i >= 1) {
      out.add(previousTag(tags[i - 1]));
    }
    if (i >= 2) {
      out.add(previousTwoTags(tags[i - 2], tags[i - 1]));
    }
    return out;
  }
}
