package org.newsgraph.export;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The deterministic copy of a dataset that every export writes from: blank nodes relabelled by a hash of what
 * surrounds them (so that two builds give the same labels), each graph a {@link SortedGraph}, graph names in
 * sorted order.
 */
final class Canonical {
  private static final int DEPTH = 4;

  private final TreeMap<Node, SortedGraph> graphs;
  private final SortedGraph union;

  private Canonical(TreeMap<Node, SortedGraph> graphs, SortedGraph union) {
    this.graphs = graphs;
    this.union = union;
  }

  /** Reads all quads of {@code dsg} (the caller holds a read transaction); the default graph is kept only if not empty. */
  static Canonical of(DatasetGraph dsg, PrefixMapping prefixes) {
    List<Quad> quads = new ArrayList<>();
    dsg.find().forEachRemaining(quads::add);
    Map<Node, Node> labels = labels(quads);
    Map<Node, List<Triple>> byGraph = new TreeMap<>(SortedGraph.NODE_ORDER);
    List<Triple> all = new ArrayList<>();
    for (Quad q : quads) {
      Triple t = Triple.create(relabel(q.getSubject(), labels), q.getPredicate(), relabel(q.getObject(), labels));
      byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(t);
      all.add(t);
    }
    TreeMap<Node, SortedGraph> graphs = new TreeMap<>(SortedGraph.NODE_ORDER);
    byGraph.forEach((g, ts) -> graphs.put(g, new SortedGraph(ts, prefixes)));
    return new Canonical(graphs, new SortedGraph(all, prefixes));
  }

  /** All triples of all graphs, as one sorted graph. */
  SortedGraph union() {
    return union;
  }

  /** The graphs by name ({@link Quad#defaultGraphIRI} for the default graph), in sorted order. */
  TreeMap<Node, SortedGraph> graphs() {
    return graphs;
  }

  /** A dataset view whose graph names list in sorted order, for the TriG writer. */
  DatasetGraph dataset(PrefixMapping prefixes) {
    DatasetGraphMapLink ds = new DatasetGraphMapLink(GraphFactory.createGraphMem()) {
      @Override
      public java.util.Iterator<Node> listGraphNodes() {
        List<Node> names = new ArrayList<>();
        super.listGraphNodes().forEachRemaining(names::add);
        names.sort(SortedGraph.NODE_ORDER);
        return names.iterator();
      }
    };
    graphs.forEach((g, graph) -> {
      if (Quad.isDefaultGraph(g)) {
        graph.find().forEachRemaining(ds.getDefaultGraph()::add);
      } else {
        ds.addGraph(g, graph);
      }
    });
    ds.prefixes().putAll(prefixes);
    return ds;
  }

  private static Node relabel(Node n, Map<Node, Node> labels) {
    return n.isBlank() ? labels.get(n) : n;
  }

  /** A label for each blank node from a hash of its triples (blank neighbours described recursively, to a depth). */
  private static Map<Node, Node> labels(List<Quad> quads) {
    ListMultimap<Node, Quad> out = ArrayListMultimap.create();
    ListMultimap<Node, Quad> in = ArrayListMultimap.create();
    for (Quad q : quads) {
      if (q.getSubject().isBlank()) {
        out.put(q.getSubject(), q);
      }
      if (q.getObject().isBlank()) {
        in.put(q.getObject(), q);
      }
    }
    Set<Node> blanks = new HashSet<>(out.keySet());
    blanks.addAll(in.keySet());
    Map<String, Integer> seen = new HashMap<>();
    List<Map.Entry<String, Node>> signed = new ArrayList<>();
    for (Node b : blanks) {
      signed.add(Map.entry(signature(b, out, in, DEPTH), b));
    }
    signed.sort(Map.Entry.comparingByKey());
    Map<Node, Node> labels = new HashMap<>();
    for (Map.Entry<String, Node> e : signed) {
      String hash = Hashing.sha256().hashString(e.getKey(), StandardCharsets.UTF_8).toString().substring(0, 16);
      int n = seen.merge(hash, 1, Integer::sum);
      labels.put(e.getValue(), NodeFactory.createBlankNode("b" + hash + (n > 1 ? "x" + n : "")));
    }
    return labels;
  }

  private static String signature(Node b, ListMultimap<Node, Quad> out, ListMultimap<Node, Quad> in, int depth) {
    List<String> parts = new ArrayList<>();
    for (Quad q : out.get(b)) {
      parts.add("> " + NodeFmtLib.strNT(q.getGraph()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
          + describe(q.getObject(), out, in, depth));
    }
    for (Quad q : in.get(b)) {
      parts.add("< " + NodeFmtLib.strNT(q.getGraph()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
          + (q.getSubject().isBlank() ? "_" : NodeFmtLib.strNT(q.getSubject())));
    }
    parts.sort(null);
    return String.join("\n", parts);
  }

  private static String describe(Node n, ListMultimap<Node, Quad> out, ListMultimap<Node, Quad> in, int depth) {
    if (!n.isBlank()) {
      return NodeFmtLib.strNT(n);
    }
    return depth == 0 ? "_" : "[" + signature(n, out, in, depth - 1).replace("\n", "; ") + "]";
  }
}
