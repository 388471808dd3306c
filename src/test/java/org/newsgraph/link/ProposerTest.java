package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.data.DataFileException;
import org.newsgraph.extract.DataFiles;
import org.newsgraph.extract.EntityType;

/** Proposals and their scores and reasons, word for word, from the replayed (made-up) API responses. */
final class ProposerTest {
  private final ReplayServer replay = new ReplayServer();

  @AfterEach
  void stop() {
    replay.close();
  }

  private Proposer proposer() {
    ClientSettings settings = ClientSettings.defaults("test@example.org", Optional.empty()).withMinInterval(Duration.ZERO);
    return Proposer.create(WikidataApi.create(replay.endpoint(), settings), VerifiedIds.load());
  }

  private static UnlinkedEntity entity(String path, String label, EntityType type, String... countries) {
    return new UnlinkedEntity(path, label, type, ImmutableSet.copyOf(countries));
  }

  private static String row(Proposal p) {
    return p.entity().path() + " " + p.candidate() + " " + p.score() + " | " + String.join("; ", p.reasons());
  }

  @Test
  void scoresByNameClassAndCountryWithOnlyVerifiedIds() {
    List<UnlinkedEntity> entities = List.of(
        entity("entity/person/kim-kyou-hyun", "Kim Kyou-hyun", EntityType.PERSON, "Q884"),
        entity("entity/weapon-type/artillery-shell", "artillery shell", EntityType.WEAPON_TYPE),
        entity("entity/port/rajin", "Rajin", EntityType.PORT, "Q423"),
        entity("entity/person/son-hyun-soo", "Son Hyun-soo", EntityType.PERSON));
    ImmutableList<Proposal> proposals = proposer().propose(entities, ImmutableMap.of("Q221734", "entity/city/rason"));
    String person = "class not checked for Person (no verified class id for human; country of citizenship compared)";
    String port = "class not checked for Port (no verified class id for port)";
    assertEquals(List.of(
        "entity/person/kim-kyou-hyun Q9000000011 0.70 | English label 'Kim Kyou-hyun' is the entity's name; " + person
            + "; P27 Q884 is the entity's country",
        "entity/person/kim-kyou-hyun Q9000000012 0.00 | search matched label 'Kim Kyu-hyun', not the name; " + person
            + "; P27 Q159 is not the entity's country (Q884)",
        "entity/weapon-type/artillery-shell Q9000000021 0.80 | English label 'artillery shell' is the entity's name; "
            + "P279 Q728 is accepted for WeaponType",
        "entity/weapon-type/artillery-shell Q9000000022 0.20 | English label 'Artillery Shell' is the entity's name; "
            + "P31 Q9000000102: not an accepted class for WeaponType (one level checked)",
        "entity/port/rajin Q9000000031 0.70 | English label 'Rajin' is the entity's name; " + port
            + "; P17 Q423 is the entity's country",
        "entity/port/rajin Q9000000032 0.50 | English label 'Rajin' is the entity's name; " + port + "; no P17 value to check",
        "entity/port/rajin Q221734 0.05 | alias 'Rajin' is the entity's name; " + port
            + "; P17 Q423 is the entity's country; Q221734 is already the id of entity/city/rason"),
        proposals.stream().map(ProposerTest::row).toList());
    assertEquals(4 + 3, replay.total(), "one search per entity, one wbgetentities per entity with hits");
  }

  @Test
  void countryNotCheckedWhenTheGraphGivesNone() {
    ImmutableList<Proposal> proposals = proposer().propose(
        List.of(entity("entity/person/kim-kyou-hyun", "Kim Kyou-hyun", EntityType.PERSON)), ImmutableMap.of());
    assertTrue(proposals.get(0).reasons().contains("country not checked: the graph ties the entity to no linked country"),
        proposals.get(0).reasons().toString());
    assertEquals("0.50", proposals.get(0).score().toPlainString());
  }

  @Test
  void typeChecksUseOnlyVerifiedIds() {
    TypeChecks checks = TypeChecks.load(VerifiedIds.load());
    assertEquals(Optional.of("P27"), checks.of(EntityType.PERSON).countryProperty());
    assertTrue(checks.of(EntityType.PERSON).classes().isEmpty(), "no verified id for human");
    assertTrue(checks.of(EntityType.COUNTRY).classes().isEmpty(), "no verified id for country");
    assertEquals(ImmutableSet.of("Q11446", "Q870", "Q11436", "Q1445518"), checks.of(EntityType.TRANSPORT_MODE).classes());
    DataFiles.Line human = new DataFiles.Line("checks.tsv", 3, "Person\tP31\tQ5\tP27\thuman", ImmutableList.of("Person", "P31", "Q5", "P27", "human"));
    DataFileException e = assertThrows(DataFileException.class, () -> TypeChecks.parse(List.of(human), VerifiedIds.load()));
    assertEquals("checks.tsv:3:12: error: 'Q5' is not in verified-ids.tsv: only verified ids may be used", e.getMessage());
  }
}
