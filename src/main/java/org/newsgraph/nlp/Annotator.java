package org.newsgraph.nlp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.article.Article;

/**
 * Splits an article into sentences and tokens and tags them. The OpenNLP models are loaded once; the
 * OpenNLP tools themselves are not thread-safe, so each thread gets its own over the shared models.
 */
public final class Annotator {
  private static final Pattern PAST_PARTICIPLE = Pattern.compile("[a-z]{3,}ed");

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final ImmutableSet<String> abbreviations;
  private final Lemmatizer lemmatizer;
  private final ThreadLocal<Tools> tools;
  private final ChunkMemory chunks = new ChunkMemory();

  private record Tools(SentenceDetectorME sentences, WordTokenizer tokens, GreedyTagger tags, WordMemory words) {}

  private Annotator(
      SentenceModel s, TokenizerModel t, POSModel p, ImmutableSet<String> abbreviations, Lemmatizer lemmatizer) {
    this.sentenceModel = s;
    this.tokenizerModel = t;
    this.posModel = p;
    this.abbreviations = abbreviations;
    this.lemmatizer = lemmatizer;
    // what a word or chunk is does not depend on the thread: its memories are shared, the OpenNLP tools are not
    WordMemory words = new WordMemory(lemmatizer, new GreedyTagger(posModel));
    java.util.Map<String, int[]> splits = WordTokenizer.sharedMemory();
    this.tools = ThreadLocal.withInitial(() -> new Tools(
        new SentenceDetectorME(sentenceModel), new WordTokenizer(tokenizerModel, splits), new GreedyTagger(posModel), words));
  }

  /** Loads the models bundled on the class path. */
  public static Annotator create(ImmutableSet<String> abbreviations, Lemmatizer lemmatizer) {
    return create(loadModels(), abbreviations, lemmatizer);
  }

  /** An annotator over models being loaded (see {@link #loadModels()}); waits for them. */
  public static Annotator create(CompletableFuture<Models> models, ImmutableSet<String> abbreviations, Lemmatizer lemmatizer) {
    Models m;
    try {
      m = models.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e; // as a load on this thread would have thrown
    }
    return new Annotator(m.sentences, m.tokens, m.tags, abbreviations, lemmatizer);
  }

  /** The bundled OpenNLP models, loaded once; opaque outside this package. */
  public static final class Models {
    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel tags;

    private Models(SentenceModel sentences, TokenizerModel tokens, POSModel tags) {
      this.sentences = sentences;
      this.tokens = tokens;
      this.tags = tags;
    }
  }

