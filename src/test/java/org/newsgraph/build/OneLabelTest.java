package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OneLabelTest {
  private static final String ENTITIES = "https://example.org/graph/entities";
  private static final String PERSON = "https://example.org/id/person/no-kwang-chol";

  private static Dataset article(String label) {
    Dataset ds = DatasetFactory.createTxnMem();
    Model g = ds.getNamedModel(ENTITIES);
    g.createResource(PERSON).addProperty(RDFS.label, g.createLiteral(label, "en"));
    return ds;
  }

  private static List<String> values(Dataset ds, org.apache.jena.rdf.model.Property p) {
    Resource r = ds.getNamedModel(ENTITIES).getResource(PERSON);
    return r.listProperties(p).mapWith(st -> st.getObject()).mapWith(RDFNode::asLiteral).mapWith(l -> l.getLexicalForm()).toList();
  }

  @Test
  void aLaterSpellingOfTheSameEntityBecomesAnAlternativeLabel() {
    OneLabel labels = new OneLabel(ENTITIES, Optional.empty());
    Dataset first = article("No Kwang Chol");
    Dataset second = article("No Kwang-chol");
    labels.apply(first);
    labels.apply(second);
    assertEquals(List.of("No Kwang Chol"), values(first, RDFS.label));
    assertEquals(List.of(), values(second, RDFS.label));
    assertEquals(List.of("No Kwang-chol"), values(second, SKOS.altLabel));
  }

  @Test
  void theSameSpellingAgainStaysTheLabel() {
    OneLabel labels = new OneLabel(ENTITIES, Optional.empty());
    labels.apply(article("No Kwang Chol"));
    Dataset again = article("No Kwang Chol");
    labels.apply(again);
    assertEquals(List.of("No Kwang Chol"), values(again, RDFS.label));
  }

  @Test
  void aStoreBeingAddedToKeepsItsLabel() {
    Dataset store = article("No Kwang-chol");
    OneLabel labels = new OneLabel(ENTITIES, Optional.of(store));
    Dataset added = article("No Kwang Chol");
    labels.apply(added);
    assertEquals(List.of(), values(added, RDFS.label));
    assertEquals(List.of("No Kwang Chol"), values(added, SKOS.altLabel));
  }
}
