package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.data.DataFileException;
import org.newsgraph.nlp.Token;

/**
 * Known entities and the names that refer to them (see {@code gazetteer/README.md}). Immutable: built once,
 * shared by every thread.
 */
public final class Gazetteer {
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

  /** A name of an entity as it may stand in text. */
  public record Alias(String text, Entity entity, MentionKind kind, boolean caseSensitive) {}

  private final ImmutableMap<String, Entity> byKey;
  private final ImmutableMap<Entity, String> sources;
  private final ImmutableListMultimap<String, Alias> byFirstWord;
  private final ImmutableList<Alias> descriptors;
  private final ImmutableSet<String> descriptorTexts;
  /** The descriptors by text, in the order of {@code descriptors}. */
  private final ImmutableListMultimap<String, Alias> descriptorsByText;
  /** What the gazetteer describes as open water: never a party, target or route. */
  private final ImmutableSet<Entity> water;
  private static final ImmutableSet<String> WATER = ImmutableSet.of("sea", "strait", "ocean", "gulf", "bay", "waters");

  private static final Pattern INITIALISM = Pattern.compile("^([A-Z]{2,3}) [A-Z]");

  private Gazetteer(Map<String, Entity> byKey, Map<Entity, String> sources, List<Alias> aliases, List<Alias> descriptors) {
    this.byKey = ImmutableMap.copyOf(byKey);
    this.sources = ImmutableMap.copyOf(sources);
    ImmutableListMultimap.Builder<String, Alias> b = ImmutableListMultimap.builder();
    aliases.stream()
        .sorted(Comparator.comparingInt((Alias a) -> -a.text().length()).thenComparing(a -> a.kind()))
        .forEach(a -> b.put(firstWord(a.text()), a));
    this.byFirstWord = b.build();
    this.descriptors = descriptors.stream()
        .sorted(Comparator.comparingInt((Alias a) -> -a.text().length()))
        .collect(ImmutableList.toImmutableList());
    this.descriptorTexts = this.descriptors.stream().map(Alias::text).collect(ImmutableSet.toImmutableSet());
    this.descriptorsByText = this.descriptors.stream().collect(ImmutableListMultimap.toImmutableListMultimap(Alias::text, a -> a));
    this.water = this.descriptors.stream().filter(a -> WATER.contains(a.text())).map(Alias::entity)
        .collect(ImmutableSet.toImmutableSet());
  }


  /** Every word of every name and descriptor, lower case: the vocabulary that spelling repairs aim at. */
  public ImmutableSet<String> words() {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    java.util.stream.Stream.concat(byFirstWord.values().stream(), descriptors.stream())
        .flatMap(a -> java.util.Arrays.stream(a.text().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")))
        .forEach(b::add);
    return b.build();
  }

  /** The bundled gazetteer plus, if given, every {@code *.tsv} in {@code extra}. */
  public static Gazetteer load(Optional<Path> extra) {
    List<DataFiles.Line> lines = new ArrayList<>();
    for (DataFiles.Line index : DataFiles.resource("/org/newsgraph/gazetteer/index.txt")) {
      lines.addAll(DataFiles.resource("/org/newsgraph/gazetteer/" + index.text().strip()));
    }
    extra.ifPresent(dir -> {
      try (var files = java.nio.file.Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".tsv")).sorted()
            .forEach(p -> DataFiles.file(p).ifPresent(lines::addAll));
      } catch (java.io.IOException e) {
        throw new DataFileException(org.newsgraph.diag.Diagnostic.error(dir.toString(), "cannot list: " + e.getMessage()));
      }
    });
    return fromLines(lines);
  }

