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
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
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
    return Txn.calculateRead(dsg, () -> builder(dsg, get(name), params).ask());
  }

  static Graph construct(DatasetGraph dsg, String name, Map<String, Node> params) {
    return construct(dsg, get(name), params);
  }

  static Graph construct(DatasetGraph dsg, Query query, Map<String, Node> params) {
    return Txn.calculateRead(dsg, () -> builder(dsg, query, params).construct());
  }

  static RowSetRewindable select(DatasetGraph dsg, String name, Map<String, Node> params) {
    return select(dsg, get(name), params);
  }

  static RowSetRewindable select(DatasetGraph dsg, Query query, Map<String, Node> params) {
    return Txn.calculateRead(dsg, () -> builder(dsg, query, params).select().rewindable());
  }

  /** The rows of the SELECT {@code name.rq}, counted up to {@code max} (reading stops there). */
  static long count(DatasetGraph dsg, String name, Map<String, Node> params, long max) {
    Query q = get(name).cloneQuery();
    q.setLimit(max);
    return Txn.calculateRead(dsg, () -> {
      long[] n = {0};
      builder(dsg, q, params).select().forEachRemaining(row -> n[0]++);
      return n[0];
    });
  }

  /**
   * One page: the rows of the SELECT {@code list.rq} from {@code offset}, at most {@code limit}, as a
   * sub-select joined in front of the pattern of {@code details.rq} (which describes each row). Built
   * through the query API: nothing is spliced into query text.
   */
  static Query page(String list, String details, long offset, long limit) {
    Query slice = get(list).cloneQuery();
    slice.setOffset(offset);
    slice.setLimit(limit);
    Query page = get(details).cloneQuery();
    ElementGroup where = new ElementGroup();
    where.addElement(new ElementSubQuery(slice));
    Element pattern = page.getQueryPattern();
    if (pattern instanceof ElementGroup g) {
      g.getElements().forEach(where::addElement);
    } else {
      where.addElement(pattern);
    }
    page.setQueryPattern(where);
    return page;
  }

  private static QueryExecBuilder builder(DatasetGraph dsg, Query query, Map<String, Node> params) {
    QueryExecBuilder b = QueryExec.dataset(dsg).query(query);
    params.forEach(b::substitution);
    return b;
  }
}
