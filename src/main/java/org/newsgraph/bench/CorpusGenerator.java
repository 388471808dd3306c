package org.newsgraph.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsgraph.article.ArticleSources;

/**
 * Makes a corpus of any size from a few real articles, so that no two copies are alike (caches must not
 * flatter): per copy, one body paragraph of its source is dropped, body paragraphs of other source articles
 * (chosen at random) are added until the copy has between {@value #MIN_WORDS} and {@value #MAX_WORDS} words
 * (a length drawn per copy, uniformly), then years shift, days of month and counts change and a few countries
 * are swapped for others. Copies are written one at a time (streamed) into folders of 1,000 under
 * {@code corpus-N}, once: a finished corpus is marked with the generator's version and reused only by the same
 * version.
 */
final class CorpusGenerator {
  private static final Pattern ISO_DATE = Pattern.compile("\\b(20\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(20[12]\\d)\\b");
  private static final Pattern COUNT = Pattern.compile("(?<![\\d.,:-])(\\d{1,3}(?:,\\d{3})+|\\d{1,3})(?!\\d)(?![.,:]\\d)");
  private static final ImmutableList<String> SWAPPABLE = ImmutableList.of("Ukraine", "Japan", "China", "Iran", "Syria", "Belarus");
  private static final ImmutableList<String> COUNTRIES = ImmutableList.of("Poland", "Germany", "France", "Italy", "Spain",
      "Canada", "Mexico", "Brazil", "India", "Pakistan", "Vietnam", "Thailand", "Indonesia", "Egypt", "Turkey", "Kazakhstan",
      "Mongolia", "Georgia", "Armenia", "Azerbaijan", "Finland", "Sweden", "Norway", "Estonia", "Latvia", "Lithuania",
      "Romania", "Hungary", "Serbia", "Greece", "Israel", "Jordan", "Iraq", "Libya", "Sudan", "Ethiopia", "Kenya",
      "Nigeria", "Chile", "Peru");
  private static final String DONE = ".complete";
  /** Changes whenever the copies change, so that a corpus written by an older generator is written again. */
  private static final String VERSION = "2 (300-800 words)";
  static final int MIN_WORDS = 300;
  static final int MAX_WORDS = 800;
  private static final Pattern WORD = Pattern.compile("\\S+");

  private final ImmutableList<String> sources;

  private CorpusGenerator(ImmutableList<String> sources) {
    this.sources = sources;
  }

  /** A generator over the articles found under {@code roots}. */
  static CorpusGenerator of(List<Path> roots) {
    ImmutableList.Builder<String> texts = ImmutableList.builder();
    for (Path p : ArticleSources.expand(roots).files()) {
      try {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }
    ImmutableList<String> all = texts.build();
    checkArgument(!all.isEmpty(), "no source articles under %s", roots);
    return new CorpusGenerator(all);
  }

  /** The folder {@code dir/corpus-N} with {@code n} generated articles, written now unless already complete. */
  Path corpus(Path dir, int n) {
    Path root = dir.resolve("corpus-" + n);
    if (complete(root)) {
      return root;
    }
    try {
      for (int i = 0; i < n; i++) {
        Path folder = root.resolve(String.format(Locale.ROOT, "%04d", i / 1000));
        if (i % 1000 == 0) {
          Files.createDirectories(folder);
        }
        Files.writeString(folder.resolve(String.format(Locale.ROOT, "a%06d.txt", i)), variant(i), StandardCharsets.UTF_8);
      }
      Files.writeString(root.resolve(DONE), n + "\n" + VERSION + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + root, e);
    }
    return root;
  }

  private static boolean complete(Path root) {
    try {
      return Files.exists(root.resolve(DONE)) && Files.readAllLines(root.resolve(DONE)).contains(VERSION);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root.resolve(DONE), e);
    }
  }

  /**
   * Copy {@code i}: source {@code i mod sources} with paragraphs of other sources added, varied by a generator
   * seeded with {@code i}. The originals come first, unchanged (their lengths are those of the real articles).
   */
  String variant(int i) {
    SplittableRandom random = new SplittableRandom(0x5eed_0000L + i);
    String text = sources.get(i % sources.size());
    if (i < sources.size()) {
      return text;
    }
    text = dropParagraph(text, random);
    text = lengthen(text, i % sources.size(), random);
    text = swapCountries(text, random);
    text = shiftDates(text, random);
    // a last line makes every copy unique even when nothing above could vary (an article's IRI hashes its text)
    return varyCounts(text, random).stripTrailing() + "\n\n(Generated copy " + i + ".)\n";
  }

  private static String dropParagraph(String text, SplittableRandom random) {
    String[] paragraphs = text.split("\n\n", -1);
    if (paragraphs.length < 5) {
      return text;
    }
    int drop = 3 + random.nextInt(paragraphs.length - 4); // never the headline block nor the last
    List<String> kept = new ArrayList<>(List.of(paragraphs));
    kept.remove(drop);
    return String.join("\n\n", kept);
  }

  /**
   * Adds body paragraphs of other sources (never their headline block nor their last paragraph, often a
   * byline) before the copy's own last paragraph, until it has a length drawn between the bounds; a paragraph
   * that would pass the upper bound is skipped once the lower bound is reached.
   */
  private String lengthen(String text, int source, SplittableRandom random) {
    int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n\n", -1)));
    String last = paragraphs.remove(paragraphs.size() - 1);
    int words = words(text);
    for (int tries = 0; words < target && tries < 200; tries++) {
      int other = random.nextInt(sources.size());
      if (other == source) {
        continue;
      }
      String[] body = sources.get(other).strip().split("\n\n");
      if (body.length < 4) {
        continue;
      }
      String p = body[2 + random.nextInt(body.length - 3)].strip();
      int w = words(p);
      if (words >= MIN_WORDS && words + w > MAX_WORDS) {
        continue;
      }
      paragraphs.add(p);
      words += w;
    }
    paragraphs.add(last);
    return String.join("\n\n", paragraphs);
  }

  /** Whitespace-separated words of a text. */
  static int words(String text) {
    return (int) WORD.matcher(text).results().count();
  }

  private static String swapCountries(String text, SplittableRandom random) {
    for (String name : SWAPPABLE) {
      if (random.nextInt(3) > 0 && text.contains(name)) {
        text = text.replace(name, COUNTRIES.get(random.nextInt(COUNTRIES.size())));
      }
    }
    return text;
  }

  private static String shiftDates(String text, SplittableRandom random) {
    int years = random.nextInt(4) - 1;
    int day = 1 + random.nextInt(28);
    String dated = replace(ISO_DATE, text, m -> String.format(Locale.ROOT, "%d-%s-%02d",
        Integer.parseInt(m.group(1)) + years, m.group(2), day));
    return replace(YEAR, dated, m -> Integer.toString(Integer.parseInt(m.group(1)) + years));
  }

  private static String varyCounts(String text, SplittableRandom random) {
    int factor = 2 + random.nextInt(8);
    return replace(COUNT, text, m -> {
      String s = m.group(1);
      long v = Long.parseLong(s.replace(",", ""));
      if (v < 2 || (v >= 1900 && v <= 2100)) {
        return s;
      }
      long w = v < 31 ? v + random.nextInt(7) : v * factor + random.nextInt(10);
      return s.contains(",") ? String.format(Locale.ROOT, "%,d", w) : Long.toString(w);
    });
  }

  private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder sb = new StringBuilder(text.length() + 64);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Every article file under a generated corpus, in order. */
  static List<Path> files(Path corpus) {
    try (Stream<Path> s = Files.walk(corpus)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + corpus, e);
    }
  }
}