  static Gazetteer fromLines(List<DataFiles.Line> lines) {
    Map<String, DataFiles.Line> rows = new LinkedHashMap<>();
    Map<String, Entity> byKey = new java.util.TreeMap<>();
    Map<Entity, String> sources = new HashMap<>();
    List<Alias> aliases = new ArrayList<>();
    List<Alias> descriptors = new ArrayList<>();
    for (DataFiles.Line line : lines) {
      if (line.fields().size() != 10) {
        throw line.error(1, "expected 10 tab-separated fields, found " + line.fields().size());
      }
      String key = line.field(0);
      if (!KEY.matcher(key).matches()) {
        throw line.error(1, "bad key '" + key + "': use a-z, 0-9 and '-'");
      }
      if (rows.put(key, line) != null) {
        throw line.error(1, "duplicate key '" + key + "'");
      }
      EntityType type = EntityType.parse(line.field(1))
          .orElseThrow(() -> line.error(line.columnOf(1), "unknown type '" + line.field(1) + "'"));
      String qid = line.field(3);
      if (!qid.isEmpty() && !QID.matcher(qid).matches()) {
        throw line.error(line.columnOf(3), "bad Wikidata id '" + qid + "'");
      }
      if (!qid.isEmpty() && line.field(4).isEmpty()) {
        throw line.error(line.columnOf(4), "a Wikidata id needs its source: where it was checked");
      }
      ImmutableList.Builder<Entity.BackgroundRelation> background = ImmutableList.builder();
      for (String rel : line.field(9).split(";")) {
        if (rel.isBlank()) {
          continue;
        }
        String[] kv = rel.split("=", 2);
        if (kv.length != 2) {
          throw line.error(line.columnOf(9), "relation must be relation=key: '" + rel + "'");
        }
        background.add(new Entity.BackgroundRelation(kv[0].strip(), kv[1].strip()));
      }
      ImmutableList<String> descr = DataFiles.list(line.field(8));
      Entity entity = new Entity(line.field(2), type, qid.isEmpty() ? Optional.empty() : Optional.of(qid), true,
          descr, background.build());
      byKey.put(key, entity);
      sources.put(entity, line.field(4));
      java.util.Set<String> names = new java.util.LinkedHashSet<>();
      names.add(line.field(2));
      names.addAll(DataFiles.list(line.field(5)));
      for (String n : List.copyOf(names)) {
        withStops(n).ifPresent(names::add); // "UN Panel of Experts on North Korea" as "U.N. Panel of Experts on North Korea"
      }
      for (String n : List.copyOf(names)) {
        lowerCaseBody(n).ifPresent(names::add); // "Chinese Foreign Ministry" as "Chinese foreign ministry"
      }
      names.forEach(a -> aliases.add(alias(a, entity, MentionKind.NAME)));
      DataFiles.list(line.field(6)).forEach(a -> {
        aliases.add(alias(a, entity, MentionKind.DEMONYM));
        if (a.endsWith("an") || a.endsWith("ian")) {
          aliases.add(alias(a + "s", entity, MentionKind.DEMONYM)); // "four South Koreans", "Russians": people of it, not a name
        }
      });
      DataFiles.list(line.field(7)).forEach(a -> aliases.add(alias(a, entity, MentionKind.METONYM)));
      descr.forEach(d -> descriptors.add(new Alias(d.toLowerCase(Locale.ROOT), entity, MentionKind.DESCRIPTION, false)));
    }
    for (Map.Entry<String, Entity> e : byKey.entrySet()) {
      for (Entity.BackgroundRelation r : e.getValue().background()) {
        if (!byKey.containsKey(r.targetKey())) {
          DataFiles.Line line = rows.get(e.getKey());
          throw line.error(line.columnOf(9), "relation target '" + r.targetKey() + "' is not a key");
        }
      }
    }
    return new Gazetteer(byKey, sources, aliases, descriptors);
  }

  /** Words of an institution's kind that news copy often writes in lower case after a state's name or demonym. */
  private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("foreign", "defense", "defence", "ministry", "panel",
      "of", "experts", "unification", "intelligence", "service", "agency", "office");

