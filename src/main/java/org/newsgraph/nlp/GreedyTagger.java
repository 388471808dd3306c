package org.newsgraph.nlp;

import com.google.common.base.Verify;
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
 * probabilities). {@code GreedyTaggerTest} checks the two agree on the development corpus. Not thread-safe: one per
 * thread, over a shared model.
 */
final class GreedyTagger {
  private final MaxentModel model;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;

  GreedyTagger(POSModel posModel) {
    Verify.verify(POSTagFormatMapper.guessFormat(posModel) == POSTagFormat.UD, "the POS model's tags are not Universal Dependencies tags");
    int beam = Integer.parseInt(posModel.getManifestProperty("BeamSize") == null ? "3" : posModel.getManifestProperty("BeamSize"));
    this.model = (MaxentModel) posModel.getArtifact("pos.model");
    this.contexts = posModel.getFactory().getPOSContextGenerator(beam); // as POSTaggerME creates it
    this.validator = posModel.getFactory().getSequenceValidator();
    this.probs = new double[model.getNumOutcomes()];
  }

  /** The tag of each word. */
  String[] tag(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      // OpenNLP's context generators read the previous tags from an array as long as the tags so far.
      String[] previous = java.util.Arrays.copyOf(tags, i);
      double[] p = model.eval(contexts.getContext(i, words, previous, null), probs);
      int best = -1;
      for (int o = 0; o < p.length; o++) {
        if ((best < 0 || p[o] > p[best]) && validator.validSequence(i, words, previous, model.getOutcome(o))) {
          best = o;
        }
      }
      Verify.verify(best >= 0, "no valid POS tag for %s", words[i]);
      tags[i] = model.getOutcome(best);
    }
    return tags;
  }
}
