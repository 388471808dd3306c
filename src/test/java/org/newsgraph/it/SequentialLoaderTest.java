package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Stores;

/**
 * The first build into an empty TDB2 store may use TDB2's sequential loader ({@code -Dnewsgraph.loader=sequential}, a
 * benchmark knob: one secondary index at a time) instead of the phased one; the store holds the same quads either way.
 */
class SequentialLoaderTest {

  @Test
  void theSequentialLoaderStoresWhatThePhasedOneStores(@TempDir Path dir) {
    List<Path> inputs = List.of(Fixtures.projectDir().resolve("src/test/resources/corpus/articles"), Fixtures.seedArticle());
    Set<Quad> phased = build(inputs, dir.resolve("phased"));
    String before = System.getProperty("newsgraph.loader");
    System.setProperty("newsgraph.loader", "sequential");
    Set<Quad> sequential;
    try {
      sequential = build(inputs, dir.resolve("sequential"));
    } finally {
      if (before == null) {
        System.clearProperty("newsgraph.loader");
      } else {
        System.setProperty("newsgraph.loader", before);
      }
    }
    assertFalse(phased.isEmpty());
    assertEquals(phased.size(), sequential.size());
    // blank nodes are labelled anew by each store: the quads without one are compared one by one
    assertEquals(withoutBlankNodes(phased), withoutBlankNodes(sequential));
  }

  private static Set<Quad> withoutBlankNodes(Set<Quad> quads) {
    Set<Quad> out = new HashSet<>();
    quads.stream().filter(q -> !q.getSubject().isBlank() && !q.getObject().isBlank()).forEach(out::add);
    return out;
  }

  private static Set<Quad> build(List<Path> inputs, Path location) {
    Dataset store = Stores.tdb2(location);
    try {
      Fixtures.build(inputs, store, 2);
      return Txn.calculateRead(store, () -> {
        Set<Quad> quads = new HashSet<>();
        store.asDatasetGraph().find().forEachRemaining(quads::add);
        return quads;
      });
    } finally {
      TDBInternal.expel(store.asDatasetGraph());
    }
  }
}
