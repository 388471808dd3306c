package org.newsgraph.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.newsgraph.extract.EntityType;
import org.newsgraph.rdf.NG;

/**
 * The {@code facts} rows of one article (see the evaluation format): produced by SPARQL over the built graph,
 * then shaped into lines. A claim gives a plain row unless denied, a {@code saidThat} row for each named
 * source, and a {@code disputes} row for whoever doubts or denies it.
 */
public final class Facts {
  private static final Query ENTITIES = SparqlFiles.resource("/org/newsgraph/query/facts-entities.rq");
  private static final Query RELATIONS = SparqlFiles.resource("/org/newsgraph/query/facts-relations.rq");
  private static final Query ARTICLES = SparqlFiles.resource("/org/newsgraph/query/articles.rq");
  private static final java.util.Set<String> FACTS_RELATIONS = java.util.Set.of("supplies", "suppliesWeaponType", "shipsTo",
      "transportsVia", "deploysTroopsTo", "reportsTo", "coordinatesWith", "memberOf", "partOf", "leads", "holdsPositionIn",
      "locatedIn", "meetsWith", "signsAgreementWith", "visits", "launches", "sanctions", "violates", "vetoes", "steals",
      "seizes", "freezes", "advises", "attacks", "usesWeaponAgainst", "usesWeaponType");
  private static final Query QUANTITIES = SparqlFiles.resource("/org/newsgraph/query/facts-quantities.rq");

  private Facts() {}

  /** The facts rows of every article in a dataset whose default graph is the union, keyed by source file. */
  public static java.util.Map<String, java.util.List<String>> byArticle(Dataset union) {
    java.util.Map<String, java.util.List<String>> out = new java.util.LinkedHashMap<>();
    for (QuerySolution a : SparqlFiles.select(union, ARTICLES, Map.of())) {
      out.put(a.getLiteral("file").getString(), java.util.List.copyOf(rows(union, a.getResource("article"))));
    }
    return out;
  }

  /** The facts rows of one article. */
  public static Set<String> rows(Dataset union, Resource article) {
    Map<String, RDFNode> bind = Map.of("article", article);
    Set<String> out = new LinkedHashSet<>();
    for (QuerySolution r : SparqlFiles.select(union, ENTITIES, bind)) {
      factsType(r.getResource("class")).ifPresent(type ->
          out.add(String.join("\t", "E", clean(r.getLiteral("surface").getString()), r.getLiteral("label").getString(), type)));
    }
    Set<String> named = new java.util.HashSet<>();
    out.forEach(row -> named.add(row.split("\t")[2]));
    List<QuerySolution> relations = SparqlFiles.select(union, RELATIONS, bind);
    for (QuerySolution r : relations) {
      String s = r.getLiteral("sl").getString();
      String p = r.getResource("p").getLocalName();
      if (!FACTS_RELATIONS.contains(p)) {
        continue; // the direct layer has more (atWarWith); the facts format names these
      }
      String o = r.getLiteral("ol").getString();
      if (!named.contains(s) || !named.contains(o)) {
        continue; // FORMAT.md: every name in an R row is an E row's; "an Indian exchange" names no India
      }
      String sentence = oneLine(r.getLiteral("sentence").getString());
      String nested = "{" + s + " | " + p + " | " + o + "}";
      boolean denied = r.getResource("status").equals(NG.Denied);
      // FORMAT.md: a fact nobody in the text asserts, only someone doubts ("could not confirm"), is no plain row
      boolean onlyDoubted = label(r, "claimantLabel") == null && label(r, "sourceLabel") == null && label(r, "disputerLabel") != null;
      if (!denied && !onlyDoubted) {
        out.add(String.join("\t", "R", s, p, o, sentence));
      }
      for (String speaker : new String[] {label(r, "claimantLabel"), label(r, "sourceLabel")}) {
        if (speaker != null) {
          out.add(String.join("\t", "R", speaker, denied ? "disputes" : "saidThat", nested, sentence));
        }
      }
      String disputer = label(r, "disputerLabel");
      if (disputer != null) {
        out.add(String.join("\t", "R", disputer, "disputes", nested, sentence));
      }
    }
    out.addAll(QuantityRows.of(SparqlFiles.select(union, QUANTITIES, bind)));
    return out;
  }

  private static java.util.Optional<String> factsType(Resource cls) {
    for (EntityType t : EntityType.values()) {
      if (cls.getURI().equals(NG.NS + t.ontologyClass())) {
        return java.util.Optional.of(t.factsType());
      }
    }
    return java.util.Optional.empty();
  }

  private static String label(QuerySolution r, String var) {
    return r.contains(var) ? r.getLiteral(var).getString() : null;
  }

  private static String clean(String s) {
    return oneLine(s);
  }

  static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
