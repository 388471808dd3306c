package org.newsgraph.link;

import static java.util.Objects.requireNonNull;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Points the {@code SERVICE} calls of a federated query at another endpoint: a Wikidata mirror, a local
 * Fuseki holding an extract, or a test server. The query text keeps the public endpoint; the copy returned
 * calls the other one. Only {@code SERVICE} clauses naming exactly the given IRI change.
 */
public final class ServiceEndpoints {
  /** The Wikidata Query Service, as the federated queries name it. */
  public static final String WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql";

  private ServiceEndpoints() {}

  /** A copy of {@code query} whose {@code SERVICE <from>} clauses call {@code to} instead. */
  public static Query redirect(Query query, String from, String to) {
    requireNonNull(query, "query");
    requireNonNull(from, "from");
    IRIx.create(to); // throws IRIException for a malformed endpoint, before any request is made
    Node target = NodeFactory.createURI(to);
    return QueryTransformOps.transform(query, new ElementTransformCopyBase() {
      @Override
      public Element transform(ElementService el, Node service, Element body) {
        if (service.isURI() && service.getURI().equals(from)) {
          return new ElementService(target, body, el.getSilent());
        }
        return super.transform(el, service, body);
      }
    });
  }

  /** A copy of {@code query} whose calls to the Wikidata Query Service go to {@code endpoint}. */
  public static Query redirectWikidata(Query query, String endpoint) {
    return redirect(query, WIKIDATA_QUERY_SERVICE, endpoint);
  }
}
