package org.newsgraph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.SchemaDO;

/** The project's prefixes, for pretty output: ng:, id: (the data base), wd:, schema:, prov: and the usual. */
public final class Prefixes {
  private Prefixes() {}

  public static PrefixMapping of(String base) {
    return PrefixMapping.Factory.create()
        .setNsPrefix("ng", NG.NS)
        .setNsPrefix("id", base)
        .setNsPrefix("wd", "http://www.wikidata.org/entity/")
        .setNsPrefix("schema", SchemaDO.NS)
        .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
        .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
        .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
        .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
        .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
        .lock();
  }
}
