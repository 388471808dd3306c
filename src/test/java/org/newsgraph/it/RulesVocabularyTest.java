package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.newsgraph.extract.Amount;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Rule;
import org.newsgraph.extract.Status;
import org.newsgraph.rdf.NgTerms;
import org.junit.jupiter.api.Test;

/** What the data files and enums name in the ontology exists there: a rule cannot invent a term. */
class RulesVocabularyTest {

  @Test
  void everyRelationAndEventClassOfTheRulesIsDeclared() {
    for (Rule r : Fixtures.pipeline().rules().rules()) {
      for (Rule.RelationTemplate t : r.relations()) {
        assertTrue(NgTerms.isProperty(t.relation()), r.id() + ": ng:" + t.relation() + " is not an ontology property");
      }
      r.eventClass().ifPresent(c -> assertTrue(NgTerms.isTerm(c), r.id() + ": ng:" + c + " is not declared"));
    }
  }

  @Test
  void everyGazetteerBackgroundRelationIsDeclared() {
    for (Entity e : Fixtures.pipeline().gazetteer().entities().values()) {
      for (Entity.BackgroundRelation b : e.background()) {
        assertTrue(NgTerms.isProperty(b.relation()), e.canonical() + ": ng:" + b.relation());
      }
    }
  }

  @Test
  void typesStatusesAndBoundsAreDeclared() {
    for (EntityType t : EntityType.values()) {
      assertTrue(NgTerms.isTerm(t.ontologyClass()), t.ontologyClass());
    }
    for (Status s : Status.values()) {
      assertTrue(NgTerms.isTerm(s.localName()), s.localName());
    }
    for (Amount.Bound b : Amount.Bound.values()) {
      assertTrue(NgTerms.isTerm(b.localName()), b.localName());
    }
  }
}
