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

/** The remembering tokenizer gives OpenNLP's tokens (brackets split off), whether a chunk is new or seen before. */
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
          int[] expected = WordTokenizer.bracketsApart(line, plain.tokenizePos(line)); // the model's tokens, brackets apart
          Span[] got = remembering.tokenizePos(line);
          int[] offsets = new int[2 * got.length];
          for (int i = 0; i < got.length; i++) {
            offsets[2 * i] = got[i].getStart();
            offsets[2 * i + 1] = got[i].getEnd();
          }
          assertArrayEquals(expected, offsets, file.getFileName() + ": " + line);
          lines++;
        }
      }
    }
    assertEquals(true, lines > 200, "too few lines: " + lines);
  }

  @Test
  void splitsABracketTheModelLeavesOnAnAcronym() throws IOException {
    WordTokenizer tokenizer = new WordTokenizer(model());
    String text = "the Joint Staff (JS) said (in part) that";
    assertEquals(List.of("the", "Joint", "Staff", "(", "JS", ")", "said", "(", "in", "part", ")", "that"),
        List.of(Span.spansToStrings(tokenizer.tokenizePos(text), text)));
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
