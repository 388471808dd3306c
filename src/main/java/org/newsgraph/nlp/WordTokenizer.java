package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maximum-entropy tokenizer, remembering how it split each whitespace-delimited chunk.
 *
 * <p>{@code TokenizerME} splits the text at whitespace and then decides, character by character, where to split
 * each chunk, looking at nothing but the chunk itself. So a chunk seen before ("said,", "Korea's") is split as it
 * was then, without evaluating the model again; the tokens are those of {@code TokenizerME} (spaCy's tokenizer
 * caches its chunks the same way). The memory is bounded: it starts afresh after {@value #CAPACITY} chunks. Not
 * thread-safe: one per thread, over a shared model and a memory the threads may share ({@link #sharedMemory()}:
 * a chunk's split is a function of the chunk, so which thread works it out changes nothing).
 */
final class WordTokenizer {
  static final int CAPACITY = 50_000;

  private final TokenizerME model;
  private final Map<String, int[]> splits;

  WordTokenizer(TokenizerModel model) {
    this(model, new HashMap<>());
  }

  /** {@code splits}: the chunks' splits, from {@link #sharedMemory()} or private. */
  WordTokenizer(TokenizerModel model, Map<String, int[]> splits) {
    this.model = new TokenizerME(model);
    this.splits = splits;
  }

  /** A memory of splits that tokenizers on several threads can share. */
  static Map<String, int[]> sharedMemory() {
    return new ConcurrentHashMap<>();
  }

  /** The whitespace-delimited chunks of {@code text}, which {@code TokenizerME} splits each on its own. */
  static Span[] chunks(String text) {
    WhitespaceTokenizer.INSTANCE.setKeepNewLines(false); // as TokenizerME does before splitting
    return WhitespaceTokenizer.INSTANCE.tokenizePos(text);
  }

  /** The tokens of {@code text}, as offsets into it. */
  Span[] tokenizePos(String text) {
    Span[] chunks = chunks(text);
    List<Span> out = new ArrayList<>(chunks.length + chunks.length / 4);
    for (Span chunk : chunks) {
      if (chunk.length() < 2) { // TokenizerME never splits a single character
        out.add(chunk);
        continue;
      }
      int[] offsets = splitsOf(text.substring(chunk.getStart(), chunk.getEnd()));
      for (int i = 0; i < offsets.length; i += 2) {
        out.add(new Span(chunk.getStart() + offsets[i], chunk.getStart() + offsets[i + 1]));
      }
    }
    return out.toArray(new Span[0]);
  }

  /**
   * The tokens' offsets, with a bracket the model left on a word split off ("(JS)" came out as "(" and "JS)"): a closing
   * bracket at the end of a token that opens none, an opening one at the start of a token that closes none.
   */
  static int[] bracketsApart(String chunk, Span[] tokens) {
    List<int[]> out = new ArrayList<>(tokens.length + 2);
    for (Span t : tokens) {
      int b = t.getStart();
      int e = t.getEnd();
      String w = chunk.substring(b, e);
      if (w.length() > 1 && w.charAt(0) == '(' && w.indexOf(')') < 0) {
        out.add(new int[] {b, b + 1});
        b++;
      }
      if (e - b > 1 && chunk.charAt(e - 1) == ')' && chunk.substring(b, e).indexOf('(') < 0) {
        out.add(new int[] {b, e - 1});
        out.add(new int[] {e - 1, e});
      } else {
        out.add(new int[] {b, e});
      }
    }
    int[] offsets = new int[2 * out.size()];
    for (int i = 0; i < out.size(); i++) {
      offsets[2 * i] = out.get(i)[0];
      offsets[2 * i + 1] = out.get(i)[1];
    }
    return offsets;
  }

  /** The start and end offsets of each token of a chunk, relative to the chunk. */
  private int[] splitsOf(String chunk) {
    int[] offsets = splits.get(chunk);
    if (offsets == null) {
      offsets = bracketsApart(chunk, model.tokenizePos(chunk));
      if (splits.size() >= CAPACITY) {
        splits.clear();
      }
      splits.put(chunk, offsets);
    }
    return offsets;
  }
}
