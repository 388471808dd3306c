package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.diag.Diagnostic;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Stores;
import org.newsgraph.validate.ShapesValidator;
import org.newsgraph.validate.ValidationResult;

/**
 * Two files with the same text are one article (its IRI comes from the text): the later file is reported
 * and skipped, in one build and when added to a store that has the article, and the graph still keeps to
 * the shapes (an article has one source file).
 */
class DuplicateArticlesTest {
  private static final ShapesValidator SHAPES =
      ShapesValidator.load(Fixtures.projectDir().resolve("ontology/shapes.ttl"), Iris.DEFAULT_BASE);

  @Test
  void theSecondCopyInOneBuildIsReportedAndSkipped(@TempDir Path dir) throws IOException {
    Path a = copy(dir, "a.txt");
    Path b = copy(dir, "b.txt");
    Dataset ds = Stores.inMemory();
    BuildSummary summary = Fixtures.build(List.of(dir), ds, 2);
    assertEquals(1, summary.articles(), summary.render());
    assertEquals(1, summary.skipped(), summary.render());
    assertFalse(summary.hasErrors(), summary.render());
    assertEquals(List.of(b + ": warning: same text as " + a + ": built once, from that file"), warnings(summary));
    assertEquals(List.of(a.toString()), sourceFiles(ds));
    ValidationResult valid = SHAPES.validate(ds);
    assertTrue(valid.conforms(), () -> String.join("\n", valid.lines()));
  }

  @Test
  void aCopyAddedToAStoreThatHasTheArticleIsSkipped(@TempDir Path dir) throws IOException {
    Path first = copy(Files.createDirectory(dir.resolve("one")), "a.txt");
    Path again = copy(Files.createDirectory(dir.resolve("two")), "a.txt");
    Dataset store = Stores.tdb2(dir.resolve("store"));
    try {
      Fixtures.build(List.of(first), store, 1);
      BuildSummary sameFile = Fixtures.build(List.of(first), store, 1);
      assertEquals(1, sameFile.articles(), "the same file built again is built again: " + sameFile.render());
      BuildSummary added = Fixtures.build(List.of(again), store, 1);
      assertEquals(0, added.articles(), added.render());
      assertEquals(List.of(again + ": warning: same text as " + first + ": built once, from that file"), warnings(added));
      assertEquals(List.of(first.toString()), Txn.calculateRead(store, () -> sourceFiles(store)));
    } finally {
      TDBInternal.expel(store.asDatasetGraph());
    }
  }

  private static Path copy(Path dir, String name) throws IOException {
    return Files.copy(Fixtures.seedArticle(), dir.resolve(name));
  }

  private static List<String> warnings(BuildSummary summary) {
    return summary.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::render).filter(s -> s.contains("same text")).toList();
  }

  private static List<String> sourceFiles(Dataset ds) {
    List<String> out = new ArrayList<>();
    ds.asDatasetGraph().find(null, null, NG.sourceFile.asNode(), null).forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
    return out;
  }
}
