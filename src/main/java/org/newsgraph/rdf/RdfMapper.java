package org.newsgraph.rdf;

import com.google.common.collect.ObjectArrays;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Amount;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EventRecord;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Statement;
import org.newsgraph.extract.Status;
import org.newsgraph.extract.When;
import org.newsgraph.nlp.Sentence;

/**
 * Writes one article's extraction into a dataset, per {@code docs/DATA-MODEL.md}: entity descriptions in the
 * entities graph, each claim's content in its own named graph, and articles, claims' metadata, evidence and
 * mentions in the provenance graph. Links to Wikidata are added by the linker, not here.
 */
public final class RdfMapper {
  private static final Set<String> ROLE_PROPERTIES = Set.of(
      "agent", "recipient", "partner", "audience", "item", "target", "destination", "mode");

  private final Iris iris;
  private final EntityDescriber entities;

  public RdfMapper(Iris iris, EntityDescriber entities) {
    this.iris = iris;
    this.entities = entities;
  }

  public void map(Extraction x, Dataset ds) {
    Article a = x.text().article();
    String articleIri = iris.article(a.contentHash());
    Model prov = ds.getNamedModel(iris.graph("provenance"));
    Resource article = ArticleDescriber.describe(prov, articleIri, a, entities, ds);
    Set<Entity> seen = new LinkedHashSet<>();
    for (Mention m : x.mentions()) {
      seen.add(m.entity());
      if (m.kind().listed()) {
        mention(prov, article, m);
        if (!m.surface().equals(m.entity().canonical()) && m.kind() == org.newsgraph.extract.MentionKind.NAME) {
          entities.altLabel(ds, m.entity(), m.surface());
        }
      }
    }
    seen.forEach(e -> entities.describe(ds, e));
    for (Claim c : x.claims()) {
      claim(ds, prov, article, a.publisher(), x.text().sentences().get(c.sentence()), c);
    }
  }

  private void mention(Model prov, Resource article, Mention m) {
    Resource r = prov.createResource(iris.mention(article.getURI(), Integer.toString(m.begin()), Integer.toString(m.end())));
    r.addProperty(RDF.type, NG.Mention)
        .addProperty(NG.denotes, prov.createResource(iris.entity(m.entity())))
        .addProperty(NG.inArticle, article)
        .addProperty(NG.surfaceForm, m.surface())
        .addLiteral(NG.beginOffset, integer(prov, m.begin()))
        .addLiteral(NG.endOffset, integer(prov, m.end()));
  }

  private void claim(Dataset ds, Model prov, Resource article, Optional<String> publisher, Sentence s, Claim c) {
    String statementKey = c.statements().stream().map(st -> st.subject().canonical() + ">" + st.relation() + ">" + st.object().canonical())
        .collect(Collectors.joining(";")) + c.event().map(EventRecord::key).orElse("");
    // one claim per source chain: "A and B said, citing C" are two claims of the same words (the relayed source
    // joins the key only when there is one, so that other claims keep their IRIs)
    String[] key = {article.getURI(), c.rule(), Integer.toString(c.quoteBegin()), Integer.toString(c.quoteEnd()), statementKey,
        c.claimant().map(Entity::canonical).orElse("")};
    String claimIri = iris.claim(c.accordingTo().map(e -> ObjectArrays.concat(key, e.canonical())).orElse(key));
    Model g = ds.getNamedModel(claimIri);
    for (Statement st : c.statements()) {
      Resource subj = g.createResource(iris.entity(st.subject()));
      Property p = NgTerms.property(st.relation());
      Resource obj = g.createResource(iris.entity(st.object()));
      if (c.status() == Status.DENIED) {
        g.createResource(iris.span(claimIri, "statement", statementKey, st.relation(), st.object().canonical()))
            .addProperty(RDF.type, RDF.Statement).addProperty(RDF.subject, subj).addProperty(RDF.predicate, p).addProperty(RDF.object, obj);
      } else {
        g.add(subj, p, obj);
      }
    }
    c.event().ifPresent(e -> event(g, article.getURI(), e));
    Resource claim = prov.createResource(claimIri)
        .addProperty(RDF.type, NG.Claim)
        .addProperty(PROV_DERIVED, article)
        .addProperty(NG.status, NgTerms.resource(c.status().localName()))
        .addProperty(NG.rule, c.rule())
        .addLiteral(NG.confidence, prov.createTypedLiteral(BigDecimal.valueOf(c.confidence())));
    Resource evidence = prov.createResource(iris.span(claimIri, "evidence"))
        .addProperty(RDF.type, NG.Evidence)
        .addProperty(NG.sentenceText, s.text())
        .addLiteral(NG.beginOffset, integer(prov, s.begin()))
        .addLiteral(NG.endOffset, integer(prov, s.end()))
        .addProperty(NG.quote, quote(s, c));
    claim.addProperty(NG.evidence, evidence);
    c.claimant().ifPresent(e -> claim.addProperty(NG.claimant, prov.createResource(iris.entity(e))));
    c.accordingTo().ifPresent(e -> claim.addProperty(NG.accordingTo, prov.createResource(iris.entity(e))));
    c.disputedBy().ifPresent(e -> claim.addProperty(NG.disputedBy, prov.createResource(iris.entity(e))));
    c.cues().forEach(cue -> claim.addProperty(NG.cue, cue));
    claim.addProperty(NG.sourceChain, chain(publisher, c));
    if (!c.statements().isEmpty()) {
      Statement first = c.statements().get(0);
      claim.addProperty(NG.statementSubject, prov.createResource(iris.entity(first.subject())))
          .addProperty(NG.statementPredicate, NgTerms.property(first.relation()))
          .addProperty(NG.statementObject, prov.createResource(iris.entity(first.object())));
    }
    for (Statement st : c.statements()) {
      entities.describe(ds, st.subject());
      entities.describe(ds, st.object());
    }
  }

