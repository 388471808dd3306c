package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.article.Article;
import org.newsgraph.article.Span;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;

/** Describes an article (schema.org terms) in the provenance graph; its author and publisher are entities. */
final class ArticleDescriber {
  /** xsd:dateTime wants seconds, which OffsetDateTime.toString() leaves out when they are zero. */
  private static final java.time.format.DateTimeFormatter DATE_TIME =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private ArticleDescriber() {}

  private static final java.util.regex.Pattern AGENCY_IN_DATELINE = java.util.regex.Pattern.compile("\\(([^()]+)\\)");

  /** The publisher the page names, else the agency a wire dateline credits ("SEOUL, Oct 18 (Reuters) -"). */
  private static java.util.Optional<Entity> publisher(Article a, EntityDescriber entities) {
    java.util.Optional<String> name = a.publisher().or(() -> a.dateline().flatMap(d -> {
      java.util.regex.Matcher m = AGENCY_IN_DATELINE.matcher(d.text());
      return m.find() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }));
    return name.map(n -> entities.known(n).filter(e -> e.type() == EntityType.NEWS_ORGANIZATION)
        .orElse(Entity.found(n, EntityType.NEWS_ORGANIZATION)));
  }

  static Resource describe(Model prov, String iri, Article a, EntityDescriber entities, Dataset ds) {
    Resource r = prov.createResource(iri)
        .addProperty(RDF.type, SchemaDO.NewsArticle)
        .addProperty(NG.sourceFile, a.source())
        .addProperty(NG.contentHash, a.contentHash());
    a.headline().map(Span::text).ifPresent(h -> r.addProperty(SchemaDO.headline, h));
    a.subtitle().map(Span::text).ifPresent(h -> r.addProperty(SchemaDO.alternativeHeadline, h));
    a.published().ifPresent(t -> r.addLiteral(SchemaDO.datePublished, prov.createTypedLiteral(t.format(DATE_TIME), XSDDatatype.XSDdateTime)));
    a.modified().ifPresent(t -> r.addLiteral(SchemaDO.dateModified, prov.createTypedLiteral(t.format(DATE_TIME), XSDDatatype.XSDdateTime)));
    a.captions().forEach(c -> r.addProperty(NG.caption, c.text()));
    // "By Ingrid Solberg and Daniel Park": each name of the byline is an author of its own
    List<String> authors = a.authors().isEmpty() ? a.author().stream().toList() : a.authors();
    authors.forEach(name -> r.addProperty(SchemaDO.author,
        prov.createResource(entities.describe(ds, Entity.found(name, EntityType.PERSON)).getURI())));
    publisher(a, entities).ifPresent(e -> r.addProperty(SchemaDO.publisher, prov.createResource(entities.describe(ds, e).getURI())));
    return r;
  }
}
