package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;

/** {@link PosFeatures} makes the features of the bundled POS model's own generator, token by token, on every article of the project. */
class PosFeaturesTest {
  @Test
  void featuresAsTheModelsGeneratorOnTheCorpus() throws IOException {
    POSModel model = BundledPosModel.load();
    POSContextGenerator contexts = model.getFactory().getPOSContextGenerator(3);
    Annotator annotator = Annotator.create(ImmutableSet.of(), Lemmatizer.of(List.of(), Map.of()));
    ArticleReader reader = ArticleReader.create();
    int tokens = 0;
    for (Path file : GreedyTaggerTest.articles()) {
      for (Sentence s : annotator.annotate(reader.read(file).article().orElseThrow()).sentences()) {
        String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
        String[] tags = s.tokens().stream().map(Token::pos).toArray(String[]::new);
        for (int i = 0; i < words.length; i++) {
          String[] previous = Arrays.copyOf(tags, i);
          assertEquals(ImmutableMultiset.copyOf(contexts.getContext(i, words, previous, null)),
              ImmutableMultiset.copyOf(PosFeatures.all(words, i, previous)), file.getFileName() + ": token " + i + " of " + s.text());
          tokens++;
        }
      }
    }
    assertTrue(tokens > 5000, "too few tokens: " + tokens);
  }
}
