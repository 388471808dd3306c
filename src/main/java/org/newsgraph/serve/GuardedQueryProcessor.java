package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query service with this server's limits: refuses what {@link QueryPolicy} forbids (400),
 * admits expensive queries through the {@link AdmissionGate} (503 when busy), runs {@code REGEX} through
 * {@link SafeRegex}, and caps SELECT results at {@code maxRows} rows. The cap asks the engine for one row
 * more than the cap, so a cut result is known before the first byte is written: the response then keeps
 * valid JSON/XML/CSV syntax and carries {@value ServerConfig#TRUNCATED_HEADER}. Timeouts are Fuseki's own:
 * the dataset context's {@code ARQ.queryTimeout} bounds the client's {@code ?timeout=}.
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {
  /** The request attribute saying this request holds a permit of the gate. */
  private static final String PERMIT = GuardedQueryProcessor.class.getName() + ".permit";
  private final QueryPolicy policy;
  private final AdmissionGate gate;
  private final int maxRows;

  GuardedQueryProcessor(QueryPolicy policy, AdmissionGate gate, int maxRows) {
    this.policy = policy;
    this.gate = gate;
    this.maxRows = maxRows;
  }

  /**
   * Fuseki parses the query once and hands it to {@link #validateQuery}, which applies the policy and takes
   * a permit of the gate for an expensive query; the permit is returned here, whatever happened after.
   * (Parsing it here first as well was a tenth of a small query's time, by JFR.)
   */
  @Override
  protected void execute(String queryString, HttpAction action) {
    try {
      super.execute(queryString, action);
    } finally {
      if (action.getRequest().getAttribute(PERMIT) != null) {
        action.getRequest().removeAttribute(PERMIT);
        gate.leave();
      }
    }
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    Optional<String> refusal = policy.refusal(query);
    refusal.ifPresent(ServletOps::errorBadRequest);
    if (!policy.isExpensive(query)) {
      return;
    }
    if (!gate.enter()) {
      action.setResponseHeader("Retry-After", "1");
      ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Too many expensive queries running; retry later");
    }
    action.getRequest().setAttribute(PERMIT, Boolean.TRUE);
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    Query safe = SafeRegex.rewrite(query);
    if (maxRows > 0 && safe.isSelectType()
        && (!safe.hasLimit() || safe.getLimit() > maxRows)) {
      safe.setLimit(maxRows + 1L);
    }
    return super.createQueryExec(action, safe, dataset);
  }

  @Override
  protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String log) {
    try {
      return super.executeQuery(action, exec, query, log);
    } catch (ServiceHostGuard.Refused e) {
      ServletOps.errorBadRequest(e.getMessage());
      return null; // not reached: errorBadRequest throws
    }
  }

  @Override
  protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
    try {
      capAndSend(action, result, prologue);
    } catch (ServiceHostGuard.Refused e) {
      ServletOps.errorBadRequest(e.getMessage()); // still possible before the first byte was written
    }
  }

  private void capAndSend(HttpAction action, QueryExecResult result, Prologue prologue) {
    if (!result.isRowSet()) {
      super.sendResults(action, result, prologue);
      return;
    }
    if (maxRows == 0) {
      RowSet streamed = new AbortingRowSet(result.rowSet(), action.getRequest(), action.getResponse());
      super.sendResults(action, new QueryExecResult(streamed), prologue);
      return;
    }
    RowSet rows = result.rowSet();
    List<Binding> kept = new ArrayList<>();
    while (rows.hasNext() && kept.size() <= maxRows) {
      kept.add(rows.next());
    }
    if (kept.size() > maxRows) {
      kept.remove(kept.size() - 1);
      action.setResponseHeader(ServerConfig.TRUNCATED_HEADER, Integer.toString(maxRows));
    }
    RowSet capped = RowSetStream.create(rows.getResultVars(), kept.iterator());
    super.sendResults(action, new QueryExecResult(capped), prologue);
  }
}
