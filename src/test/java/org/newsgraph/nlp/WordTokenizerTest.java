package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The remembering tokenizer gives OpenNLP's tokens, whether a chunk is new or seen before. */
class WordTokenizerTest {
  private static TokenizerModel model() throws IOException {
    try (InputStream in = WordTokenizerTest.class.getClassLoader().getResourceAsStream("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
      return new TokenizerModel(in);
    }
  }

  @Test
  void tokenizesAsTokenizerMeDoesOnTheCorpus() throws IOException {
    TokenizerModel model = model();
    TokenizerME plain = new TokenizerME(model);
    WordTokenizer remembering = new WordTokenizer(model);
    int lines = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass is answered from memory
      for (Path file : GreedyTaggerTest.articles()) {
        for (String line : Files.readAllLines(file)) {
          assertArrayEquals(plain.tokenizePos(line), remembering.tokenizePos(line), file.getFileName() + ": " + line);
          lines++;
        }
      }
    }
    assertEquals(true, lines > 200, "too few lines: " + lines);
  }

  @Test
  void splitsARememberedChunkAtItsNewOffsets() throws IOException {
    WordTokenizer tokenizer = new WordTokenizer(model());
    tokenizer.tokenizePos("they said, then");
    Span[] again = tokenizer.tokenizePos("Yes,  he said,");
    assertEquals(List.of("Yes", ",", "he", "said", ","), List.of(Span.spansToStrings(again, "Yes,  he said,")));
    assertEquals(new Span(9, 13), again[3]);
  }
}
