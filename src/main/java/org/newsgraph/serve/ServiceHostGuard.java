package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * First link of the dataset's service-executor chain: a {@code SERVICE} call whose host is not allowed
 * fails here, before the HTTP executor further down the chain could open a connection.
 */
final class ServiceHostGuard implements ChainingServiceExecutor {
  private final QueryPolicy policy;

  ServiceHostGuard(QueryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
      ExecutionContext execCxt, ServiceExecutor chain) {
    Node service = opExecute.getService();
    if (!service.isURI() || !policy.serviceAllowed(service.getURI())) {
      throw new Refused("SERVICE not allowed: " + service);
    }
    return chain.createExecution(opExecute, original, binding, execCxt);
  }

  /** A SERVICE call refused by policy; the query processor answers it with 400. */
  static final class Refused extends QueryExecException {
    Refused(String message) {
      super(message);
    }
  }
}
