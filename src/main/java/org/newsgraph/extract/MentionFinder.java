package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds the mentions of one sentence, in the order a reader meets them: gazetteer names (with demonyms and
 * metonyms), names the gazetteer does not know ({@link NameFinder}), short names defined earlier, definite
 * descriptions ("the spy agency") and pronouns, the last two resolved against the {@link Discourse}.
 */
public final class MentionFinder {
  private static final ImmutableSet<String> NOT_NAMES = DataFiles.resource("/org/newsgraph/extract/not-names.txt").stream()
      .map(l -> l.field(0)).collect(ImmutableSet.toImmutableSet());
  private static final Set<String> PROGRAMME_NOUNS = ImmutableSet.of("program", "programs", "programme", "programmes",
      "technology", "technologies", "development", "developments", "industry", "capability", "capabilities", "expert",
      "experts", "research", "know-how");
  private static final Set<String> PLACE_NOUNS = ImmutableSet.of("cities", "towns", "villages", "regions", "areas",
      "ports", "capitals", "places", "sites", "provinces");
  private static final Set<String> LOCATIVE = ImmutableSet.of(
      "in", "at", "to", "from", "near", "into", "outside", "visited", "visit", "visiting", "via", "toward", "towards",
      "hit", "hits", "struck", "strike", "strikes", "pounded", "pounds", "pound", "shelled", "bombed", "bombarded", "targeted"); // "pounds Kyiv"
  private static final Set<String> TRADE_VERBS = ImmutableSet.of("buy", "purchase", "receive", "import", "obtain", "acquire", "procure", "get", "source");
  private static final Set<String> SUPPLY_VERBS = ImmutableSet.of("ship", "supply", "sell", "export", "deliver", "provide", "smuggle", "transfer", "shipping", "sending",
      "shipment", "delivery", "sale"); // "shipments of shells to Moscow"
  private static final Set<String> REPORTING_AFTER_IT = ImmutableSet.of("said", "says", "added", "reported", "stated", "noted",
      "told", "warned", "estimated", "assessed", "found", "concluded", "announced", "claimed");
  private static final Set<String> ACCUSING = ImmutableSet.of("accused", "accuses", "blamed", "blames", "described", "called",
      "identified", "named", "suspects", "suspected", "believes", "believed");
  private static final Set<String> DETERMINERS = ImmutableSet.of("the", "its", "their", "this", "that", "these", "his", "her");
  private static final Set<String> PERSON_PRONOUNS = ImmutableSet.of("he", "she", "him", "his", "her");
  private static final Set<String> RAIL_PLACES = ImmutableSet.of("junction", "station", "hub", "depot", "terminal", "yard", "line", "link");
  private static final Set<String> THING_PRONOUNS = ImmutableSet.of("it", "its");
  /** Verbs whose subject "it" is a vehicle ({@code vehicle-verbs.txt}). */
  private static final ImmutableSet<String> VEHICLE_VERBS = DataFiles.resource("/org/newsgraph/extract/vehicle-verbs.txt").stream()
      .map(l -> l.text().strip()).collect(ImmutableSet.toImmutableSet());
  private static final Set<String> PAIRED_STATES = ImmutableSet.of("countries", "nations", "sides", "governments", "states", "neighbors", "neighbours", "allies");
  /** "the two", "the three", "the four": a group's size, from two. */
  private static final List<String> GROUP_SIZES = List.of("two", "three", "four");
  private static final Set<String> PAIRED_PEOPLE = ImmutableSet.of("leaders", "men", "presidents", "ministers");

  private final Gazetteer gazetteer;
  private final NameFinder names;
  private final ImmutableMap<String, EntityType> typeDescriptors;
  /** The gazetteer's descriptor texts, for a lookup per candidate phrase instead of a scan of every descriptor. */
  private final ImmutableSet<String> descriptorTexts;
  /** The last word of each descriptor: a phrase that ends otherwise ends with none of them. */
  private final ImmutableSet<String> descriptorLastWords;

  public MentionFinder(Gazetteer gazetteer, NameFinder names, ImmutableMap<String, EntityType> typeDescriptors) {
    this.gazetteer = gazetteer;
    this.names = names;
    this.typeDescriptors = typeDescriptors;
    this.descriptorTexts = gazetteer.descriptors().stream().map(Gazetteer.Alias::text).collect(ImmutableSet.toImmutableSet());
    this.descriptorLastWords = descriptorTexts.stream().map(t -> t.substring(t.lastIndexOf(' ') + 1)).collect(ImmutableSet.toImmutableSet());
  }

