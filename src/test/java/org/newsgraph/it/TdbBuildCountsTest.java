package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.store.Stores;

/**
 * A build into TDB2 is counted as it is written, not by reading the store back: the same entities and claims
 * as the exact count of a build in memory, the quads the articles wrote (each once), and a second build into the same
 * store counted as an addition.
 */
class TdbBuildCountsTest {

  @Test
  void aBuildIntoTdb2CountsWhatItWrites(@TempDir Path dir) {
    List<Path> inputs = List.of(Fixtures.projectDir().resolve("src/test/resources/corpus/articles"), Fixtures.seedArticle());
    BuildSummary exact = Fixtures.build(inputs, Stores.inMemory(), 2);
    Dataset store = Stores.tdb2(dir.resolve("store"));
    try {
      BuildSummary tallied = Fixtures.build(inputs, store, 2);
      assertEquals(exact.entities(), tallied.entities(), tallied.render());
      assertEquals(exact.claims(), tallied.claims(), tallied.render());
      long stored = Txn.calculateRead(store, () -> {
        long[] n = {0};
        store.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
        return n[0];
      });
      assertEquals(exact.quads(), stored, "the store holds what the build in memory holds");
      // an entity's label, written by many articles, is written once; the Wikidata links come after the articles
      assertEquals(stored, tallied.quads() + tallied.links(), "the quads written are the store's: " + tallied.render());
      assertEquals(BuildSummary.NOT_COUNTED, tallied.triples());
      assertFalse(tallied.intoExisting());
      assertTrue(tallied.render().startsWith("built " + exact.articles() + " articles (0 skipped): " + exact.entities() + " entities, "
          + exact.claims() + " claims, " + tallied.quads() + " quads written, "), tallied.render());

      BuildSummary added = Fixtures.build(List.of(Fixtures.seedArticle()), store, 1);
      assertTrue(added.intoExisting());
      assertTrue(added.render().startsWith("added 1 article (0 skipped) to a store that already had data: "), added.render());
    } finally {
      TDBInternal.expel(store.asDatasetGraph());
    }
  }
}
