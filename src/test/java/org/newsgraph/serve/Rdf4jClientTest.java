package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.query.UpdateExecutionException;
import org.junit.jupiter.api.Test;

/** RDF4J's SPARQLRepository, a SPARQL client independent of Jena, against the running endpoint. */
final class Rdf4jClientTest {
  @Test
  void selectAskConstructAndRefusedUpdate() {
    try (ServerFixture fx = ServerFixture.start()) {
      SPARQLRepository repo = new SPARQLRepository(fx.server.endpointUrl());
      try (RepositoryConnection conn = repo.getConnection()) {
        List<BindingSet> rows =
            QueryResults.asList(conn.prepareTupleQuery(ServerFixture.SUPPLIES_RUSSIA).evaluate());
        assertEquals(1, rows.size());
        assertEquals(ServerFixture.NORTH_KOREA, rows.get(0).getValue("who").stringValue());
        assertTrue(conn.prepareBooleanQuery("ASK { ?s ?p ?o }").evaluate());
        Model m = QueryResults.asModel(conn.prepareGraphQuery(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + ServerFixture.ID + "claim/0a1b2c3d4e5f6071> { ?s ?p ?o } }")
            .evaluate());
        assertEquals(11, m.size());
        long before = fx.quadCount();
        assertThrows(RuntimeException.class, () -> conn.prepareUpdate(
            "INSERT DATA { <urn:example:a> <urn:example:b> <urn:example:c> }").execute());
        assertEquals(before, fx.quadCount());
      } finally {
        repo.shutDown();
      }
    }
  }
}
