package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Runs the SPARQL kept in {@code .rq} resources, with values bound as parameters, never spliced in. */
public final class SparqlFiles {
  private SparqlFiles() {}

  public static Query resource(String name) {
    try (InputStream in = SparqlFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("query missing from the class path: " + name);
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<QuerySolution> select(Dataset ds, Query q, Map<String, RDFNode> bindings) {
    return Txn.calculateRead(ds, () -> {
      var builder = QueryExecution.dataset(ds).query(q);
      bindings.forEach(builder::substitution);
      try (QueryExecution qe = builder.build()) {
        ResultSet rs = qe.execSelect();
        List<QuerySolution> rows = new ArrayList<>();
        rs.forEachRemaining(rows::add);
        return rows;
      }
    });
  }
}
