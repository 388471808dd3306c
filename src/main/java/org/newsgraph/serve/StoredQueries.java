package org.newsgraph.serve;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;

/**
 * The server's own SPARQL, kept in {@code .rq} resources next to this class and run with values bound as
 * parameters (ARQ's syntax substitution), never spliced into query strings. Each call runs in a read
 * transaction.
 */
final class StoredQueries {
  private static final Map<String, Query> CACHE = new ConcurrentHashMap<>();

  private StoredQueries() {}

  /** The parsed query {@code name.rq}. */
  static Query get(String name) {
    return CACHE.computeIfAbsent(name, StoredQueries::load);
  }

  /** The text of {@code name.rq}. */
  static String text(String name) {
    URL url = Resources.getResource(StoredQueries.class, name + ".rq");
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read query " + name, e);
    }
  }

  private static Query load(String name) {
    return QueryFactory.create(text(name));
  }

  static boolean ask(DatasetGraph dsg, String name, Map<String, Node> params) {
    return Txn.calculateRead(dsg, () -> builder(dsg, name, params).ask());
  }

  static Graph construct(DatasetGraph dsg, String name, Map<String, Node> params) {
    return Txn.calculateRead(dsg, () -> builder(dsg, name, params).construct());
  }

  static RowSetRewindable select(DatasetGraph dsg, String name, Map<String, Node> params) {
    return Txn.calculateRead(dsg, () -> builder(dsg, name, params).select().rewindable());
  }

  private static QueryExecBuilder builder(DatasetGraph dsg, String name, Map<String, Node> params) {
    QueryExecBuilder b = QueryExec.dataset(dsg).query(get(name));
    params.forEach(b::substitution);
    return b;
  }
}