  /**
   * "Chinese Foreign Ministry", "UN Panel of Experts" as lower-case copy writes them ("Chinese foreign ministry", "UN
   * panel of experts"): the first word kept, each later word one of {@link #BODY_WORDS}; empty when nothing changes.
   */
  static Optional<String> lowerCaseBody(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      if (!BODY_WORDS.contains(lower)) {
        return Optional.empty();
      }
      b.append(' ').append(lower);
    }
    return b.toString().equals(name) ? Optional.empty() : Optional.of(b.toString());
  }

  /** A name opening with an initialism ("UN Security Council", "US Treasury") as written with stops ("U.N. ..."). */
  static Optional<String> withStops(String name) {
    java.util.regex.Matcher m = INITIALISM.matcher(name);
    if (!m.find()) {
      return Optional.empty();
    }
    String dotted = m.group(1).chars().mapToObj(c -> (char) c + ".").collect(java.util.stream.Collectors.joining());
    return Optional.of(dotted + name.substring(m.end(1)));
  }

  private static Alias alias(String text, Entity entity, MentionKind kind) {
    // Names written in lower case in the gazetteer (common nouns: "shells") match a capitalised first letter too.
    boolean caseSensitive = !text.equals(text.toLowerCase(Locale.ROOT));
    return new Alias(text, entity, kind, caseSensitive);
  }

  static String firstWord(String text) {
    int i = 0;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return text.substring(0, Math.max(i, Math.min(1, text.length()))).toLowerCase(Locale.ROOT);
  }

  /**
   * {@link #firstWord(String)} of a token's text: a token of letters and digits only (most are) is one word, and
   * its lower-cased form, kept by the token with its hash code, is the key; no copy is made.
   */
  static String firstWord(Token t) {
    String text = t.text();
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        return firstWord(text);
      }
    }
    return text.isEmpty() ? firstWord(text) : t.lower();
  }

  /** Aliases whose first word is {@code word} (lower-cased), longest first. */
  public ImmutableList<Alias> candidates(String word) {
    return byFirstWord.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether the gazetteer describes {@code e} as open water (a sea, strait, ocean, gulf or bay). */
  public boolean isOpenWater(Entity e) {
    return e.type() == EntityType.OTHER && water.contains(e);
  }

  /** The region the gazetteer calls "NAME region" ("Bryansk" → Bryansk Oblast), if any. */
  public Optional<Entity> regionNamed(String name) {
    return byName(name + " region").filter(e -> e.type() == EntityType.OTHER);
  }

  /** Definite-description nouns, longest first. */
  public ImmutableList<Alias> descriptors() {
    return descriptors;
  }

  /** The one entity that a descriptor names as an organisation of {@code owner} ("Seoul's spy agency"). */
  /** Whether the gazetteer places {@code place} inside {@code area} (following locatedIn up to three steps). */
  public boolean within(Entity place, Entity area) {
    Entity at = place;
    for (int step = 0; step < 3 && at != null; step++) {
      Entity next = null;
      for (Entity.BackgroundRelation r : at.background()) {
        if (r.relation().equals("locatedIn")) {
          next = byKey.get(r.targetKey());
        }
      }
      if (area.equals(next)) {
        return true;
      }
      at = next;
    }
    return false;
  }

  /** The country the gazetteer places an entity in (following locatedIn and partOf up to three steps). */
  public Optional<Entity> countryOf(Entity e) {
    Entity at = e;
    for (int step = 0; step < 3 && at != null; step++) {
      Entity next = null;
      for (Entity.BackgroundRelation r : at.background()) {
        if (r.relation().equals("locatedIn") || r.relation().equals("partOf")) {
          next = byKey.get(r.targetKey());
        }
      }
      if (next != null && next.type() == EntityType.COUNTRY) {
        return Optional.of(next);
      }
      at = next;
    }
    return Optional.empty();
  }

  /** The country a person leads or serves, as the gazetteer says ("Sergei Shoigu": Russia). */
  public Optional<Entity> countryServed(Entity person) {
    for (Entity.BackgroundRelation r : person.background()) {
      if (r.relation().equals("leads") || r.relation().equals("holdsPositionIn")) {
        Optional<Entity> target = entity(r.targetKey());
        Optional<Entity> country = target.flatMap(e -> e.type() == EntityType.COUNTRY ? Optional.of(e) : countryOf(e));
        if (country.isPresent()) {
          return country;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether some entry lists {@code phrase} (lower case) as a descriptor. */
  public boolean isDescriptor(String phrase) {
    return descriptorTexts.contains(phrase);
  }

  /** The one entity the gazetteer describes by {@code phrase} ("intelligence committee"); empty if none or several. */
  public Optional<Entity> onlyDescribedAs(String phrase) {
    Optional<Entity> found = Optional.empty();
    for (Alias a : descriptorsByText.get(phrase)) {
      if (found.isPresent() && !found.get().equals(a.entity())) {
        return Optional.empty();
      }
      found = Optional.of(a.entity());
    }
    return found;
  }

  /** The one entry that {@code phrase} describes and that is located in or part of {@code owner}; empty if none or two. */
  public Optional<Entity> describedAs(String phrase, Entity owner) {
    Optional<Entity> found = Optional.empty();
    for (Alias a : descriptorsByText.get(phrase)) {
      if (a.entity().descriptors().size() < 2) {
        continue;
      }
      for (Entity.BackgroundRelation r : a.entity().background()) {
        if ((r.relation().equals("locatedIn") || r.relation().equals("partOf")) && owner.equals(byKey.get(r.targetKey()))) {
          if (found.isPresent() && !found.get().equals(a.entity())) {
            return Optional.empty(); // two candidates: do not guess
          }
          found = Optional.of(a.entity());
        }
      }
    }
    return found;
  }

  public Optional<Entity> entity(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** Where the entity's Wikidata id was checked; empty when it has none. */
  public String sourceOf(Entity e) {
    return sources.getOrDefault(e, "");
  }

  public ImmutableMap<String, Entity> entities() {
    return byKey;
  }

  /** Finds a gazetteer entity by its canonical name or alias and type (for names found in the text). */
  public Optional<Entity> byName(String name) {
    for (Alias a : candidates(firstWord(name))) {
      if (a.kind() == MentionKind.NAME && a.text().equalsIgnoreCase(name)) {
        return Optional.of(a.entity());
      }
    }
    return Optional.empty();
  }
}
