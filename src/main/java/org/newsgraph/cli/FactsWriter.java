package org.newsgraph.cli;

import java.math.BigDecimal;
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
final class FactsWriter {
  private static final Query ENTITIES = Sparql.resource("/org/newsgraph/cli/facts-entities.rq");
  private static final Query RELATIONS = Sparql.resource("/org/newsgraph/cli/facts-relations.rq");
  private static final Query QUANTITIES = Sparql.resource("/org/newsgraph/cli/facts-quantities.rq");

  private FactsWriter() {}

  static Set<String> rows(Dataset union, Resource article) {
    Map<String, RDFNode> bind = Map.of("article", article);
    Set<String> out = new LinkedHashSet<>();
    for (QuerySolution r : Sparql.select(union, ENTITIES, bind)) {
      factsType(r.getResource("class")).ifPresent(type ->
          out.add(String.join("\t", "E", clean(r.getLiteral("surface").getString()), r.getLiteral("label").getString(), type)));
    }
    List<QuerySolution> relations = Sparql.select(union, RELATIONS, bind);
    for (QuerySolution r : relations) {
      String s = r.getLiteral("sl").getString();
      String p = r.getResource("p").getLocalName();
      String o = r.getLiteral("ol").getString();
      String sentence = oneLine(r.getLiteral("sentence").getString());
      String nested = "{" + s + " | " + p + " | " + o + "}";
      boolean denied = r.getResource("status").equals(NG.Denied);
      if (!denied) {
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
    for (QuerySolution r : Sparql.select(union, QUANTITIES, bind)) {
      String what = label(r, "what") != null ? label(r, "what") : label(r, "counted") != null ? label(r, "counted") : r.getLiteral("unit").getString();
      RDFNode value = r.contains("amount") ? r.get("amount") : r.get("lower");
      if (value == null) {
        continue;
      }
      String amount = new BigDecimal(value.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString();
      Resource bound = r.getResource("bound");
      String prefix = bound.equals(NG.Approximate) ? "~" : bound.equals(NG.AtLeast) ? ">" : "";
      out.add(String.join("\t", "Q", what, prefix + amount, r.getLiteral("unit").getString(), oneLine(r.getLiteral("sentence").getString())));
    }
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

  private static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