  private static String quote(Sentence s, Claim c) {
    int b = Math.max(0, c.quoteBegin() - s.begin());
    int e = Math.min(s.text().length(), c.quoteEnd() - s.begin());
    return b < e ? s.text().substring(b, e) : s.text();
  }

  private static String chain(Optional<String> publisher, Claim c) {
    StringBuilder sb = new StringBuilder();
    sb.append(publisher.orElse("the article"));
    c.claimant().ifPresent(e -> sb.append(" ← ").append(e.canonical()));
    c.accordingTo().ifPresent(e -> sb.append(" ← ").append(e.canonical()));
    return sb.toString();
  }

  private void event(Model g, String articleIri, EventRecord e) {
    String eventIri = iris.event(articleIri, e.key());
    Resource ev = g.createResource(eventIri).addProperty(RDF.type, NgTerms.resource(e.eventClass()));
    e.roles().forEach((role, entity) -> {
      if (ROLE_PROPERTIES.contains(role)) {
        ev.addProperty(NgTerms.property(role), g.createResource(iris.entity(entity)));
      } else if (role.equals("enemy")) {
        ev.addProperty(NG.target, g.createResource(iris.entity(entity)));
      }
    });
    for (Map.Entry<String, String> f : e.facts().entrySet()) {
      switch (f.getKey()) {
        case "closedDoor" -> ev.addLiteral(NG.closedDoor, g.createTypedLiteral(Boolean.parseBoolean(f.getValue())));
        case "ordinal" -> ev.addLiteral(NG.ordinal, integer(g, Integer.parseInt(f.getValue())));
        case "eventStatus" -> ev.addProperty(NG.eventStatus, NgTerms.resource(f.getValue()));
        default -> ev.addProperty(NgTerms.property(f.getKey()), f.getValue());
      }
    }
    for (Amount a : e.amounts()) {
      ev.addProperty(NG.hasQuantity, quantity(g, eventIri, a));
    }
    for (When w : e.times()) {
      ev.addProperty(NG.hasTime, time(g, eventIri, w));
    }
    for (EventRecord.Leg leg : e.legs()) {
      // one leg per destination: "by ship from Rajin to Dunay and Vostochny" is two legs of the same order
      List<Optional<Entity>> destinations = leg.to().isEmpty() ? List.of(Optional.empty())
          : leg.to().stream().map(Optional::of).toList();
      for (Optional<Entity> to : destinations) {
        ev.addProperty(NG.routeLeg, leg(g, ev, eventIri, leg, to));
      }
    }
  }

  private Resource leg(Model g, Resource ev, String eventIri, EventRecord.Leg leg, Optional<Entity> to) {
    Resource l = g.createResource(iris.leg(eventIri, Integer.toString(leg.order()), leg.mode().map(Entity::canonical).orElse(""),
            to.map(Entity::canonical).orElse("")))
        .addProperty(RDF.type, NG.RouteLeg)
        .addLiteral(NG.legOrder, integer(g, leg.order()));
    leg.from().ifPresent(p -> l.addProperty(NG.fromPlace, g.createResource(iris.entity(p))));
    to.ifPresent(p -> l.addProperty(NG.toPlace, g.createResource(iris.entity(p))));
    leg.mode().ifPresent(p -> {
      l.addProperty(NG.mode, g.createResource(iris.entity(p)));
      ev.addProperty(NG.mode, g.createResource(iris.entity(p)));
    });
    leg.carrier().ifPresent(p -> l.addProperty(NG.carrierCountry, g.createResource(iris.entity(p))));
    return l;
  }

  private Resource quantity(Model g, String eventIri, Amount a) {
    Resource q = g.createResource(iris.quantity(eventIri, a.text(), Integer.toString(a.begin())))
        .addProperty(RDF.type, NG.Quantity)
        .addProperty(NG.bound, NgTerms.resource(a.bound().localName()))
        .addProperty(NG.unit, a.unit())
        .addProperty(NG.quantityText, a.text());
    a.amount().ifPresent(v -> q.addLiteral(NG.amount, decimal(g, v)));
    a.lower().ifPresent(v -> q.addLiteral(NG.lowerBound, decimal(g, v)));
    a.upper().ifPresent(v -> q.addLiteral(NG.upperBound, decimal(g, v)));
    if (!a.countedText().isEmpty()) {
      q.addProperty(NG.countedText, a.countedText());
    }
    entities.countedThing(a).ifPresent(e -> q.addProperty(NG.countedThing, g.createResource(iris.entity(e))));
    return q;
  }

  private Resource time(Model g, String eventIri, When w) {
    Resource t = g.createResource(iris.time(eventIri, w.text(), Integer.toString(w.begin())))
        .addProperty(RDF.type, NG.TimeSpec)
        .addProperty(NG.timeText, w.text())
        .addProperty(NG.precision, w.precision().toLowerCase(java.util.Locale.ROOT))
        .addLiteral(NG.approximate, g.createTypedLiteral(w.approximate()));
    w.start().ifPresent(d -> t.addLiteral(NG.start, g.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    w.end2().ifPresent(d -> t.addLiteral(NG.end, g.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    return t;
  }

  static Literal integer(Model m, long v) {
    return m.createTypedLiteral(Long.toString(v), XSDDatatype.XSDinteger);
  }

  private static Literal decimal(Model m, BigDecimal v) {
    return m.createTypedLiteral(v.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
  }

  static final Property PROV_DERIVED = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");
}
