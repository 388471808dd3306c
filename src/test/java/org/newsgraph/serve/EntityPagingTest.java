package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity page a page at a time: a thing with more claims than one page (and than the count cap) gets
 * 25 a page, counted, with links to the neighbouring pages, and every claim is on exactly one page.
 */
final class EntityPagingTest {
  private static final int CLAIMS = 530;
  private static final String NG = ServerFixture.NG;
  private static final String ID = ServerFixture.ID;
  private static final String HTML = "text/html";
  private static final Pattern CLAIM_LINK = Pattern.compile("<a href=\"/id/(claim/c\\d+)\">claim</a>");
  private static ServerFixture fx;

  @BeforeAll
  static void start() {
    fx = ServerFixture.start(manyClaims(), ServerFixture.testConfig().build());
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  /** North Korea supplies Russia, said by {@value #CLAIMS} claims, each with its own sentence. */
  private static Dataset manyClaims() {
    Dataset ds = DatasetFactory.createTxnMem();
    Txn.executeWrite(ds, () -> {
      DatasetGraph dsg = ds.asDatasetGraph();
      Node entities = iri("graph/entities");
      Node prov = iri("graph/provenance");
      Node nk = iri("entity/country/north-korea");
      Node russia = iri("entity/country/russia");
      dsg.add(entities, nk, RDF.Nodes.type, ng("Country"));
      dsg.add(entities, nk, RDFS.label.asNode(), NodeFactory.createLiteralLang("North Korea", "en"));
      dsg.add(entities, russia, RDFS.label.asNode(), NodeFactory.createLiteralLang("Russia", "en"));
      for (int i = 0; i < CLAIMS; i++) {
        Node claim = iri(String.format(Locale.ROOT, "claim/c%04d", i));
        Node span = iri(String.format(Locale.ROOT, "span/s%04d", i));
        dsg.add(claim, nk, ng("supplies"), russia);
        dsg.add(prov, claim, RDF.Nodes.type, ng("Claim"));
        dsg.add(prov, claim, ng("statementSubject"), nk);
        dsg.add(prov, claim, ng("statementPredicate"), ng("supplies"));
        dsg.add(prov, claim, ng("statementObject"), russia);
        dsg.add(prov, claim, ng("status"), ng("Reported"));
        dsg.add(prov, claim, ng("evidence"), span);
        dsg.add(prov, span, ng("sentenceText"), NodeFactory.createLiteralString("Sentence number " + i + "."));
      }
    });
    return ds;
  }

  private static Node iri(String local) {
    return NodeFactory.createURI(ID + local);
  }

  private static Node ng(String local) {
    return NodeFactory.createURI(NG + local);
  }

  private static String page(int n) {
    HttpResponse<String> r = fx.get("/id/entity/country/north-korea" + (n == 1 ? "" : "?page=" + n), HTML);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static List<String> claimsOn(String html) {
    List<String> claims = new ArrayList<>();
    Matcher m = CLAIM_LINK.matcher(html);
    while (m.find()) {
      claims.add(m.group(1));
    }
    return claims;
  }

  @Test
  void firstPageShowsTwentyFiveClaimsCountedUpToTheCap() {
    String html = page(1);
    assertEquals(25, claimsOn(html).size(), html);
    assertTrue(html.contains("<h2>Claims <small class=\"count\">1–25 of more than 500</small></h2>"), html);
    assertTrue(html.contains("<h2>Referenced by <small class=\"count\">1–25 of more than 500</small></h2>"), html);
    assertTrue(html.contains("<nav class=\"pages\">Page 1 · <a rel=\"next\" href=\"?page=2\">next page</a></nav>"), html);
    assertFalse(html.contains("rel=\"prev\""), html);
  }

  @Test
  void lastPageIsCountedExactlyAndLinksOnlyBack() {
    String html = page(22);
    assertEquals(5, claimsOn(html).size(), html);
    assertTrue(html.contains("<h2>Claims <small class=\"count\">526–530 of 530</small></h2>"), html);
    assertTrue(html.contains("<nav class=\"pages\">Page 22 · <a rel=\"prev\" href=\"?page=21\">previous page</a></nav>"), html);
    assertTrue(html.contains("<title>North Korea (page 22) — newsgraph</title>"), html);
  }

  @Test
  void everyClaimIsOnExactlyOnePage() {
    Set<String> seen = new HashSet<>();
    int pages = 0;
    String html;
    do {
      html = page(++pages);
      for (String claim : claimsOn(html)) {
        assertTrue(seen.add(claim), claim + " twice, again on page " + pages);
      }
    } while (html.contains("rel=\"next\""));
    assertEquals(22, pages);
    assertEquals(CLAIMS, seen.size());
  }

  @Test
  void pastTheEndIsAnEmptyPageThatSaysSo() {
    String html = page(30);
    assertEquals(List.of(), claimsOn(html));
    assertTrue(html.contains("<h2>Claims <small class=\"count\">none on this page (530 in all)</small></h2>"), html);
  }

  @Test
  void badPageNumbersAre400() {
    for (String bad : List.of("0", "-1", "two", "1e3", "200001", "99999999999")) {
      HttpResponse<String> r = fx.get("/id/entity/country/north-korea?page=" + bad, HTML);
      assertEquals(400, r.statusCode(), bad);
      assertEquals("Bad page number: '" + bad + "' (a whole number from 1 to 200000)", r.body().strip());
    }
  }

  @Test
  void rdfDocumentIsPagedWithLinkHeaders() {
    HttpResponse<String> first = fx.get("/id/entity/country/north-korea", "text/turtle");
    assertEquals(200, first.statusCode());
    assertEquals(List.of("</id/entity/country/north-korea?page=2>; rel=\"next\""), first.headers().allValues("Link"));
    Graph g = RDFParser.fromString(first.body(), Lang.TURTLE).toGraph();
    assertEquals(25, g.find(Node.ANY, ng("statementSubject"), iri("entity/country/north-korea")).toList().size());
    assertTrue(g.contains(iri("entity/country/north-korea"), RDFS.label.asNode(), Node.ANY), "the head is on every page");
    HttpResponse<String> second = fx.get("/id/entity/country/north-korea?page=2", "text/turtle");
    assertEquals(List.of("</id/entity/country/north-korea?page=1>; rel=\"prev\"",
        "</id/entity/country/north-korea?page=3>; rel=\"next\""), second.headers().allValues("Link"));
    Graph g2 = RDFParser.fromString(second.body(), Lang.TURTLE).toGraph();
    assertEquals(25, g2.find(Node.ANY, ng("statementSubject"), iri("entity/country/north-korea")).toList().size());
    assertTrue(g2.find(Node.ANY, ng("statementSubject"), Node.ANY).filterKeep(g::contains).toList().isEmpty(),
        "pages 1 and 2 share no claim");
  }
}
