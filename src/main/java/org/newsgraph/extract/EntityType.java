package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;

/** The kinds of entity newsgraph knows; the name is the ontology class's local name and the facts type. */
public enum EntityType {
  COUNTRY("Country", "Country", true),
  GOVERNMENT_AGENCY("GovernmentAgency", "GovernmentAgency", true),
  LEGISLATURE("Legislature", "Legislature", true),
  LEGISLATIVE_COMMITTEE("LegislativeCommittee", "LegislativeCommittee", true),
  POLITICAL_PARTY("PoliticalParty", "PoliticalParty", true),
  PERSON("Person", "Person", true),
  CITY("City", "City", false),
  PORT("Port", "Port", false),
  ORGANIZATION("Organization", "Organization", true),
  NEWS_ORGANIZATION("NewsOrganization", "NewsOrganization", true),
  WEAPON_TYPE("WeaponType", "WeaponType", false),
  EVENT("NamedEvent", "Event", false),
  TRANSPORT_MODE("TransportMode", "Other", false),
  ASSET_TYPE("AssetType", "Other", false),
  OTHER("Entity", "Other", false);

  private final String ontologyClass;
  private final String slug;
  private final String factsType;
  private final boolean actor;

  EntityType(String ontologyClass, String factsType, boolean actor) {
    this.ontologyClass = ontologyClass;
    this.slug = Regexes.replaceAll(ontologyClass, "([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    this.factsType = factsType;
    this.actor = actor;
  }

  /** Local name of the class in the ng: ontology. */
  public String ontologyClass() {
    return ontologyClass;
  }

  /** The type column of the facts format. */
  public String factsType() {
    return factsType;
  }

  /** Whether things of this type can act: say, send, meet. */
  public boolean isActor() {
    return actor;
  }

  /** Lower-case hyphenated slug for IRIs, e.g. {@code government-agency}. */
  public String slug() {
    return slug;
  }

  /** Parses a gazetteer or rule type name: the ontology class name, the facts name, or {@code Other}. */
  public static Optional<EntityType> parse(String name) {
    for (EntityType t : values()) {
      if (t.ontologyClass.equals(name) || t.name().equalsIgnoreCase(name)) {
        return Optional.of(t);
      }
    }
    if (name.equals("Event")) {
      return Optional.of(EVENT);
    }
    if (name.equals("Other")) {
      return Optional.of(OTHER);
    }
    return Optional.empty();
  }
}
