package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.diag.Diagnostic;

final class BuildCacheTest {
  private static final String TRIG = """
      @prefix ex: <http://example.org/> .
      ex:g1 { ex:a ex:says "x\\ny"@en ; ex:n 3 . }
      ex:g2 { ex:b ex:knows ex:a . _:b1 ex:p ex:b . }
      """;

  @TempDir Path dir;

  private Path article(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static Dataset built() {
    Dataset ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> RDFDataMgr.read(ds.asDatasetGraph(), new java.io.StringReader(TRIG), null, Lang.TRIG));
    return ds;
  }

  private static BuildSummary summary(List<Diagnostic> diagnostics) {
    return new BuildSummary(1, 0, 2, 2, 3, 3, 0, false, Duration.ofMillis(1234), ImmutableList.copyOf(diagnostics));
  }

  private static String trig(Dataset ds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Txn.executeRead(ds, () -> RDFDataMgr.write(out, ds.asDatasetGraph(), Lang.TRIG));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void keyDependsOnArticleBytesBaseGazetteerAndCode() throws Exception {
    Path a = article("a.txt", "one");
    BuildCache cache = new BuildCache(dir.resolve("cache"), "code-1");
    String key = cache.key(List.of(a), "https://x/", Optional.empty()).orElseThrow();
    assertEquals(key, cache.key(List.of(a), "https://x/", Optional.empty()).orElseThrow(), "same inputs, same key");
    assertNotEquals(key, cache.key(List.of(a), "https://y/", Optional.empty()).orElseThrow(), "base");
    assertNotEquals(key, new BuildCache(dir.resolve("cache"), "code-2").key(List.of(a), "https://x/", Optional.empty()).orElseThrow(), "code");
    Path gaz = Files.createDirectories(dir.resolve("gaz"));
    Files.writeString(gaz.resolve("extra.tsv"), "Foo\tOrganization\n");
    String withGaz = cache.key(List.of(a), "https://x/", Optional.of(gaz)).orElseThrow();
    assertNotEquals(key, withGaz, "gazetteer");
    Files.writeString(gaz.resolve("extra.tsv"), "Bar\tOrganization\n");
    assertNotEquals(withGaz, cache.key(List.of(a), "https://x/", Optional.of(gaz)).orElseThrow(), "gazetteer edited");
    Files.writeString(a, "two");
    assertNotEquals(key, cache.key(List.of(a), "https://x/", Optional.empty()).orElseThrow(), "article edited");
  }

  @Test
  void missingInputHasNoKey() {
    BuildCache cache = new BuildCache(dir.resolve("cache"), "code");
    assertEquals(Optional.empty(), cache.key(List.of(dir.resolve("nope.txt")), "https://x/", Optional.empty()));
  }

  @Test
  void storedGraphReadsBackWithItsPrefixesAndSummary() throws Exception {
    BuildCache cache = new BuildCache(dir.resolve("cache"), "code");
    String key = cache.key(List.of(article("a.txt", "one")), "https://x/", Optional.empty()).orElseThrow();
    Dataset target = DatasetFactory.createTxnMem();
    assertEquals(Optional.empty(), cache.load(key, target), "nothing stored yet");
    Dataset ds = built();
    cache.store(key, ds, summary(List.of()));
    Optional<String> line = cache.load(key, target);
    assertEquals(Optional.of(summary(List.of()).render()), line);
    assertEquals(trig(ds), trig(target));
    assertTrue(trig(target).startsWith("PREFIX ex:"), trig(target));
  }

  @Test
  void buildThatSaidAnythingIsNotKept() throws Exception {
    BuildCache cache = new BuildCache(dir.resolve("cache"), "code");
    String key = cache.key(List.of(article("a.txt", "one")), "https://x/", Optional.empty()).orElseThrow();
    cache.store(key, built(), summary(List.of(Diagnostic.warning("a.txt", 1, 1, "odd"))));
    assertEquals(Optional.empty(), cache.load(key, DatasetFactory.createTxnMem()));
  }

  @Test
  void corruptEntryIsAMissAndLeavesTheTargetEmpty() throws Exception {
    Path cacheDir = dir.resolve("cache");
    BuildCache cache = new BuildCache(cacheDir, "code");
    String key = cache.key(List.of(article("a.txt", "one")), "https://x/", Optional.empty()).orElseThrow();
    cache.store(key, built(), summary(List.of()));
    Path graph = cacheDir.resolve(key + ".rt");
    byte[] bytes = Files.readAllBytes(graph);
    Files.write(graph, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Dataset target = DatasetFactory.createTxnMem();
    assertEquals(Optional.empty(), cache.load(key, target));
    assertTrue(Txn.calculateRead(target, () -> target.asDatasetGraph().isEmpty()));
  }

  @Test
  void keepsOnlyTheMostRecentEntries() throws Exception {
    Path cacheDir = dir.resolve("cache");
    BuildCache cache = new BuildCache(cacheDir, "code");
    for (int i = 0; i < BuildCache.KEEP + 3; i++) {
      String key = cache.key(List.of(article("a" + i + ".txt", "text " + i)), "https://x/", Optional.empty()).orElseThrow();
      cache.store(key, built(), summary(List.of()));
      Files.setLastModifiedTime(cacheDir.resolve(key + ".rt"), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    try (Stream<Path> s = Files.list(cacheDir)) {
      assertEquals(2 * BuildCache.KEEP, s.count());
    }
  }
}
