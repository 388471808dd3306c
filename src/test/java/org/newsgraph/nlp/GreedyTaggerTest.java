package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.ArticleReader;

/** The greedy tagger gives OpenNLP's beam-search tags, sentence by sentence, on every article of the project. */
class GreedyTaggerTest {
  @Test
  void tagsAsPosTaggerMeDoesOnTheCorpus() throws IOException {
    POSModel model = BundledPosModel.load();
    POSTaggerME beam = new POSTaggerME(model);
    GreedyTagger greedy = new GreedyTagger(model);
    Annotator annotator = Annotator.create(ImmutableSet.of(), Lemmatizer.of(List.of(), Map.of()));
    ArticleReader reader = ArticleReader.create();
    int sentences = 0;
    long tokens = 0;
    for (Path file : articles()) {
      for (Sentence s : annotator.annotate(reader.read(file).article().orElseThrow()).sentences()) {
        String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
        assertEquals(List.of(beam.tag(words)), List.of(greedy.tag(words)), file.getFileName() + ": " + s.text());
        sentences++;
        tokens += words.length;
      }
    }
    assertTrue(sentences > 200, "too few sentences: " + sentences);
    // the summed word weights decide almost every token; OpenNLP itself only near ties
    assertTrue(greedy.scoredByOpenNlp() * 100 < tokens, greedy.scoredByOpenNlp() + " of " + tokens + " tokens scored by OpenNLP");
  }

  static List<Path> articles() throws IOException {
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(project.resolve("articles"), project.resolve("src/test/resources/corpus/articles"))) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
      }
    }
    return out;
  }
}
