package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology as shipped in the jar ({@code ontology/newsgraph.ttl}), read from the class path. */
final class BundledOntology {
  static final String RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";

  private BundledOntology() {}

  /** A fresh model of the ontology, with the Turtle file's prefixes (read as a stream: jar: URLs are not files). */
  static Model load() {
    try (InputStream in = BundledOntology.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the ontology is missing from the class path: " + RESOURCE);
      }
      return RDFParser.source(in).lang(Lang.TURTLE).base(org.newsgraph.rdf.NG.ONTOLOGY_IRI).toModel();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
