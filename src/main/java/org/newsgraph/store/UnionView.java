package org.newsgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A copy of a dataset whose default graph is the union of its named graphs, as the server has it: a query
 * without GRAPH sees every relation; a query with GRAPH sees who said it. For command-line sizes; the server
 * sets the union default graph on the live dataset instead.
 */
public final class UnionView {
  private UnionView() {}

  public static Dataset of(Dataset ds) {
    Dataset copy = DatasetFactory.createTxnMem();
    DatasetGraph target = copy.asDatasetGraph();
    Txn.executeRead(ds, () -> Txn.executeWrite(copy, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
      target.add(q);
      target.getDefaultGraph().add(q.asTriple());
    })));
    return copy;
  }
}
