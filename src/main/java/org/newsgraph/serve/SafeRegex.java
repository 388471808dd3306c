package org.newsgraph.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * {@code REGEX} that a query timeout can stop. Java's regex engine never checks for interruption, so a
 * catastrophic pattern ({@code (a|aa)*b} on a long run of {@code a}) would keep a thread busy long after
 * the query timed out. Queries are rewritten so that {@code REGEX(...)} calls this function instead; it
 * matches the same Java pattern against a text view that checks the query's cancel signal and a deadline
 * while the matcher reads it.
 */
final class SafeRegex extends FunctionBase {
  /** The IRI the rewritten queries call. */
  static final String IRI = "urn:x-newsgraph:fn:safe-regex";

  private final long budgetNanos;

  SafeRegex(Duration budget) {
    this.budgetNanos = budget.toNanos();
  }

  /** A copy of the query with every {@code REGEX} replaced by a call to {@link #IRI}. */
  static Query rewrite(Query query) {
    ExprTransformCopy toSafe =
        new ExprTransformCopy() {
          @Override
          public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) {
              return new E_Function(IRI, args);
            }
            return super.transform(func, args);
          }
        };
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), toSafe);
  }

  @Override
  public void checkBuild(String uri, ExprList args) {
    if (args.size() != 2 && args.size() != 3) {
      throw new org.apache.jena.query.QueryBuildException("REGEX takes two or three arguments");
    }
  }

  @Override
  public NodeValue exec(List<NodeValue> args) {
    return exec(args, null);
  }

  @Override
  protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
    NodeValue text = args.get(0);
    if (!text.isString() && !text.isLangString()) {
      throw new ExprEvalException("REGEX: not a string: " + text);
    }
    String flags = args.size() == 3 ? args.get(2).getString() : null;
    Pattern pattern = RegexEngine.makePattern("REGEX", args.get(1).getString(), flags);
    AtomicBoolean cancel = cancelSignal(env);
    CharSequence guarded =
        new GuardedText(text.asNode().getLiteralLexicalForm(), cancel, System.nanoTime() + budgetNanos);
    return NodeValue.booleanReturn(pattern.matcher(guarded).find());
  }

  private static AtomicBoolean cancelSignal(FunctionEnv env) {
    if (env instanceof ExecutionContext ec && ec.getCancelSignal() != null) {
      return ec.getCancelSignal();
    }
    return new AtomicBoolean(false);
  }

  /** A string view that gives up (query cancelled) once cancelled or past its deadline. */
  private static final class GuardedText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancel;
    private final long deadline;
    private int reads;

    GuardedText(String text, AtomicBoolean cancel, long deadline) {
      this.text = text;
      this.cancel = cancel;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFF) == 0 && (cancel.get() || System.nanoTime() > deadline)) {
        throw new QueryCancelledException();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new GuardedText(text.substring(start, end), cancel, deadline);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
