package org.newsgraph.link;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newsgraph.extract.EntityType;
import org.newsgraph.query.SparqlFiles;
import org.newsgraph.rdf.Iris;

/** Reads, from a built dataset, the entities without a Wikidata link and the ids already in use. */
public final class UnlinkedEntities {
  private UnlinkedEntities() {}

  /** The unlinked entities under {@code iris}' base, in IRI order. */
  public static ImmutableList<UnlinkedEntity> find(Dataset ds, Iris iris) {
    Map<String, UnlinkedEntity> out = new LinkedHashMap<>();
    for (QuerySolution row : SparqlFiles.select(ds, SparqlFiles.resource("/org/newsgraph/link/unlinked-entities.rq"),
        bindings(iris))) {
      String iri = row.getResource("entity").getURI();
      if (!iri.startsWith(iris.base())) {
        continue;
      }
      EntityType type = EntityType.parse(row.getResource("type").getLocalName()).orElse(null);
      if (type == null) {
        continue; // a second rdf:type from outside the ontology's entity classes
      }
      String path = iri.substring(iris.base().length());
      UnlinkedEntity previous = out.get(path);
      ImmutableSet.Builder<String> countries = ImmutableSet.builder();
      if (previous != null) {
        countries.addAll(previous.countries());
      }
      if (row.contains("countryId") && row.getResource("countryId").getURI().startsWith(Linker.WIKIDATA)) {
        countries.add(row.getResource("countryId").getURI().substring(Linker.WIKIDATA.length()));
      }
      String label = previous != null ? previous.label() : row.getLiteral("label").getString();
      out.put(path, new UnlinkedEntity(path, label, type, countries.build()));
    }
    return ImmutableList.copyOf(out.values());
  }

  /** Q-id to the path of the entity that already has it. */
  public static ImmutableMap<String, String> linkedIds(Dataset ds, Iris iris) {
    Map<String, String> out = new LinkedHashMap<>();
    for (QuerySolution row : SparqlFiles.select(ds, SparqlFiles.resource("/org/newsgraph/link/linked-ids.rq"),
        bindings(iris))) {
      String iri = row.getResource("entity").getURI();
      String id = row.getResource("wikidata").getURI().substring(Linker.WIKIDATA.length());
      out.putIfAbsent(id, iri.startsWith(iris.base()) ? iri.substring(iris.base().length()) : iri);
    }
    return ImmutableMap.copyOf(out);
  }

  private static Map<String, RDFNode> bindings(Iris iris) {
    return Map.of("entitiesGraph", ResourceFactory.createResource(iris.graph("entities")));
  }
}
