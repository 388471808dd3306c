package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.query.Facts;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Stores;
import org.newsgraph.store.UnionView;
import org.newsgraph.validate.ShapesValidator;
import org.newsgraph.validate.ValidationResult;

/**
 * Small hand-written articles, one way of stating, attributing or hedging a fact each
 * ({@code src/test/resources/phenomena}), against rows written by hand that must or must not be among the facts.
 */
class PhenomenaTest {
  private static final Path DIR = Fixtures.projectDir().resolve("src/test/resources/phenomena");
  private static final ShapesValidator SHAPES =
      ShapesValidator.load(Fixtures.projectDir().resolve("ontology/shapes.ttl"), org.newsgraph.rdf.Iris.DEFAULT_BASE);

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void expectationsHold(Path article) throws IOException {
    Dataset ds = Stores.inMemory();
    BuildSummary summary = Fixtures.build(List.of(article), ds, 1);
    assertEquals(1, summary.articles(), summary.render());
    ValidationResult valid = SHAPES.validate(ds); // every phenomenon's graph keeps to the shapes too
    assertTrue(valid.conforms(), () -> String.join("\n", valid.lines()));
    Map<String, List<String>> byArticle = Facts.byArticle(UnionView.of(ds));
    List<String> rows = byArticle.values().iterator().next().stream().map(PhenomenaTest::withoutEvidence).toList();
    List<String> chains = chains(ds);
    Path expect = Path.of(article.toString().replaceFirst("\\.txt$", ".expect"));
    List<String> failures = new ArrayList<>();
    for (String line : Files.readAllLines(expect, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      boolean wanted = line.startsWith("+ ");
      String row = line.substring(2);
      boolean present = row.startsWith("E\t") ? rows.stream().anyMatch(r -> r.startsWith(row + "\t"))
          : row.startsWith("S\t") ? chains.contains(row.substring(2))
          : rows.contains(row) || rows.contains(swapped(row));
      if (present != wanted) {
        failures.add((wanted ? "missing: " : "unwanted: ") + row);
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures) + "\n-- rows:\n" + String.join("\n", rows)
        + "\n-- source chains:\n" + String.join("\n", chains));
  }

  /** Every claim's source chain ("AP ← Kim Min-ho ← National Intelligence Service": who tells whose words). */
  private static List<String> chains(Dataset ds) {
    return Txn.calculateRead(ds, () -> {
      Model prov = ds.getNamedModel(org.newsgraph.rdf.Iris.DEFAULT_BASE + "graph/provenance");
      return prov.listObjectsOfProperty(NG.sourceChain).mapWith(n -> n.asLiteral().getString()).toList();
    });
  }

  /** A symmetric relation's row the other way round (FORMAT.md: either direction counts); else the row itself. */
  private static String swapped(String row) {
    String[] f = row.split("\t");
    boolean symmetric = f.length == 4 && List.of("meetsWith", "coordinatesWith", "signsAgreementWith").contains(f[2]);
    return symmetric ? String.join("\t", f[0], f[3], f[2], f[1]) : row;
  }

  /** R and Q rows without their evidence sentence; E rows whole. */
  private static String withoutEvidence(String row) {
    if (row.startsWith("E\t")) {
      return row;
    }
    int last = row.lastIndexOf('\t');
    return last > 0 ? row.substring(0, last) : row;
  }
}
