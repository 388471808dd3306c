package org.newsgraph.export;

/** The direct layer as GraphML (yEd, Cytoscape, Gephi, networkx) and GEXF 1.2 (Gephi; 1.2 rather than 1.3 because networkx reads only 1.1 and 1.2). */
final class NetworkWriters {
  private NetworkWriters() {}

  static String graphml(DirectLayer layer) {
    Xml x = new Xml().open("graphml", "xmlns", "http://graphml.graphdrawing.org/xmlns");
    for (String[] k : new String[][] {{"label", "node", "string"}, {"type", "node", "string"}, {"wikidata", "node", "string"},
        {"iri", "node", "string"}, {"relation", "edge", "string"}, {"predicate", "edge", "string"}, {"claims", "edge", "int"}}) {
      x.empty("key", "id", k[0], "for", k[1], "attr.name", k[0], "attr.type", k[2]);
    }
    x.open("graph", "id", "newsgraph", "edgedefault", "directed");
    for (DirectLayer.Node n : layer.nodes()) {
      x.open("node", "id", n.iri());
      data(x, "label", n.label());
      data(x, "type", n.type());
      data(x, "wikidata", n.wikidata());
      data(x, "iri", n.iri());
      x.close();
    }
    int i = 0;
    for (DirectLayer.Edge e : layer.edges()) {
      x.open("edge", "id", "e" + i++, "source", e.source(), "target", e.target());
      data(x, "relation", e.label());
      data(x, "predicate", e.predicate());
      data(x, "claims", Integer.toString(e.claims()));
      x.close();
    }
    return x.close().close().build();
  }

  static String gexf(DirectLayer layer) {
    Xml x = new Xml().open("gexf", "xmlns", "http://www.gexf.net/1.2draft", "version", "1.2");
    x.open("meta").text("creator", "newsgraph")
        .text("description", "The direct layer: entities and the relations that claims state between them").close();
    x.open("graph", "defaultedgetype", "directed", "mode", "static");
    x.open("attributes", "class", "node");
    x.empty("attribute", "id", "0", "title", "type", "type", "string");
    x.empty("attribute", "id", "1", "title", "wikidata", "type", "string");
    x.empty("attribute", "id", "2", "title", "iri", "type", "string");
    x.close().open("attributes", "class", "edge");
    x.empty("attribute", "id", "0", "title", "predicate", "type", "string");
    x.empty("attribute", "id", "1", "title", "claims", "type", "integer");
    x.close().open("nodes");
    for (DirectLayer.Node n : layer.nodes()) {
      x.open("node", "id", n.iri(), "label", n.label());
      values(x, n.type(), n.wikidata(), n.iri());
      x.close();
    }
    x.close().open("edges");
    int i = 0;
    for (DirectLayer.Edge e : layer.edges()) {
      // Gephi draws the weight: claims, at least 1 so that background relations still show
      x.open("edge", "id", "e" + i++, "source", e.source(), "target", e.target(), "label", e.label(),
          "weight", Integer.toString(Math.max(1, e.claims())));
      values(x, e.predicate(), Integer.toString(e.claims()));
      x.close();
    }
    return x.close().close().close().build();
  }

  private static void data(Xml x, String key, String value) {
    if (!value.isEmpty()) {
      x.text("data", value, "key", key);
    }
  }

  private static void values(Xml x, String... values) {
    x.open("attvalues");
    for (int i = 0; i < values.length; i++) {
      if (!values[i].isEmpty()) {
        x.empty("attvalue", "for", Integer.toString(i), "value", values[i]);
      }
    }
    x.close();
  }
}
