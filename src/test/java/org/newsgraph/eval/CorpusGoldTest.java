package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.eval.FactRow.ClaimRow;
import org.newsgraph.eval.FactRow.EntityRow;
import org.newsgraph.eval.FactRow.QuantityRow;
import org.newsgraph.eval.FactRow.RelationRow;

/** The development corpus and its gold: complete, parseable, internally consistent, split as SPLITS.md says. */
final class CorpusGoldTest {

  private static final Path CORPUS =
      Path.of(System.getProperty("newsgraph.project.dir", ".")).resolve("src/test/resources/corpus");
  private static final Pattern DATELINE =
      Pattern.compile("(?m)^([A-Z][A-Z/ ,.]+, [A-Z][a-z]+\\.? \\d{1,2} \\((Reuters|AP|Kyodo|AFP)\\) (--|[-—])|[A-Z][A-Z ]+ \\((AP|AFP)\\) —"
          + "|Posted on : \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} KST)");

  static Stream<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS.resolve("articles"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  private static FactsFile gold(String article) throws IOException {
    Path file = CORPUS.resolve("gold").resolve(article + ".facts");
    return FactsFile.parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
  }

  private static String text(String article) throws IOException {
    return Files.readString(CORPUS.resolve("articles").resolve(article + ".txt"), StandardCharsets.UTF_8);
  }

  @Test
  void everyArticleHasGoldAndNothingElseDoes() throws IOException {
    Set<String> gold = new TreeSet<>();
    try (Stream<Path> files = Files.list(CORPUS.resolve("gold"))) {
      files.map(p -> p.getFileName().toString().replaceFirst("\\.facts$", "")).forEach(gold::add);
    }
    assertEquals(new TreeSet<>(articles().toList()), gold);
    assertEquals(148, gold.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void articleHasHeadlineDateAndLength(String article) throws IOException {
    String text = text(article);
    assertTrue(!text.lines().findFirst().orElse("").isBlank(), "first line is the headline");
    assertTrue(DATELINE.matcher(text).find(), "a dateline or a Posted-on line");
    long words = text.split("\\s+").length;
    assertTrue(words >= 150 && words <= 450, "150-450 words, found " + words);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void goldParsesWithoutDiagnostics(String article) throws IOException {
    FactsFile file = gold(article);
    assertEquals(List.of(), file.diagnostics().stream().map(Object::toString).toList());
    assertTrue(file.rows().size() > 10, "a real annotation");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void relationNamesAreEntitiesOfTheSameFileAndEvidenceIsInTheText(String article) throws IOException {
    FactsFile file = gold(article);
    String text = text(article).replaceAll("\\s+", " ");
    Map<String, String> types = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (FactRow row : file.rows()) {
      if (row instanceof EntityRow e) {
        String previous = types.putIfAbsent(e.canonical(), e.type());
        if (previous != null && !previous.equals(e.type())) {
          problems.add(e.canonical() + " has types " + previous + " and " + e.type());
        }
      }
    }
    for (FactRow row : file.rows()) {
      List<String> names = List.of();
      String evidence = null;
      if (row instanceof RelationRow r) {
        names = List.of(r.subject(), r.object());
        evidence = r.evidence();
      } else if (row instanceof ClaimRow c) {
        names = List.of(c.speaker(), c.subject(), c.object());
        evidence = c.evidence();
      } else if (row instanceof QuantityRow q) {
        evidence = q.evidence();
      }
      names.stream().filter(n -> !types.containsKey(n)).forEach(n -> problems.add("no E row for " + n));
      if (evidence != null && !text.contains(evidence.replaceAll("\\s+", " "))) {
        problems.add("evidence not in the article: " + evidence);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aCanonicalNameHasOneTypeAcrossTheCorpus() throws IOException {
    Map<String, String> types = new LinkedHashMap<>();
    Set<String> problems = new TreeSet<>();
    for (String article : articles().toList()) {
      for (FactRow row : gold(article).rows()) {
        if (row instanceof EntityRow e) {
          String previous = types.putIfAbsent(e.canonical(), e.type());
          if (previous != null && !previous.equals(e.type())) {
            problems.add(article + ": " + e.canonical() + " is " + e.type() + ", elsewhere " + previous);
          }
        }
      }
    }
    assertEquals(Set.of(), problems);
  }

  @Test
  void goldScoredAgainstItselfIsPerfect() throws IOException {
    Map<String, List<FactRow>> gold = new LinkedHashMap<>();
    for (String article : articles().toList()) {
      gold.put(article, gold(article).rows());
    }
    Report report = Evaluator.evaluate(gold, gold);
    for (FactKind kind : FactKind.values()) {
      Score s = report.overall(kind);
      assertEquals(0, s.fp() + s.fn(), kind + ": " + s);
      assertTrue(s.tp() > 0, kind::label);
    }
  }

  @Test
  void splitsNameEveryArticleOnceInDevOrTest() throws IOException {
    Map<String, List<String>> splits = new LinkedHashMap<>();
    String current = null;
    Matcher item = Pattern.compile("^- `([0-9]{2,3}-[a-z0-9-]+)`").matcher("");
    for (String line : Files.readAllLines(CORPUS.resolve("SPLITS.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        current = line.substring(3).trim().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
        splits.put(current, new ArrayList<>());
      } else if (current != null && item.reset(line).find()) {
        splits.get(current).add(item.group(1));
      }
    }
    assertEquals(123, splits.get("dev").size(), splits::toString);
    assertEquals(25, splits.get("test").size(), splits::toString);
    Set<String> all = new TreeSet<>(splits.get("dev"));
    all.addAll(splits.get("test"));
    assertEquals(new TreeSet<>(articles().toList()), all);
  }
}
