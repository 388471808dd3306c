package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The competency questions: each {@code queries/NAME.rq} runs over the seed article's graph, and each
 * {@code queries/corpus/NAME.rq} over the three-article corpus of {@code src/test/resources/corpus-cq/}; each
 * must give exactly the rows of {@code expected/NAME.tsv} beside it (written by hand from the articles), in
 * order when the query orders them.
 */
class CompetencyQuestionsTest {

  static Stream<Path> questions() throws IOException {
    return Stream.concat(rqFiles("queries"), rqFiles("queries/corpus"));
  }

  private static Stream<Path> rqFiles(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve(folder))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void answersAsExpected(Path rq) throws IOException {
    String name = rq.getFileName().toString().replaceFirst("\\.rq$", "");
    Path expectedFile = rq.resolveSibling("expected").resolve(name + ".tsv");
    assertTrue(Files.exists(expectedFile), "no expected results for " + name);
    Query query = QueryFactory.create(Files.readString(rq));
    ResultSetRewindable expected;
    try (var in = Files.newInputStream(expectedFile)) {
      expected = ResultSetMgr.read(in, org.apache.jena.riot.resultset.ResultSetLang.RS_TSV).rewindable();
    }
    var ds = rq.getParent().getFileName().toString().equals("corpus") ? Fixtures.corpusUnion() : Fixtures.seedUnion();
    Txn.executeRead(ds, () -> {
      try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
        ResultSetRewindable actual = qe.execSelect().rewindable();
        boolean same = query.hasOrderBy()
            ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
            : ResultSetCompare.equalsByTerm(expected, actual);
        expected.reset();
        actual.reset();
        assertTrue(same, () -> name + ": expected\n" + ResultSetFormatter.asText(expected) + "\nbut got\n"
            + ResultSetFormatter.asText(actual));
      }
    });
  }
}
