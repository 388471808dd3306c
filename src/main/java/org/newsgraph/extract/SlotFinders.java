package org.newsgraph.extract;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The finders that fill a frame's roles ({@code frames.tsv} names them): subject, object, passive-by, patient,
 * possessor, demonym, maker, items, modes, prepositions and the rest, each over one sentence's mentions.
 */
final class SlotFinders {
  static final ImmutableSet<String> SUPPORT = ImmutableSet.of("support", "help", "aid", "assist", "back", "bolster", "arm");
  static final ImmutableSet<String> SKIPPABLE = ImmutableSet.of(
      "the", "a", "an", "its", "their", "his", "her", "of", "’s", "'s", "s", "[", "]", "and", ",", "ports", "port", "city");
  private static final ImmutableSet<String> ADVICE_NOUNS = ImmutableSet.of("help", "assistance", "technology", "technologies",
      "know-how", "expertise", "training", "advice", "guidance", "instruction");
  private static final ImmutableSet<String> NOMINAL = ImmutableSet.of("NOUN", "ADJ");
  private static final ImmutableSet<String> LIST_FILLERS = ImmutableSet.of("the", "a", "an", "its", "their");
  static final ImmutableSet<String> PREPOSITIONS = ImmutableSet.of(
      "to", "near", "from", "in", "at", "with", "by", "of", "into", "inside", "within", "for", "on", "against", "between", "and", "via", "toward", "through", "under");
  private static boolean byBetween(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.token(k).lower().equals("by")) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyAuxiliaries(Sentence s, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!s.token(k).pos().equals("AUX") && !s.token(k).pos().equals("ADV")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where "the (new) contingent", "the troops" stands as the subject of the verb at {@code trig} (auxiliaries, adverbs and
   * a hedge such as "was believed to have" between), or -1.
   */
  private static int theTroopsBefore(Sentence s, int cs, int trig) {
    int k = trig - 1;
    boolean to = false;
    boolean hedge = false;
    while (k > cs) {
      boolean hedgeWord = Regexes.matches(s.token(k).lower(), "believed|thought|said|reported|appears?|appeared|seems?|seemed");
      if (!hedgeWord && !s.token(k).lower().equals("to") && !Regexes.matches(s.token(k).pos(), "AUX|ADV|PART")) {
        break;
      }
      to |= s.token(k).lower().equals("to");
      hedge |= hedgeWord;
      k--;
    }
    if (to && !hedge) {
      return -1; // "the crews to operate them": what the troops are for, not what they did
    }
    if (k <= cs || !(PERSONNEL.contains(s.token(k).lower()) || Regexes.matches(s.token(k).lower(), "contingent|replacements"))) {
      return -1;
    }
    int det = k - 1;
    while (det > cs && det >= k - 2 && s.token(det).pos().equals("ADJ")) {
      det--;
    }
    return det >= cs && Regexes.matches(s.token(det).lower(), "the|these|those") ? k : -1;
  }

  /** Whether the "to" a few words before {@code k} is "according to". */
  private static boolean accordingTo(Sentence s, int k) {
    for (int j = k - 1; j >= Math.max(1, k - 5); j--) {
      if (s.token(j).lower().equals("to")) {
        return s.token(j - 1).lower().equals("according");
      }
    }
    return false;
  }

  /** The comma closing a relative clause right after token {@code k} (", who ... ,"), before {@code limit}; else -1. */
  private static int relativeClauseEnd(Sentence s, int k, int limit) {
    int w = k + 1 < limit && s.token(k + 1).text().equals(",") ? k + 2 : k + 1;
    if (w >= limit || !Regexes.matches(s.token(w).lower(), "who|which|that")) {
      return -1;
    }
    for (int j = w + 1; j < limit; j++) {
      if (s.token(j).text().equals(",")) {
        return j;
      }
    }
    return -1;
  }

  /** Nouns for goods ({@code cargo-nouns.txt}): "North Korean munitions" names whose goods move. */
  /** Vehicles: a demonym before one names whose ship or plane it is, not who sends what it carries. */
  private static final ImmutableSet<String> VEHICLES = ImmutableSet.<String>builder().addAll(VesselGroups.SHIP_WORDS)
      .add("plane", "planes", "aircraft", "airplane", "airplanes", "jet", "jets", "train", "trains", "truck", "trucks", "lorry", "lorries")
      .build();

  /**
   * Where a hyphenated verb the tokenizer split ends its first part: "test-fired" is "test", "-", "fired", all glued;
   * {@code trig} itself otherwise.
   */
  private static int compoundVerbStart(Sentence s, int trig) {
    if (trig < 2 || !s.token(trig).isVerb() || !s.token(trig - 1).text().equals("-")) {
      return trig;
    }
    Token hyphen = s.token(trig - 1);
    Token first = s.token(trig - 2);
    boolean glued = first.end() == hyphen.begin() && hyphen.end() == s.token(trig).begin();
    boolean word = !first.text().isEmpty() && first.text().chars().allMatch(Character::isLowerCase);
    return glued && word ? trig - 2 : trig;
  }

  /**
   * The name a possessive owns, right after it or after title words: "the National Assembly's defense committee",
   * "North Korea's Defence Minister No Kwang Chol"; null if another word comes first.
   */
  private static Mention possessedAfter(Sentence s, List<Mention> ms, int from) {
    for (int k = from; k < Math.min(s.size(), from + 4); k++) {
      Mention at = Mentions.startingAt(ms, k);
      if (at != null) {
        return at;
      }
      if (!s.token(k).isCapitalized() || !Regexes.matches(s.token(k).pos(), "NOUN|PROPN|ADJ")) {
        return null;
      }
    }
    return null;
  }

  /** Whether the noun phrase from {@code from} (up to the trigger) ends in a vehicle: "cargo plane", "Il-76 transport plane". */
  private static boolean carrierVehicle(Sentence s, int from, int trig) {
    int limit = from < trig ? Math.min(trig, from + 4) : from + 4; // "were shipped ... aboard Russian cargo vessels" too
    for (int k = from; k < limit && k < s.size(); k++) {
      Token t = s.token(k);
      if (VEHICLES.contains(t.lower())) {
        return true;
      }
      if (!t.pos().equals("NOUN") && !t.pos().equals("PROPN") && !t.pos().equals("ADJ") && !t.pos().equals("NUM") && !t.text().equals("-")) {
        return false;
      }
    }
    return false;
  }

  static final ImmutableSet<String> CARGO = DataFiles.resource("/org/newsgraph/extract/cargo-nouns.txt").stream()
      .map(l -> l.text().strip()).collect(ImmutableSet.toImmutableSet());
  /** What a briefing's audience may be called when the sentence names their committee elsewhere ("told lawmakers"). */
  private static final ImmutableSet<String> LAWMAKERS = ImmutableSet.of("lawmakers", "legislators", "parliamentarians", "mps", "deputies");
  /** Nouns for unnamed doers ({@code doer-nouns.txt}): "the hackers drained": no name before them did it. */
  private static final ImmutableSet<String> DOERS = DataFiles.resource("/org/newsgraph/extract/doer-nouns.txt").stream()
      .map(l -> l.text().strip()).collect(ImmutableSet.toImmutableSet());
  /** Whether token {@code k} heads an apposition that places a body in another: ", a subgroup of", ", a key unit of". */
  private static boolean appositionHead(Sentence s, int k) {
    if (k < 2 || !APPOSITION_HEADS.contains(s.token(k).lower())) {
      return false;
    }
    for (int j = k - 1; j >= 1 && j >= k - 2; j--) {
      if (Regexes.matches(s.token(j).lower(), "a|an") && s.token(j - 1).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Nouns that make a body part of another in apposition: "X, a subgroup of Y". */
  static final ImmutableSet<String> PART_NOUNS = ImmutableSet.of("subgroup", "sub-group", "unit", "branch", "division",
      "arm", "wing", "affiliate", "subsidiary", "faction", "cell", "offshoot", "subdivision", "part");
  /** Nouns of an apposition that places a body in another ("a subgroup of", "a member of"). */
  private static final ImmutableSet<String> APPOSITION_HEADS = ImmutableSet.<String>builder().addAll(PART_NOUNS).add("member", "members").build();
  /** Words of a raised or hedged predicate between a subject and its verb: "is believed to have sent", "appears to have left". */
  static final String RAISING_WORDS = "believed|thought|said|reported|alleged|suspected|understood|expected|estimated"
      + "|appears?|appeared|seems?|seemed|likely";
  static final ImmutableSet<String> PERSONNEL = ImmutableSet.of("troops", "soldiers", "forces", "personnel", "troop", "soldier", "fighters", "units", "workers", "engineers", "officers", "reinforcements", "crews", "generals", "commanders", "army", "servicemen");
  /** Who works a weapon: "drone operators", "missile crew", "tank instructors". */
  private static final ImmutableSet<String> HANDLERS = ImmutableSet.of("operators", "operator", "crew", "pilots", "pilot",
      "instructors", "instructor", "specialists", "experts", "technicians", "teams", "team", "gunners");
  static final ImmutableSet<String> TIES = ImmutableSet.of("linked", "tied", "connected", "affiliated", "associated", "backed", "sponsored", "loyal");
  private static final ImmutableSet<String> PENALTY_VERBS = ImmutableSet.of("sanction", "designate", "blacklist", "punish",
      "fine", "penalize", "penalise");
  static final ImmutableSet<String> PLACES = ImmutableSet.of("cities", "city", "towns", "town", "territory", "targets",
      "positions", "soil", "regions", "infrastructure", "forces", "troops", "soldiers", "villages", "ports", "bases", "depots", "depot", "warehouses", "arsenals", "facilities");
  /** Kinds of place a name follows with "of": "the station of Tumangang", "the city of Kharkiv". */
  static final ImmutableSet<String> NAMED_PLACE_KINDS = ImmutableSet.of("station", "town", "city", "port", "village", "region",
      "province", "county", "district", "island", "base", "airbase", "harbor", "harbour", "crossing", "stations", "towns", "cities",
      "ports", "villages", "regions", "provinces", "districts", "islands", "bases");
  static final ImmutableSet<String> HACKERS = ImmutableSet.of("hackers", "hacker", "hacking", "cyber", "operatives", "agents", "cybercriminals", "group", "groups");
  static final ImmutableSet<String> MADE = ImmutableSet.of("made", "built", "produced", "manufactured", "supplied", "designed");
  /** Verbs whose subject watches or judges an event named after them ("tracked the launch", "condemned the test"). */
  private static final ImmutableSet<String> OBSERVING = ImmutableSet.of("detect", "track", "monitor", "observe", "spot", "watch",
      "notice", "condemn", "denounce", "criticize", "criticise", "slam", "decry", "deplore", "protest", "welcome", "call",
      "analyze", "analyse", "investigate", "confirm", "verify", "see", "find", "record");

  /** Their inflected forms, for where the lemmatiser left "tracked" or "calling" as it was. */
  private static final ImmutableSet<String> OBSERVING_FORMS = OBSERVING.stream()
      .flatMap(v -> java.util.stream.Stream.of(v, v + "s", v + "ed", v + "d", v + "ing", v.endsWith("e") ? v.substring(0, v.length() - 1) + "ing" : v))
      .collect(ImmutableSet.toImmutableSet());

  private static boolean observing(Token t) {
    return OBSERVING.contains(t.lemma()) || OBSERVING_FORMS.contains(t.lower());
  }

  static final ImmutableSet<String> MODE_WORDS = ImmutableSet.of("by", "via", "using", "aboard", "on", "in", "with", "onto", "into");

  /** Prepositions of where something went or came down: their objects are places, not goods. */
  private static final ImmutableSet<String> DIRECTIONS = ImmutableSet.of("toward", "towards", "into");

  /** Nouns that name an event of a class ("the transfers", "the launch"): its doer can do more. */
  private static final ImmutableMap<String, String> EVENT_NOUNS = ImmutableMap.<String, String>builder()
      .put("transfer", "Transfer").put("transfers", "Transfer").put("shipment", "Transfer").put("shipments", "Transfer")
      .put("delivery", "Transfer").put("deliveries", "Transfer").put("launch", "Launch").put("sale", "Transfer")
      .put("sales", "Transfer").put("deployment", "Deployment")
      // "the measures had been coordinated with the United States": whoever imposed them
      .put("measures", "Sanction").put("designations", "Sanction").buildOrThrow();

  /** Lemmas of reporting verbs: a frame's subject is never found back across one ("it said the rocket placed"). */
  private final ImmutableSet<String> reporting;
  private final Gazetteer gazetteer;

  SlotFinders(java.util.Collection<String> reportingLemmas, Gazetteer gazetteer) {
    this.reporting = ImmutableSet.copyOf(reportingLemmas);
    this.gazetteer = gazetteer;
  }

  static Mention relativeHead(Sentence s, List<Mention> ms, int trig) {
    if (trig < 2 || !s.token(trig - 1).text().equals(",") && !(trig >= 2 && s.token(trig - 2).text().equals(","))) {
      return null;
    }
    for (int k = trig - 2; k >= 1; k--) {
      if (s.token(k).text().equals(",") && (s.token(k + 1).lower().equals("who") || s.token(k + 1).lower().equals("which"))) {
        Mention m = Mentions.endingAt(ms, k);
        if (m == null && k >= 4 && Regexes.matches(s.token(k - 2).lower(), "its|their") && s.token(k - 3).lower().equals("and")) {
          m = Mentions.endingAt(ms, k - 3); // "the Lazarus Group and its offshoots, which operate under ..."
        }
        return m != null && m.kind() != MentionKind.DEMONYM ? m : null;
      }
    }
    return null;
  }

  /**
   * The name a relative clause's own verb is about: "the Lazarus Group, which it says operates under", "TraderTraitor,
   * a group that operates under" (auxiliaries, adverbs and a "it says" aside between the pronoun and the verb).
   */
  private Mention relativeAntecedent(Sentence s, List<Mention> ms, int trig) {
    int k = trig - 1;
    while (k > 0 && (Regexes.matches(s.token(k).pos(), "AUX|ADV|PART") || Regexes.matches(s.token(k).lower(), "had|has|have"))) {
      k--;
    }
    boolean aside = k > 2 && reporting.contains(s.token(k).lemma()) && s.token(k - 1).pos().equals("PRON");
    Mention sayer = k > 2 && reporting.contains(s.token(k).lemma()) ? Mentions.endingAt(ms, k) : null;
    if (aside) {
      k -= 2; // "which it says operates"
    } else if (sayer != null && sayer.first() >= 2 && Regexes.matches(s.token(sayer.first() - 1).lower(), "which|who|that")) {
      k = sayer.first() - 1; // "Liaoning Jinhai Trading Co., which Treasury said had sold ..."
    }
    boolean reduced = aside && s.token(k).pos().equals("NOUN"); // "TraderTraitor, a group it said operates under"
    if (k < 2 || !reduced && !Regexes.matches(s.token(k).lower(), "which|who|that")) {
      return null;
    }
    int end = reduced ? k : k - 1;
    if (!s.token(end).text().equals(",")) {
      // "TraderTraitor, a group that operates": the name before the apposition "a NOUN"
      int a = end;
      while (a > 0 && Regexes.matches(s.token(a).pos(), "NOUN|ADJ") && a > end - 3) {
        a--;
      }
      if (a < 2 || a == end || !Regexes.matches(s.token(a).lower(), "a|an") || !s.token(a - 1).text().equals(",")) {
        return null;
      }
      end = a - 1;
    }
    Mention m = Mentions.endingAt(ms, end);
    return m != null && m.kind() != MentionKind.DEMONYM ? m : null;
  }

  /**
   * "the United States and Japan, both of which sanctioned": the names joined by "and" before ", both|all|each of
   * which|whom" right before the verb (auxiliaries and adverbs aside); empty if the verb follows no such words.
   */
  private static List<Mention> quantifiedAntecedents(Sentence s, List<Mention> ms, int trig) {
    int k = trig - 1;
    while (k >= 0 && (s.token(k).pos().equals("AUX") || s.token(k).pos().equals("ADV"))) {
      k--;
    }
    if (k < 4 || !Regexes.matches(s.token(k).lower(), "which|whom") || !s.token(k - 1).lower().equals("of")
        || !Regexes.matches(s.token(k - 2).lower(), "both|all|each") || !s.token(k - 3).text().equals(",")) {
      return List.of();
    }
    List<Mention> out = new java.util.ArrayList<>();
    Mention m = Mentions.endingAt(ms, k - 3);
    while (m != null && m.kind() != MentionKind.DEMONYM) {
      out.add(0, m);
      int before = m.first() - 1;
      m = before >= 1 && Regexes.matches(s.token(before).lower(), "and|,") ? Mentions.endingAt(ms, before) : null;
    }
    return out;
  }

  /**
   * The names coordinated before a subject that do the verb with it: "Both North Korea and Russia are violating",
   * "Ri, Pak, Kim and Jon stole" (the last separator is "and"; commas before it continue the list). None when the
   * list is a preposition's object ("in cooperation with the U.S. and Japan, Seoul ...") or a name is a demonym.
   * Frames whose partner is a conjunct ("Putin and Kim signed a treaty") do not ask.
   */
  private static List<Mention> conjunctsBefore(Sentence s, List<Mention> ms, Mention subject, Set<EntityType> types) {
    List<Mention> out = new ArrayList<>();
    int k = flagBefore(s, ms, subject.first()) - 1; // "A and the Togo-flagged B made trips": the list goes on before the flag
    boolean and = false;
    while (k >= 1) {
      String sep = s.token(k).lower();
      if (!(sep.equals("and") || and && sep.equals(","))) {
        break;
      }
      and = true;
      int end = sep.equals("and") && s.token(k - 1).text().equals(",") ? k - 1 : k; // "A, B, and C"
      Mention c = Mentions.endingAt(ms, end);
      if (c == null || c.kind() == MentionKind.DEMONYM || !types.contains(c.entity().type()) || c.entity().equals(subject.entity())) {
        break;
      }
      out.add(0, c);
      k = flagBefore(s, ms, c.first()) - 1;
    }
    int head = out.isEmpty() ? -1 : out.get(0).first() - 1;
    if (head >= 0 && (PREPOSITIONS.contains(s.token(head).lower()) || s.token(head).lower().equals("between"))) {
      return List.of();
    }
    return out;
  }

  /** Where the verb group ending in {@code trig} begins: "its drones had struck" ("had" is no verb of its own). */
  private static int auxiliariesBefore(Sentence s, int trig) {
    int k = trig;
    while (k > 0 && (s.token(k - 1).pos().equals("AUX") || s.token(k - 1).lower().equals("not"))) {
      k--;
    }
    return k;
  }

  /**
   * Where "the Russian-flagged" before a ship's name at {@code first} begins ("the Russian-flagged Kapitan Orlov and
   * Polar Dawn and the North Korean-flagged Myohyang 8": one list of ships), else {@code first}.
   */
  private static int flagBefore(Sentence s, List<Mention> ms, int first) {
    if (first < 3 || !s.token(first - 1).lower().equals("flagged") || !s.token(first - 2).text().equals("-")) {
      return first;
    }
    Mention demonym = Mentions.endingAt(ms, first - 2); // "the Russian-flagged", "the Togo-flagged"
    if (demonym == null || demonym.entity().type() != EntityType.COUNTRY) {
      return first;
    }
    int k = demonym.first();
    return k > 0 && s.token(k - 1).lower().equals("the") ? k - 1 : k;
  }

  /**
   * "Arms cooperation between Pyongyang and Moscow is a clear violation of ...", "military cooperation between the two
   * countries that violates ...": the parties of the event noun that is this verb's subject in the same clause (a frame
   * read before this one, its trigger a noun, no other verb between but "be" and "that"): its doer and its partner or
   * recipient.
   */
  private static List<Mention> partiesOfEventNounBefore(Sentence s, int trig, int cs, Set<EntityType> types, List<Frame> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Frame f = earlier.get(k);
      if (f.sentence() != s.index() || f.trigger() >= trig || f.trigger() < cs || !s.token(f.trigger()).pos().equals("NOUN")) {
        continue;
      }
      for (int j = f.triggerEnd(); j < trig; j++) {
        Token t = s.token(j);
        if (t.isVerb() && !t.lemma().equals("be") || t.text().equals(",")) {
          return List.of();
        }
      }
      List<Mention> out = new ArrayList<>();
      for (String role : List.of("agent", "partner", "recipient")) {
        f.roles().get(role).stream().filter(m -> types.contains(m.entity().type())).findFirst()
            .filter(m -> out.stream().noneMatch(x -> x.entity().equals(m.entity()))).ifPresent(out::add);
      }
      return out.stream().map(m -> syntheticMention(s, trig, m.entity())).toList();
    }
    return List.of();
  }

  private static final Set<String> TIME_PREPOSITIONS = Set.of("since", "after", "before", "during", "following", "amid", "until");

  /** "since the (full-scale) invasion", "after the launch": an event noun that dates something else. */
  private static boolean prepositionalEventNoun(Sentence s, int trig) {
    int k = trig - 1;
    while (k > 0 && Regexes.matches(s.token(k).pos(), "ADJ|NOUN|PUNCT") && !s.token(k).text().equals(",")) {
      k--;
    }
    return k > 0 && s.token(k).lower().equals("the") && TIME_PREPOSITIONS.contains(s.token(k - 1).lower());
  }

  /** "North Korean special forces soldiers": a personnel noun among the first words after a demonym. */
  private static boolean personnelWithin(Sentence s, int from, int words) {
    for (int k = from; k < Math.min(s.size(), from + words); k++) {
      if (PERSONNEL.contains(s.token(k).lower())) {
        return true;
      }
      if (!s.token(k).pos().equals("NOUN") && !s.token(k).pos().equals("ADJ")) {
        return false;
      }
    }
    return false;
  }

  List<Mention> find(String finder, Set<EntityType> types, Sentence s, List<Mention> ms, int trig, int trigEnd,
      Rule rule, Map<String, Entity> lastAgent, List<Frame> earlier) {
    int cs = Clause.start(s, trig);
    int ce = Clause.end(s, trigEnd - 1);
    List<Mention> out = new ArrayList<>();
    switch (finder) {
      case "subject" -> subject(types, s, ms, trig, cs, rule, earlier, out);
      case "for-owner" -> forOwner(s, ms, trigEnd, ce).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "purpose" -> { // "Russia used North Korean missiles to strike Kyiv": the governing verb's doer, not the maker
        if (trig > 0 && s.token(trig - 1).lower().equals("to")) {
          subject(types, s, ms, trig, cs, rule, earlier, out);
        }
      }
      // "stole $1.3 billion ..., according to a report released by a think tank": the "by" of another verb is not this one's
      case "passive-by" -> afterPreposition(s, ms, trig, Math.min(ce, nextVerb(s, trigEnd)), Set.of("by"), types, out, false);
      case "participle-by" -> {
        // "North Korean missiles fired by Russia have hit Kyiv": the doer named inside the subject
        for (int k = trig - 1; k > cs; k--) {
          Mention m = Mentions.startingAt(ms, k + 1);
          if (s.token(k).lower().equals("by") && s.token(k - 1).pos().equals("VERB") && m != null && types.contains(m.entity().type())
              && m.kind() != MentionKind.DEMONYM) {
            out.add(m);
            break;
          }
        }
      }
      case "vessel" -> namedVesselSubject(s, ms, trig).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "experts-of" -> expertsOf(s, ms, trig).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "object-owner" -> objectOwner(s, ms, trig).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "patient" -> {
        // "Bering Tide Shipping LLC ... and Okeansk Marine Ltd. ... were both added to the sanctions list": what a
        // passive verb was done to stands before it, relative clauses ("which manages the Angara") aside
        if (FrameMatcher.passive(s, trig)) {
          for (Mention m : ms) {
            boolean inRelative = false;
            for (int k = m.first() - 1; k >= Math.max(0, m.first() - 5) && !s.token(k).text().equals(","); k--) {
              inRelative |= Regexes.matches(s.token(k).lower(), "which|who|that|whose");
            }
            // "Three officials of North Korea's Munitions Industry Department were listed": the owner's phrase is the
            // preposition's object too
            Mention owner = m.first() > 1 && Regexes.matches(s.token(m.first() - 1).text(), "['’]s") ? Mentions.endingAt(ms, m.first() - 1) : null;
            int phrase = owner != null ? owner.first() : m.first();
            boolean objectOfPreposition = phrase > 0 && PREPOSITIONS.contains(s.token(phrase - 1).lower())
                && !s.token(phrase - 1).lower().equals("and");
            int from = 0; // the subject may stand before commas of its own relative clauses; not before a reporting verb
            for (int k = trig - 1; k > 0 && from == 0; k--) {
              from = s.token(k).isVerb() && reporting.contains(s.token(k).lemma()) && !Attributor.hedgingPassive(s, k) ? k + 1 : 0;
            }
            // "Its operator, X, was sanctioned": a possessive says whose the patient is; it is not the patient
            boolean possessive = m.kind() == MentionKind.PRONOUN && Regexes.matches(s.token(m.first()).lower(), "its|his|her|their");
            if (m.last() <= trig && m.first() >= from && types.contains(m.entity().type()) && !inRelative && !objectOfPreposition
                && m.kind() != MentionKind.DEMONYM && !possessive) {
              out.add(m);
            }
          }
        }
      }
      case "origin-country" -> originCountry(s, ms, trig, ce, rule.eventClass().map(c -> lastAgent.get(roleOf(c, "destination"))),
          rule.eventClass().map(lastAgent::get)).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "port-country" -> portCountry(s, ms, trig, ce).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "relative-head" -> {
        // "... with the United States and Japan, both of which sanctioned the ship": each one before the comma
        List<Mention> both = quantifiedAntecedents(s, ms, trig);
        if (!both.isEmpty()) {
          both.stream().filter(m -> types.contains(m.entity().type())).forEach(out::add);
          break;
        }
        // "Choe, who arrived in Moscow on Thursday, met Lavrov": the subject stands before the relative clause
        Mention head = relativeHead(s, ms, trig);
        if (head == null) {
          head = relativeAntecedent(s, ms, trig);
        }
        if (head != null && types.contains(head.entity().type())) {
          out.add(head);
        }
      }
      case "event-it" -> {
        // "condemned the launch, saying it breached the resolutions": "it" right before the verb is the event named before
        int k = trig - 1;
        while (k > 0 && Regexes.matches(s.token(k).pos(), "AUX|ADV")) {
          k--;
        }
        Mention it = Mentions.startingAt(ms, k);
        if (it == null || it.kind() != MentionKind.PRONOUN || !s.token(k).lower().equals("it")) {
          break;
        }
        for (int j = k - 1; j > 0; j--) {
          String cls = EVENT_NOUNS.get(s.token(j).lemma());
          if (cls != null && s.token(j - 1).lower().equals("the") && lastAgent.containsKey(cls)
              && types.contains(lastAgent.get(cls).type())) {
            out.add(syntheticMention(s, trig, lastAgent.get(cls)));
            break;
          }
        }
      }
      case "event-subject" -> {
        // "the transfers violated UN resolutions", "the launch violated ...": whoever did that event did this
        int aside = concessiveAside(s, trig, cs);
        int before = aside > 0 ? aside : trig; // "the launch, even though it failed, violated"
        for (int k = before - 1; k > Math.max(cs, before - 4); k--) {
          String cls = EVENT_NOUNS.get(s.token(k).lemma());
          if (cls != null && Regexes.matches(s.token(k - 1).lower(), "the|this|these|those")) {
            java.util.Optional.ofNullable(lastAgent.get(cls)).filter(e -> types.contains(e.type()))
                .ifPresent(e -> out.add(syntheticMention(s, trig, e)));
            // "these transfers violate ...": both parties of a transfer (ANNOTATION.md)
            java.util.Optional.ofNullable(lastAgent.get(roleOf(cls, "recipient"))).filter(e -> types.contains(e.type()) && !out.isEmpty())
                .ifPresent(e -> out.add(syntheticMention(s, trig, e)));
            break;
          }
        }
        if (out.isEmpty()) {
          out.addAll(partiesOfEventNounBefore(s, trig, cs, types, earlier));
        }
      }
      // "In Kryvyi Rih, a missile struck a plant": the city the sentence opens with
      case "fronted-in" -> DistrictCities.frontedCity(s, ms).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "for-event" -> forEvent(s, trigEnd, ce, lastAgent).filter(e -> types.contains(e.type()))
          .ifPresent(e -> out.add(syntheticMention(s, trig, e))); // "provided technical assistance for the launch": whose launch
      case "doers-for" -> doersFor(s, ms, trig, cs, types).ifPresent(out::add); // "hackers working for North Korea stole"
      case "place-country" -> placeCountry(s, ms, trigEnd, ce).filter(m -> types.contains(m.entity().type())).ifPresent(out::add);
      case "in-state" -> inStateSubjects(s, ms, trig, types, out); // "Russia and North Korea are both in open violation of"
      case "inherit" -> rule.eventClass().flatMap(c -> doerOfItemIn(s, ms, c, lastAgent).or(() -> Optional.ofNullable(lastAgent.get(c))))
          .ifPresent(e -> out.add(syntheticMention(s, trig, e)));
      case "first-doer" -> rule.eventClass().map(c -> lastAgent.get(roleOf(c, FIRST_DOER))).filter(e -> types.contains(e.type()))
          .ifPresent(e -> out.add(syntheticMention(s, trig, e)));
      // "The FBI attributed the hack to TraderTraitor": the target and goods of the last event of the class
      case "inherit-target", "inherit-item" -> rule.eventClass().map(c -> lastAgent.get(roleOf(c, finder.substring(8))))
          .filter(e -> types.contains(e.type())).ifPresent(e -> out.add(syntheticMention(s, trig, e)));
      case "object" -> {
        for (Mention m : ms) {
          boolean adjective = m.kind() == MentionKind.DEMONYM // "sanctions on two Russian firms": the firms, not Russia
              || m.last() + 1 < s.size() && s.token(m.last()).text().equals("-") && Regexes.matches(s.token(m.last() + 1).lower(), "[a-z]+ed|run|built|made"); // "Russia-based"
          if (!out.isEmpty()) {
            if (!adjective && types.contains(m.entity().type()) && m.first() < ce && listedAfter(s, out.get(out.size() - 1), m)) {
              out.add(m); // "sanctioned Moscow-based A and Vladivostok-based B"
            }
            continue;
          }
          if (m.first() >= trigEnd && m.first() <= trigEnd + 4 && m.first() < ce && types.contains(m.entity().type()) && !adjective
              && !commaBetween(s, trigEnd, m.first()) // "entered orbit, in what South Korea called": no object
              && !byBetween(s, trigEnd, m.first()) // "was blacklisted in November by the U.S. Treasury": the doer
              && !(m.entity().type() == EntityType.WEAPON_TYPE && adviceModified(s, m.last()))) { // "using ballistic missile technology"
            Mention possessed = m.last() + 1 < s.size() && Regexes.matches(s.token(m.last()).text(), "[’']s")
                ? possessedAfter(s, ms, m.last() + 1) : null;
            // "told the National Assembly's defense committee": the committee, when it is of the kinds asked for
            out.add(possessed != null && types.contains(possessed.entity().type()) && possessed.kind() != MentionKind.PRONOUN ? possessed : m);
          }
        }
      }
      case "indirect-object" -> {
        // "Russia has sent North Korea air defense equipment": who gets the goods, named right after the verb and
        // followed by them (not "carried a commentary calling the team")
        int at = trigEnd < s.size() && s.token(trigEnd).lower().equals("the") ? trigEnd + 1 : trigEnd;
        for (Mention m : ms) {
          if (m.first() == at && m.kind() != MentionKind.DEMONYM && types.contains(m.entity().type()) && m.last() < s.size()
              && (Regexes.matches(s.token(m.last()).pos(), "NOUN|ADJ|NUM|DET")
                  // "sent Russia about 200 launchers", "shipping Russia its largest launchers", "sent Moscow from 110 to 130 guns"
                  || Regexes.matches(s.token(m.last()).lower(), "about|some|around|nearly|roughly|over|more|at|up|another|an?|its|their|from|between"))
              && !Regexes.matches(s.token(m.last()).text(), "[’']s")) {
            out.add(m);
          }
        }
      }
      case "modes" -> {
        for (Mention m : ms) {
          // "had sent thousands of troops, about 200 guns and several million shells to Russia, mostly by ship and rail": far
          // from the verb, but no other verb between
          boolean near = m.first() >= trigEnd && m.last() <= ce && (m.first() <= trigEnd + 16 || nextVerb(s, trigEnd) > m.first());
          boolean introduced = false;
          for (int k = Math.max(trigEnd, m.first() - 5); k < m.first(); k++) { // "by Russian-flagged cargo ships"
            introduced |= MODE_WORDS.contains(s.token(k).lower());
          }
          boolean coordinated = !out.isEmpty() && m.first() - out.get(out.size() - 1).last() <= 2;
          // "the ship had carried ammunition", "that it carried munitions" (it: the ship): the vehicle is the subject
          boolean subject = m.last() <= trig && onlyAuxiliaries(s, m.last(), trig);
          near |= subject;
          if (near && types.contains(m.entity().type()) && (introduced || coordinated || subject) && out.stream().noneMatch(x -> x.entity().equals(m.entity()))) {
            out.add(m);
          }
        }
      }
      case "items" -> {
        boolean passive = trig > 0 && (s.token(trig - 1).lemma().equals("be") || trig > 1 && s.token(trig - 2).lemma().equals("be"));
        for (Mention m : ms) {
          // before an active verb, only what stands close (a relative clause: "the shells that X sent")
          boolean near = passive || m.first() >= trig || trig - m.last() <= 6;
          near &= !adviceBetween(s, trigEnd, m.first()); // "help with its drone program": the drones are not the goods
          // "Hwasong-11 missiles that North Korea has shipped": the relative clause's antecedent
          int rel = cs > 0 && Regexes.matches(s.token(cs - 1).lower(), "that|which") ? cs - 1
              : cs < s.size() && Regexes.matches(s.token(cs).lower(), "that|which") ? cs : -1;
          boolean antecedent = rel > 0 && m.last() <= rel && rel - m.last() <= 2;
          // "launched a missile toward the Sea of Japan": where it went is not what was sent
          near &= !(m.first() > 1 && Regexes.matches(s.token(m.first() - 1).lower(), "the") && DIRECTIONS.contains(s.token(m.first() - 2).lower())
              || m.first() > 0 && DIRECTIONS.contains(s.token(m.first() - 1).lower()));
          // "drone operators", "missile crews": people, not the goods
          boolean ofPeople = m.last() < s.size() && (PERSONNEL.contains(s.token(m.last()).lower()) || HANDLERS.contains(s.token(m.last()).lower()));
          // "missile and space technology", "drone know-how": what is known about the goods, not the goods
          // "reactor parts for nuclear-powered submarines": what the goods are for is not among them
          int det = m.first() > 1 && Regexes.matches(s.token(m.first() - 1).lower(), "the|its|their|his|her") ? m.first() - 2 : m.first() - 1;
          if (det > 1 && Regexes.matches(s.token(det).text(), "['’]s")) { // "missiles for the North's MiG-29 fighters"
            det -= 2;
            det -= det > 0 && s.token(det).lower().equals("the") ? 1 : 0;
          }
          boolean purpose = det >= 0 && s.token(det).lower().equals("for") && m.first() > trigEnd; // "modules for the drones"
          // "launched a rocket from the Sohae Satellite Launching Station": where from is no goods
          boolean source = det >= 0 && s.token(det).lower().equals("from") && m.entity().type() != EntityType.WEAPON_TYPE;
          boolean notGoods = ofPeople || purpose || source || adviceModified(s, m.last())
              || m.first() > trigEnd && nextVerbPhraseBetween(s, trigEnd, m.first()); // "fires in Ukraine and has begun sending missiles"
          if (near && !notGoods && (m.first() >= cs || antecedent) && m.last() <= ce && types.contains(m.entity().type())
              && !out.stream().anyMatch(x -> x.entity().equals(m.entity()))) {
            out.add(m);
          }
        }
      }
      case "possessor-state" -> {
        // "Russia's Foreign Ministry has said its cooperation with Pyongyang ...": a ministry's policy is its state's
        List<Mention> owner = find("possessor", Set.of(EntityType.GOVERNMENT_AGENCY), s, ms, trig, trigEnd, rule, lastAgent, earlier);
        owner.stream().findFirst().flatMap(m -> gazetteer.countryOf(m.entity())).filter(c -> types.contains(c.type()))
            .ifPresent(c -> out.add(syntheticMention(s, trig, c)));
      }
      case "possessor" -> {
        for (Mention m : ms) {
          // "North Korea's launch", "its launch"; not "it detected the launch" (a subject pronoun)
          boolean possessive = m.last() < s.size() && (Regexes.matches(s.token(m.last()).lower(), "[’']s")
              || m.kind() == MentionKind.PRONOUN && Regexes.matches(s.token(m.first()).lower(), "its|his|her|their"));
          if (m.last() <= trig && m.last() >= trig - 6 && possessive && types.contains(m.entity().type())
              && FrameMatcher.noVerbBetween(s, m.last(), auxiliariesBefore(s, trig))) {
            out.clear();
            out.add(m);
          }
        }
      }
      case "demonym", "demonym-before" -> {
        // "North Korean soldiers have been sent": whose soldiers; "demonym-before" only before the verb ("North
        // Korean troops arrived", not "Cho, who arrived in Washington, said Russian engineers ...")
        java.util.Set<String> cargo = new java.util.HashSet<>();
        rule.triggers().forEach(t -> cargo.addAll(t.nearbyNouns()));
        // the nearest before the trigger first ("North Korean units crossed ... alongside Russian forces"), then after it
        List<Mention> order = new ArrayList<>();
        ms.stream().filter(m -> m.first() < trig).forEach(m -> order.add(0, m));
        ms.stream().filter(m -> m.first() >= trig && finder.equals("demonym")).forEach(order::add);
        for (Mention m : order) {
          if (m.kind() != MentionKind.DEMONYM || m.last() >= s.size() || !types.contains(m.entity().type())) {
            continue;
          }
          Mention next = Mentions.startingAt(ms, m.last());
          Token after = s.token(m.last());
          boolean personnel = rule.eventClass().map(c -> c.equals("Deployment") || c.equals("Attack")).orElse(false)
                  && personnelWithin(s, m.last(), 3) // "North Korean soldiers were sent", "Russian forces fired ... at"
              || rule.eventClass().map("AssetSeizure"::equals).orElse(false) && (HACKERS.contains(after.lower())
                  || m.last() + 1 < s.size() && HACKERS.contains(s.token(m.last() + 1).lower())); // "North Korean (state) hackers stole"
          if (carrierVehicle(s, m.last(), trig)) {
            continue; // "a Russian cargo plane flew from Pyongyang ... carrying missile parts": the carrier, not the sender
          }
          // "fired North Korean missiles at", "missiles fired at the capital were North Korean KN-23s": the maker after the verb
          boolean attack = rule.eventClass().map("Attack"::equals).orElse(false) && m.first() > trig;
          if (attack && !personnel && !Regexes.matches(after.lower(), "strikes?|attacks?|raids?|bombardments?|shelling|offensives?")) {
            continue; // "drones struck a train loaded with North Korean shells": the maker of the goods, not the attacker
          }
          boolean ofCargo = m.last() == trig || personnel // "North Korean soldiers": the trigger is the noun, or were deployed
              || !attack && next != null && (next.entity().type() == EntityType.WEAPON_TYPE || next.entity().type() == EntityType.ASSET_TYPE)
              || cargo.contains(after.lower()) || cargo.contains(after.lemma())
              || cargo.isEmpty() && CARGO.contains(after.lower())
              // "North Korean troops and millions of artillery shells have been sent": the demonym opens a list with goods
              || !attack && m.last() < trig && personnelWithin(s, m.last(), 3) && cargoBetween(s, m.last(), trig)
                  && FrameMatcher.noVerbBetween(s, m.last(), auxiliariesBefore(s, trig));
          if (ofCargo && m.first() >= Math.max(0, trig - 12) && m.first() < Math.min(s.size(), trig + 8)) {
            out.add(m);
            break;
          }
        }
      }
      // "a Russian tanker transferred oil to a North Korean tanker": the state whose ship did it, or got it
      case "flag", "to-flag" -> flagState(s, ms, trig, cs, ce, finder.equals("to-flag"), types).ifPresent(out::add);
      case "forces-of" -> {
        // "Russian forces had fired North Korean-made missiles": whose forces did it (the nearest before the verb)
        for (int k = ms.size() - 1; k >= 0; k--) {
          Mention m = ms.get(k);
          if (m.kind() == MentionKind.DEMONYM && m.last() < trig && m.first() >= cs && types.contains(m.entity().type())
              && personnelWithin(s, m.last(), 2)) {
            out.add(m);
            break;
          }
        }
      }
      case "relative-object" -> {
        // "the Tumen Star, which the U.S. Treasury Department sanctioned last year": the antecedent of an object
        // relative clause, whose own subject stands between "which" and the verb
        for (int w = trig - 2; w > 0 && w >= trig - 8; w--) {
          if (!Regexes.matches(s.token(w).lower(), "which|that|whom")) {
            continue;
          }
          Mention subject = null; // "which the U.S. Treasury Department sanctioned": the name right before the verb
          for (Mention m : ms) {
            if (m.first() > w && m.last() <= trig && onlyAuxiliaries(s, m.last(), trig)) {
              subject = m;
            }
          }
          int end = s.token(w - 1).text().equals(",") ? w - 1 : w;
          Mention head = Mentions.endingAt(ms, end);
          if (subject != null && head != null
              && types.contains(head.entity().type()) && head.kind() != MentionKind.DEMONYM) {
            out.add(head);
          }
          break;
        }
      }
      case "troops-of" -> {
        // "its troops had fought in Russia's Kursk region", "North Korea's soldiers are serving in ...": whose
        // troops are the verb's subject (a possessive right before the personnel noun, only auxiliaries after it)
        for (int k = ms.size() - 1; k >= 0; k--) {
          Mention m = ms.get(k);
          int noun = m.last() < s.size() && Regexes.matches(s.token(m.last()).text(), "[’']s") ? m.last() + 1 : m.last();
          boolean possessive = noun > m.last() || m.kind() == MentionKind.PRONOUN && Regexes.matches(s.token(m.first()).lower(), "its|their");
          if (possessive && noun < trig && m.first() >= cs && types.contains(m.entity().type()) && PERSONNEL.contains(s.token(noun).lower())
              && onlyAuxiliaries(s, noun + 1, trig)) {
            out.add(m);
            break;
          }
        }
      }
      case "after-be" -> {
        // "Among the victims were Hanbit Unmanned Systems, a drone maker ..., and Daesung Precision": who they were
        if (trigEnd < s.size() && Regexes.matches(s.token(trigEnd).lower(), "were|are|was|is|included|include|includes")) {
          ms.stream().filter(m -> m.first() > trigEnd && m.kind() == MentionKind.NAME
              && types.contains(m.entity().type())).forEach(out::add);
        }
      }
      case "the-troops" -> {
        // "The new contingent was believed to have crossed into Russia": troops named before, the last deployment's
        int noun = theTroopsBefore(s, cs, trig);
        if (noun >= 0 && Mentions.endingAt(ms, noun) == null) {
          rule.eventClass().map(lastAgent::get).filter(e -> types.contains(e.type())).ifPresent(e -> out.add(syntheticMention(s, trig, e)));
        }
      }
      case "conjunct" -> {
        // "Putin and Kim signed a treaty": the one before "and" in front of the subject
        Mention subject = null;
        for (int k = ms.size() - 1; k >= 0 && subject == null; k--) {
          if (ms.get(k).last() <= trig && ms.get(k).first() >= cs && types.contains(ms.get(k).entity().type())) {
            subject = ms.get(k);
          }
        }
        int k = subject == null ? -1 : subject.first() - 1;
        while (k > 0 && (!insideName(ms, k) || stateBeforeTitle(s, ms, k)) && !s.token(k).lower().equals("and") && subject.first() - k < 6) {
          k--; // "Russian President Vladimir Putin and North Korean Defense Minister X": back over title and demonym
        }
        if (subject != null && k >= 1 && s.token(k).lower().equals("and")) {
          Mention before = Mentions.endingAt(ms, k);
          if (before != null && types.contains(before.entity().type()) && !before.entity().equals(subject.entity())) {
            out.add(before);
          }
        }
      }
      case "maker" -> {
        // "Russia fired North Korean-made missiles": the state whose make the weapon is
        for (Mention m : ms) {
          boolean made = m.last() + 1 < s.size() && s.token(m.last()).text().equals("-") && MADE.contains(s.token(m.last() + 1).lower())
              || m.kind() == MentionKind.DEMONYM && weaponAt(ms, m.last()); // "fired North Korean ballistic missiles"
          if (made && m.first() > trigEnd - 1 && m.first() < ce && types.contains(m.entity().type())) {
            out.add(m);
            break;
          }
        }
      }
      case "modifier" -> ms.stream().filter(m -> m.last() == trig && types.contains(m.entity().type())).forEach(out::add);
      case "lawmakers" -> {
        // "the NIS told lawmakers ..., according to Rep. Park, a member of the intelligence committee": the lawmakers
        // are that committee (or the legislature the sentence names)
        int k = trigEnd < s.size() && s.token(trigEnd).lower().equals("the") ? trigEnd + 1 : trigEnd;
        if (k < s.size() && LAWMAKERS.contains(s.token(k).lower())) {
          ms.stream().filter(m -> m.entity().type() == EntityType.LEGISLATIVE_COMMITTEE && types.contains(m.entity().type())).findFirst()
              .or(() -> ms.stream().filter(m -> m.entity().type() == EntityType.LEGISLATURE && types.contains(m.entity().type())).findFirst())
              .ifPresent(out::add);
        }
      }
      case "frame-agent" -> {
        // "blacklisted Nerpa Shipping ... in coordination with Washington": the doer of the clause's verb before
        // (a verb's: "Arms cooperation between A and B is a clear violation" is both parties', by event-subject)
        earlier.stream().filter(f -> f.sentence() == s.index() && f.trigger() < trig && f.trigger() >= cs && !f.rule().id().equals(rule.id())
                && s.token(f.trigger()).isVerb())
            .max(Comparator.comparingInt(Frame::trigger))
            .flatMap(f -> f.roles().get("agent").stream().filter(m -> types.contains(m.entity().type())).findFirst()).ifPresent(out::add);
      }
      case "governor" -> {
        for (Frame f : earlier) {
          if (f.sentence() == s.index() && f.trigger() < trig && f.rule().eventClass().isPresent() && !f.rule().id().equals(rule.id())) {
            f.roles().values().stream().filter(m -> types.contains(m.entity().type())).forEach(out::add);
          }
        }
      }
      case "hyphen-first", "hyphen-second" -> hyphenPair(s, ms, rule.pos() == 'N' ? trig : s.size(), types, finder.endsWith("first") ? 0 : 1, out);
      case "between-first", "between-second" -> {
        List<Mention> pair = new ArrayList<>();
        afterPreposition(s, ms, trigEnd - 1, ce, Set.of("between"), types, pair, true);
        if (pair.size() >= 2) {
          if (finder.endsWith("first")) {
            out.add(pair.get(0));
          } else {
            out.addAll(pair.subList(1, pair.size())); // "between A and the ports of B and C"
          }
        }
      }
      case "to-support" -> {
        // "supplied X with Y ..., in return for the troops Pyongyang has sent to Russia": not this verb's "to"
        afterPreposition(s, ms, trig, Math.min(ce, trigEnd + 20), Set.of("to"), types, out, true);
        out.removeIf(m -> accordingTo(s, m.first())); // "..., according to Seoul's unification ministry": a source
        if (out.isEmpty()) {
          supportTarget(s, ms, trigEnd, ce, types, out);
        }
      }
      case "to*" -> {
        afterPreposition(s, ms, cs, ce, Set.of("to"), types, out, true);
        // "in return for troops and artillery shells sent to Russia": that "to" is the other verb's
        out.removeIf(m -> {
          int to = m.first() > 1 && LIST_FILLERS.contains(s.token(m.first() - 1).lower()) ? m.first() - 2 : m.first() - 1;
          return to > 0 && to - 1 != trig && s.token(to - 1).pos().equals("VERB") && s.token(to).lower().equals("to");
        });
      }
      // a noun trigger's phrase ends where a verb starts its own predicate ("soldiers captured by X were held in Kyiv")
      default -> {
        // "crews operating guns from Belgorod had shelled villages in Sumy": a participle after its noun ends at the next verb
        boolean reducedRelative = s.token(trig).lower().endsWith("ing") && trig > 0 && Regexes.matches(s.token(trig - 1).pos(), "NOUN|PROPN");
        int end = rule.pos() == 'N' || reducedRelative ? Math.min(ce, nextVerb(s, trigEnd)) : coordinatedVerbAfter(s, ms, trigEnd, ce);
        afterPreposition(s, ms, trig, end, Set.of(finder), types, out, true);
        if (finder.equals("in") && !out.isEmpty()) {
          partOfThemIn(s, ms, out, types); // "troops are now in Russia, most of them in Kursk"
        }
        if (Regexes.matches(finder, "against|at|on") && out.size() == 1 && out.get(0).kind() == MentionKind.DEMONYM) {
          placeOfDemonymTarget(s, ms, out.get(0), types).ifPresent(p -> out.set(0, p)); // "against Ukrainian positions in Sumy region"
        }
        if (Regexes.matches(finder, "across|through|via") && !out.isEmpty()) {
          placeAtAfter(s, ms, out.get(out.size() - 1), types).ifPresent(out::add); // "across the Tumen River at Tumangang"
        }
      }
    }
    out.removeIf(m -> gazetteer.isOpenWater(m.entity())); // "fired two missiles into the Sea of Japan": no party, target or route
    return out;
  }

  /**
   * The subject before an apposition that ends right before the verb: "X, secretary of Y's council, met" gives X, as
   * does "X, cyber actors associated with the DPRK, are responsible" (an apposition with no verb of its own), else null.
   */
  private static Mention appositionSubject(Sentence s, List<Mention> ms, int trig, int cs, Set<EntityType> types) {
    int close = trig - 1;
    while (close > cs && PREDICATE_TAGS.contains(s.token(close).pos())) {
      close--; // back over "are responsible for the" to the apposition: "A and B, cyber actors ..., are responsible for the theft"
    }
    if (close <= cs || !s.token(close).text().equals(",")) {
      return null;
    }
    for (int k = close - 1; k > cs && close - k <= 18; k--) {
      boolean participle = s.token(k).lower().endsWith("ed") && s.token(k - 1).pos().equals("NOUN"); // "actors associated with"
      boolean infinitive = s.token(k - 1).lower().equals("to"); // "a hacking group believed to operate under the RGB"
      boolean modifier = s.token(k).lower().endsWith("ing") && s.token(k + 1).pos().equals("NOUN"); // "a hacking group"
      if (s.token(k).isVerb() && !participle && !infinitive && !modifier || Regexes.matches(s.token(k).lower(), "who|which|that")) {
        return null;
      }
      if (s.token(k).text().equals(",")) {
        Mention head = Mentions.endingAt(ms, k);
        boolean descriptive = !s.token(k + 1).isCapitalized() || Regexes.matches(s.token(k + 1).lower(), "a|an|the"); // "X, cyber actors ..., are"
        boolean person = head != null && head.entity().type() == EntityType.PERSON;
        return head != null && (person || descriptive) && head.kind() != MentionKind.DEMONYM ? head : null;
      }
    }
    return null;
  }

  /** Tags of the words between an apposition's closing comma and a trigger: auxiliaries, adverbs, "responsible for the". */
  private static final Set<String> PREDICATE_TAGS = Set.of("ADV", "AUX", "DET", "ADJ", "ADP");

  /** Roles besides the agent that the last event of each class keeps for later frames. */
  static final List<String> REMEMBERED_ROLES = List.of("recipient", "target", "item", "destination");

  /** The role under which the article's first doer of an event class is remembered (finder "first-doer"). */
  static final String FIRST_DOER = "first doer";

  /**
   * "Russia has delivered Bastion systems ... could not confirm that Bastion systems had been delivered": the doer the
   * article last gave an event of the class with a weapon type the sentence names, if any.
   */
  private static Optional<Entity> doerOfItemIn(Sentence s, List<Mention> ms, String eventClass, Map<String, Entity> lastAgent) {
    return ms.stream().filter(m -> m.entity().type() == EntityType.WEAPON_TYPE)
        .map(m -> lastAgent.get(doerWith(eventClass, m.entity()))).filter(java.util.Objects::nonNull).findFirst();
  }

  /** The key under which the last doer of an event of a class with a given weapon type is kept. */
  static String doerWith(String eventClass, Entity item) {
    return roleOf(eventClass, "doer with " + item.canonical());
  }

  /** The key under which the last event of a class keeps one of its roles, beside its agent. */
  static String roleOf(String eventClass, String role) {
    return eventClass + " " + role;
  }

  /** Where the name of a person starts after capitalised title words from {@code k} ("Foreign Minister X"), or -1. */
  private static int titledPerson(Sentence s, List<Mention> ms, int k, int to) {
    for (int j = k; j < Math.min(to, k + 6); j++) {
      Mention m = Mentions.startingAt(ms, j);
      if (m != null) {
        return j > k && m.entity().type() == EntityType.PERSON ? j : -1;
      }
      boolean ofInTitle = s.token(j).lower().equals("of") && j > k && j + 1 < to && s.token(j + 1).isCapitalized(); // "Secretary of State"
      if (!s.token(j).isCapitalized() && !ofInTitle) {
        return -1;
      }
    }
    return -1;
  }

  /** The comma that opens a reporting aside ending at {@code verb} (", he said,", ", the ministry said,"), or -1. */
  private static int asideOpening(Sentence s, int verb) {
    for (int j = verb - 1; j >= Math.max(0, verb - 4); j--) {
      if (s.token(j).text().equals(",")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * "the Baikal Pearl made 14 round trips between the North's Rajin port and the Russian port of Vostochny": a
   * vessel's voyages are the shipping of the country they start from (the port "between" or "from" names first;
   * a country right after "from" is itself where the goods left).
   */
  private Optional<Mention> portCountry(Sentence s, List<Mention> ms, int trig, int ce) {
    for (int k = trig + 1; k < ce; k++) {
      if (!Regexes.matches(s.token(k).lower(), "between|from")) {
        continue;
      }
      for (Mention place : ms) {
        EntityType t = place.entity().type();
        if (t == EntityType.COUNTRY && place.kind() == MentionKind.NAME && place.first() == k + 1) {
          return Optional.of(place); // "helped move missiles from North Korea to Russia": the country they left
        }
        if ((t == EntityType.PORT || t == EntityType.CITY) && place.first() > k && place.first() <= k + 6) {
          Mention demonym = Mentions.endingAt(ms, place.first());
          Optional<Entity> country = demonym != null && demonym.kind() == MentionKind.DEMONYM ? Optional.of(demonym.entity())
              : gazetteer.countryOf(place.entity());
          return country.map(c -> new Mention(place.sentence(), place.first(), place.last(), place.begin(), place.end(),
              place.surface(), c, MentionKind.METONYM));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean commaBetween(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Regexes.matches(s.token(k).text(), "[,;:]")) {
        return true;
      }
    }
    return false;
  }

  /** "sanctioned ... for carrying": the verb's doer is whom the penalty is about, not who imposed it. */
  private static boolean penalisedFor(Sentence s, int trig) {
    if (trig < 2 || !s.token(trig).lower().endsWith("ing") || !s.token(trig - 1).lower().equals("for")) {
      return false;
    }
    for (int k = trig - 2; k >= Math.max(0, trig - 12); k--) {
      if (PENALTY_VERBS.contains(s.token(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Where a name's "Dubai-based" / "Moscow-registered" modifier starts (the name's own start when it has none). */
  private static int basedModifierStart(Sentence s, List<Mention> ms, int first) {
    if (first < 3 || !Regexes.matches(s.token(first - 1).lower(), NameFinder.BASED) || !s.token(first - 2).text().equals("-")) {
      return first;
    }
    Mention place = Mentions.endingAt(ms, first - 2);
    return place != null ? place.first() : first - 3;
  }

  /** Nouns of trying, whose owner does what follows "to": "North Korea's attempt to put ...". */
  private static final ImmutableSet<String> ATTEMPTS = ImmutableSet.of("attempt", "bid", "effort", "plan", "push", "drive",
      "decision", "move", "failure", "refusal");

  private static final ImmutableSet<String> CONCESSIVE = ImmutableSet.of("even", "though", "although", "despite", "while",
      "if", "as", "when", "which", "who", "because", "after", "before");

  /** The opening comma of a clause set off right before the verb at {@code trig} (", even though it failed,"), or -1. */
  private static int concessiveAside(Sentence s, int trig, int cs) {
    if (trig < 3 || !s.token(trig - 1).text().equals(",")) {
      return -1;
    }
    for (int k = trig - 2; k > cs && k >= trig - 10; k--) {
      if (s.token(k).text().equals(",")) {
        return CONCESSIVE.contains(s.token(k + 1).lower()) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether "and" opens another verb phrase between {@code from} and {@code to} ("and has begun sending"). */
  private static boolean nextVerbPhraseBetween(Sentence s, int from, int to) {
    for (int j = from; j + 1 < to; j++) {
      if (s.token(j).lower().equals("and") && (s.token(j + 1).isVerb()
          || s.token(j + 1).pos().equals("ADV") && j + 2 < to && s.token(j + 2).isVerb())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cargo noun ({@code cargo-nouns.txt}: munitions, fuel) is among tokens {@code [from, to)}. */
  static boolean cargoBetween(Sentence s, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
      if (CARGO.contains(s.token(k).lower()) || CARGO.contains(s.token(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  static final ImmutableSet<String> VESSEL_NOUNS = ImmutableSet.of("ship", "vessel", "tanker", "freighter", "carrier");

  /** "is believed to have", "was suspected of having", "appears to have": a hedge between a subject and its verb. */
  private static final java.util.regex.Pattern HEDGED_AUXILIARIES = java.util.regex.Pattern.compile(
      "(?:is|are|was|were) (?:believed|suspected|thought|alleged|said|reported|understood) (?:to|of) (?:have|having)"
      + "|(?:appears|appeared|seems|seemed) to have");

  /**
   * A named ship doing the verb: "the vessel had carried munitions", "the ship is believed to have loaded ...", "it
   * had carried ..." where "it" was read as a ship, "the tanker Amur Wave carried ...": a name or description of a
   * ship (a vessel noun ends the description or stands before the name) right before the verb, auxiliaries aside.
   */
  private static Optional<Mention> namedVesselSubject(Sentence s, List<Mention> ms, int trig) {
    for (Mention m : ms) {
      boolean hedged = m.last() < trig && HEDGED_AUXILIARIES.matcher(s.textOf(m.last(), trig).toLowerCase(java.util.Locale.ROOT)).matches();
      if (m.entity().type() != EntityType.OTHER || m.last() > trig || !onlyAuxiliaries(s, m.last(), trig) && !hedged) {
        continue;
      }
      boolean described = m.kind() == MentionKind.DESCRIPTION && VESSEL_NOUNS.contains(s.token(m.last() - 1).lower());
      boolean named = m.kind() == MentionKind.NAME && m.first() > 0 && VESSEL_NOUNS.contains(s.token(m.first() - 1).lower());
      if (described || named || m.kind() == MentionKind.PRONOUN) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** "supplied an air-defence system for one of North Korea's new destroyers": the owner of what the goods are for. */
  private static Optional<Mention> forOwner(Sentence s, List<Mention> ms, int trigEnd, int ce) {
    for (int k = trigEnd; k + 1 < ce && k < trigEnd + 10; k++) {
      if (s.token(k).lower().equals("for")) {
        int at = k + 1;
        at += at + 1 < s.size() && s.token(at).lower().equals("one") && s.token(at + 1).lower().equals("of") ? 2 : 0;
        at += at < s.size() && s.token(at).lower().equals("the") ? 1 : 0;
        Mention owner = Mentions.startingAt(ms, at);
        boolean possessor = owner != null && owner.kind() != MentionKind.DEMONYM && owner.last() < s.size()
            && Regexes.matches(s.token(owner.last()).text(), "['’]s");
        return possessor ? Optional.of(owner) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "and DPRK Vice Foreign Minister Ri": a state's name that only qualifies the capitalized title after it. */
  private static boolean stateBeforeTitle(Sentence s, List<Mention> ms, int k) {
    return ms.stream().anyMatch(m -> m.first() <= k && k < m.last() && m.entity().type() == EntityType.COUNTRY
        && m.last() < s.size() && s.token(m.last()).isCapitalized());
  }

  /** Whether token {@code k} is inside a name (a mention other than a demonym). */
  private static boolean insideName(List<Mention> ms, int k) {
    return ms.stream().anyMatch(m -> m.first() <= k && k < m.last() && m.kind() != MentionKind.DEMONYM);
  }

  /** People whose know-how is lent: "Russian engineers are helping ...", "Russian specialists trained ...". */
  static final ImmutableSet<String> EXPERTS = ImmutableSet.of("engineers", "engineer", "technicians", "technician",
      "specialists", "specialist", "experts", "expert", "scientists", "scientist", "advisers", "advisors", "adviser", "advisor",
      "instructors", "instructor", "officers", "officials");

  /**
   * "Russian engineers are helping ...", "about 30 Russian technicians are believed to have been helping ...": the
   * state whose experts do it, named by the demonym right before the expert noun, in the verb's clause before it.
   */
  private static Optional<Mention> expertsOf(Sentence s, List<Mention> ms, int trig) {
    for (int k = trig - 1; k >= Math.max(0, trig - 12); k--) {
      if (s.token(k).text().equals(",") || s.token(k).text().equals(";")) {
        break;
      }
      if (!EXPERTS.contains(s.token(k).lower())) {
        continue;
      }
      Mention m = Mentions.endingAt(ms, k);
      if (m == null && k > 0 && !s.token(k - 1).isCapitalized()) {
        m = Mentions.endingAt(ms, k - 1); // "Russian rocket engineers": one modifier between
      }
      if (m != null && m.kind() == MentionKind.DEMONYM) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Whose people or programme a verb acts on: "helping North Korean engineers", "trained North Korean drone
   * operators", "helping the North's space program": the demonym or possessor opening the object.
   */
  private static Optional<Mention> objectOwner(Sentence s, List<Mention> ms, int trig) {
    int k = trig + 1;
    while (k < s.size() && k <= trig + 2 && Regexes.matches(s.token(k).pos(), "DET|ADV|AUX")) {
      k++;
    }
    Mention m = Mentions.startingAt(ms, k);
    if (m == null || m.kind() == MentionKind.PRONOUN) {
      return Optional.empty();
    }
    boolean possessor = m.last() < s.size() && Regexes.matches(s.token(m.last()).text(), "['’]s");
    return m.kind() == MentionKind.DEMONYM || possessor ? Optional.of(m) : Optional.empty();
  }

  /**
   * "Fuel loaded at the Russian port of Vostochny was delivered to ...": a passive verb with no doer named, whose goods
   * left from ("from", "at") a port or city of a known country: that country sent them. The country is the demonym
   * before the place or the gazetteer's, as a mention over the place's words.
   */
  /**
   * "tankers that delivered fuel from Russia to North Korea": a doer that is no actor carried the goods; the country they
   * came from sent them (asked only when no actor does the verb).
   */
  private static Optional<Mention> countryFrom(Sentence s, List<Mention> ms, int trig, int ce) {
    for (Mention m : ms) {
      if (m.first() > trig && m.first() < ce && m.entity().type() == EntityType.COUNTRY && m.kind() != MentionKind.DEMONYM
          && s.token(m.first() - 1).lower().equals("from")) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private Optional<Mention> originCountry(Sentence s, List<Mention> ms, int trig, int ce, Optional<Entity> lastDestination,
      Optional<Entity> lastSender) {
    boolean passive = trig > 0 && (s.token(trig - 1).lemma().equals("be") || s.token(trig - 1).pos().equals("NOUN")
        && s.token(trig).lower().endsWith("ed"));
    if (!passive) {
      return countryFrom(s, ms, trig, ce);
    }
    // "was loaded onto a cargo ship in Vladivostok and unloaded at Chongjin": the next verb's place is not where it began
    int end = coordinatedVerbAfter(s, ms, trig + 1, ce);
    boolean loaded = s.token(trig).lemma().equals("load");
    for (Mention place : ms) {
      EntityType t = place.entity().type();
      if (t != EntityType.PORT && t != EntityType.CITY && t != EntityType.OTHER || place.first() < trig - 12 || place.first() >= end) {
        continue;
      }
      int k = place.first() - 1;
      Mention demonym = Mentions.endingAt(ms, kindOfPlaceBefore(s, place.first())); // "the North Korean border station of Tumangang"
      if (demonym != null && demonym.kind() == MentionKind.DEMONYM) {
        k = demonym.first() - 1;
      }
      while (k >= 0 && LIST_FILLERS.contains(s.token(k).lower())) {
        k--;
      }
      if (k < 0 || !Regexes.matches(s.token(k).lower(), loaded && place.first() > trig ? "from|at|in" : "from|at")) {
        continue;
      }
      // "From Vostochny the cargo was moved by rail": goods that had arrived there go on as their sender's
      boolean onward = lastDestination.filter(place.entity()::equals).isPresent();
      Optional<Entity> country = onward ? lastSender : demonym != null && demonym.kind() == MentionKind.DEMONYM
          ? Optional.of(demonym.entity()) : gazetteer.countryOf(place.entity());
      return country.map(c -> new Mention(place.sentence(), place.first(), place.last(), place.begin(), place.end(), place.surface(), c,
          MentionKind.METONYM));
    }
    return Optional.empty();
  }

  /** The doer of the launch "for the launch" after the trigger names, as the article last told it. */
  private static Optional<Entity> forEvent(Sentence s, int from, int ce, Map<String, Entity> lastAgent) {
    for (int k = from; k + 2 < Math.min(ce, s.size()); k++) {
      if (s.token(k).lower().equals("for") && Regexes.matches(s.token(k + 1).lower(), "the|its|this|that")
          && "Launch".equals(EVENT_NOUNS.get(s.token(k + 2).lemma()))) {
        return Optional.ofNullable(lastAgent.get("Launch"));
      }
    }
    return Optional.empty();
  }

  /**
   * "Russia and North Korea are both in open violation of ...": who is in the state the noun at {@code trig} names, the
   * subject of "be in", with the names listed before it.
   */
  private static void inStateSubjects(Sentence s, List<Mention> ms, int trig, Set<EntityType> types, List<Mention> out) {
    int k = trig - 1;
    while (k > 0 && s.token(k).pos().equals("ADJ")) {
      k--; // "open", "clear", "direct"
    }
    if (k < 2 || !s.token(k).lower().equals("in")) {
      return;
    }
    k--;
    while (k > 0 && Regexes.matches(s.token(k).lower(), "both|all|also|now|still|already|clearly")) {
      k--;
    }
    if (!s.token(k).lemma().equals("be")) {
      return;
    }
    Mention subject = Mentions.endingAt(ms, k);
    if (subject == null || subject.kind() == MentionKind.DEMONYM || !types.contains(subject.entity().type())) {
      return;
    }
    out.addAll(conjunctsBefore(s, ms, subject, types));
    out.add(subject);
  }

  /**
   * "Hackers believed to be working for North Korea stole ...": whom the unnamed doers before the verb work for, named
   * after "working for", "linked to", "backed by" ({@code doer-nouns.txt} lists the doers).
   */
  private static Optional<Mention> doersFor(Sentence s, List<Mention> ms, int trig, int cs, Set<EntityType> types) {
    for (int k = Math.max(cs, trig - 12); k < trig; k++) {
      if (!DOERS.contains(s.token(k).lower())) {
        continue;
      }
      int doer = k;
      if (SERVING.matcher(s.textOf(k + 1, trig).toLowerCase(java.util.Locale.ROOT)).lookingAt()) {
        return ms.stream().filter(x -> x.first() > doer && x.last() <= trig).findFirst().filter(x -> types.contains(x.entity().type()));
      }
    }
    return Optional.empty();
  }

  /** What ties unnamed doers to whom they serve: "believed to be working for", "linked to", "backed by". */
  private static final java.util.regex.Pattern SERVING = java.util.regex.Pattern.compile(
      "(?:(?:believed|thought|suspected|said) to be )?(?:working|acting|operating) (?:for|on behalf of) "
          + "|(?:linked|tied) to |(?:backed|sponsored) by ");

  /**
   * "engineers had been working at the Sinpo shipyard", "at a North Korean test site": the country of the place after
   * "at" or "in" (its demonym, or the state the gazetteer puts it in).
   */
  private Optional<Mention> placeCountry(Sentence s, List<Mention> ms, int from, int ce) {
    for (int k = from; k + 1 < Math.min(ce, s.size()); k++) {
      if (!Regexes.matches(s.token(k).lower(), "at|in")) {
        continue;
      }
      int at = k;
      Optional<Mention> place = ms.stream().filter(m -> m.first() > at && m.first() <= at + 3 && m.last() <= ce).findFirst();
      if (place.isEmpty()) {
        continue;
      }
      Mention m = place.get();
      if (m.entity().type() == EntityType.COUNTRY) {
        return place; // "at a North Korean test site", "in North Korea"
      }
      Optional<Entity> country = gazetteer.countryOf(m.entity());
      if (country.isPresent()) {
        return Optional.of(new Mention(m.sentence(), m.first(), m.last(), m.begin(), m.end(), m.surface(), country.get(),
            MentionKind.METONYM));
      }
    }
    return Optional.empty();
  }

  /** Where "border station of" before a place's name begins ({@code first} when no kind of place is named). */
  private static int kindOfPlaceBefore(Sentence s, int first) {
    if (first < 3 || !s.token(first - 1).lower().equals("of") || !NAMED_PLACE_KINDS.contains(s.token(first - 2).lower())) {
      return first;
    }
    int k = first - 2;
    return Regexes.matches(s.token(k - 1).lower(), "border|rail|railway|frontier|port|river") ? k - 1 : k;
  }

  private static final Set<String> PART_OF_THEM = Set.of("most", "many", "some", "mainly", "mostly", "largely", "all", "half");

  /**
   * "about 11,000 North Korean troops are now in Russia, most of them in Kursk": the place a part of them is in,
   * right after the first place and a comma, is where they are too.
   */
  private static void partOfThemIn(Sentence s, List<Mention> ms, List<Mention> out, Set<EntityType> types) {
    int k = out.get(out.size() - 1).last();
    if (k + 2 >= s.size() || !s.token(k).text().equals(",") || !PART_OF_THEM.contains(s.token(k + 1).lower())) {
      return;
    }
    k += 2;
    if (k + 1 < s.size() && s.token(k).lower().equals("of") && s.token(k + 1).lower().equals("them")) {
      k += 2;
    }
    if (k + 1 >= s.size() || !s.token(k).lower().equals("in")) {
      return;
    }
    k++;
    if (s.token(k).lower().equals("the") && k + 1 < s.size()) {
      k++;
    }
    Mention m = Mentions.startingAt(ms, k);
    if (m != null && types.contains(m.entity().type()) && m.kind() != MentionKind.DEMONYM) {
      out.add(m);
    }
  }

  /** "his North Korean counterpart, Choe Son Hui": the person named after the comma that ends a possessed title. */
  private static Mention counterpartNamed(Sentence s, List<Mention> ms, int from, int to) {
    for (int k = from; k < Math.min(to, from + 5); k++) {
      if (s.token(k).text().equals(",")) {
        Mention m = Mentions.startingAt(ms, k + 1);
        return m != null && m.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME ? m : null;
      }
      if (!Regexes.matches(s.token(k).pos(), "ADJ|NOUN|PROPN")) {
        return null;
      }
    }
    return null;
  }

  /** The mentions of the noun phrase right after one of the prepositions, with its coordinated members. */
  private static void afterPreposition(Sentence s, List<Mention> ms, int from, int to, Set<String> preps,
      Set<EntityType> types, List<Mention> out, boolean coordinated) {
    for (int i = from; i < to; i++) {
      Mention there = s.token(i).lower().equals("there") ? Mentions.startingAt(ms, i) : null;
      if (there != null && (preps.contains("in") || preps.contains("to")) && types.contains(there.entity().type())) {
        out.add(there); // "deployed there": the place named before
        return;
      }
      if (!preps.contains(s.token(i).lower())) {
        continue;
      }
      if (s.token(i).lower().equals("of") && appositionHead(s, i - 1)) {
        continue; // "attributed the breach to X, a subgroup of the Lazarus Group": the group is not what was hit
      }
      if (s.token(i).lower().equals("to") && i > 0 && Regexes.matches(s.token(i - 1).lower(), "according|due|owing|thanks")) {
        continue; // "shipping Russia its launchers, according to U.S. officials": the source, not where they went
      }
      int k = i + 1;
      boolean examples = false; // "at cities in Ukraine, including Kyiv and Zaporizhzhia": the examples join the list
      boolean repeated = false; // "sanctions on Wagner and on Prigozhin": the preposition again joins whatever kind follows
      while (k < to) {
        Mention at = Mentions.startingAt(ms, k);
        if (coordinated && at == null && !out.isEmpty() && preps.contains(s.token(k).lower()) && s.token(k - 1).lower().equals("and")) {
          repeated = true;
          k++;
          continue;
        }
        if (at != null && at.kind() == MentionKind.PRONOUN && Regexes.matches(s.token(at.first()).lower(), "his|her|their")) {
          // "by Sergei Lavrov and his North Korean counterpart, Choe Son Hui": the person the title after "his" names
          Mention named = counterpartNamed(s, ms, at.last(), to);
          if (named != null && types.contains(named.entity().type())) {
            out.add(named);
            k = named.last();
            continue;
          }
        }
        if (at != null && at.entity().type() == EntityType.COUNTRY && types.contains(EntityType.PERSON)
            && titledPerson(s, ms, at.last(), to) > at.last()) {
          k = at.last(); // "with U.S. Secretary of State Antony Blinken": the person, not the country of the title
          continue;
        }
        if (at != null) {
          Mention after = Mentions.startingAt(ms, at.last());
          boolean possessor = at.last() < s.size() && Regexes.matches(s.token(at.last()).lower(), "[’']s")
              || at.entity().type() == EntityType.COUNTRY && after != null && after.entity().type() != EntityType.COUNTRY
                  && after.entity().type().isActor(); // "with the US Federal Bureau of Investigation": the bureau
          boolean sameKind = out.isEmpty() || examples || repeated || out.get(out.size() - 1).entity().type() == at.entity().type()
              || at.kind() == MentionKind.DEMONYM; // "between the port of Rajin and the Russian port of X": the demonym is skipped
          if (!sameKind && !possessor) {
            break; // "with the FBI and Norway's National Criminal Investigation Service": the owner is no other kind
          }
          boolean demonymOfPlace = at.kind() == MentionKind.DEMONYM && at.last() < s.size() && PLACES.contains(s.token(at.last()).lower())
              && !(at.last() + 1 < s.size() && s.token(at.last() + 1).lower().equals("of")); // but "the Russian ports of Dunay and ..."
          if (types.contains(at.entity().type()) && (at.kind() != MentionKind.DEMONYM || demonymOfPlace) && !possessor) { // "at Ukrainian cities"
            out.add(at);
            if (!coordinated) {
              return;
            }
          }
          k = at.last();
          if (NameFinder.basedIn(s, k)) {
            // "from Singapore-based exchange Coinvale": where it is based, its kind, then the name
            k += 2;
            while (k < to && Mentions.startingAt(ms, k) == null && NOMINAL.contains(s.token(k).pos()) && !s.token(k).isCapitalized()
                && k - at.last() < 6) {
              k++;
            }
          }
          continue;
        }
        int titled = titledPerson(s, ms, k, to);
        if (titled > k) {
          k = titled; // "on North Korean Foreign Minister Choe Son Hui": the title's words, then the person
          continue;
        }
        boolean placeNoun = PLACES.contains(s.token(k).lower()) && k + 1 < to && s.token(k + 1).lower().equals("in"); // "at cities in Ukraine"
        if (placeNoun) {
          k += 2;
          continue;
        }
        boolean modifiedPlaceNoun = s.token(k).pos().equals("NOUN") && !s.token(k).isCapitalized() && k + 2 < to
            && PLACES.contains(s.token(k + 1).lower()) && s.token(k + 2).lower().equals("in"); // "to ammunition depots in X"
        if (modifiedPlaceNoun) {
          k += 3;
          continue;
        }
        int of = k;
        while (of < to && of < k + 3 && NOMINAL.contains(s.token(of).pos()) && !s.token(of).isCapitalized()) {
          of++;
        }
        if (of > k && of + 1 < to && s.token(of).lower().equals("of") && NAMED_PLACE_KINDS.contains(s.token(of - 1).lower())
            && Mentions.startingAt(ms, of + 1) != null) {
          k = of + 1; // "to the North Korean station of Tumangang", "from the border town of Khasan": the name
          continue;
        }
        if (coordinated && !out.isEmpty() && s.token(k - 1).text().equals(",") && s.token(k).lower().equals("including")) {
          examples = true;
          k++;
          continue;
        }
        int including = coordinated && !out.isEmpty() ? includingAfterTime(s, ms, k, to) : -1;
        if (including > k) {
          k = including; // "at Ukrainian cities this year, including Kharkiv": the time phrase, then the examples
          continue;
        }
        boolean descriptorBeforeName = NOMINAL.contains(s.token(k).pos()) && !s.token(k).isCapitalized()
            && (Mentions.startingAt(ms, k + 1) != null || k + 2 < to && Mentions.startingAt(ms, k + 2) != null
                && NOMINAL.contains(s.token(k + 1).pos()) && !s.token(k + 1).isCapitalized())
            && Mentions.endingAt(ms, k) != null && Mentions.endingAt(ms, k).kind() == MentionKind.DEMONYM;
        if (descriptorBeforeName) {
          k++; // "from Indian exchange WazirX", "to Russian shipping firm X": the descriptor, then the name
          continue;
        }
        if (s.token(i).lower().equals("of") && k < to && (s.token(k).pos().equals("NUM")
            || k + 1 < to && Regexes.matches(s.token(k).lower(), "at|more|over|some") && Regexes.matches(s.token(k + 1).lower(), "least|than|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens?"))) {
          k += s.token(k).pos().equals("NUM") ? 1 : 2; // "a violation of at least five Security Council resolutions"
          continue;
        }
        if (!SKIPPABLE.contains(s.token(k).lower())) {
          break;
        }
        if (s.token(k).text().equals(",") && !listGoesOn(s, k, to)) {
          break; // "to Russia, Seoul says": the comma ends the phrase unless an "and" closes a list
        }
        k++;
      }
      if (!out.isEmpty()) {
        return;
      }
    }
  }

  /** A verb coordinated after {@code from} (", unloaded at", "and then moved"; not a noun like "cargo ships"), or {@code ce}. */
  private static int coordinatedVerbAfter(Sentence s, List<Mention> ms, int from, int ce) {
    for (int k = from + 1; k < ce; k++) {
      if (s.token(k).pos().equals("VERB") && Regexes.matches(s.token(k - 1).lower(), ",|and|then")
          && Mentions.covering(ms, k) == null // "launched missiles and drones at Ukraine": a name read as a verb
          && !Regexes.matches(s.token(k).lower(), "including|according|following|excluding|regarding|notably")) {
        return k; // not "at cities in Ukraine, including Kyiv"
      }
    }
    return ce;
  }

  /** The next verb from {@code from} on (the end of the sentence if none). */
  private static int nextVerb(Sentence s, int from) {
    for (int k = from; k < s.size(); k++) {
      // "deliveries of refined fuel to the North": an adjective
      boolean modifier = k > 0 && k + 1 < s.size() && Regexes.matches(s.token(k - 1).lower(), "of|the|a|an")
          && s.token(k).lower().endsWith("ed") && s.token(k + 1).pos().equals("NOUN");
      if (s.token(k).pos().equals("VERB") && !(k > 0 && NameFinder.basedIn(s, k - 1)) && !modifier) { // "from Dubai-based Bybit": no verb
        return k;
      }
    }
    return s.size();
  }

  /** "Ukrainian positions in Sumy region": the place named by "in" right after the demonym's noun, else empty. */
  private static Optional<Mention> placeOfDemonymTarget(Sentence s, List<Mention> ms, Mention demonym, Set<EntityType> types) {
    int in = demonym.last() + 1;
    if (in + 1 >= s.size() || !s.token(demonym.last()).pos().equals("NOUN") || !s.token(in).lower().equals("in")) {
      return Optional.empty();
    }
    int first = s.token(in + 1).lower().equals("the") ? in + 2 : in + 1;
    return ms.stream().filter(m -> m.first() == first && m.kind() == MentionKind.NAME && types.contains(m.entity().type())
        && m.entity().type() != EntityType.COUNTRY).findFirst();
  }

  /** The place named by "at" right after a route's place: "across the Tumen River at Tumangang", else empty. */
  private static Optional<Mention> placeAtAfter(Sentence s, List<Mention> ms, Mention place, Set<EntityType> types) {
    int at = place.last();
    if (at + 1 >= s.size() || !s.token(at).lower().equals("at")) {
      return Optional.empty();
    }
    int first = s.token(at + 1).lower().equals("the") ? at + 2 : at + 1;
    return ms.stream().filter(m -> m.first() == first && types.contains(m.entity().type()) && m.kind() != MentionKind.DEMONYM).findFirst();
  }

  /** Whether a noun of advice or help stands between two tokens ("equipment and technical help in making drones"). */
  /**
   * Whether an advice noun ends the noun phrase that goes on at {@code from}: "[drone] know-how", "[missile] and space
   * technology" (a noun between "and" and the advice noun). Not "[air defense equipment] and help", nor a plural
   * that heads a phrase of its own ("[air defense systems] and technical help").
   */
  private static boolean adviceModified(Sentence s, int from) {
    boolean plural = from > 0 && s.token(from - 1).lower().endsWith("s");
    int and = -1;
    for (int k = from; k < s.size() && k < from + 4; k++) {
      Token t = s.token(k);
      if (ADVICE_NOUNS.contains(t.lower()) || knowHow(s, k)) {
        return and < 0 || k - and >= 2 && s.token(k - 1).pos().equals("NOUN");
      }
      if (t.lower().equals("and") && and < 0 && !plural) {
        and = k;
      } else if (!NOMINAL.contains(t.pos())) {
        return false;
      }
    }
    return false;
  }

  /** "know-how" as the tokenizer sometimes splits it: "know", "-", "how". */
  private static boolean knowHow(Sentence s, int k) {
    return s.token(k).lower().equals("know") && k + 2 < s.size() && s.token(k + 1).text().equals("-")
        && s.token(k + 2).lower().equals("how");
  }

  private static boolean adviceBetween(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (ADVICE_NOUNS.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code next} continues a list that {@code last} is in: only commas, "and", articles, "X-based" between. */
  private static boolean listedAfter(Sentence s, Mention last, Mention next) {
    boolean joined = false;
    // "sanctioned Ryonghung and its president, Jo Kwang Hyok": the person the possessed title names is listed too
    boolean possessed = last.kind() == MentionKind.PRONOUN && Regexes.matches(s.token(last.first()).lower(), "its|their|his|her");
    for (int k = last.last(); k < next.first(); k++) {
      String w = s.token(k).lower();
      if (w.equals("and") || w.equals(",")) {
        joined = true;
      } else if (possessed && !s.token(k).isCapitalized() && Regexes.matches(s.token(k).pos(), "NOUN|ADJ")) {
        continue;
      } else if (!LIST_FILLERS.contains(w) && !(w.equals("based") && k > 0 && s.token(k - 1).text().equals("-"))
          && !(k + 1 < s.size() && s.token(k + 1).text().equals("-") && s.token(k).isCapitalized())
          && !(joined && s.token(k).isCapitalized() && next.entity().type() == EntityType.PERSON) // "and Japanese Foreign Minister X"
          && !w.equals("-")) {
        return false;
      }
    }
    return (joined || possessed) && next.first() - last.last() <= 6; // "X LLC and its vessels A and B": the vessels' names
  }

  /** After a comma: does an "and" or "or" follow before the next verb or clause boundary? */
  private static boolean listGoesOn(Sentence s, int comma, int to) {
    for (int k = comma + 1; k < to; k++) {
      String w = s.token(k).lower();
      if (w.equals("and") || w.equals("or")) {
        return true;
      }
      if (s.token(k).isVerb() && !w.equals("including")) {
        return false;
      }
    }
    return false;
  }

  /** "to support Russia", "to help Russia's war effort". */
  private static void supportTarget(Sentence s, List<Mention> ms, int from, int to, Set<EntityType> types, List<Mention> out) {
    for (int i = from; i + 2 < to + 1 && i + 1 < s.size(); i++) {
      if (s.token(i).lower().equals("to") && SUPPORT.contains(s.token(i + 1).lemma())) {
        Mention m = Mentions.startingAt(ms, i + 2);
        if (m != null && types.contains(m.entity().type())) {
          out.add(m);
          return;
        }
      }
    }
  }

  private static void hyphenPair(Sentence s, List<Mention> ms, int trig, Set<EntityType> types, int which, List<Mention> out) {
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention a = ms.get(i);
      Mention b = ms.get(i + 1);
      boolean adjacent = b.first() == a.last() + 1 && Regexes.matches(s.token(a.last()).text(), "[-–]")
          || b.begin() == a.end() + 1 && s.text().charAt(a.end() - s.begin()) == '-';
      boolean placed = trig == s.size() || b.last() <= trig && b.last() >= trig - 2;
      if (adjacent && placed && types.contains(a.entity().type()) && types.contains(b.entity().type())) {
        out.add(which == 0 ? a : b);
        return;
      }
    }
  }

  private static boolean weaponAt(List<Mention> ms, int token) {
    Mention m = Mentions.startingAt(ms, token);
    return m != null && m.entity().type() == EntityType.WEAPON_TYPE;
  }

  /** The "subject" finder: the doer named before the verb in its clause (see frames.tsv). */
  private void subject(Set<EntityType> types, Sentence s, List<Mention> ms, int trigger, int cs, Rule rule, List<Frame> earlier,
      List<Mention> out) {
      int trig = compoundVerbStart(s, trigger); // "North Korea test-fired a missile": the subject stands before "test-"
      int and = trig - 1; // "... and shared", "... and has begun sending": the verb's own auxiliaries aside
      while (and > 1 && and >= trig - 6 && (Regexes.matches(s.token(and).pos(), "AUX|ADV|PART")
          || Regexes.matches(s.token(and).lemma(), "begin|begun|start|continue|resume|keep")
          || Regexes.matches(s.token(and).lower(), RAISING_WORDS))) { // "... and is believed to have sent"
        and--;
      }
      boolean coordinatedVerb = and > 1 && s.token(and).lower().equals("and"); // "..., and may also be helping"
      if (trig > 0 && s.token(trig - 1).lower().equals("to") || coordinatedVerb) {
        // "... and shared drone technology": the coordinated verb's doer is the first verb's
        // "sent a delegation ... to provide instruction": the purpose clause's doer is the governing frame's
        for (int k = earlier.size() - 1; k >= 0; k--) {
          Frame f = earlier.get(k);
          // not a reduced relative clause's ("the shells Russia fires in Ukraine and has begun sending"): the main verb's
          boolean relative = f.roles().get("agent").stream().anyMatch(m -> m.first() > 0 && m.first() < f.trigger()
              && s.token(m.first() - 1).pos().equals("NOUN"));
          boolean nounEvent = !coordinatedVerb && f.rule().pos() == 'N'; // "to protest Moscow's transfer ..., as the North prepares to launch"
          if (f.sentence() == s.index() && f.trigger() < trig && !(coordinatedVerb && relative) && !nounEvent) {
            f.roles().get("agent").stream().filter(m -> types.contains(m.entity().type())).findFirst().ifPresent(out::add);
            break;
          }
        }
        if (out.isEmpty() && !coordinatedVerb && trig > 3 && ATTEMPTS.contains(s.token(trig - 2).lemma())
            && Regexes.matches(s.token(trig - 3).text(), "['’]s")) {
          // "North Korea's attempt to put a satellite into orbit": whose attempt
          Mention owner = Mentions.endingAt(ms, trig - 3);
          if (owner != null && types.contains(owner.entity().type())) {
            out.add(owner);
          }
        }
        if (!out.isEmpty() || !coordinatedVerb) {
          return;
        }
      }
      if (FrameMatcher.passive(s, trig) && !Regexes.matches(s.token(trig).pos(), "ADP|ADJ")) {
        return; // what stands before a passive verb is what was done to, not the doer; "X was behind", "is responsible" are no passives
      }
      if (rule.pos() == 'N' && prepositionalEventNoun(s, trig)) {
        return; // "penalties Tokyo has imposed since the invasion of Ukraine": no one before it did the invasion
      }
      if (trig > 1 && s.token(trig - 1).lower().equals("having") && s.token(trig - 2).lower().equals("as")) {
        return; // "the vessel named in a report by the MSMT as having shipped shells": the one named did it, not who named it
      }
      if (penalisedFor(s, trig)) {
        return; // "the ship, which the Treasury sanctioned for carrying munitions": the Treasury carried nothing
      }
      int barrier = -1;
      int asideFrom = -1; // "Russia, he said, had violated ...": the aside is neither a barrier nor the subject
      int asideTo = -1;
      int concession = concessiveAside(s, trig, cs);
      if (concession > 0) {
        asideFrom = concession; // "the launch, even though it failed, violated": "it" is not the doer
        asideTo = trig;
      }
      for (int k = trig - 1; k > cs && barrier < 0; k--) {
        if (rule.pos() == 'N' && s.token(k).isVerb() && observing(s.token(k))) {
          barrier = k; // "the JCS said it tracked the launch": who watched an event did not do it
          break;
        }
        if (s.token(k).pos().equals("VERB") && reporting.contains(s.token(k).lemma()) && !Attributor.hedgingPassive(s, k)
            && !(k == trig - 1 && s.token(trig).lower().endsWith("ing"))) { // "Pyongyang has denied selling": its own deed
          int open = k + 1 < trig && s.token(k + 1).text().equals(",") ? asideOpening(s, k) : -1;
          if (open > cs) {
            asideFrom = open;
            asideTo = k + 1;
            k = open;
            continue;
          }
          barrier = k;
        }
        if (DOERS.contains(s.token(k).lower()) && k > cs && Regexes.matches(s.token(k - 1).lower(), "the|these|those")) {
          barrier = k; // "According to the FBI, the attackers drained": an unnamed doer is the subject
          int end = relativeClauseEnd(s, k, trig);
          if (end > k) {
            asideFrom = k; // "the hackers, who are believed to work for the RGB, drained": not the RGB
            asideTo = end;
          }
        }
      }
      int firstConjunct = coordinatedVerb ? firstConjunctVerb(s, cs, and) : -1;
      // "Andariel, a group believed to operate under the RGB, broke into X and drained it": the first verb's apposition
      Mention beforeApposition = appositionSubject(s, ms, firstConjunct >= 0 ? firstConjunct : trig, cs, types);
      if (beforeApposition != null) {
        // "Sergei Shoigu, secretary of Russia's Security Council, met ...": not the council; "A and B, ..., are"
        Mention first = beforeApposition.first() > 1 && s.token(beforeApposition.first() - 1).lower().equals("and")
            ? Mentions.endingAt(ms, beforeApposition.first() - 1) : null;
        if (first != null && types.contains(first.entity().type()) && first.kind() != MentionKind.DEMONYM) {
          out.add(first);
        }
        if (types.contains(beforeApposition.entity().type())) {
          out.add(beforeApposition);
        }
        return; // not a name inside the apposition ("associated with the DPRK")
      }
      Mention tiedFallback = null;
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.first() < barrier) {
          break;
        }
        if (m.last() > trig) {
          continue; // after the verb: not its subject
        }
        if (firstConjunct >= 0 && m.first() > firstConjunct) {
          continue; // "tankers that helped sustain North Korea's deployment and delivered fuel": the first verb's object
        }
        if (m.first() > asideFrom && m.first() < asideTo) {
          continue;
        }
        Mention named = m.first() > 1 && s.token(m.first() - 1).text().equals("(") ? Mentions.endingAt(ms, m.first() - 1) : null;
        if (named != null && named.entity().equals(m.entity())) {
          continue; // "affiliated with the National Intelligence Service (NIS)": the acronym stands where its name does
        }
        boolean afterAnd = m.first() > 1 && s.token(m.first() - 1).lower().equals("and");
        boolean coordinated = afterAnd && (Mentions.endingAt(ms, m.first() - 1) != null && Mentions.endingAt(ms, m.first() - 1).kind() != MentionKind.DEMONYM
            || s.token(m.first() - 2).text().equals(",")); // "Kim and Putin held", ", and the two leaders signed"
        coordinated |= m.first() > 2 && s.token(m.first() - 1).lower().equals("the") && s.token(m.first() - 2).lower().equals("and")
            && s.token(m.first() - 3).text().equals(",");
        boolean tied = m.first() > 1 && TIES.contains(s.token(m.first() - 2).lower()); // "hackers linked to North Korea"
        int before = basedModifierStart(s, ms, m.first()) - 1; // "from Dubai-based Bybit": the preposition before the modifier
        before -= before > 0 && s.token(before).lower().equals("the") ? 1 : 0; // "affiliated with the National Intelligence Service"
        boolean objectOfPreposition = before >= 0 && PREPOSITIONS.contains(s.token(before).lower()) && !coordinated && !tied;
        boolean modifier = m.last() < trig && s.token(m.last()).pos().equals("NOUN") && !s.token(m.last()).isCapitalized()
            && m.entity().type().isActor(); // but "a new Chollima-2 rocket lifted off": the named thing
        if (modifier) {
          continue; // "U.S. officials say": the officials are the subject, not the U.S.
        }
        if (coordinatedVerb && m.first() > 0 && s.token(m.first() - 1).pos().equals("NOUN") && m.last() < trig
            && s.token(m.last()).isVerb()) {
          continue; // "provides the shells Russia fires and has begun sending": a reduced relative clause's subject
        }
        if (m.last() <= trig && m.first() >= cs && types.contains(m.entity().type()) && m.kind() != MentionKind.DEMONYM
            && !objectOfPreposition) {
          if (tied && tiedFallback == null) {
            tiedFallback = m; // "a hacking organization linked to North Korea": only if no head stands before it
            continue;
          }
          if (!tied) {
            if (rule.slots().stream().noneMatch(sl -> sl.finders().contains("conjunct"))) {
              out.addAll(conjunctsBefore(s, ms, m, types)); // "Both North Korea and Russia are violating"
            }
            out.add(m);
            break;
          }
        }
      }
      if (out.isEmpty() && tiedFallback != null) {
        out.add(tiedFallback);
      }
  }

  /**
   * The state a ship flies the flag of, named by a demonym before a vessel noun ("a Russian(-flagged) tanker"): the
   * nearest before the verb, or ({@code to}) the first after "to" past it.
   */
  private static Optional<Mention> flagState(Sentence s, List<Mention> ms, int trig, int cs, int ce, boolean to,
      Set<EntityType> types) {
    Mention found = null;
    for (Mention m : ms) {
      if (m.kind() != MentionKind.DEMONYM || !types.contains(m.entity().type()) || m.first() < cs || m.first() >= ce
          || (to ? m.first() < trig : m.first() >= trig)) {
        continue;
      }
      int k = m.last();
      if (k + 1 < s.size() && s.token(k).text().equals("-") && s.token(k + 1).lower().equals("flagged")) {
        k += 2; // "a Russian-flagged tanker"
      }
      boolean vessel = k < s.size() && VESSEL_NOUNS.contains(Regexes.replaceAll(s.token(k).lower(), "s$", ""))
          || k + 1 < s.size() && s.token(k).lower().equals("cargo") && VESSEL_NOUNS.contains(s.token(k + 1).lower());
      int before = m.first() > 0 && LIST_FILLERS.contains(s.token(m.first() - 1).lower()) ? m.first() - 2 : m.first() - 1;
      if (vessel && (!to || before >= 0 && s.token(before).lower().equals("to"))) {
        found = m;
        if (to) {
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Where ", including" ends when it follows {@code k} after at most three words of no mention or verb, else -1. */
  private static int includingAfterTime(Sentence s, List<Mention> ms, int k, int to) {
    for (int j = k; j < Math.min(to - 1, k + 4); j++) {
      if (s.token(j).text().equals(",") && s.token(j + 1).lower().equals("including")) {
        return j > k ? j + 1 : -1;
      }
      if (Mentions.startingAt(ms, j) != null || s.token(j).isVerb() || Regexes.matches(s.token(j).pos(), "PUNCT|CCONJ")) {
        return -1;
      }
    }
    return -1;
  }

  /** The verb of the first conjunct of "... VERB ... and VERB": the nearest verb before "and", or -1. */
  private static int firstConjunctVerb(Sentence s, int cs, int and) {
    for (int k = and - 1; k > cs; k--) {
      // not "Busan-based"; a copula is the first conjunct's verb too ("its cooperation is legitimate and breaks no ...")
      if (Regexes.matches(s.token(k).pos(), "VERB|AUX") && !s.token(k - 1).text().equals("-")) {
        return k;
      }
      if (s.token(k).text().equals(",")) {
        return -1; // "North Korea's troops, and later its workers, ...": no verb of the same clause
      }
    }
    return -1;
  }

  /** A role filled from an earlier sentence: it points at the trigger, since the entity is not named here. */
  static Mention syntheticMention(Sentence s, int trig, Entity e) {
    Token t = s.token(trig);
    return new Mention(s.index(), trig, trig, t.begin(), t.begin(), "", e, MentionKind.PRONOUN);
  }
}
