package org.newsgraph.nlp;

import com.google.common.base.Verify;
import com.google.common.collect.ImmutableMultiset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with the OpenNLP POS model, choosing each token's most probable valid tag left to right.
 *
 * <p>This gives the tags of OpenNLP's {@code POSTaggerME} with the model's beam of 3, at a third of the model
 * evaluations. The model's feature generator is wrapped in OpenNLP's {@code CachedFeatureGenerator}, which caches
 * a token's features by position only; so every beam candidate at a position is scored with the features of the
 * best candidate, all candidates see one distribution, and the best sequence is the greedy one (up to exact ties of
 * probabilities). {@code GreedyTaggerTest} checks the two agree on the development corpus.
 *
 * <p>The model is a maximum-entropy model: a tag's score is the sum of the weights of the token's features for
 * that tag, and the most probable tag is the one of highest score. Most features belong to one word (its
 * affixes, its lower-cased form as itself or as a neighbour: {@link PosFeatures}), so each word's weights are
 * summed once into a vector per window slot ({@link #vectorsOf}, remembered per word form by {@link WordMemory});
 * a token's scores are then five such vectors, its position's and its previous tags' (summed once per model).
 * OpenNLP sums the same weights per token after looking each feature string up. When the best tag is not ahead
 * of the next valid one by more than {@value #MARGIN} (where summing in another order could matter) the token is
 * scored by OpenNLP itself, as before; so the tags are OpenNLP's, not nearly. Not thread-safe: one per thread,
 * over a shared model.
 */
final class GreedyTagger {
  static final double MARGIN = 1e-6;
  private static final int SLOTS = 1 + PosFeatures.WINDOW.length; // own, p1, p2, n1, n2

  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;
  private final int outcomes;
  private final Map<String, Context> weights;
  private final double[] always;
  private final double[][] positions;
  private final double[][] previousTag;
  private final double[][] previousTwo;
  private final boolean fast;
  private long scoredByOpenNlp;

  @SuppressWarnings("unchecked")
  GreedyTagger(POSModel posModel) {
    Verify.verify(POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD, "the POS model's tags are not Universal Dependencies tags");
    int beam = Integer.parseInt(posModel.getManifestProperty("BeamSize") == null ? "3" : posModel.getManifestProperty("BeamSize"));
    this.model = (MaxentModel) posModel.getArtifact("pos.model");
    this.contexts = posModel.getFactory().getPOSContextGenerator(beam); // as POSTaggerME creates it
    this.validator = posModel.getFactory().getSequenceValidator();
    this.outcomes = model.getNumOutcomes();
    this.probs = new double[outcomes];
    this.weights = (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1];
    this.always = vector(List.of(PosFeatures.PRIOR));
    this.positions = new double[3][];
    for (int i = 0; i < 3; i++) {
      positions[i] = vector(List.of(PosFeatures.position(i)));
    }
    this.previousTag = new double[outcomes][];
    this.previousTwo = new double[outcomes * outcomes][];
    for (int a = 0; a < outcomes; a++) {
      previousTag[a] = vector(List.of(PosFeatures.previousTag(model.getOutcome(a))));
      for (int b = 0; b < outcomes; b++) {
        previousTwo[a * outcomes + b] = vector(List.of(PosFeatures.previousTwoTags(model.getOutcome(a), model.getOutcome(b))));
      }
    }
    this.fast = model.getClass() == GISModel.class && featuresAsOpenNlp(); // a GIS model has a uniform prior
  }

  /** The tag of each word. */
  String[] tag(String[] sentence) {
    double[][] vectors = new double[sentence.length][];
    for (int i = 0; i < sentence.length; i++) {
      vectors[i] = vectorsOf(sentence[i]);
    }
    return tag(sentence, vectors);
  }

  /** The tag of each word, given each word's {@link #vectorsOf} (remembered by the caller). */
  String[] tag(String[] sentence, double[][] vectors) {
    String[] tags = new String[sentence.length];
    int[] tagIndex = new int[sentence.length];
    double[] scores = new double[outcomes];
    for (int i = 0; i < sentence.length; i++) {
      // OpenNLP's context generators and validators read the previous tags from an array as long as the tags so far.
      String[] previous = Arrays.copyOf(tags, i);
      int best = fast ? bestByWeights(sentence, i, vectors, tagIndex, previous, scores) : -1;
      if (best < 0) {
        best = bestByOpenNlp(sentence, i, previous);
        scoredByOpenNlp++;
      }
      tags[i] = model.getOutcome(best);
      tagIndex[i] = best;
    }
    return tags;
  }

  /** Tokens scored by OpenNLP's own evaluation so far (near ties, or a feature generator this class does not know). */
  long scoredByOpenNlp() {
    return scoredByOpenNlp;
  }

  /** The best valid tag by summed weights, or -1 when the next valid one is within {@link #MARGIN}. */
  private int bestByWeights(String[] sentence, int i, double[][] vectors, int[] tagIndex, String[] previous, double[] scores) {
    System.arraycopy(vectors[i], 0, scores, 0, outcomes); // the prior's weights and the word's own: one sum, made once
    if (i >= 1) {
      add(scores, vectors[i - 1], 1);
      add(scores, previousTag[tagIndex[i - 1]], 0);
    }
    if (i >= 2) {
      add(scores, vectors[i - 2], 2);
      add(scores, previousTwo[tagIndex[i - 2] * outcomes + tagIndex[i - 1]], 0);
    }
    if (i + 1 < sentence.length) {
      add(scores, vectors[i + 1], 3);
    }
    if (i + 2 < sentence.length) {
      add(scores, vectors[i + 2], 4);
    }
    if (i < 3) {
      add(scores, positions[i], 0);
    }
    int best = -1;
    double second = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < outcomes; o++) {
      double s = scores[o];
      if ((best >= 0 && s <= second) || !validator.validSequence(i, sentence, previous, model.getOutcome(o))) {
        continue;
      }
      if (best < 0 || s > scores[best]) {
        second = best < 0 ? Double.NEGATIVE_INFINITY : scores[best];
        best = o;
      } else {
        second = s; // a tie with the best leaves no margin: OpenNLP decides
      }
    }
    boolean clear = best >= 0 && scores[best] - second > MARGIN && Math.abs(scores[best]) < 500;
    return clear ? best : -1;
  }

  private int bestByOpenNlp(String[] sentence, int i, String[] previous) {
    double[] p = model.eval(contexts.getContext(i, sentence, previous, null), probs);
    int best = -1;
    for (int o = 0; o < p.length; o++) {
      if ((best < 0 || p[o] > p[best]) && validator.validSequence(i, sentence, previous, model.getOutcome(o))) {
        best = o;
      }
    }
    Verify.verify(best >= 0, "no valid POS tag for %s", sentence[i]);
    return best;
  }

  private static void add(double[] scores, double[] vectors, int slot) {
    int from = slot * scores.length;
    for (int o = 0; o < scores.length; o++) {
      scores[o] += vectors[from + o];
    }
  }

  /**
   * A word's summed weights: the prior's and its own features, then as the word before, two before, after, two after a token; null
   * when every token is scored by OpenNLP. Reads the shared model only.
   */
  double[] vectorsOf(String word) {
    if (!fast) {
      return null;
    }
    double[] v = new double[SLOTS * outcomes];
    addWeights(v, 0, PosFeatures.own(word));
    for (int o = 0; o < outcomes; o++) {
      v[o] = always[o] + v[o]; // the prior's sum plus the word's, as bestByWeights added them per token
    }
    for (int slot = 0; slot < PosFeatures.WINDOW.length; slot++) {
      addWeights(v, (slot + 1) * outcomes, List.of(PosFeatures.neighbour(slot, word)));
    }
    return v;
  }

  private double[] vector(List<String> features) {
    double[] v = new double[outcomes];
    addWeights(v, 0, features);
    return v;
  }

  private void addWeights(double[] v, int from, List<String> features) {
    for (String f : features) {
      Context c = weights.get(f);
      if (c != null) {
        int[] os = c.getOutcomes();
        double[] ps = c.getParameters();
        for (int k = 0; k < os.length; k++) {
          v[from + os[k]] += ps[k];
        }
      }
    }
  }

  /**
   * Whether {@link PosFeatures} makes the features this model's generator makes, on a sentence with words of
   * every shape; if not (another model), every token is scored by OpenNLP.
   */
  private boolean featuresAsOpenNlp() {
    String[] sample = "North Korea's KN-23 missiles, about 6,700 containers (US$2.8 million) were shipped on Mar. 4 2024 by the U.S.-led \"Team\" — ok?"
        .split(" ");
    String[] tags = new String[sample.length];
    Arrays.fill(tags, model.getOutcome(0));
    for (int i = 0; i < sample.length; i++) {
      String[] previous = Arrays.copyOf(tags, i);
      List<String> expected = List.of(contexts.getContext(i, sample, previous, null));
      if (!ImmutableMultiset.copyOf(expected).equals(ImmutableMultiset.copyOf(PosFeatures.all(sample, i, previous)))) {
        return false;
      }
    }
    return true;
  }
}
