package org.newsgraph.validate;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.NG;

/**
 * Renders nodes and paths of a validation report for people: IRIs under a known namespace as {@code
 * prefix:rest} (also when {@code rest} is not a legal Turtle local name, as in {@code
 * id:entity/country/north-korea}), other IRIs as {@code <iri>}, literals and blank nodes as in Turtle.
 */
final class PrefixedNames {

  private final ImmutableMap<String, String> namespaces;
  private final PrefixMap prefixMap;
  private final Prologue prologue;

  PrefixedNames(String dataBase) {
    this.namespaces =
        ImmutableMap.<String, String>builder()
            .put("id", dataBase)
            .put("ng", NG.NS)
            .put("wd", "http://www.wikidata.org/entity/")
            .put("schema", SchemaDO.NS)
            .put("prov", "http://www.w3.org/ns/prov#")
            .put("skos", SKOS.uri)
            .put("owl", OWL.NS)
            .put("rdf", RDF.uri)
            .put("rdfs", RDFS.uri)
            .put("xsd", XSD.NS)
            .buildOrThrow();
    this.prefixMap = PrefixMapFactory.create(namespaces);
    this.prologue = new Prologue(PrefixMapping.Factory.create().setNsPrefixes(namespaces).lock());
  }

  String of(Node node) {
    if (!node.isURI()) {
      return NodeFmtLib.str(node, prefixMap);
    }
    String iri = node.getURI();
    String bestPrefix = null;
    String bestNamespace = "";
    for (Map.Entry<String, String> e : namespaces.entrySet()) {
      String ns = e.getValue();
      if (iri.startsWith(ns) && iri.length() > ns.length() && ns.length() > bestNamespace.length()) {
        bestPrefix = e.getKey();
        bestNamespace = ns;
      }
    }
    return bestPrefix == null ? "<" + iri + ">" : bestPrefix + ":" + iri.substring(bestNamespace.length());
  }

  String of(Path path) {
    if (path instanceof P_Link link) {
      return of(link.getNode());
    }
    return PathWriter.asString(path, prologue);
  }
}
