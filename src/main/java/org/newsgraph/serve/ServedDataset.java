package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Prepares the caller's dataset for serving: the union of the named graphs becomes the default graph
 * (TDB2 through its own context flag, any other dataset through a view), and the dataset context gets
 * the query timeout, a service-executor chain that starts with {@link ServiceHostGuard}, and function
 * registries that add {@link SafeRegex} and refuse {@code java:} names.
 */
final class ServedDataset {
  private ServedDataset() {}

  /** The dataset graph that Fuseki and the server's own pages query. */
  static DatasetGraph prepare(Dataset dataset, ServerConfig config, QueryPolicy policy) {
    DatasetGraph base = dataset.asDatasetGraph();
    DatasetGraph served;
    if (TDBInternal.isTDB2(base)) {
      base.getContext().set(TDB2.symUnionDefaultGraph, true);
      served = base;
    } else {
      served = new UnionDefaultGraph(base);
    }
    Context cxt = served.getContext();
    cxt.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
    cxt.set(ARQ.httpServiceAllowed, !config.allowedServiceHosts().isEmpty());
    ServiceExecutorRegistry services = ServiceExecutorRegistry.get().copy();
    services.getSingleChain().add(0, new ServiceHostGuard(policy));
    ServiceExecutorRegistry.set(cxt, services);
    FunctionRegistry functions = new NoJavaFunctions(FunctionRegistry.get());
    functions.put(SafeRegex.IRI, uri -> new SafeRegex(config.timeout()));
    FunctionRegistry.set(cxt, functions);
    PropertyFunctionRegistry.set(cxt, new NoJavaPropertyFunctions(PropertyFunctionRegistry.get()));
    return served;
  }

  private static boolean isJava(String uri) {
    return uri.regionMatches(true, 0, "java:", 0, 5);
  }

  /**
   * A view whose default graph is the union of the named graphs; writes go to the base dataset. It is
   * a {@link DatasetGraphWrapperView} so that the query engine does not unwrap it. As with TDB2's union
   * flag, reading the default graph reads the union, and writing it (SPARQL Update {@code CLEAR ALL},
   * {@code CLEAR DEFAULT}, {@code INSERT DATA} without {@code GRAPH}, with {@code allowUpdate}) writes the
   * stored default graph: a plain union graph refuses writes ("Can't remove from the union graph", 500).
   */
  static final class UnionDefaultGraph extends DatasetGraphWrapper
      implements DatasetGraphWrapperView {
    UnionDefaultGraph(DatasetGraph base) {
      super(base);
    }

    @Override
    public Graph getDefaultGraph() {
      return new UnionReadStoredWrite(getUnionGraph(), getW().getDefaultGraph());
    }

    @Override
    public java.util.Iterator<Quad> find(Node g, Node s, Node p, Node o) {
      return super.find(Quad.isDefaultGraph(g) ? Quad.unionGraph : g, s, p, o);
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
      return super.contains(Quad.isDefaultGraph(g) ? Quad.unionGraph : g, s, p, o);
    }
  }

  /** Reads the union of the named graphs; adds, deletes and clears the stored default graph. */
  private static final class UnionReadStoredWrite extends WrappedGraph {
    private final Graph stored;

    UnionReadStoredWrite(Graph union, Graph stored) {
      super(union);
      this.stored = stored;
    }

    @Override
    public void add(Triple t) {
      stored.add(t);
    }

    @Override
    public void performAdd(Triple t) {
      stored.add(t);
    }

    @Override
    public void delete(Triple t) {
      stored.delete(t);
    }

    @Override
    public void performDelete(Triple t) {
      stored.delete(t);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
      stored.remove(s, p, o);
    }

    @Override
    public void clear() {
      stored.clear();
    }
  }

  /** The standard functions, without dynamic loading of {@code java:} classes. */
  private static final class NoJavaFunctions extends FunctionRegistry {
    NoJavaFunctions(FunctionRegistry standard) {
      standard.keys().forEachRemaining(k -> put(k, standard.get(k)));
    }

    @Override
    public FunctionFactory get(String uri) {
      return isJava(uri) ? null : super.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
      return !isJava(uri) && super.isRegistered(uri);
    }
  }

  /** The standard property functions, without dynamic loading of {@code java:} classes. */
  private static final class NoJavaPropertyFunctions extends PropertyFunctionRegistry {
    NoJavaPropertyFunctions(PropertyFunctionRegistry standard) {
      standard.keys().forEachRemaining(k -> put(k, standard.get(k)));
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
      return isJava(uri) ? null : super.get(uri);
    }

    @Override
    public boolean manages(String uri) {
      return !isJava(uri) && super.manages(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
      return !isJava(uri) && super.isRegistered(uri);
    }
  }
}