  /** The sentence's mentions, sorted, not overlapping; each is also added to the discourse. */
  public ImmutableList<Mention> find(Sentence s, Discourse d) {
    List<Mention> found = new ArrayList<>();
    gazetteerNames(s, found);
    names.find(s, d, found);
    for (Mention m : found) {
      if (m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.last() - m.first() >= 2) {
        if (!names.titles().containsKey(s.token(m.first()).lower())) { // "President Xi" is not later "President"
          d.shortName(s.token(m.first()).text(), m.entity()); // "Kim Jong Un" is later "Kim"
        }
        d.shortName(s.token(m.last() - 1).text(), m.entity());
      }
    }
    shortNames(s, d, found);
    names.properNames(s, d, found);
    found.sort(Comparator.comparingInt(Mention::first));
    KnownAs.apply(s, found, d);
    embassies(s, found, d, false);
    missions(s, found, d);
    // descriptions and pronouns look back, so resolve them in reading order with the discourse up to date
    List<Mention> out = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < s.size(); i++) {
      while (next < found.size() && found.get(next).first() <= i) {
        Mention m = vessel(s, out, ownedByPronoun(s, out, found.get(next++)), d);
        if (!covered(out, m.first())) { // a description read from a possessive may have taken its words
          out.add(m);
          d.add(m, !datelineCredit(s, m)); // "SEOUL, Aug. 14 (Yonhap) --": the article's own outlet is not "the news agency"
          expertsNamed(s, m, d);
        }
      }
      if (covered(out, i) || covered(found, i)) {
        continue;
      }
      int at = i;
      Optional<Mention> m = description(s, at, d, found).or(() -> pronoun(s, at, d)).or(() -> there(s, at, d))
          .or(() -> theExperts(s, at, d));
      if (m.isPresent()) {
        out.add(m.get());
        d.add(m.get());
        i = m.get().last() - 1;
      }
    }
    out.sort(Comparator.comparingInt(Mention::first));
    embassies(s, out, d, true); // "through its embassy in Beijing": the pronoun's state, now resolved
    return ImmutableList.copyOf(out);
  }

  /**
   * Named ships and "the ship": a name right after a vessel noun ("the tanker Sevastopol", "cargo ships A and B") or
   * set off by one ("The Sakhalin Zarya, a 5,400-tonne general cargo vessel,") is a ship; "the ship", "the vessel",
   * "the same tanker" after one was named is that ship.
   */
  private static Mention vessel(Sentence s, List<Mention> before, Mention m, Discourse d) {
    Mention last = before.isEmpty() ? null : before.get(before.size() - 1);
    if (m.kind() == MentionKind.NAME && m.entity().type() == EntityType.OTHER && last != null && m.first() - last.last() <= 2
        && (last.entity().type() == EntityType.TRANSPORT_MODE && (last.last() == m.first()
            || Regexes.matches(s.textOf(last.last(), m.first()).strip(), ", the|,") && SlotFinders.VESSEL_NOUNS.contains(s.token(last.last() - 1).lower())) // "a cargo ship, the Kama Star,"
            || d.isVessel(last.entity()) && s.textOf(last.last(), m.first()).strip().equals("and"))) {
      d.vessel(m.entity());
      return m;
    }
    if (m.entity().type() != EntityType.TRANSPORT_MODE) {
      return m;
    }
    if (last != null && last.kind() == MentionKind.NAME && last.entity().type() == EntityType.OTHER && appositionBetween(s, last.last(), m.first())) {
      d.vessel(last.entity());
      return m;
    }
    boolean definite = m.first() > 0 && s.token(m.first() - 1).lower().equals("the")
        || m.first() > 1 && s.token(m.first() - 1).lower().equals("same") && s.token(m.first() - 2).lower().equals("the");
    boolean singular = !s.token(m.last() - 1).lower().endsWith("s");
    if (!definite || !singular || d.lastVessel().isEmpty()) {
      return m;
    }
    int from = s.token(m.first() - 1).lower().equals("same") ? m.first() - 2 : m.first() - 1;
    return mention(s, from, m.last(), d.lastVessel().get(), MentionKind.DESCRIPTION);
  }

  /** "Russian rocket engineers": the discourse remembers whose engineers they are (a modifier may stand between). */
  private static void expertsNamed(Sentence s, Mention m, Discourse d) {
    if (m.kind() != MentionKind.DEMONYM || m.entity().type() != EntityType.COUNTRY) {
      return;
    }
    for (int k = m.last(); k < Math.min(s.size(), m.last() + 2); k++) {
      if (SlotFinders.EXPERTS.contains(s.token(k).lower())) {
        d.experts(s.token(k).lower(), m.entity());
        return;
      }
    }
  }

  /**
   * "the engineers brought parts", after "Russian rocket engineers had visited ...": the article's experts of that kind,
   * read as their country's demonym on "the" (no name: no entity row, only whose they are).
   */
  private static Optional<Mention> theExperts(Sentence s, int i, Discourse d) {
    if (i + 1 >= s.size() || !s.token(i).lower().equals("the") || !SlotFinders.EXPERTS.contains(s.token(i + 1).lower())) {
      return Optional.empty();
    }
    return d.expertsOf(s.token(i + 1).lower()).map(c -> mention(s, i, i + 1, c, MentionKind.DEMONYM));
  }

  /** ", a 5,400-tonne general cargo" between a name and a vessel noun: an apposition saying what it is. */
  private static boolean appositionBetween(Sentence s, int from, int to) {
    return to - from >= 2 && to - from <= 7 && s.token(from).text().equals(",") && Regexes.matches(s.token(from + 1).lower(), "a|an|the");
  }

  /**
   * "its Foreign Ministry" after "its" stood for South Korea: the body of that country the gazetteer knows as
   * "South Korea's Foreign Ministry", not a ministry of nowhere.
   */
  private Mention ownedByPronoun(Sentence s, List<Mention> before, Mention m) {
    Mention owner = before.isEmpty() ? null : before.get(before.size() - 1);
    if (owner == null || owner.kind() != MentionKind.PRONOUN || owner.last() != m.first() || owner.entity().type() != EntityType.COUNTRY
        || !isOrganizationType(m.entity().type()) || gazetteer.within(m.entity(), owner.entity())) {
      return m;
    }
    return gazetteer.byName(owner.entity().canonical() + "'s " + s.textOf(m.first(), m.last()))
        .filter(e -> gazetteer.within(e, owner.entity()))
        .map(e -> mention(s, m.first(), m.last(), e, m.kind())).orElse(m);
  }

  private static boolean startsName(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.first() == token && m.kind() == MentionKind.NAME) {
        return true;
      }
    }
    return false;
  }

  private static boolean covered(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.first() <= token && token < m.last()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> WATERS = java.util.Set.of("sea", "strait", "ocean", "gulf", "bay");

  /**
   * Names inside a longer name of something that is not an actor: "the U.N. Security Council" inside "U.N. Security
   * Council resolutions", "Ukraine" inside "the war in Ukraine". The text names them too; they are listed as
   * mentions of their own (overlapping the longer one) once reading is done, so no rule sees them twice.
   */
  public List<Mention> nestedNames(Sentence s, Mention outer) {
    List<Mention> out = new ArrayList<>();
    if (outer.kind() != MentionKind.NAME || outer.last() - outer.first() < 2
        || outer.entity().descriptors().stream().anyMatch(WATERS::contains)) { // "the East China Sea" names no China
      return out;
    }
    // an actor's name holds another only as its possessor: "Russia's embassy in Tokyo", not "Korea Sungri Trading Corp.";
    // an embassy's name holds its host city too ("the Russian embassy in London": London)
    boolean actor = outer.entity().type().isActor();
    boolean embassy = outer.entity().canonical().startsWith(EMBASSY);
    for (int i = outer.first(); i < outer.last(); i++) {
      if (embassy && i > outer.first() && s.token(i - 1).lower().equals("in")) {
        for (Gazetteer.Alias a : gazetteer.candidates(Gazetteer.firstWord(s.token(i).text()))) {
          int from = s.token(i).begin() - s.begin();
          int last = matchesAt(s.text(), from, a) ? tokenEndingAt(s, from + a.text().length()) : -1;
          if (last == outer.last() && a.entity().type() == EntityType.CITY && a.kind() == MentionKind.NAME) {
            out.add(mention(s, i, last, a));
            break;
          }
        }
      }
    }
    for (int i = outer.first(); i < (actor ? outer.first() + 1 : outer.last()); i++) {
      for (Gazetteer.Alias a : gazetteer.candidates(Gazetteer.firstWord(s.token(i).text()))) {
        int from = s.token(i).begin() - s.begin();
        int last = matchesAt(s.text(), from, a) ? tokenEndingAt(s, from + a.text().length()) : -1;
        boolean inside = last > 0 && last <= outer.last() && (i > outer.first() || last < outer.last());
        EntityType t = a.entity().type();
        boolean named = t == EntityType.COUNTRY || t == EntityType.ORGANIZATION || t == EntityType.GOVERNMENT_AGENCY
            || t == EntityType.LEGISLATURE && actor; // "the Verkhovna Rada's national security committee"
        boolean possessor = last > 0 && last < outer.last() && Regexes.matches(s.token(last).text(), "['’]s");
        if (inside && named && (possessor || !actor) && a.kind() == MentionKind.NAME && !a.entity().equals(outer.entity())) {
          out.add(mention(s, i, last, a));
          i = last - 1;
          break;
        }
      }
    }
    return out;
  }

  /** Every gazetteer name in the sentence; where names overlap, the longest wins ("North Korea" over "the North"). */
  private void gazetteerNames(Sentence s, List<Mention> out) {
    String text = s.text();
    List<Mention> candidates = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      Optional<Gazetteer.Alias> region = sharedRegion(s, i);
      if (region.isPresent()) {
        candidates.add(mention(s, i, i + 1, region.get()));
        continue;
      }
      for (Gazetteer.Alias a : gazetteer.candidates(Gazetteer.firstWord(t))) {
        int from = t.begin() - s.begin();
        // "cryptocurreny": a one-word name the speller restored in the token only (a dropped letter keeps the offsets)
        boolean restored = t.end() - t.begin() != t.text().length() && a.text().indexOf(' ') < 0 && a.text().equalsIgnoreCase(t.text());
        if (!matchesAt(text, from, a) && !restored) {
          continue;
        }
        int last = restored ? i + 1 : tokenEndingAt(s, from + a.text().length());
        if (last >= 0 && modifier(s, a, last)) {
          continue; // "Russian military transport planes": the planes, not the armed forces
        }
        if (last >= 0 && a.entity().type() == EntityType.WEAPON_TYPE && Regexes.matches(text.substring(from + a.text().length()),
            "-(?:[A-Z]|[A-Z]?\\d+[A-Za-z]?)(?![\\w.]).*")) {
          continue; // "Pantsir-M", "KN-23B": another model than the one the shorter name stands for
        }
        if (last >= 0) {
          candidates.add(mention(s, i, last, resolveMetonym(s, i, last, a)));
          break; // candidates are longest first
        }
      }
    }
    List<int[]> notNames = notNames(s);
    candidates.removeIf(m -> notNames.stream().anyMatch(
        r -> r[0] <= m.begin() - s.begin() && m.end() - s.begin() <= r[1])); // "a think tank run by the NIS": no tank
    // "nuclear and missile programmes", "missile technology": a weapon word that only modifies names no weapon
    candidates.removeIf(m -> m.entity().type() == EntityType.WEAPON_TYPE && m.last() < s.size()
        && PROGRAMME_NOUNS.contains(s.token(m.last()).lower()) && m.last() - m.first() == 1);
    // "the Liski rail junction": a transport word naming a kind of place is no means of transport
    candidates.removeIf(m -> m.entity().type() == EntityType.TRANSPORT_MODE && m.last() < s.size()
        && RAIL_PLACES.contains(s.token(m.last()).lower()));
    // "Japanese exchange DMM Bitcoin": a token's name after another capitalised word is part of a company's name
    candidates.removeIf(m -> m.entity().type() == EntityType.ASSET_TYPE && m.first() > 1 && s.token(m.first() - 1).isCapitalized()
        && Character.isLetter(s.token(m.first() - 1).text().charAt(0)) && candidates.stream().noneMatch(o -> o.last() == m.first()));
    // "President Xi Jinping": the full name wins over the titled short alias it overlaps
    candidates.removeIf(m -> names.titles().containsKey(s.token(m.first()).lower()) && candidates.stream().anyMatch(
        o -> o != m && o.entity().equals(m.entity()) && o.first() > m.first() && o.first() < m.last() && o.last() > m.last()));
    candidates.sort(Comparator.comparingInt((Mention m) -> -(m.end() - m.begin())).thenComparingInt(Mention::first));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : candidates) {
      if (kept.stream().noneMatch(o -> o.overlaps(m.first(), m.last()))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::first));
    for (int k = 0; k < kept.size(); k++) {
      Mention m = kept.get(k);
      Mention next = k + 1 < kept.size() ? kept.get(k + 1) : null;
      if (next != null && next.first() == m.last() && m.entity().type() == EntityType.WEAPON_TYPE && next.last() - next.first() == 1
          && next.entity().type() == EntityType.WEAPON_TYPE && !next.entity().equals(m.entity())) {
        out.add(mention(s, m.first(), next.last(), m.entity(), m.kind())); // "KN-23 missiles": one weapon, named by its type
        k++;
      } else {
        out.addAll(countryPrefixed(s, m));
      }
    }
  }

  /**
   * "US Federal Bureau of Investigation", "U.S. Treasury": an organisation's name that starts with its country
   * names the country too, so the country gets a mention of its own (the relation is read by {@link RoleFinder}).
   */
  private List<Mention> countryPrefixed(Sentence s, Mention m) {
    if (!isOrganizationType(m.entity().type()) || m.last() - m.first() < 2) {
      return List.of(m);
    }
    for (int k = m.first() + 1; k < m.last(); k++) {
      Optional<Entity> country = gazetteer.byName(s.textOf(m.first(), k)).filter(e -> e.type() == EntityType.COUNTRY);
      if (country.isPresent() && gazetteer.within(m.entity(), country.get())) {
        int org = k < m.last() - 1 && Regexes.matches(s.token(k).lower(), "[’']s") ? k + 1 : k; // "Russia's Foreign Ministry"
        return List.of(mention(s, m.first(), k, country.get(), MentionKind.NAME), mention(s, org, m.last(), m.entity(), m.kind()));
      }
    }
    return List.of(m);
  }

  private static boolean isOrganizationType(EntityType t) {
    return t == EntityType.GOVERNMENT_AGENCY || t == EntityType.ORGANIZATION || t == EntityType.LEGISLATURE
        || t == EntityType.NEWS_ORGANIZATION || t == EntityType.POLITICAL_PARTY;
  }

  private static boolean matchesAt(String text, int from, Gazetteer.Alias a) {
    String alias = a.text();
    if (from + alias.length() > text.length()) {
      return false;
    }
    int shouted = -1; // "SEOUL, Feb 27 (Reuters) -": worked out at the first letter that differs in case only
    for (int k = 0; k < alias.length(); k++) {
      char t = apostrophe(text.charAt(from + k));
      char a2 = apostrophe(alias.charAt(k));
      if (t == a2) {
        continue;
      }
      if (Character.toLowerCase(t) != Character.toLowerCase(a2)) {
        return false;
      }
      boolean sentenceCase = k == 0 && (!a.caseSensitive() || alias.startsWith("the ")); // "The North launched"
      if (!sentenceCase) {
        shouted = shouted < 0 ? (isUpperCaseWord(text, from, alias.length()) ? 1 : 0) : shouted;
        if (shouted == 0) {
          return false;
        }
      }
    }
    int end = from + alias.length();
    return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
  }

  private static boolean isUpperCaseWord(String text, int from, int length) {
    int letters = 0;
    for (int k = from; k < Math.min(text.length(), from + length); k++) {
      char c = text.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 3;
  }

  /** Typographic and typewriter apostrophes are one character to a name ("Korea’s" and "Korea's"). */
  private static char apostrophe(char c) {
    return c == '’' || c == '‘' ? '\'' : c;
  }

  /** Index one past the token that ends exactly at {@code end} (sentence-relative), or -1. */
  static int tokenEndingAt(Sentence s, int end) {
    for (Token t : s.tokens()) {
      if (t.end() - s.begin() == end) {
        return t.index() + 1;
      }
      if (t.end() - s.begin() > end) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A body's name whose last word is a common noun ("Russian military") used before another noun, as a modifier
   * ("Russian military transport planes"); weapons ("ballistic missile technology") are named as modifiers too, and
   * so are names ending in other nouns ("Russian military intelligence officers": the GRU's officers).
   */
  private static final Set<String> ATTRIBUTIVE_HEADS = ImmutableSet.of("military", "army", "navy", "government");

  private static boolean modifier(Sentence s, Gazetteer.Alias a, int end) {
    int space = a.text().lastIndexOf(' ');
    return a.entity().type().isActor() && space > 0 && ATTRIBUTIVE_HEADS.contains(a.text().substring(space + 1)) && end < s.size()
        && s.token(end).pos().equals("NOUN") && !s.token(end).isCapitalized();
  }

  private static final Set<String> PLURAL_REGIONS = ImmutableSet.of("regions", "provinces", "oblasts");

  /** "Russia's Kursk and Bryansk regions": the name before a plural "regions" is the region the gazetteer knows. */
  private Optional<Gazetteer.Alias> sharedRegion(Sentence s, int i) {
    if (!s.token(i).isCapitalized()) {
      return Optional.empty();
    }
    int noun = i + 1; // "Kursk and Bryansk regions", "the Kursk, Belgorod and Bryansk regions": the list's shared noun
    while (noun < s.size() && noun - i <= 6 && (s.token(noun).isCapitalized() || Regexes.matches(s.token(noun).text(), ",|and"))) {
      noun++;
    }
    if (noun >= s.size() || !PLURAL_REGIONS.contains(s.token(noun).lower()) || noun > i + 1 && !Regexes.matches(s.token(i + 1).text(), ",|and")) {
      return Optional.empty();
    }
    String name = s.token(i).text() + " " + s.token(noun).lower().replaceFirst("s$", "");
    return gazetteer.candidates(Gazetteer.firstWord(s.token(i).text())).stream().filter(a -> a.text().equalsIgnoreCase(name)).findFirst();
  }

  /** Nouns of a business that a place before them locates: "a Moscow exchange", "a Singapore firm". */
  static final String BUSINESS_NOUNS = "exchange|company|firm|bank|broker|brokerage|startup|court|shipping|trading|university";

  /** A capital after "in", "to", "from" or at a dateline is the city; elsewhere it stands for the state. */
  private Gazetteer.Alias resolveMetonym(Sentence s, int i, int end, Gazetteer.Alias a) {
    if (a.kind() == MentionKind.NAME && a.entity().type() == EntityType.CITY) {
      // a capital is also its state's metonym: decide by context which one the text means
      for (Gazetteer.Alias c : gazetteer.candidates(Gazetteer.firstWord(a.text()))) {
        if (c.kind() == MentionKind.METONYM && c.text().equals(a.text())) {
          return resolveMetonym(s, i, end, c);
        }
      }
      return a;
    }
    if (a.kind() != MentionKind.METONYM) {
      return a;
    }
    boolean based = end + 1 < s.size() && s.token(end).text().equals("-") && Regexes.matches(s.token(end + 1).lower(), NameFinder.BASED);
    boolean accordingTo = i > 1 && s.token(i - 2).lower().equals("according"); // "according to Seoul's unification ministry"
    // "Garantex, a Moscow exchange": a capital before the noun of a business is where the business is
    boolean business = i > 0 && Regexes.matches(s.token(i - 1).lower(), "a|an") && end < s.size()
        && Regexes.matches(s.token(end).lower(), BUSINESS_NOUNS);
    boolean place = i > 0 && LOCATIVE.contains(s.token(i - 1).lower()) && !tradedWith(s, i - 1) && !accordingTo
        || based || business || weaponsAgainst(s, i); // "London-based"; "missiles against Kyiv"
    // "SEOUL, Oct. 18", "Seoul, South Korea": a dateline; "Pyongyang, which acknowledged ...": the state
    boolean dateline = i == 0 && s.size() > 1 && s.token(1).text().equals(",") && (s.size() < 3 || !Regexes.matches(s.token(2).text(), "[a-z].*"))
        || i == 0 && end < s.size() && Regexes.matches(s.token(end).text(), "--|[-–—]")
            && s.token(0).text().equals(s.token(0).text().toUpperCase(java.util.Locale.ROOT)); // "TOKYO -- Japan on Friday ..."
    if (place || dateline || placeExample(s, i)) {
      for (Gazetteer.Alias c : gazetteer.candidates(Gazetteer.firstWord(a.text()))) {
        boolean city = c.entity().type() == EntityType.CITY
            && (c.text().equalsIgnoreCase(a.text()) || c.text().toLowerCase(java.util.Locale.ROOT).startsWith(a.text().toLowerCase(java.util.Locale.ROOT) + ","));
        if (c.kind() == MentionKind.NAME && (c.text().equals(a.text()) || city)) {
          return new Gazetteer.Alias(a.text(), c.entity(), MentionKind.NAME, c.caseSensitive());
        }
      }
    }
    return a;
  }

  /**
   * "Russia's embassy in Washington", "Moscow's embassy in Tokyo", "the Russian Embassy in Seoul": one government
   * agency, named "Embassy of COUNTRY in CITY" by the canonical names of its state and city.
   */
  private static void embassies(Sentence s, List<Mention> found, Discourse d, boolean pronouns) {
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention state = found.get(i);
      Mention city = found.get(i + 1);
      if (state.entity().type() != EntityType.COUNTRY || city.entity().type() != EntityType.CITY
          || pronouns != (state.kind() == MentionKind.PRONOUN)) {
        continue;
      }
      String between = s.textOf(state.last(), city.first()).toLowerCase(java.util.Locale.ROOT).strip();
      if (!Regexes.matches(between, "(?:[’']s )?embassy in")) {
        continue;
      }
      Entity embassy = d.found(EMBASSY + state.entity().canonical() + " in " + city.entity().canonical(),
          EntityType.GOVERNMENT_AGENCY);
      if (pronouns) { // "its embassy", then the city it names (both resolved and in the discourse already)
        found.set(i, mention(s, state.first(), state.last() + 1, embassy, MentionKind.DESCRIPTION));
      } else {
        found.set(i, mention(s, state.first(), city.last(), embassy, MentionKind.NAME));
        found.remove(i + 1);
      }
      d.embassy(embassy, city.entity());
    }
  }

  /** How the names this class mints for a state's posts abroad begin. */
  private static final String EMBASSY = "Embassy of ";
  private static final String MISSION = "Permanent Mission of ";

  /** An embassy or a permanent mission: where it is posted, not in the state it represents. */
  static boolean postedAbroad(Entity e) {
    return e.canonical().startsWith(EMBASSY) || e.canonical().startsWith(MISSION);
  }

  /** Bodies a state keeps a permanent mission to. */
  private static final Set<String> MISSION_HOSTS = Set.of("United Nations", "European Union");

  /**
   * "North Korea's mission to the United Nations", "Russia's U.N. mission": one government agency, named "Permanent
   * Mission of COUNTRY to the BODY" by the canonical names of the state and the body.
   */
  private static void missions(Sentence s, List<Mention> found, Discourse d) {
    for (int i = 0; i + 1 < found.size(); i++) {
      Mention state = found.get(i);
      Mention body = found.get(i + 1);
      if (state.entity().type() != EntityType.COUNTRY || state.kind() == MentionKind.PRONOUN
          || !MISSION_HOSTS.contains(body.entity().canonical())) {
        continue;
      }
      String between = s.textOf(state.last(), body.first()).toLowerCase(java.util.Locale.ROOT).strip();
      boolean missionTo = Regexes.matches(between, "(?:[’']s )?(?:permanent )?mission to(?: the)?");
      boolean bodyMission = Regexes.matches(between, "[’']s") && body.last() < s.size() && s.token(body.last()).lower().equals("mission");
      if (!missionTo && !bodyMission) {
        continue;
      }
      Entity mission = d.found(MISSION + state.entity().canonical() + " to the " + body.entity().canonical(),
          EntityType.GOVERNMENT_AGENCY);
      found.set(i, mention(s, state.first(), bodyMission ? body.last() + 1 : body.last(), mission, MentionKind.NAME));
      found.remove(i + 1);
    }
  }

  /** Where the sentence holds a phrase of {@code not-names.txt} ("think tank"): [from, to) in sentence characters. */
  private static List<int[]> notNames(Sentence s) {
    List<int[]> out = new ArrayList<>();
    String lower = s.text().toLowerCase(java.util.Locale.ROOT);
    for (String phrase : NOT_NAMES) {
      for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
        out.add(new int[] {at, at + phrase.length()});
      }
    }
    return out;
  }

  /** Weapons or strikes a capital is the target of: "used KN-23 missiles against Kyiv", "strikes on Kyiv" (not "sanctions against Moscow"). */
  private boolean weaponsAgainst(Sentence s, int i) {
    if (i < 2 || !Regexes.matches(s.token(i - 1).lower(), "against|on")) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 5); k--) {
      String w = s.token(k).text();
      boolean weapon = gazetteer.candidates(Gazetteer.firstWord(w)).stream()
          .anyMatch(a -> a.entity().type() == EntityType.WEAPON_TYPE && a.text().equalsIgnoreCase(w));
      if (weapon || Regexes.matches(s.token(k).lower(), "munitions|strikes?|attacks?|raids?|bombardment|shelling")) {
        return true;
      }
    }
    return false;
  }

  /** "at cities in Ukraine, including Kyiv": an example of places is a place. */
  private static boolean placeExample(Sentence s, int i) {
    if (i < 1 || !s.token(i - 1).lower().equals("including") && !(i > 1 && s.token(i - 2).lower().equals("such")
        && s.token(i - 1).lower().equals("as"))) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 8); k--) {
      if (PLACE_NOUNS.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "buying weapons from Pyongyang", "shipping shells to Moscow": after a trade verb, "from" and "to" name the
   * state traded with, not a place.
   */
  private static boolean tradedWith(Sentence s, int preposition) {
    String p = s.token(preposition).lower();
    Set<String> verbs = p.equals("from") ? TRADE_VERBS : p.equals("to") ? SUPPLY_VERBS : Set.of();
    int reach = p.equals("from") ? 12 : 9;
    for (int k = preposition - 1; k >= Math.max(0, preposition - reach); k--) {
      if (verbs.contains(s.token(k).lemma())) {
        return true;
      }
      if (s.token(k).text().equals(",") || p.equals("from") && s.token(k).isVerb() && preposition - k > 4) {
        return false; // "received air defense equipment and help with its drone program from Moscow" reaches; clauses do not
      }
    }
    return false;
  }

  private void shortNames(Sentence s, Discourse d, List<Mention> out) {
    for (int i = 0; i < s.size(); i++) {
      if (!s.token(i).isCapitalized() || covered(out, i)) {
        continue;
      }
      for (int n = Math.min(3, s.size() - i); n >= 1; n--) { // "Okeansk Marine" before "Okeansk"
        if (covered(out, i + n - 1)) {
          continue;
        }
        Optional<Entity> e = d.byShortName(s.textOf(i, i + n));
        boolean longerName = i + n < s.size() && s.token(i + n).isCapitalized() && !covered(out, i + n)
            && Character.isLetter(s.token(i + n).text().charAt(0)) // "Kim Il Sung Square", "Kim Yo Jong": someone else
            || i > 0 && s.token(i - 1).pos().equals("PROPN") && !covered(out, i - 1) && Character.isLetter(s.token(i - 1).text().charAt(0))
            && !names.titles().containsKey(s.token(i - 1).lower()); // "Ri Song Chol": not "Chol" of a name that ends so
        if (e.isPresent() && !longerName) {
          out.add(mention(s, i, i + n, e.get(), MentionKind.NAME));
          i += n - 1;
          break;
        }
      }
    }
  }


  /** Where the part of {@code phrase} after the next space at or after {@code from} starts; -1 if none. */
  private static int next(String phrase, int from) {
    int space = phrase.indexOf(' ', from);
    return space < 0 ? -1 : space + 1;
  }

  /**
   * "the two countries", "both sides", "the three ministers": the two (three, four) entities of the kind mentioned
   * last. The mention names the latest; the discourse keeps the others as its partners.
   */
  private static Optional<Mention> pair(Sentence s, int i, Discourse d) {
    String w = s.token(i).lower();
    int size = w.equals("both") ? 2 : w.equals("the") && i + 1 < s.size() ? GROUP_SIZES.indexOf(s.token(i + 1).lower()) + 2 : -1;
    int noun = w.equals("both") ? i + 1 : size >= 2 ? i + 2 : -1;
    if (noun < 0 || noun >= s.size()) {
      return Optional.empty();
    }
    String n = s.token(noun).lower();
    java.util.function.Predicate<Entity> kind = PAIRED_STATES.contains(n) ? x -> x.type() == EntityType.COUNTRY
        : PAIRED_PEOPLE.contains(n) ? x -> x.type() == EntityType.PERSON : null;
    if (kind == null) {
      return Optional.empty();
    }
    List<Entity> group = new ArrayList<>();
    if (size == 2 && PAIRED_STATES.contains(n)) {
      group.addAll(d.lastCountryPair()); // "Russia shipped oil to the North ... both countries": that pair, not the last two named
    }
    for (int k = d.mentions().size() - 1; k >= 0 && group.size() < size; k--) {
      Entity e = d.mentions().get(k).entity();
      if (kind.test(e) && !group.contains(e)) {
        group.add(e);
      }
    }
    if (group.size() < size) {
      return Optional.empty();
    }
    Mention m = mention(s, i, noun + 1, group.get(0), MentionKind.DESCRIPTION);
    d.partners(m, group.subList(1, size));
    return Optional.of(m);
  }

  private Optional<Mention> description(Sentence s, int i, Discourse d, List<Mention> names) {
    Optional<Mention> own = ownCountry(s, i, names);
    if (own.isPresent()) {
      return own;
    }
    Optional<Mention> pair = pair(s, i, d);
    if (pair.isPresent()) {
      return pair;
    }
    // "..., police said", "according to police": the police force the article named, else the dateline country's
    if (Regexes.matches(s.token(i).lower(), "police|prosecutors") && (i == 0 || !DETERMINERS.contains(s.token(i - 1).lower()))
        && (i + 1 < s.size() && REPORTING_AFTER_IT.contains(s.token(i + 1).lower())
            || i >= 2 && s.token(i - 1).lower().equals("to") && s.token(i - 2).lower().equals("according"))) {
      String text = s.token(i).lower();
      Optional<Entity> e = d.lastDescribedAs(text).or(() -> lastBodyNamed(d, text))
          .or(() -> d.home().flatMap(c -> gazetteer.describedAs(text, c)));
      if (e.isPresent()) {
        return Optional.of(mention(s, i, i + 1, e.get(), MentionKind.DESCRIPTION));
      }
    }
    if (!DETERMINERS.contains(s.token(i).lower()) || i + 1 < s.size() && DETERMINERS.contains(s.token(i + 1).lower())) {
      return possessedDescription(s, i, d, names);
    }
    // "..., its state media said": the body of what the possessive stands for that the gazetteer describes so, when it
    // speaks ("to train its army", "its military cooperation" name no body)
    if (s.token(i).lower().equals("its") && reportingVerbWithin(s, i + 2, 4)) { // who "its" stands for, only then
      Optional<Mention> owned = pronoun(s, i, d).map(Mention::entity).filter(MentionFinder::owns)
          .flatMap(owner -> ownedDescription(s, i, i + 1, owner, names))
          .filter(m -> m.last() < s.size() && REPORTING_AFTER_IT.contains(s.token(m.last()).lower()));
      if (owned.isPresent()) {
        return owned;
      }
    }
    // "TOKYO, Dec. 9 (Kyodo) -- ..., the government said": wire copy's own government, the dateline's country
    if (i + 2 < s.size() && s.token(i).lower().equals("the") && s.token(i + 1).lower().equals("government")
        && REPORTING_AFTER_IT.contains(s.token(i + 2).lower()) && d.home().isPresent()) {
      return Optional.of(mention(s, i, i + 2, d.home().get(), MentionKind.DESCRIPTION));
    }
    // the [X's] [modifier]{0,2} DESCRIPTOR : try the longest descriptor ending within five tokens
    for (int end = Math.min(s.size(), i + 6); end > i + 1; end--) {
      if (covered(names, end - 1)) {
        continue;
      }
      if (end < s.size() && startsName(names, end)
          || end + 1 < s.size() && s.token(end).lower().equals("of") && startsName(names, end + 1)
              && SlotFinders.NAMED_PLACE_KINDS.contains(s.token(end - 1).lower())) {
        continue; // "the state news agency KCNA", "the city of Kharkiv": the name that follows is what the phrase describes
      }
      if (end < s.size() && s.token(end).pos().equals("NOUN") && !s.token(end).isCapitalized()
          && (s.token(end - 1).pos().equals("ADJ") || s.token(end).lemma().equals(s.token(end).lower()))
          && !REPORTING_AFTER_IT.contains(s.token(end).lower())) {
        continue; // "its military cooperation with Russia": the descriptor only modifies the noun that heads the phrase
      }
      String phrase = s.textOf(i + 1, end).toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean inOfPhrase = ofPhrase(s, i, end);
      // the phrase, then each word-final part of it, longest first: the descriptors it equals or ends with
      boolean mayEndWithDescriptor = descriptorLastWords.contains(phrase.substring(phrase.lastIndexOf(' ') + 1));
      for (int from = mayEndWithDescriptor ? 0 : -1; from >= 0; from = next(phrase, from)) {
        String text = phrase.substring(from);
        if (!descriptorTexts.contains(text)) {
          continue;
        }
        if (!allLowerCase(s, i + 1, end) || clauseInside(s, i + 1, end)) {
          break; // "the agency said the hackers": a verb or a second determiner ends the phrase before "hackers"
        }
        // "..., the agency said": the agency that has been speaking, not the last agency the article named
        boolean speaks = end < s.size() && REPORTING_AFTER_IT.contains(s.token(end).lower());
        Optional<Entity> e = (speaks ? d.lastOrganizationSpeaker().filter(x -> x.descriptors().contains(text)) : Optional.<Entity>empty())
            .or(() -> d.lastDescribedAs(text))
            .or(() -> text.indexOf(' ') < 0 ? lastBodyNamed(d, text) : Optional.empty())
            // "SEOUL, Dec. 2 (Yonhap) -- ..., the foreign ministry said": met first as it speaks, the dateline country's
            .or(() -> speaks ? d.home().flatMap(c -> gazetteer.describedAs(text, c))
                .filter(x -> x.type() != EntityType.NEWS_ORGANIZATION) : Optional.empty()) // an outlet is not "the news agency" in its own copy
            // "the intelligence committee" after the defense committee: the one body described so, not the last committee
            .or(() -> text.indexOf(' ') > 0 && !inOfPhrase ? gazetteer.onlyDescribedAs(text) : Optional.empty());
        if (e.isPresent()) {
          return Optional.of(mention(s, i, end, e.get(), MentionKind.DESCRIPTION));
        }
      }
      String head = s.token(end - 1).lower();
      EntityType type = typeDescriptors.get(head);
      if (type != null && end == i + 2 && s.token(i).lower().equals("the")) {
        Optional<Entity> e = d.lastMatching(x -> x.type() == type && !x.fromGazetteer());
        if (e.isPresent()) {
          return Optional.of(mention(s, i, end, e.get(), MentionKind.DESCRIPTION));
        }
      }
      if (end == i + 2 && s.token(i).lower().equals("the") && head.length() > 3) {
        Optional<Entity> e = lastBodyNamed(d, head);
        if (e.isPresent()) {
          return Optional.of(mention(s, i, end, e.get(), MentionKind.DESCRIPTION));
        }
      }
      if (s.token(i).lower().equals("the") && end - i >= 3 && allLowerCase(s, i + 1, end)) {
        // "the monitoring team" for "the Multilateral Sanctions Monitoring Team": words of a name met before, its head last
        Optional<Entity> e = d.lastMatching(x -> !x.fromGazetteer() && x.type().isActor() && namesWords(x.canonical(), phrase));
        if (e.isPresent()) {
          return Optional.of(mention(s, i, end, e.get(), MentionKind.DESCRIPTION));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Ukrainian soldiers fighting for their country": the country of the people "their" stands for, named by a demonym
   * earlier in the clause, not the last country the article named.
   */
  private static Optional<Mention> ownCountry(Sentence s, int i, List<Mention> names) {
    if (i + 1 >= s.size() || !Regexes.matches(s.token(i).lower(), "their|its") || !Regexes.matches(s.token(i + 1).lower(), "country|homeland|nation")) {
      return Optional.empty();
    }
    int cs = Clause.start(s, i);
    Mention owner = null;
    for (Mention m : names) {
      if (m.last() <= i && m.first() >= cs && m.kind() == MentionKind.DEMONYM && m.entity().type() == EntityType.COUNTRY) {
        owner = m;
      }
    }
    return Optional.ofNullable(owner).map(m -> mention(s, i, i + 2, m.entity(), MentionKind.DESCRIPTION));
  }

  /** "chief of the general staff", "the general staff of the KPA": whose the body is, the words around it say. */
  private boolean ofPhrase(Sentence s, int i, int end) {
    return i > 1 && s.token(i - 1).lower().equals("of") && names.titles().containsKey(s.token(i - 2).lower())
        || end < s.size() && s.token(end).lower().equals("of");
  }

  /** "the office" for "the Seoul Central District Prosecutors' Office": a body met before whose name ends with the word. */
  private static Optional<Entity> lastBodyNamed(Discourse d, String head) {
    return d.lastMatching(x -> !x.fromGazetteer() && x.type().isActor() && x.type() != EntityType.PERSON
        && x.canonical().indexOf(' ') > 0 && x.canonical().toLowerCase(Locale.ROOT).endsWith(" " + head));
  }

  private static boolean namesWords(String canonical, String phrase) {
    if (!phrase.endsWith(" ") && !containsIgnoringCase(canonical, phrase.substring(phrase.lastIndexOf(' ') + 1))) {
      return false; // the phrase's last word is none of the name's: spares lower-casing and splitting most names
    }
    String lower = canonical.toLowerCase(Locale.ROOT);
    List<String> name = List.of(lower.split(" "));
    String[] words = phrase.split(" ");
    if (name.size() < 2 || !name.get(name.size() - 1).equals(words[words.length - 1])) {
      return false;
    }
    for (String w : words) {
      if (!name.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} holds {@code lower} (lower-cased) in any case, without a lower-cased copy of the text. */
  private static boolean containsIgnoringCase(String text, String lower) {
    for (int k = 0; k + lower.length() <= text.length(); k++) {
      if (text.regionMatches(true, k, lower, 0, lower.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Seoul's intelligence agency", "the National Assembly's intelligence committee": a descriptor owned by a country
   * or a body names that country's entity, or that body's part.
   */
  private Optional<Mention> possessedDescription(Sentence s, int i, Discourse d, List<Mention> names) {
    if (i + 1 < s.size() && !Regexes.matches(s.token(i).lower(), "[’']s")) {
      return speakingDemonymDescription(s, i, names);
    }
    if (i + 1 >= s.size()) {
      return Optional.empty();
    }
    Mention owner = null;
    for (Mention m : names) {
      if (m.last() == i && owns(m.entity())) {
        owner = m;
      }
    }
    return owner == null ? Optional.empty() : ownedDescription(s, i + 1, i + 1, owner.entity(), names);
  }

  /** A country or a body (not a person) may own a descriptor: "North Korea's state media", "its foreign ministry". */
  private static boolean owns(Entity e) {
    return e.type() == EntityType.COUNTRY || e.type().isActor() && e.type() != EntityType.PERSON;
  }

  /**
   * The longest descriptor from {@code phrase} on (lower case, up to four words) that the gazetteer gives a body of
   * {@code owner}, as a mention from {@code from}.
   */
  private Optional<Mention> ownedDescription(Sentence s, int from, int phrase, Entity owner, List<Mention> names) {
    for (int end = Math.min(s.size(), phrase + 4); end > phrase; end--) {
      if (!allLowerCase(s, phrase, end)) {
        continue;
      }
      if (end < s.size() && s.token(end - 1).pos().equals("ADJ") && s.token(end).pos().equals("NOUN") && !s.token(end).isCapitalized()) {
        continue; // "North Korea's military intelligence agency": the adjective modifies the noun after it
      }
      Optional<Entity> e = gazetteer.describedAs(s.textOf(phrase, end).toLowerCase(Locale.ROOT), owner);
      if (e.isPresent() && !(end < s.size() && startsName(names, end))) { // "North Korea's state media KCNA": the name
        return Optional.of(mention(s, from, end, e.get(), MentionKind.DESCRIPTION));
      }
    }
    return Optional.empty();
  }

  /** "North Korean state media reported": a demonym's body that speaks, named by a descriptor the gazetteer gives it. */
  private Optional<Mention> speakingDemonymDescription(Sentence s, int i, List<Mention> names) {
    Mention owner = null;
    for (Mention m : names) {
      if (m.last() == i && m.kind() == MentionKind.DEMONYM && m.entity().type() == EntityType.COUNTRY) {
        owner = m;
      }
    }
    for (int end = Math.min(s.size() - 1, i + 3); owner != null && end > i; end--) {
      if (!allLowerCase(s, i, end) || !REPORTING_AFTER_IT.contains(s.token(end).lower())) {
        continue;
      }
      Optional<Entity> e = gazetteer.describedAs(s.textOf(i, end).toLowerCase(Locale.ROOT), owner.entity())
          .filter(x -> x.type() == EntityType.NEWS_ORGANIZATION || x.type() == EntityType.GOVERNMENT_AGENCY);
      if (e.isPresent()) {
        return Optional.of(mention(s, i, end, e.get(), MentionKind.DESCRIPTION));
      }
    }
    return Optional.empty();
  }

  private static boolean clauseInside(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.token(k).isVerb() && !s.token(k).lower().endsWith("ed") || Regexes.matches(s.token(k).lower(), "the|a|an|that|which")) {
        return true; // "armed forces", "the state-run agency" keep their participles
      }
    }
    return false;
  }

  private static boolean allLowerCase(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.token(k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  private Optional<Mention> pronoun(Sentence s, int i, Discourse d) {
    String w = s.token(i).lower();
    Optional<Entity> e = Optional.empty();
    if (PERSON_PRONOUNS.contains(w)) {
      // "Shoigu met Kim in Pyongyang on Tuesday, his third trip to the North": an apposition's "his" is the subject's
      boolean apposition = i > 0 && s.token(i - 1).text().equals(",") && Regexes.matches(w, "his|her");
      Optional<Entity> subject = apposition ? d.mentions().stream().filter(m -> m.sentence() == s.index()
          && m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME).findFirst().map(Mention::entity) : Optional.empty();
      // "Kim last visited Russia in 2023, when he met Putin": a person who opens the sentence is its "he"
      Optional<Entity> opener = d.mentions().stream().filter(m -> m.sentence() == s.index() && m.first() == Clause.datelineEnd(s)
          && m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME).findFirst().map(Mention::entity);
      // "Russian Ambassador Vassily Nebenzia called the report ... . He denied ...": the person who opened the sentence
      // before is the "he" that opens this one
      Optional<Entity> previousOpener = i == Clause.datelineEnd(s) ? d.mentions().stream()
          .filter(m -> m.sentence() == s.index() - 1 && m.kind() != MentionKind.DEMONYM).findFirst()
          .filter(m -> m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.first() <= 4)
          .map(Mention::entity) : Optional.empty();
      e = subject.or(() -> reportingSubject(s, i, d)).or(() -> opener).or(() -> previousOpener).or(d::lastSpeaker)
          .or(() -> d.lastMatching(x -> x.type() == EntityType.PERSON));
    } else if (THING_PRONOUNS.contains(w) && !expletive(s, i)) {
      // "In a statement carried by KCNA, it said": "it" is not the one that carried the words
      int next = i + 1; // "It also said", "it has said": adverbs and auxiliaries before the verb
      while (next < s.size() && next - i <= 2 && Regexes.matches(s.token(next).lower(), "also|further|later|earlier|previously|has|had|then")) {
        next++;
      }
      boolean reports = next < s.size() && REPORTING_AFTER_IT.contains(s.token(next).lower());
      // "sanctioned ... a trade official it accused of ...", "a group it said operates under ...": the sentence's subject
      // "... three tankers that it says helped ...": a relative clause's reporter is the sentence's subject too
      // "..., the Sibirsky Veter and the Bukhta Nadezhdy, which it said had carried ...": after a name and a comma too
      int antecedent = i > 2 && s.token(i - 2).text().equals(",") ? i - 3 : i - 2;
      boolean afterNoun = i > 0 && s.token(i - 1).pos().equals("NOUN")
          || i > 1 && Regexes.matches(s.token(i - 1).lower(), "that|which") && antecedent >= 0
              && Regexes.matches(s.token(antecedent).pos(), "NOUN|PROPN");
      boolean reducedRelative = afterNoun && i + 1 < s.size() && (reports || ACCUSING.contains(s.token(i + 1).lower()));
      // "South Korea also blacklisted the ship in coordination with Washington, its Foreign Ministry said": the
      // possessor of a trailing speaker is the sentence's subject, not the nearest name
      boolean trailingSpeaker = w.equals("its") && i > 0 && s.token(i - 1).text().equals(",") && reportingVerbWithin(s, i + 1, 4);
      // "The NIS told a session of the intelligence committee that it could not confirm ...": who told, not whom
      boolean toldThatIt = w.equals("it") && i > 2 && s.token(i - 1).lower().equals("that") && toldBefore(s, i - 1);
      // "Pyongyang has rejected U.S. accusations that it steals cryptocurrency": the accused is who rejects them
      toldThatIt |= w.equals("it") && i > 2 && s.token(i - 1).lower().equals("that")
          && Regexes.matches(s.token(i - 2).lower(), "accusations|allegations|claims|charges|suggestions|assertions");
      // "North Korea's Foreign Ministry, in a statement carried by KCNA, said its cooperation with Russia": the sayer's
      int sayingVerb = !w.equals("its") || i < 2 ? -1 : saying(s.token(i - 1)) ? i - 1
          : s.token(i - 1).lower().equals("that") && saying(s.token(i - 2)) ? i - 2 : -1;
      // "told lawmakers that Russia may have helped ..., and that it is believed to have shipped ...": the first
      // that-clause's subject
      if (secondThatClause(w, s, i)) {
        Optional<Entity> first = firstThatSubject(s, i - 1, d);
        if (first.isPresent()) {
          return first.map(x -> mention(s, i, i + 1, x, MentionKind.PRONOUN));
        }
      }
      // "Tokyo lodged a protest with Pyongyang through its embassy in Beijing": the channel is the subject's own
      boolean ownChannel = w.equals("its") && i > 0 && Regexes.matches(s.token(i - 1).lower(), "through|via");
      Optional<Entity> speaker = reducedRelative || trailingSpeaker || toldThatIt || ownChannel ? sentenceSubject(s, d)
          : sayingVerb > 0 ? sayer(s, d, sayingVerb) : Optional.empty();
      if (speaker.isEmpty() && w.equals("its") && i > 1 && s.token(i - 1).lower().equals("and")) {
        // "sanctioned Ryonghung and its president": the name just before "and"
        speaker = d.mentions().stream().filter(m -> m.sentence() == s.index() && m.last() == i - 1
            && m.entity().type() != EntityType.PERSON && m.kind() != MentionKind.DEMONYM).map(Mention::entity).reduce((a, b) -> b);
      }
      speaker = speaker.isPresent() ? speaker : reports ? d.lastOrganizationSpeaker() : Optional.empty();
      speaker = speaker.isPresent() || !w.equals("it") || !vehicleVerbAfter(s, i) ? speaker : vehicleBefore(s, d);
      e = speaker.isPresent() ? speaker : d.lastMentionMatching(x -> x.entity().type().isActor() && x.entity().type() != EntityType.PERSON
          && !(x.sentence() == s.index() && x.first() > 0 && s.token(x.first() - 1).lower().equals("by")
              || x.sentence() == s.index() && x.first() > 1 && s.token(x.first() - 2).lower().equals("by")
                  && s.token(x.first() - 1).lower().equals("the")));
    }
    return e.map(x -> mention(s, i, i + 1, x, MentionKind.PRONOUN));
  }

  /**
   * "11,000 soldiers are thought to have been deployed there": a locative "there" after a verb is the place named last
   * (a city, port, country, or a region the gazetteer places in a country), in this sentence or the two before.
   */
  private Optional<Mention> there(Sentence s, int i, Discourse d) {
    if (i == 0 || !s.token(i).lower().equals("there") || !s.token(i - 1).isVerb()
        || i + 1 < s.size() && Regexes.matches(s.token(i + 1).lemma(), "be|have|will|would|may|might|could|seem|appear")) {
      return Optional.empty(); // "there are", "there have been": no place
    }
    return d.lastMentionMatching(m -> m.sentence() >= s.index() - 2 && m.kind() != MentionKind.DEMONYM && m.kind() != MentionKind.PRONOUN
            && m.kind() != MentionKind.METONYM // "Pyongyang stayed silent ... that its troops had fought there": the state, no place
            && (Regexes.matches(m.entity().type().name(), "CITY|PORT|COUNTRY")
                || m.entity().type() == EntityType.OTHER && gazetteer.countryOf(m.entity()).isPresent()))
        .map(place -> mention(s, i, i + 1, place, MentionKind.PRONOUN));
  }

  /** "..., and that it": "it" opening a second that-clause. */
  private static boolean secondThatClause(String w, Sentence s, int i) {
    return w.equals("it") && i > 2 && s.token(i - 1).lower().equals("that") && s.token(i - 2).lower().equals("and");
  }

  /** The subject of the that-clause before the one opening at {@code secondThat}: its first actor named as a subject. */
  private static Optional<Entity> firstThatSubject(Sentence s, int secondThat, Discourse d) {
    int first = -1;
    for (int k = secondThat - 2; k >= 0; k--) {
      if (s.token(k).lower().equals("that")) {
        first = k;
        break;
      }
    }
    for (int k = secondThat - 2; k >= 0 && first < 0; k--) {
      if (s.token(k).isVerb() && Regexes.matches(s.token(k).lemma(), "say|tell|add|state")) {
        first = k; // "Binance said it had frozen ..., and that it was working with the FBI": no "that" opens the first
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    int start = first;
    return d.mentions().stream().filter(m -> m.sentence() == s.index() && m.first() == start + 1 && m.entity().type().isActor()
        && m.kind() != MentionKind.DEMONYM).map(Mention::entity).findFirst();
  }

  /** Whether "told" (or "briefed", "informed") stands before {@code that} in the sentence, with no other "that" between. */
  private static boolean toldBefore(Sentence s, int that) {
    for (int k = that - 1; k >= 0; k--) {
      String w = s.token(k).lower();
      if (w.equals("that")) {
        return false;
      }
      if (w.equals("told") || w.equals("briefed") || w.equals("informed")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a reporting verb ("said", "told") is among the {@code n} words from {@code from}. */
  private static boolean reportingVerbWithin(Sentence s, int from, int n) {
    for (int k = from; k < Math.min(s.size(), from + n); k++) {
      if (REPORTING_AFTER_IT.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of a vehicle ({@code vehicle-verbs.txt}) follows "it", after at most two auxiliaries or adverbs. */
  private static boolean vehicleVerbAfter(Sentence s, int i) {
    for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
      Token t = s.token(k);
      if (t.pos().equals("VERB") && VEHICLE_VERBS.contains(t.lemma())) {
        return !(k + 1 < s.size() && s.token(k + 1).lower().equals("out")); // "it carried out a test": no vehicle
      }
      if (!t.pos().equals("AUX") && !t.pos().equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "detained a cargo ship ... on suspicion that it carried munitions", "The ship was blacklisted by OFAC, which said
   * it had carried ammunition": the vehicle named last in this sentence or the one before.
   */
  private static Optional<Entity> vehicleBefore(Sentence s, Discourse d) {
    return d.lastMentionMatching(m -> m.sentence() >= s.index() - 1 && (m.entity().type() == EntityType.TRANSPORT_MODE
        || d.isVessel(m.entity())));
  }

  /**
   * "Lee Jong-seok told the committee he had seen ...", "Kim said she ...": a person named in the sentence, then a
   * verb of saying, then the pronoun: the one who says it, not the article's last speaker.
   */
  private static Optional<Entity> reportingSubject(Sentence s, int i, Discourse d) {
    Mention person = null;
    for (Mention m : d.mentions()) {
      if (m.sentence() == s.index() && m.last() <= i && m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME) {
        person = m;
      }
    }
    if (person == null || i - person.last() > 12) {
      return Optional.empty();
    }
    for (int k = person.last(); k < i; k++) {
      if (s.token(k).isVerb() && SAYING.contains(s.token(k).lemma())) {
        return Optional.of(person.entity());
      }
    }
    return Optional.empty();
  }

  /**
   * Who does the saying verb at {@code verb}: the last actor named before it that is no object of a preposition and no
   * acronym in brackets ("... in a statement carried by the Korean Central News Agency (KCNA) and said"); none if that is
   * a person (their "its" is something else's).
   */
  private static Optional<Entity> sayer(Sentence s, Discourse d, int verb) {
    List<Mention> before = d.mentions().stream().filter(m -> m.sentence() == s.index() && m.last() <= verb).toList();
    for (int k = before.size() - 1; k >= 0; k--) {
      Mention m = before.get(k);
      int lead = m.first(); // "by the state news agency X": the words of its noun phrase before it
      while (lead > 0 && m.first() - lead < 5 && Regexes.matches(s.token(lead - 1).pos(), "DET|ADJ|NOUN|PROPN|NUM")) {
        lead--;
      }
      boolean object = lead > 0 && (s.token(lead - 1).pos().equals("ADP") || s.token(lead - 1).text().equals("("));
      boolean modifier = k + 1 < before.size() && before.get(k + 1).first() == m.last();
      if (object || modifier || m.kind() == MentionKind.DEMONYM || !m.entity().type().isActor()) {
        continue;
      }
      return m.entity().type() == EntityType.PERSON ? Optional.empty() : Optional.of(m.entity());
    }
    return Optional.empty();
  }

  private static boolean saying(Token t) {
    return t.isVerb() && SAYING.contains(t.lemma());
  }

  private static final Set<String> SAYING = ImmutableSet.of("say", "tell", "add", "explain", "insist", "argue", "note", "claim", "warn");

  /**
   * The first actor named in the sentence as a subject: not in a dateline, not a demonym, not a modifier of another name
   * ("U.S." in "the U.S. Treasury Department", "Russia" in "Russia-based"), not after a preposition.
   */
  private static Optional<Entity> sentenceSubject(Sentence s, Discourse d) {
    List<Mention> here = d.mentions().stream().filter(m -> m.sentence() == s.index()).toList();
    for (int k = 0; k < here.size(); k++) {
      Mention m = here.get(k);
      boolean dateline = m.first() < Clause.datelineEnd(s); // "SEOUL, Oct 18 (Reuters) -": in the dateline
      boolean modifier = k + 1 < here.size() && here.get(k + 1).first() == m.last()
          || m.last() < s.size() && s.token(m.last()).text().equals("-");
      boolean object = m.first() > 0 && s.token(m.first() - 1).pos().equals("ADP");
      if (dateline || modifier || object || m.kind() == MentionKind.DEMONYM
          || !m.entity().type().isActor() || m.entity().type() == EntityType.PERSON) {
        continue;
      }
      return Optional.of(m.entity());
    }
    return Optional.empty();
  }

  /** The outlet credited in a dateline: "(Yonhap)" right before the dash. */
  private static boolean datelineCredit(Sentence s, Mention m) {
    return m.first() > 0 && s.token(m.first() - 1).text().equals("(") && m.last() + 1 < s.size()
        && s.token(m.last()).text().equals(")") && Regexes.matches(s.token(m.last() + 1).text(), "[-–—]+");
  }

  /** "It was reported that", "it is believed": an "it" that refers to nothing. */
  private static boolean expletive(Sentence s, int i) {
    if (!s.token(i).lower().equals("it") || i + 1 >= s.size()) {
      return false;
    }
    String next = s.token(i + 1).lemma();
    boolean progressive = i + 2 < s.size() && s.token(i + 2).lower().endsWith("ing"); // "it was working with": not expletive
    // "it is believed to have shipped", "it appears to have fired": a raised subject, which stands for something
    boolean raised = next.equals("be") && i + 3 < s.size() && s.token(i + 2).isVerb() && s.token(i + 3).lower().equals("to")
        || (next.equals("seem") || next.equals("appear")) && i + 2 < s.size() && s.token(i + 2).lower().equals("to");
    return (next.equals("be") || next.equals("seem") || next.equals("appear")) && !progressive && !raised;
  }

  private static Mention mention(Sentence s, int first, int last, Gazetteer.Alias a) {
    return mention(s, first, last, a.entity(), a.kind());
  }

  static Mention mention(Sentence s, int first, int last, Entity e, MentionKind kind) {
    Token a = s.token(first);
    Token b = s.token(last - 1);
    return new Mention(s.index(), first, last, a.begin(), b.end(), s.textOf(first, last), e, kind);
  }
}
