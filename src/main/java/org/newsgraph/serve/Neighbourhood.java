package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * The neighbourhood of one node as JSON for cytoscape.js: {@code {"center": iri, "nodes": [{"data": …}],
 * "edges": [{"data": …}]}}. Nodes carry label, type, kind, colour and the path of their page; edges carry
 * the relation's short name, the claims' status with its colour and line style, the number of claims and
 * the path of the first claim's page. Built from {@code neighbourhood.rq} and {@code node.rq}, values bound
 * as parameters; Jena's JSON writer escapes every string.
 */
final class Neighbourhood {
  private final DatasetGraph dataset;
  private final String idBase;
  private final Node entitiesGraph;

  Neighbourhood(DatasetGraph dataset, String idBase) {
    this.dataset = dataset;
    this.idBase = idBase;
    this.entitiesGraph = NodeFactory.createURI(idBase + "graph/entities");
  }

  /** The graph around {@code center}; the center is always a node, even without edges. */
  JsonObject toJson(Node center) {
    RowSetRewindable rows = StoredQueries.select(dataset, "neighbourhood",
        Map.of("this", center, "entitiesGraph", entitiesGraph));
    Map<Node, JsonObject> nodes = new LinkedHashMap<>();
    nodes.put(center, node(center, true));
    JsonArray edges = new JsonArray();
    while (rows.hasNext()) {
      Binding row = rows.next();
      Node s = row.get("s");
      Node o = row.get("o");
      nodes.computeIfAbsent(s, n -> node(n, false));
      nodes.computeIfAbsent(o, n -> node(n, false));
      edges.add(wrap(edge(edges.size(), row)));
    }
    JsonArray nodeArray = new JsonArray();
    nodes.values().forEach(n -> nodeArray.add(wrap(n)));
    JsonObject graph = new JsonObject();
    graph.put("center", center.getURI());
    graph.put("nodes", nodeArray);
    graph.put("edges", edges);
    return graph;
  }

  /** What {@code node.rq} says of a node: its English (else any) label, trigger words, ng: types. */
  private record Facts(String label, String text, List<String> types) {}

  private Facts facts(Node n) {
    RowSetRewindable rows = StoredQueries.select(dataset, "node", Map.of("this", n));
    String english = null;
    String anyLabel = null;
    String text = null;
    List<String> types = new ArrayList<>();
    while (rows.hasNext()) {
      Binding row = rows.next();
      Node label = row.get("label");
      if (label != null) {
        anyLabel = anyLabel == null ? label.getLiteralLexicalForm() : anyLabel;
        if (english == null && label.getLiteralLanguage().startsWith("en")) {
          english = label.getLiteralLexicalForm();
        }
      }
      Node type = row.get("type");
      if (type != null && type.isURI() && type.getURI().startsWith(Descriptions.NG)) {
        types.add(type.getURI().substring(Descriptions.NG.length()));
      }
      if (row.get("text") != null && text == null) {
        text = row.get("text").getLiteralLexicalForm();
      }
    }
    types.sort(null);
    return new Facts(english != null ? english : anyLabel, text, types);
  }

  private JsonObject node(Node n, boolean isCenter) {
    Facts facts = facts(n);
    GraphStyle.Kind kind = GraphStyle.kind(facts.types());
    String typeName = facts.types().stream().filter(kind.types()::contains).findFirst()
        .orElse(facts.types().isEmpty() ? "" : facts.types().get(0));
    String label = facts.label();
    if (label == null) {
      label = typeName.isEmpty() ? localPath(n)
          : typeName + (facts.text() == null ? "" : ": " + facts.text());
    }
    JsonObject data = new JsonObject();
    data.put("id", n.getURI());
    data.put("label", label);
    data.put("type", typeName);
    data.put("kind", kind.name());
    data.put("color", kind.color());
    data.put("center", isCenter);
    putHref(data, n);
    return data;
  }

  private JsonObject edge(int index, Binding row) {
    Node p = row.get("p");
    Node status = row.get("status");
    GraphStyle.Status style = GraphStyle.status(status == null || !status.isURI() ? ""
        : status.getURI().substring(status.getURI().lastIndexOf('#') + 1));
    JsonObject data = new JsonObject();
    data.put("id", "e" + index);
    data.put("source", row.get("s").getURI());
    data.put("target", row.get("o").getURI());
    data.put("relation", p.getURI());
    data.put("label", p.getURI().startsWith(Descriptions.NG)
        ? p.getURI().substring(Descriptions.NG.length()) : p.getLocalName());
    data.put("status", style.key());
    data.put("color", style.color());
    data.put("lineStyle", style.lineStyle());
    data.put("claims", Integer.parseInt(row.get("claims").getLiteralLexicalForm()));
    putHref(data, NodeFactory.createURI(row.get("firstClaim").getLiteralLexicalForm()));
    return data;
  }

  private void putHref(JsonObject data, Node n) {
    if (n.getURI().startsWith(idBase)) {
      data.put("href", LinkedDataServlet.PATH + n.getURI().substring(idBase.length()));
    }
  }

  private String localPath(Node n) {
    String iri = n.getURI();
    return iri.startsWith(idBase) ? iri.substring(idBase.length()) : iri;
  }

  private static JsonObject wrap(JsonObject data) {
    JsonObject element = new JsonObject();
    element.put("data", data);
    return element;
  }
}
