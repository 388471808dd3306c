package org.newsgraph.rdf;

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
    a.author().ifPresent(name -> r.addProperty(SchemaDO.author,
        prov.createResource(entities.describe(ds, Entity.found(name, EntityType.PERSON)).getURI())));
    a.publisher().ifPresent(name -> r.addProperty(SchemaDO.publisher,
        prov.createResource(entities.describe(ds, Entity.found(name, EntityType.NEWS_ORGANIZATION)).getURI())));
    return r;
  }
}
