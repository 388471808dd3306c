package org.newsgraph.serve;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpAntiJoin;
import org.apache.jena.sparql.algebra.op.OpSemiJoin;
import org.apache.jena.sparql.algebra.op.OpUnfold;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLateral;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * What the server refuses before running a query, and which queries count as expensive.
 *
 * <p>Refused (400): calls to {@code java:} functions or property functions (ARQ would load any class
 * named so) and to Jena's JavaScript functions; {@code SERVICE} with a constant IRI whose host is not
 * allowed (a {@code SERVICE ?var} is checked again when it runs, by {@link ServiceHostGuard}).
 *
 * <p>Cheap: an algebra made only of basic graph patterns with at most {@value #CHEAP_TRIPLES} triple
 * patterns in all, joined, unioned, inside {@code GRAPH}, projected and sliced, with no filter, path,
 * optional, ordering, grouping, distinct or service, and for CONSTRUCT and DESCRIBE a LIMIT. Everything
 * else is expensive and must obtain one of the server's concurrent-query permits.
 */
final class QueryPolicy {
  static final int CHEAP_TRIPLES = 4;
  private static final String JS_NS = "http://jena.apache.org/ARQ/jsFunction#";

  private final Set<String> allowedServiceHosts;

  QueryPolicy(Set<String> allowedServiceHosts) {
    this.allowedServiceHosts = allowedServiceHosts;
  }

  /** Whether {@code SERVICE} may call this IRI. */
  boolean serviceAllowed(String iri) {
    try {
      String host = URI.create(iri).getHost();
      return host != null && allowedServiceHosts.contains(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Why the query is refused, or empty when it may run. */
  Optional<String> refusal(Query query) {
    Inspector inspector = inspect(query);
    return Optional.ofNullable(inspector.refusal);
  }

  /** Whether the query needs a concurrent-query permit. */
  boolean isExpensive(Query query) {
    if ((query.isConstructType() || query.isDescribeType()) && !query.hasLimit()) {
      return true; // graph results are built in memory before they are sent, and have no row cap
    }
    Inspector inspector = inspect(query);
    return inspector.expensive || inspector.triples > CHEAP_TRIPLES;
  }

  private Inspector inspect(Query query) {
    Inspector inspector = new Inspector();
    Op op = Algebra.compile(query);
    Walker.walk(op, inspector, inspector.exprs);
    return inspector;
  }

  private static boolean forbiddenFunction(String iri) {
    return iri.regionMatches(true, 0, "java:", 0, 5) || iri.startsWith(JS_NS);
  }

  /** One pass over the algebra collecting what the policy needs. */
  private final class Inspector extends OpVisitorBase {
    String refusal;
    boolean expensive;
    int triples;
    final ExprVisitorBase exprs =
        new ExprVisitorBase() {
          @Override
          public void visit(ExprFunctionN func) {
            if (func instanceof E_Function f && forbiddenFunction(f.getFunctionIRI())) {
              refuse("function not allowed: " + f.getFunctionIRI());
            }
            if (func instanceof E_Regex) {
              expensive = true;
            }
          }
        };

    void refuse(String message) {
      if (refusal == null) {
        refusal = message;
      }
    }

    @Override
    public void visit(OpBGP op) {
      for (Triple t : op.getPattern().getList()) {
        Node p = t.getPredicate();
        if (p.isURI() && forbiddenFunction(p.getURI())) {
          refuse("property function not allowed: " + p.getURI());
        }
      }
      triples += op.getPattern().size();
    }

    @Override
    public void visit(OpService op) {
      expensive = true;
      Node service = op.getService();
      if (service.isURI() && !serviceAllowed(service.getURI())) {
        refuse("SERVICE not allowed: " + service.getURI()
            + " (this server only calls hosts it was started with --allow-service)");
      }
    }

    @Override public void visit(OpPath op) { expensive = true; }
    @Override public void visit(OpTriple op) { triples++; }
    @Override public void visit(OpFilter op) { expensive = true; }
    @Override public void visit(OpLeftJoin op) { expensive = true; }
    @Override public void visit(OpConditional op) { expensive = true; }
    @Override public void visit(OpMinus op) { expensive = true; }
    @Override public void visit(OpOrder op) { expensive = true; }
    @Override public void visit(OpTopN op) { expensive = true; }
    @Override public void visit(OpGroup op) { expensive = true; }
    @Override public void visit(OpDistinct op) { expensive = true; }
    @Override public void visit(OpReduced op) { expensive = true; }
    @Override public void visit(OpExtend op) { expensive = true; }
    @Override public void visit(OpAssign op) { expensive = true; }
    @Override public void visit(OpPropFunc op) { expensive = true; }
    @Override public void visit(OpProcedure op) { expensive = true; }
    @Override public void visit(OpLateral op) { expensive = true; }
    @Override public void visit(OpSequence op) { expensive = true; }
    @Override public void visit(OpSemiJoin op) { expensive = true; }
    @Override public void visit(OpAntiJoin op) { expensive = true; }
    @Override public void visit(OpUnfold op) { expensive = true; }
  }
}
