package org.newsgraph.link;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds {@code owl:sameAs} links to Wikidata for the entities in a dataset whose id is known to be right: the
 * id is in the verified list, or the gazetteer names the public page where it was checked, or a human
 * accepted it from a review file ({@link ReviewedLinks}). Never guesses.
 */
public final class Linker {
  public static final String WIKIDATA = "http://www.wikidata.org/entity/";
  private static final Logger LOG = LoggerFactory.getLogger(Linker.class);

  private final Iris iris;
  private final Gazetteer gazetteer;
  private final VerifiedIds verified;
  private final ReviewedLinks reviewed;

  /** A linker that also honours the reviewed-links file at {@link ReviewedLinks#location()}, if there is one. */
  public Linker(Iris iris, Gazetteer gazetteer, VerifiedIds verified) {
    this(iris, gazetteer, verified, ReviewedLinks.load(ReviewedLinks.location()));
  }

  public Linker(Iris iris, Gazetteer gazetteer, VerifiedIds verified, ReviewedLinks reviewed) {
    this.iris = iris;
    this.gazetteer = gazetteer;
    this.verified = verified;
    this.reviewed = reviewed;
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
    return links + linkReviewed(g);
  }

  private int linkReviewed(Model g) {
    int links = 0;
    for (ReviewedLink l : reviewed.links()) {
      Resource r = g.createResource(iris.base() + l.path());
      if (!r.hasProperty(RDF.type)) {
        continue; // the entity is not in this build
      }
      if (r.hasProperty(OWL.sameAs)) {
        LOG.warn("{}: keeps its verified Wikidata link; the reviewed link to {} ({}) is not added",
            l.path(), l.wikidata(), l.source());
        continue;
      }
      r.addProperty(OWL.sameAs, g.createResource(WIKIDATA + l.wikidata()));
      links++;
    }
    return links;
  }

  private boolean isChecked(Entity e) {
    return verified.contains(e.wikidata().get()) || gazetteer.sourceOf(e).startsWith("http");
  }
}
