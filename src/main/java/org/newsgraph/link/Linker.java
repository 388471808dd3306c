package org.newsgraph.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.rdf.Iris;

/**
 * Adds {@code owl:sameAs} links to Wikidata for the entities in a dataset whose id is known to be right: the
 * id is in the verified list, or the gazetteer names the public page where it was checked. Never guesses.
 */
public final class Linker {
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";

  private final Iris iris;
  private final Gazetteer gazetteer;
  private final VerifiedIds verified;

  public Linker(Iris iris, Gazetteer gazetteer, VerifiedIds verified) {
    this.iris = iris;
    this.gazetteer = gazetteer;
    this.verified = verified;
  }

  /** Links every described entity that can be linked; returns how many links the dataset now has. */
  public int link(Dataset ds) {
    Model g = ds.getNamedModel(iris.graph("entities"));
    int links = 0;
    for (Entity e : gazetteer.entities().values()) {
      if (e.wikidata().isEmpty() || !isChecked(e)) {
        continue;
      }
      Resource r = g.createResource(iris.entity(e));
      if (r.hasProperty(RDF.type)) {
        r.addProperty(OWL.sameAs, g.createResource(WIKIDATA + e.wikidata().get()));
        links++;
      }
    }
    return links;
  }

  private boolean isChecked(Entity e) {
    return verified.contains(e.wikidata().get()) || gazetteer.sourceOf(e).startsWith("http");
  }
}
