package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an article has said so far, as its sentences are read in order: the entities mentioned (most recent
 * last), names found in the text, acronyms it defined, and the last speaker. One per article; not shared.
 */
public final class Discourse {
  private final List<Mention> mentions = new ArrayList<>();
  /** For each descriptor ("the agency", "the ministry"), the entity of the last mention (demonyms aside) it describes. */
  private final Map<String, Entity> lastDescribed = new HashMap<>();
  private final Map<String, Entity> foundNames = new LinkedHashMap<>();
  /** Each name found in the text, with the type it was first given. */
  private final Map<String, EntityType> firstTypes = new HashMap<>();
  private final Map<String, Entity> shortNames = new HashMap<>();
  private final Map<Mention, List<Entity>> partners = new HashMap<>();
  private Entity lastSpeaker;
  private Entity lastOrganizationSpeaker;
  private final List<Entity> documentSpeakers = new ArrayList<>();
  private final Map<Entity, Entity> embassyCities = new HashMap<>();
  private final Map<Entity, Entity> siteCities = new HashMap<>();
  private Entity home;
  private final java.util.Set<Entity> vessels = new java.util.HashSet<>();
  private Entity lastVessel;
  private int describedAt = -1;
  private java.util.Set<EntityType> describedTypes = java.util.Set.of();

  /** The country of the article's dateline ("SEOUL, Feb 27 (Reuters) -"), once its sentence is read. */
  public Optional<Entity> home() {
    return Optional.ofNullable(home);
  }

  public void home(Entity country) {
    home = country;
  }

  /** A named ship ("the tanker Sevastopol", "The Sakhalin Zarya, a cargo vessel"): "the ship" later is this one. */
  public void vessel(Entity e) {
    vessels.add(e);
    lastVessel = e;
  }

  public boolean isVessel(Entity e) {
    return vessels.contains(e);
  }

  public Optional<Entity> lastVessel() {
    return Optional.ofNullable(lastVessel);
  }

  /** The two countries of the last relation between two countries ("Russia shipped oil to the North"). */
  private List<Entity> lastCountryPair = List.of();

  public void countryPair(Entity a, Entity b) {
    lastCountryPair = List.of(a, b);
  }

  /** "both countries": the two countries the article last related to each other, if any. */
  public List<Entity> lastCountryPair() {
    return lastCountryPair;
  }

  /** "the two countries", "the three ministers": the mention names one of them, and this records the others. */
  public void partners(Mention m, List<Entity> others) {
    partners.put(m, List.copyOf(others));
  }

  /** The first of the others the mention stands with ("the two countries": the other one). */
  public Optional<Entity> partnerOf(Mention m) {
    return partnersOf(m).stream().findFirst();
  }

  public List<Entity> partnersOf(Mention m) {
    return partners.getOrDefault(m, List.of());
  }

  public void add(Mention m) {
    add(m, true);
  }

  /** {@code described}: whether a description ("the news agency") may refer back to the mention later. */
  public void add(Mention m, boolean described) {
    mentions.add(m);
    if (described && m.kind() != MentionKind.DEMONYM) {
      m.entity().descriptors().forEach(descriptor -> lastDescribed.put(descriptor, m.entity()));
    }
  }

  /**
   * The entity of the most recent mention (demonyms aside) that the descriptor describes: {@code lastMatching(x ->
   * x.descriptors().contains(descriptor))}, without reading every mention back.
   */
  public Optional<Entity> lastDescribedAs(String descriptor) {
    return Optional.ofNullable(lastDescribed.get(descriptor));
  }

  public List<Mention> mentions() {
    return mentions;
  }

  /** The entity for a name found in the text, made once per article so that repeats are one entity. */
  public Entity found(String canonical, EntityType type) {
    Entity e = foundNames.computeIfAbsent(canonical + "\u0000" + type, k -> Entity.found(canonical, type));
    firstTypes.putIfAbsent(canonical, type);
    if (type == EntityType.ORGANIZATION && canonical.indexOf(' ') < 0) {
      shortNames.putIfAbsent(canonical, e); // "Elliptic" again, even before a title ("Elliptic co-founder X")
    }
    if (type == EntityType.PERSON) {
      String[] parts = canonical.split(" ");
      if (parts.length > 1) {
        // Either end of a person's name can stand alone later: "Yoo" for a Korean family name first, "Smith" last.
        shortNames.putIfAbsent(parts[0], e);
        shortNames.putIfAbsent(parts[parts.length - 1], e);
      }
    }
    return e;
  }

