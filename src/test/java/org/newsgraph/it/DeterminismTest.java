package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
import org.newsgraph.store.Stores;
import org.junit.jupiter.api.Test;

/** The same input gives the same IRIs and the same bytes, whatever the thread count. */
class DeterminismTest {

  private static String sortedNQuads(List<Path> inputs, int threads) {
    Dataset ds = Stores.inMemory();
    Fixtures.build(inputs, ds, threads);
    String nq = Txn.calculateRead(ds, () -> RDFWriter.source(ds.asDatasetGraph()).format(RDFFormat.NQUADS).asString());
    return Arrays.stream(nq.split("\n")).sorted().collect(Collectors.joining("\n"));
  }

  @Test
  void buildingTheSeedTwiceGivesByteIdenticalSortedNQuads() {
    String first = sortedNQuads(List.of(Fixtures.seedArticle()), 1);
    String second = sortedNQuads(List.of(Fixtures.seedArticle()), 1);
    assertTrue(first.length() > 10_000, "a real graph");
    assertEquals(first, second);
  }

  @Test
  void theCorpusGivesTheSameGraphOnOneThreadAndOnFour() {
    List<Path> corpus = List.of(Fixtures.projectDir().resolve("src/test/resources/corpus/articles"), Fixtures.seedArticle());
    assertEquals(sortedNQuads(corpus, 1), sortedNQuads(corpus, 4));
  }
}
