package org.newsgraph.export;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only graph that lists its triples in sorted order (by their N-Triples form), so that Jena's writers,
 * which follow the graph's iteration order, write the same bytes for the same triples whatever order they
 * were added in.
 */
final class SortedGraph extends GraphBase {
  static final Comparator<Node> NODE_ORDER = Comparator.comparing(NodeFmtLib::strNT);

  private final ImmutableList<Triple> triples;
  private final ImmutableListMultimap<Node, Triple> bySubject;
  private final ImmutableListMultimap<Node, Triple> byObject;

  SortedGraph(List<Triple> unsorted, PrefixMapping prefixes) {
    // each triple's key computed once, not at every comparison
    this.triples = unsorted.stream().distinct()
        .map(t -> java.util.Map.entry(NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' '
            + NodeFmtLib.strNT(t.getObject()), t))
        .sorted(java.util.Map.Entry.comparingByKey()).map(java.util.Map.Entry::getValue)
        .collect(ImmutableList.toImmutableList());
    ImmutableListMultimap.Builder<Node, Triple> s = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Node, Triple> o = ImmutableListMultimap.builder();
    for (Triple t : triples) {
      s.put(t.getSubject(), t);
      o.put(t.getObject(), t);
    }
    this.bySubject = s.build();
    this.byObject = o.build();
    getPrefixMapping().setNsPrefixes(prefixes);
  }

  @Override
  protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
    Node s = m.getMatchSubject();
    Node o = m.getMatchObject();
    List<Triple> candidates = s != null ? bySubject.get(s) : o != null ? byObject.get(o) : triples;
    return WrappedIterator.create(candidates.stream().filter(t -> m.matches(t)).iterator());
  }

  @Override
  protected int graphBaseSize() {
    return triples.size();
  }

  List<Triple> triples() {
    return triples;
  }
}