  /** Whether a name found in the text before is exactly {@code name} (of any type). */
  public boolean foundBefore(String name) {
    return firstTypes.containsKey(name);
  }

  /** The type a name found before was first given ("Vyacheslav Volodin", a person since his title named him). */
  public Optional<EntityType> typeFound(String name) {
    return Optional.ofNullable(firstTypes.get(name));
  }

  /** Registers a short name (an acronym defined in parentheses, or a person's surname) for an entity. */
  public void shortName(String name, Entity e) {
    shortNames.putIfAbsent(name, e);
  }

  /**
   * The entity a short name stands for. A person's family name goes to the person of that name mentioned last
   * ("Lee said" after Rep. Lee Seong-kweun, though Lee Jong-seok came first), else to whom it was first given.
   */
  public Optional<Entity> byShortName(String name) {
    Entity first = shortNames.get(name);
    if (first != null && first.type() == EntityType.PERSON) {
      return lastMatching(e -> e.type() == EntityType.PERSON && namePart(e.canonical(), name)).or(() -> Optional.of(first));
    }
    return Optional.ofNullable(first);
  }

  private static boolean namePart(String canonical, String name) {
    return canonical.startsWith(name + " ") || canonical.endsWith(" " + name);
  }

  /** The most recently mentioned entity that satisfies the test, looking back from the end. */
  public Optional<Entity> lastMatching(Predicate<Entity> test) {
    return lastMentionMatching(m -> test.test(m.entity()));
  }

  /** The entity of the most recent mention (demonyms aside) that satisfies the test. */
  public Optional<Entity> lastMentionMatching(Predicate<Mention> test) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.kind() != MentionKind.DEMONYM && test.test(m)) {
        return Optional.of(m.entity());
      }
    }
    return Optional.empty();
  }

  public Optional<Entity> lastSpeaker() {
    return Optional.ofNullable(lastSpeaker);
  }

  public void speaker(Entity e) {
    lastSpeaker = e;
  }

  /** A document the article cites: who compiled it, then who made it public ("the data", "the report" later). */
  public void document(Entity source, Optional<Entity> relayer) {
    documentSpeakers.clear();
    documentSpeakers.add(source);
    relayer.filter(r -> !r.equals(source)).ifPresent(documentSpeakers::add);
  }

  public List<Entity> documentSpeakers() {
    return List.copyOf(documentSpeakers);
  }

  /** Whose experts of each kind the article last named ("Russian rocket engineers": engineers → Russia). */
  private final Map<String, Entity> expertsOf = new HashMap<>();

  public void experts(String noun, Entity country) {
    expertsOf.put(noun, country);
  }

  /** "the engineers": the country whose engineers the article named last, if it did. */
  public Optional<Entity> expertsOf(String noun) {
    return Optional.ofNullable(expertsOf.get(noun));
  }

  /** An embassy found in the text and the city it is in ("Russia's embassy in Tokyo"). */
  public void embassy(Entity embassy, Entity city) {
    embassyCities.put(embassy, city);
  }

  public Optional<Entity> embassyCity(Entity embassy) {
    return Optional.ofNullable(embassyCities.get(embassy));
  }

  /** A site named after the city it is in ("the Sinpo shipyard"). */
  public void site(Entity site, Entity city) {
    siteCities.put(site, city);
  }

  public Optional<Entity> siteCity(Entity site) {
    return Optional.ofNullable(siteCities.get(site));
  }

  /** A sentence whose speaker is described but not yet named, and the kinds of entity that may name it. */
  public void describedSpeaker(int sentence, java.util.Set<EntityType> types) {
    describedAt = sentence;
    describedTypes = types;
  }

  public Optional<java.util.Set<EntityType>> describedSpeakerIn(int sentence) {
    return describedAt == sentence ? Optional.of(describedTypes) : Optional.empty();
  }

  /** An agency, government or organisation that was just reported speaking ("It said" refers back to it). */
  public void organizationSpeaker(Entity e) {
    lastOrganizationSpeaker = e;
  }

  public Optional<Entity> lastOrganizationSpeaker() {
    return Optional.ofNullable(lastOrganizationSpeaker);
  }
}
