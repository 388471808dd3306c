package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** Which queries are refused, and which count as expensive. */
final class QueryPolicyTest {
  private final QueryPolicy policy = new QueryPolicy(Set.of("query.wikidata.org"));

  private static Query q(String text) {
    return QueryFactory.create(text, Syntax.syntaxARQ);
  }

  @Test
  void cheapQueries() {
    for (String text : List.of("ASK {}", ServerFixture.SUPPLIES_RUSSIA,
        "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5")) {
      assertFalse(policy.isExpensive(q(text)), text);
    }
  }

  @Test
  void expensiveQueries() {
    List<String> expensive = new java.util.ArrayList<>(HardeningTest.EXPENSIVE.values());
    expensive.addAll(List.of("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o }",
        "CONSTRUCT WHERE { ?s ?p ?o }", "SELECT DISTINCT ?s WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?o > 3) }"));
    for (String text : expensive) {
      assertTrue(policy.isExpensive(q(text)), text);
    }
  }

  @Test
  void refusals() {
    assertEquals(Optional.empty(), policy.refusal(q(
        "SELECT * WHERE { SERVICE <https://QUERY.wikidata.org/sparql> { ?s ?p ?o } }")));
    assertTrue(policy.refusal(q("SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }"))
        .orElseThrow().startsWith("SERVICE not allowed: http://evil.example/sparql"));
    assertEquals("function not allowed: java:com.example.F",
        policy.refusal(q("SELECT (<java:com.example.F>(1) AS ?x) WHERE {}")).orElseThrow());
    assertTrue(policy.refusal(q("SELECT * WHERE { ?s ?p ?o } ORDER BY ?o")).isEmpty());
  }
}
