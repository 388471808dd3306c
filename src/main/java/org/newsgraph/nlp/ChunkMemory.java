package org.newsgraph.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The tokens of each whitespace-delimited chunk as the {@link Annotator} reads them: the tokenizer's split, refined,
 * and each token's {@link Word}. A chunk's tokens are a function of the chunk alone, so a chunk seen before costs one
 * lookup instead of one per token (and no refining). Shared by the annotator's threads: which thread works a chunk
 * out, or whether two both do, changes nothing. Bounded: it starts afresh after {@value #CAPACITY} chunks.
 */
final class ChunkMemory {
  static final int CAPACITY = 50_000;

  /** A chunk's tokens: start and end offsets relative to the chunk, in pairs, and each token's word. */
  record Tokens(int[] offsets, Word[] words) {}

  private final Map<String, Tokens> chunks = new ConcurrentHashMap<>();

  Tokens get(String chunk, Function<String, Tokens> read) {
    Tokens t = chunks.get(chunk);
    if (t == null) {
      t = read.apply(chunk);
      if (chunks.size() >= CAPACITY) {
        chunks.clear();
      }
      chunks.put(chunk, t);
    }
    return t;
  }
}
