package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The federated queries of {@code queries/federated/} over the seed article's graph, with their
 * {@code SERVICE <https://query.wikidata.org/sparql>} pointed at a second, local Fuseki that serves a
 * hand-written Wikidata-shaped fixture ({@code wikidata/fixture.ttl}). No request leaves this machine.
 */
final class FederatedQueriesTest {
  static {
    org.newsgraph.serve.NewsgraphServer.configureLogging(); // Fuseki's per-request lines off, before its loggers exist
  }

  private static FusekiServer wikidata;

  @BeforeAll
  static void startFixtureEndpoint() {
    wikidata = startWikidataFixture();
  }

  @AfterAll
  static void stop() {
    wikidata.stop();
  }

  /** A Fuseki on 127.0.0.1, any free port, serving the fixture read-only at {@code /wd/sparql}. */
  static FusekiServer startWikidataFixture() {
    Dataset ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, "wikidata/fixture.ttl"));
    return FusekiServer.create().loopback(true).port(0).add("/wd", ds.asDatasetGraph(), false).build().start();
  }

  static String endpoint(FusekiServer server) {
    return "http://127.0.0.1:" + server.getHttpPort() + "/wd/sparql";
  }

  static Stream<Path> queries() throws IOException {
    try (Stream<Path> files = Files.list(SeedGraph.projectDir().resolve("queries/federated"))) {
      return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
    }
  }

  static String name(Path rq) {
    return rq.getFileName().toString().replaceFirst("\\.rq$", "");
  }

  static ResultSetRewindable expected(Path rq) throws IOException {
    Path tsv = SeedGraph.projectDir().resolve("src/test/resources/wikidata/expected/" + name(rq) + ".tsv");
    assertTrue(Files.exists(tsv), "no expected results for " + name(rq));
    try (var in = Files.newInputStream(tsv)) {
      return org.apache.jena.riot.ResultSetMgr.read(in, org.apache.jena.riot.resultset.ResultSetLang.RS_TSV).rewindable();
    }
  }

  static void assertSameRows(String name, ResultSetRewindable expected, ResultSetRewindable actual) {
    boolean same = org.apache.jena.sparql.resultset.ResultsCompare.equalsByTermAndOrder(expected, actual);
    expected.reset();
    actual.reset();
    assertTrue(same, () -> name + ": expected\n" + ResultSetFormatter.asText(expected) + "\nbut got\n"
        + ResultSetFormatter.asText(actual));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void enrichesTheSeedGraphFromTheFixture(Path rq) throws IOException {
    Query original = QueryFactory.create(Files.readString(rq));
    assertTrue(original.hasOrderBy(), name(rq) + " must order its rows, so that the comparison is exact");
    Query query = ServiceEndpoints.redirectWikidata(original, endpoint(wikidata));
    assertFalse(query.toString().contains("query.wikidata.org"), query.toString());
    Dataset seed = SeedGraph.union();
    ResultSetRewindable actual = Txn.calculateRead(seed, () -> {
      try (QueryExecution qe = QueryExecution.dataset(seed).query(query).build()) {
        return qe.execSelect().rewindable();
      }
    });
    assertSameRows(name(rq), expected(rq), actual);
  }

  private static final Pattern PROPERTY = Pattern.compile("(?:wdt:|prop/direct/)(P[0-9]+)");
  private static final Pattern SERVICE = Pattern.compile("SERVICE\\s+<([^>]*)>");

  /** Property ids only from the verified list; every SERVICE names the public endpoint, so a user can run it as is. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void usesOnlyVerifiedPropertiesAndThePublicEndpoint(Path rq) throws IOException {
    String text = Files.readString(rq);
    VerifiedIds verified = VerifiedIds.load();
    Set<String> used = new TreeSet<>();
    for (Matcher m = PROPERTY.matcher(text); m.find(); ) {
      used.add(m.group(1));
    }
    assertFalse(used.isEmpty(), name(rq) + " uses no Wikidata property");
    for (String p : used) {
      assertTrue(verified.contains(p), name(rq) + ": " + p + " is not in verified-ids.tsv");
    }
    Matcher service = SERVICE.matcher(text);
    assertTrue(service.find(), name(rq) + " has no SERVICE");
    do {
      assertEquals(ServiceEndpoints.WIKIDATA_QUERY_SERVICE, service.group(1));
    } while (service.find());
  }

  @Test
  void redirectChangesOnlyTheNamedService() {
    Query q = QueryFactory.create("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o }"
        + " SERVICE SILENT <http://other.example/sparql> { ?s ?q ?x } }");
    String out = ServiceEndpoints.redirectWikidata(q, "http://127.0.0.1:1/wd/sparql").toString();
    assertTrue(out.contains("SERVICE <http://127.0.0.1:1/wd/sparql>"), out);
    assertTrue(out.contains("SERVICE SILENT <http://other.example/sparql>"), out);
    assertTrue(q.toString().contains("https://query.wikidata.org/sparql"), "the original query is not changed");
  }
}
