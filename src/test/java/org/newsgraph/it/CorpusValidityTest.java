package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.Stores;
import org.newsgraph.validate.ShapesValidator;
import org.newsgraph.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** Every article of the development corpus builds, and the merged graph passes the SHACL gate. */
class CorpusValidityTest {

  @Test
  void theDevelopmentCorpusBuildsIntoAValidGraph() {
    Dataset ds = Stores.inMemory();
    Path corpus = Fixtures.projectDir().resolve("src/test/resources/corpus/articles");
    BuildSummary summary = Fixtures.build(List.of(corpus, Fixtures.seedArticle()), ds, 2);
    assertEquals(149, summary.articles(), summary.render()); // 148 corpus articles and the seed
    assertEquals(0, summary.skipped(), () -> summary.diagnostics().toString());
    ValidationResult v = ShapesValidator.load(Fixtures.projectDir().resolve("ontology/shapes.ttl"), Iris.DEFAULT_BASE).validate(ds);
    assertTrue(v.conforms(), () -> String.join("\n", v.lines()));
  }
}
