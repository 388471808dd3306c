package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What one page of {@code /id/X} shows, read with bounded queries so that its cost does not grow with the
 * store: the head (labels, types, same-as), a page of the thing's own triples (for an entity, those of the
 * entities and background graphs: its relations are what its claims say), a page of the triples that
 * point at it (for an entity, those of the entities, background and provenance graphs, for the same reason)
 * and, for HTML, a page of the claims about it; each list counted up to a cap. Page {@code n}
 * shows rows {@code (n-1)·25+1 … n·25} of every list ({@link Window}).
 *
 * @param entity whether the thing is an entity (described in the entities graph)
 * @param description the head and this page's triples, with the labels of the nodes they name
 * @param claims this page's claims (empty for the RDF documents)
 */
record PageContent(int page, boolean entity, Graph description, List<Binding> claims, Window outgoing, Window incoming,
    Window claimWindow) {

  static PageContent load(DatasetGraph dsg, String idBase, Node thing, int page, boolean withClaims) {
    Map<String, Node> params = Map.of("this", thing, "entitiesGraph", NodeFactory.createURI(idBase + "graph/entities"),
        "backgroundGraph", NodeFactory.createURI(idBase + "graph/background"),
        "provenanceGraph", NodeFactory.createURI(idBase + "graph/provenance"));
    Graph description = GraphFactory.createDefaultGraph();
    StoredQueries.construct(dsg, "page-head", params).find().forEachRemaining(description::add);
    boolean entity = StoredQueries.ask(dsg, "is-entity", params);
    String outgoing = entity ? "entity-outgoing-list" : "outgoing-list";
    Window out = window(dsg, outgoing, params, page);
    String incoming = entity ? "entity-incoming-list" : "incoming-list";
    Window in = window(dsg, incoming, params, page);
    if (out.shown() > 0) {
      StoredQueries.construct(dsg, StoredQueries.page(outgoing, "outgoing-details", out.offset(), out.size()), params)
          .find().forEachRemaining(description::add);
    }
    if (in.shown() > 0) {
      StoredQueries.construct(dsg, StoredQueries.page(incoming, "incoming-details", in.offset(), in.size()), params)
          .find().forEachRemaining(description::add);
    }
    Window claims = withClaims ? window(dsg, "claims-list", params, page) : Window.of(page, 0);
    List<Binding> rows = new ArrayList<>();
    if (claims.shown() > 0) {
      StoredQueries.select(dsg, StoredQueries.page("claims-list", "claim-details", claims.offset(), claims.size()), params)
          .forEachRemaining(rows::add);
    }
    return new PageContent(page, entity, description, List.copyOf(rows), out, in, claims);
  }

  /** Whether any list goes on after this page. */
  boolean hasNext() {
    return outgoing.hasNext() || incoming.hasNext() || claimWindow.hasNext();
  }

  private static Window window(DatasetGraph dsg, String list, Map<String, Node> params, int page) {
    return Window.of(page, StoredQueries.count(dsg, list, params, Window.countLimit(page)));
  }
}
