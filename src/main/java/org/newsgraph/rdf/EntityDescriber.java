package org.newsgraph.rdf;

import java.util.regex.Pattern;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.Amount;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Gazetteer;

/**
 * Describes entities in the entities graph (type, English label, other names) and puts the gazetteer's
 * background relations in a graph of their own, apart from what articles state.
 */
public final class EntityDescriber {
  private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");
  private final Iris iris;
  private final Gazetteer gazetteer;

  public EntityDescriber(Iris iris, Gazetteer gazetteer) {
    this.iris = iris;
    this.gazetteer = gazetteer;
  }

  public Iris iris() {
    return iris;
  }

  public Resource describe(Dataset ds, Entity e) {
    Model g = ds.getNamedModel(iris.graph("entities"));
    Resource r = g.createResource(iris.entity(e));
    if (r.hasProperty(RDF.type)) {
      return r;
    }
    r.addProperty(RDF.type, NgTerms.resource(e.type().ontologyClass()))
        .addProperty(RDFS.label, g.createLiteral(e.canonical(), "en"));
    Model background = ds.getNamedModel(iris.graph("background"));
    for (Entity.BackgroundRelation rel : e.background()) {
      gazetteer.entity(rel.targetKey()).ifPresent(target -> {
        background.add(background.createResource(iris.entity(e)), NgTerms.property(rel.relation()),
            background.createResource(iris.entity(target)));
        describe(ds, target);
      });
    }
    return r;
  }

  public void altLabel(Dataset ds, Entity e, String surface) {
    Model g = ds.getNamedModel(iris.graph("entities"));
    String clean = LEADING_THE.matcher(surface).replaceFirst("");
    if (!clean.equals(e.canonical())) {
      g.add(g.createResource(iris.entity(e)), SKOS.altLabel, g.createLiteral(clean, "en"));
    }
  }

  /** The gazetteer's entity of this name, if it has one. */
  public Optional<Entity> known(String name) {
    return gazetteer.byName(name);
  }

  /** The entity an amount counts ("1 million shells" → artillery shell), if the gazetteer knows the noun. */
  public Optional<Entity> countedThing(Amount a) {
    return gazetteer.byName(a.countedText()).or(() -> gazetteer.byName(a.unit()))
        .or(() -> lastWord(a.countedText()).flatMap(gazetteer::byName));
  }

  private static Optional<String> lastWord(String s) {
    String[] w = s.strip().split("\\s+");
    return w.length == 0 || w[w.length - 1].isEmpty() ? Optional.empty() : Optional.of(w[w.length - 1]);
  }
}
