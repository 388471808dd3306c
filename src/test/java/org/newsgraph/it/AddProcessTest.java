package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.Facts;
import org.newsgraph.store.Stores;
import org.newsgraph.store.UnionView;

/**
 * {@code newsgraph add}, run as a user runs it (a process per call): the first call creates the store, the later
 * ones open it for block reads; each article ends up in the store with the facts an in-memory build of it alone
 * gives, and a bad input is reported with exit code 1 while the good ones beside it are added.
 */
class AddProcessTest {
  private static final Path CORPUS = Fixtures.projectDir().resolve("src/test/resources/corpus/articles");

  @Test
  void articlesAddedOneProcessAtATimeKeepTheirFacts(@TempDir Path dir) throws Exception {
    Path store = dir.resolve("store");
    Path first = Fixtures.seedArticle();
    Path second = CORPUS.resolve("01-reuters-nk-containers-shin.txt");
    Path third = CORPUS.resolve("02-yonhap-nis-satellite-russia-help.txt");
    Path missing = dir.resolve("no-such-article.txt");

    assertEquals(0, add(dir, store, first).code(), "a new store");
    assertEquals(0, add(dir, store, second).code(), "an existing store");
    MainProcess.Result bad = add(dir, store, missing, third);
    assertEquals(1, bad.code(), bad.output());
    assertTrue(bad.output().contains(missing + ": error:"), bad.output());

    Dataset ds = Stores.tdb2(store);
    Map<String, List<String>> stored = Txn.calculateRead(ds, () -> Facts.byArticle(UnionView.of(ds)));
    ds.close();
    for (Path article : List.of(first, second, third)) {
      List<String> alone = factsAlone(article);
      List<String> inStore = stored.entrySet().stream().filter(e -> e.getKey().endsWith(article.getFileName().toString()))
          .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(article + " is not in the store: " + stored.keySet()));
      assertEquals(relations(alone), relations(inStore), article.toString());
    }
  }

  @Test
  void addNeedsAStore(@TempDir Path dir) throws Exception {
    assertEquals(2, MainProcess.run(dir, List.of("add", Fixtures.seedArticle().toString())).code());
  }

  private static List<String> factsAlone(Path article) {
    Dataset ds = Stores.inMemory();
    Fixtures.build(List.of(article), ds, 1);
    return Facts.byArticle(UnionView.of(ds)).values().iterator().next();
  }

  private static List<String> relations(List<String> rows) {
    return rows.stream().filter(r -> r.startsWith("R\t")).sorted().toList();
  }

  private static MainProcess.Result add(Path dir, Path store, Path... articles) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("add", "--location", store.toString()));
    for (Path a : articles) {
      args.add(a.toString());
    }
    return MainProcess.run(dir, args);
  }
}
