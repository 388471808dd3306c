package org.newsgraph.eval;

import com.google.common.collect.ImmutableSet;

/**
 * The closed vocabularies of the {@code facts} format ({@code shared/eval/FORMAT.md}): entity types and
 * direct relations. {@code atWarWith} is not in FORMAT.md's table but is in the data model
 * ({@code docs/DATA-MODEL.md}) as a symmetric relation, so it is accepted and matched in either direction.
 */
final class FactsVocabulary {

  static final ImmutableSet<String> ENTITY_TYPES =
      ImmutableSet.of(
          "Country", "GovernmentAgency", "Legislature", "LegislativeCommittee", "PoliticalParty", "Person",
          "City", "Port", "Organization", "NewsOrganization", "WeaponType", "Event", "Other");

  static final ImmutableSet<String> SYMMETRIC =
      ImmutableSet.of("meetsWith", "coordinatesWith", "signsAgreementWith", "atWarWith");

  static final ImmutableSet<String> RELATIONS =
      ImmutableSet.<String>builder()
          .add("supplies", "suppliesWeaponType", "shipsTo", "transportsVia", "deploysTroopsTo", "reportsTo")
          .add("coordinatesWith", "memberOf", "partOf", "leads", "holdsPositionIn", "locatedIn", "meetsWith")
          .add("signsAgreementWith", "visits", "launches", "sanctions", "violates", "vetoes", "steals")
          .add("seizes", "freezes", "advises", "attacks", "usesWeaponAgainst", "usesWeaponType", "atWarWith")
          .build();

  private FactsVocabulary() {}
}
