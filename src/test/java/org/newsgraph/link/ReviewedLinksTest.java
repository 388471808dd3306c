package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.build.Pipeline;
import org.newsgraph.data.DataFileException;
import org.newsgraph.rdf.Iris;

/** The Linker honours the reviewed-links file: reviewed ids become owl:sameAs, verified ids are never replaced. */
final class ReviewedLinksTest {
  @TempDir Path dir;

  private static List<String> sameAs(Dataset ds, String path) {
    return Txn.calculateRead(ds, () -> {
      Model g = ds.getNamedModel(Iris.DEFAULT_BASE + "graph/entities");
      List<String> out = new ArrayList<>();
      g.listObjectsOfProperty(g.createResource(Iris.DEFAULT_BASE + path), OWL.sameAs).mapWith(RDFNode::toString)
          .forEachRemaining(out::add);
      return out;
    });
  }

  @Test
  void reviewedLinksAreAddedToTheBuild() throws IOException {
    Path file = dir.resolve("reviewed-links.tsv");
    Files.writeString(file, "# test links, made-up ids\n" + ReviewedLinks.HEADER + "\n"
        + "entity/person/kim-kyou-hyun\tQ9000000011\tKim Kyou-hyun\treviewed: review.tsv\n"
        + "entity/country/north-korea\tQ9000000099\tNorth Korea\treviewed: review.tsv\n"
        + "entity/person/not-in-this-article\tQ9000000098\tSomeone\treviewed: review.tsv\n");
    Pipeline p = SeedGraph.pipeline();
    Linker linker = new Linker(p.iris(), p.gazetteer(), VerifiedIds.load(), ReviewedLinks.load(file));
    Pipeline reviewed = new Pipeline(p.reader(), p.extractor(), p.mapper(), linker, p.iris(), p.gazetteer(), p.rules());
    Dataset ds = SeedGraph.build(reviewed);
    assertEquals(List.of(Linker.WIKIDATA + "Q9000000011"), sameAs(ds, "entity/person/kim-kyou-hyun"));
    assertEquals(List.of(Linker.WIKIDATA + "Q423"), sameAs(ds, "entity/country/north-korea"), "a verified id is kept");
    long links = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream(null, null, OWL.sameAs.asNode(), null).count());
    assertEquals(WikidataLinksetTest.verifiedSeedLinks() + 1, links);
  }

  @Test
  void theBuildReadsThePropertyOrTheDefaultLocation() {
    String before = System.getProperty(ReviewedLinks.PROPERTY);
    try {
      System.clearProperty(ReviewedLinks.PROPERTY);
      assertEquals(Path.of("links/reviewed-links.tsv"), ReviewedLinks.location());
      System.setProperty(ReviewedLinks.PROPERTY, dir.resolve("x.tsv").toString());
      assertEquals(dir.resolve("x.tsv"), ReviewedLinks.location());
      assertEquals(List.of(), ReviewedLinks.load(ReviewedLinks.location()).links(), "a missing file: no links");
    } finally {
      if (before == null) {
        System.clearProperty(ReviewedLinks.PROPERTY);
      } else {
        System.setProperty(ReviewedLinks.PROPERTY, before);
      }
    }
  }

  @Test
  void aBadLineIsReportedWithItsPosition() throws IOException {
    Path file = dir.resolve("reviewed-links.tsv");
    Files.writeString(file, ReviewedLinks.HEADER + "\nentity/port/rajin\tQ9000000031\tRajin\tguessed\n");
    DataFileException e = assertThrows(DataFileException.class, () -> ReviewedLinks.load(file));
    assertEquals(file + ":2:37: error: source must be 'reviewed: FILE': 'guessed'", e.getMessage());
  }
}