  /**
   * Starts loading the bundled models on background threads (the POS model, the largest, on its own), so that
   * a caller can read its other data meanwhile: at start-up a second core is otherwise idle.
   */
  public static CompletableFuture<Models> loadModels() {
    CompletableFuture<POSModel> tags = CompletableFuture.supplyAsync(
        () -> load(() -> new POSModel(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"))));
    CompletableFuture<Models> rest = CompletableFuture.supplyAsync(() -> new Models(
        load(() -> new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"))),
        load(() -> new TokenizerModel(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"))),
        null));
    return rest.thenCombine(tags, (m, t) -> new Models(m.sentences, m.tokens, t));
  }

  private static InputStream model(String name) {
    InputStream in = Annotator.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model not on the class path: " + name);
    }
    return in;
  }

  // OpenNLP's model constructors declare IOException; a broken bundled model is a build error.
  private static <T> T load(IoSupplier<T> s) {
    try {
      return s.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface IoSupplier<T> {
    T get() throws IOException;
  }

  public AnnotatedText annotate(Article article) {
    List<Sentence> out = new ArrayList<>();
    article.headline().ifPresent(h -> addSentences(article.text(), h, Zone.HEADLINE, out));
    article.subtitle().ifPresent(h -> addSentences(article.text(), h, Zone.SUBTITLE, out));
    article.captions().forEach(c -> addSentences(article.text(), c, Zone.CAPTION, out));
    article.paragraphs().forEach(p -> addSentences(article.text(), p, Zone.BODY, out));
    return new AnnotatedText(article, ImmutableList.copyOf(out));
  }

  private void addSentences(String text, org.newsgraph.article.Span block, Zone zone, List<Sentence> out) {
    Tools t = tools.get();
    for (int[] range : sentenceRanges(block.text(), t)) {
      int b = block.begin() + range[0];
      int e = block.begin() + range[1];
      String s = text.substring(b, e);
      List<Word> found = new ArrayList<>();
      Span[] spans = tokens(s, t, found);
      Word[] known = found.toArray(new Word[0]);
      String[] words = new String[spans.length];
      double[][] vectors = new double[spans.length][];
      for (int i = 0; i < spans.length; i++) {
        words[i] = known[i].text();
        vectors[i] = known[i].vectors();
      }
      String[] tags = t.tags().tag(words, vectors);
      ImmutableList.Builder<Token> tokens = ImmutableList.builderWithExpectedSize(spans.length);
      for (int i = 0; i < spans.length; i++) {
        Word w = known[i];
        tokens.add(new Token(i, w.text(), b + spans[i].getStart(), b + spans[i].getEnd(), tags[i], w.lemma(), w.lower()));
      }
      out.add(new Sentence(out.size(), b, e, s, zone, tokens.build()));
    }
  }

  /**
   * The sentence's token spans, each token's word added to {@code words}: read chunk by chunk (the tokenizer's
   * split, {@link #refine}d, and the words), each chunk worked out once ({@link ChunkMemory}), then the
   * {@link #finalPeriod}.
   */
  private Span[] tokens(String s, Tools t, List<Word> words) {
    List<Span> spans = new ArrayList<>();
    for (Span c : WordTokenizer.chunks(s)) {
      ChunkMemory.Tokens chunk = chunks.get(s.substring(c.getStart(), c.getEnd()), text -> read(text, t));
      int[] offsets = chunk.offsets();
      for (int k = 0; k < chunk.words().length; k++) {
        spans.add(new Span(c.getStart() + offsets[2 * k], c.getStart() + offsets[2 * k + 1]));
        words.add(chunk.words()[k]);
      }
    }
    Span[] out = finalPeriod(s, spans.toArray(new Span[0]));
    if (out.length > spans.size()) { // the last token's period split off: two other words
      int last = out.length - 2;
      words.set(last, t.words().get(s.substring(out[last].getStart(), out[last].getEnd())));
      words.add(t.words().get(s.substring(out[last + 1].getStart(), out[last + 1].getEnd())));
    }
    return out;
  }

  /** One chunk's tokens: {@link #refine} looks at nothing outside the chunk, so the chunk alone is refined. */
  private static ChunkMemory.Tokens read(String chunk, Tools t) {
    Span[] spans = refine(chunk, t.tokens().tokenizePos(chunk));
    int[] offsets = new int[2 * spans.length];
    Word[] words = new Word[spans.length];
    for (int k = 0; k < spans.length; k++) {
      offsets[2 * k] = spans[k].getStart();
      offsets[2 * k + 1] = spans[k].getEnd();
      words[k] = t.words().get(chunk.substring(spans[k].getStart(), spans[k].getEnd()));
    }
    return new ChunkMemory.Tokens(offsets, words);
  }

  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})[’'][sS]$");

  /**
   * Splits what the model leaves joined but the rules need apart: a possessive "’s" (curly apostrophes are
   * rare in the model's training data), hyphens between capitalised names ("North Korea-Russia"), brackets.
   */
  /** "..., citing the JCS.": the sentence's last period is its own token unless it ends an abbreviation ("U.S."). */
  private Span[] finalPeriod(String s, Span[] spans) {
    if (spans.length == 0) {
      return spans;
    }
    Span last = spans[spans.length - 1];
    String w = s.substring(last.getStart(), last.getEnd());
    if (w.length() < 3 || !w.endsWith(".") || w.indexOf('.') < w.length() - 1 || abbreviations.contains(w)) {
      return spans;
    }
    Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
    out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
    out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
    return out;
  }

  private static Span[] refine(String s, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span sp : spans) {
      // POSSESSIVE needs an apostrophe: most words have none, and are neither copied nor scanned
      int end = sp.getEnd();
      Span tail = null;
      if (hasApostrophe(s, sp.getStart(), sp.getEnd())) {
        Matcher pm = POSSESSIVE.matcher(s.substring(sp.getStart(), sp.getEnd()));
        if (pm.find() && pm.start() > 0) {
          end = sp.getStart() + pm.start();
          tail = new Span(end, sp.getEnd());
        }
      }
      splitInner(s, sp.getStart(), end, out);
      if (tail != null) {
        out.add(tail);
      }
    }
    return out.toArray(new Span[0]);
  }

  private static boolean hasApostrophe(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '’') {
        return true;
      }
    }
    return false;
  }

  /** "North Korean-made", "Russia-based", "Pyongyang-linked": a name, then a participle that says how it relates. */
  private static final Pattern NAME_SUFFIX = Pattern.compile(
      "(?:made|built|produced|manufactured|supplied|designed|based|linked|backed|led|run|owned|controlled|allied|origin)");

  private static boolean suffixAfterName(String s, int from, int to) {
    String rest = s.substring(from, to);
    return NAME_SUFFIX.matcher(rest).matches() || PAST_PARTICIPLE.matcher(rest).matches(); // "Russian-flagged", "Kremlin-funded"
  }

  private static void splitInner(String s, int from, int to, List<Span> out) {
    int start = from;
    if (to - from > 2 && s.charAt(from) == '-' && from > 0 && Character.isLetter(s.charAt(from - 1)) && suffixAfterName(s, from + 1, to)) {
      out.add(new Span(from, from + 1)); // "-registered" split off "Moscow" by the model: the hyphen, then the participle
      start = from + 1;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean bracket = c == '[' || c == ']';
      boolean nameHyphen = (c == '-' || c == '–') && i + 1 < to && (Character.isUpperCase(s.charAt(i + 1)) || suffixAfterName(s, i + 1, to))
          && i > from && Character.isLetter(s.charAt(i - 1)) && Character.isUpperCase(s.charAt(start));
      boolean trailingHyphen = c == '-' && i == to - 1 && i > from && Character.isLetter(s.charAt(i - 1))
          && Character.isUpperCase(s.charAt(start)); // "Korean-" of "North Korean-made", which the model splits there
      if (bracket || nameHyphen || trailingHyphen) {
        if (i > start) {
          out.add(new Span(start, i));
        }
        out.add(new Span(i, i + 1));
        start = i + 1;
      }
    }
    if (to > start) {
      out.add(new Span(start, to));
    }
  }

  /** Sentence ranges within a block: the model's, re-joined after abbreviations and split where run together. */
  private List<int[]> sentenceRanges(String block, Tools t) {
    List<int[]> raw = new ArrayList<>();
    for (Span s : t.sentences().sentPosDetect(block)) {
      raw.add(new int[] {s.getStart(), s.getEnd()});
    }
    List<int[]> joined = new ArrayList<>();
    for (int[] r : raw) {
      String previous = joined.isEmpty() ? "" : block.substring(joined.get(joined.size() - 1)[0], joined.get(joined.size() - 1)[1]);
      String next = block.substring(r[0], r[1]).strip();
      boolean lowerStart = !next.isEmpty() && Character.isLowerCase(next.charAt(0)); // "$1.5 | billion": no sentence starts so
      if (!joined.isEmpty() && (endsWithAbbreviation(previous) || clockThenDay(previous, next) || lowerStart)) {
        joined.get(joined.size() - 1)[1] = r[1];
      } else {
        joined.add(r);
      }
    }
    List<int[]> split = new ArrayList<>();
    for (int[] r : joined) {
      int start = r[0];
      for (int dot = runTogether(block, r[0], r[1]); dot >= 0; dot = runTogether(block, dot + 1, r[1])) {
        if (!endsWithAbbreviation(block.substring(start, dot + 1))) {
          split.add(new int[] {start, dot + 1});
          start = dot + 1;
        }
      }
      split.add(new int[] {start, r[1]});
    }
    split.removeIf(r -> block.substring(r[0], r[1]).isBlank());
    for (int i = split.size() - 2; i >= 0; i--) {
      String text = block.substring(split.get(i)[0], split.get(i)[1]).strip();
      if (text.indexOf(' ') < 0 && Character.isLetter(text.charAt(text.length() - 1))) {
        split.get(i)[1] = split.get(i + 1)[1]; // "in June.The Korean National Police Agency(KNPA)": the model cut after "The"
        split.remove(i + 1);
      }
    }
    return split;
  }

  /**
   * The first full stop in {@code [from, to)} that ends one sentence run together with the next ("Oct. 8.In a
   * statement"): after a digit, a small letter, a bracket or a closing quote, before a capital and a small
   * letter, all inside the range; or -1. (A scan: a regular expression with look-behind was tried at every
   * character.)
   */
  static int runTogether(String text, int from, int to) {
    for (int i = text.indexOf('.', from + 1); i >= 0 && i < to; i = text.indexOf('.', i + 1)) {
      char before = text.charAt(i - 1);
      boolean ends = before >= '0' && before <= '9' || before >= 'a' && before <= 'z' || before == ')' || before == '"' || before == '”';
      if (ends && i + 2 < to && isAsciiCapital(text.charAt(i + 1)) && isAsciiSmall(text.charAt(i + 2))) {
        return i;
      }
      boolean quoted = i + 3 < to && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '”'); // 'called it "speculation."North Korea'
      if (quoted && before >= 'a' && before <= 'z' && isAsciiCapital(text.charAt(i + 2)) && isAsciiSmall(text.charAt(i + 3))) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isAsciiCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiSmall(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static final Pattern CLOCK_END = Pattern.compile("\\b[ap]\\.m\\.$");
  private static final Pattern DAY_START = Pattern.compile(
      "^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|local time|[a-z]|\\(|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d)");

  /** "at 10:42 p.m. Tuesday and placed ...": a clock time's "p.m." before a day name ends no sentence. */
  private static boolean clockThenDay(String previous, String next) {
    String p = previous.strip();
    return p.endsWith(".m.") && CLOCK_END.matcher(p).find() && DAY_START.matcher(next.strip()).find(); // the cheap test first
  }

  private boolean endsWithAbbreviation(String sentence) {
    String trimmed = sentence.strip();
    int space = trimmed.lastIndexOf(' ');
    String last = trimmed.substring(space + 1);
    int glued = last.lastIndexOf('.', last.length() - 2); // "weapons.Rep.": a bulletin's run-together sentence ends in "Rep."
    return abbreviations.contains(last) || glued > 0 && abbreviations.contains(last.substring(glued + 1));
  }
}
