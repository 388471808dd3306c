package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A streamed result that, when the query fails (timeout, error) after the response was committed,
 * aborts the HTTP connection: the client then sees a broken transfer (no final chunk) rather than a
 * 200 response that ends normally. Fuseki on its own appends a "## Incomplete results" comment and
 * finishes the response, which a CSV or TSV reader would take for more rows. Before the commit, the
 * failure is left to Fuseki, which can still send an error status.
 */
final class AbortingRowSet implements RowSet {
  private final RowSet rows;
  private final HttpServletRequest request;
  private final HttpServletResponse response;

  AbortingRowSet(RowSet rows, HttpServletRequest request, HttpServletResponse response) {
    this.rows = rows;
    this.request = request;
    this.response = response;
  }

  @Override
  public boolean hasNext() {
    try {
      return rows.hasNext();
    } catch (RuntimeException e) {
      throw abortIfCommitted(e);
    }
  }

  @Override
  public Binding next() {
    try {
      return rows.next();
    } catch (RuntimeException e) {
      throw abortIfCommitted(e);
    }
  }

  private RuntimeException abortIfCommitted(RuntimeException e) {
    if (response.isCommitted()) {
      ServletContextRequest jettyRequest = ServletContextRequest.getServletContextRequest(request);
      if (jettyRequest != null) {
        jettyRequest.getServletChannel().abort(e);
      }
    }
    return e;
  }

  @Override
  public List<Var> getResultVars() {
    return rows.getResultVars();
  }

  @Override
  public long getRowNumber() {
    return rows.getRowNumber();
  }

  @Override
  public void close() {
    rows.close();
  }
}
