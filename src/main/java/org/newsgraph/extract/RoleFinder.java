package org.newsgraph.extract;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;

/**
 * Relations that noun phrases state without a verb: titles ("NIS Director Kim", "North Korean leader Kim",
 * "Yoo, the party's vice chairperson on the committee") give leads / holdsPositionIn / memberOf; possessives
 * and demonyms ("South Korea's spy agency", "the National Assembly's Intelligence Committee", "the Russian
 * port of Dunay") give locatedIn / partOf.
 */
final class RoleFinder {
  /** A relation found in a noun phrase, with the rule and the tokens it rests on. */
  record Found(Statement statement, String rule, int first, int last) {}

  private static final java.util.Set<String> LEGISLATOR_TITLES = java.util.Set.of("rep.", "rep", "lawmaker", "legislator",
      "assemblyman", "assemblywoman", "congressman", "congresswoman", "senator", "sen.");
  private static final java.util.Set<String> ORG_NOUNS = java.util.Set.of("company", "companies", "firm", "firms", "group",
      "groups", "bank", "banks", "entity", "entities", "exchange", "agency", "organization", "organisation", "outfit",
      "contractor", "carrier", "operator", "operators", "studio", "network", "cluster", "unit", "provider", "providers", "developer",
      "startup", "platform", "manufacturer", "maker", "broadcaster", "newspaper", "service", "bureau", "ministry", "institute");

  private static final java.util.regex.Pattern IN_PLACE = java.util.regex.Pattern.compile(
      "(?:in|of)(?: the)?(?: (?:north|south|east|west|central|far)(?:ern|-eastern|-western|eastern|western)?)?");
  private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("region", "province", "oblast", "site",
      "station", "port", "base", "county", "district", "zone", "island", "islands", "peninsula", "complex", "facility",
      "cosmodrome", "airport", "airfield", "harbor", "harbour", "krai", "territory", "east", "city", "town", "village", "prefecture", "state",
      "arsenal", "depot", "junction", "shipyard", "airbase", "terminal");
  /** The heads of a region's name ("Jagang Province", "Tottori Prefecture"). */
  private static final java.util.Set<String> REGION_HEADS = java.util.Set.of("province", "oblast", "krai", "prefecture", "region", "county", "state");
  /** Words that make a head's title a post under the head ("deputy director", "vice minister"). */
  private static final java.util.Set<String> SECOND_IN_LINE = java.util.Set.of("deputy", "vice", "assistant", "under",
      "acting", "former", "first-deputy", "associate");
  /** Words before a head's title that leave it the head ("top", "regional": "Kharkiv regional governor X"). */
  private static final java.util.Set<String> NEUTRAL_MODIFIERS = java.util.Set.of("top", "new", "current", "incoming",
      "outgoing", "regional", "provincial", "city", "state", "national", "supreme", "sitting", "interim");
  private final ImmutableMap<String, String> titles;
  private final Gazetteer gazetteer;

  RoleFinder(ImmutableMap<String, String> titles, Gazetteer gazetteer) {
    this.titles = titles;
    this.gazetteer = gazetteer;
  }

  List<Found> find(Sentence s, List<Mention> ms) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.entity().type() != EntityType.PERSON || m.kind() == MentionKind.PRONOUN) {
        continue;
      }
      titleBefore(s, ms, i, out);
      titleOfBefore(s, ms, i, out);
      placeHead(s, ms, i, out);
      bareLeader(s, ms, i, out);
      envoy(s, ms, i, out);
      apposition(s, ms, i, out);
      ofParty(s, ms, i, out);
    }
    possessives(s, ms, out);
    placedBy(s, ms, out);
    namedPlace(s, ms, out);
    memberApposition(s, ms, out);
    memberList(s, ms, out);
    memberPredicate(s, ms, out);
    foundingMembers(s, ms, out);
    underBody(s, ms, out);
    counterpart(s, ms, out);
    memberAs(s, ms, out);
    return out;
  }

  /**
   * "Russia, as a permanent member of the council, ...", "which Russia voted for as a permanent member of the
   * council", "Rep. Park, who sits on the intelligence committee": a membership said in passing ("X is a member of" is
   * {@link #memberPredicate}'s). A permanent member of a council is the UN Security Council's (no other council has them).
   */
  private void memberAs(Sentence s, List<Mention> ms, List<Found> out) {
    for (int k = 1; k + 2 < s.size(); k++) {
      String w = s.token(k).lower();
      boolean member = Regexes.matches(w, "members?") && s.token(k + 1).lower().equals("of");
      boolean sits = w.equals("sits") && s.token(k + 1).lower().equals("on") && Regexes.matches(s.token(k - 1).lower(), "who|also");
      if (!member && !sits) {
        continue;
      }
      int b = k - 1;
      boolean permanent = false;
      while (member && b > 0 && (Regexes.matches(s.token(b).lower(), "a|an|permanent|one|of|the") || s.token(b).pos().equals("NUM"))) {
        permanent |= s.token(b).lower().equals("permanent");
        b--;
      }
      Mention subject = null;
      if (sits) {
        int who = s.token(k - 1).lower().equals("also") ? k - 2 : k - 1; // "X, who also sits on"
        subject = who >= 2 && s.token(who).lower().equals("who") && s.token(who - 1).text().equals(",") ? Mentions.endingAt(ms, who - 1) : null;
        subject = subject != null && subject.entity().type() == EntityType.PERSON ? subject : null;
      } else if (s.token(b).lower().equals("as")) {
        for (int j = b - 1; j >= Math.max(0, b - 5) && subject == null; j--) { // "Russia, as", "which Russia voted for as"
          Mention m = Mentions.endingAt(ms, j + 1);
          subject = m != null && m.entity().type() == EntityType.COUNTRY && m.kind() != MentionKind.DEMONYM ? m : null;
        }
      }
      if (subject == null) {
        continue;
      }
      int j = k + 2;
      while (j < s.size() && j < k + 6 && Mentions.startingAt(ms, j) == null) {
        j++;
      }
      Mention body = j < s.size() ? Mentions.startingAt(ms, j) : null;
      boolean council = permanent && s.textOf(k + 2, Math.min(s.size(), k + 6)).toLowerCase(Locale.ROOT).contains("council");
      if (!council && (body == null || !isOrganization(body.entity().type()) || body.entity().equals(subject.entity()))) {
        continue;
      }
      Optional<Entity> unsc = council ? gazetteer.byName("United Nations Security Council") : Optional.empty();
      if (body == null && unsc.isEmpty()) {
        continue;
      }
      Entity group = unsc.isPresent() ? unsc.get() : body.entity();
      int last = body != null ? body.last() : k + 2;
      if (sits && group.type() != EntityType.LEGISLATIVE_COMMITTEE && group.type() != EntityType.LEGISLATURE) {
        continue;
      }
      out.add(new Found(new Statement(subject.entity(), "memberOf", group), "predicate.member-as", subject.first(), last));
    }
  }

  /** "Rep. Han Ji-ho", "lawmaker Kang": people a legislator's title names with no body of their own. */
  List<Mention> legislators(Sentence s, List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      Mention p = ms.get(i);
      if (p.entity().type() != EntityType.PERSON || p.kind() != MentionKind.NAME || p.first() == 0) {
        continue;
      }
      String before = s.token(p.first() - 1).lower();
      if (before.equals(".") && p.first() >= 2) {
        before = s.token(p.first() - 2).lower() + "."; // "Rep" "." split by the tokenizer
      }
      boolean orgBefore = i > 0 && ms.get(i - 1).last() >= p.first() - 2;
      if (LEGISLATOR_TITLES.contains(before) && !orgBefore) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * "said leader Kim Jong Un": a leader's title with no country before it leads the country the gazetteer says the
   * person leads (the facts list keeps the row only if the article names that country).
   */
  private void bareLeader(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    int t = person.first() - 1;
    if (t < 0 || !"leader".equals(titles.get(s.token(t).lower())) || pi > 0 && ms.get(pi - 1).last() >= t) {
      return; // "North Korean leader X" and "Russia's President X" are the title rule's
    }
    for (Entity.BackgroundRelation r : person.entity().background()) {
      if (r.relation().equals("leads")) {
        gazetteer.entity(r.targetKey()).filter(c -> c.type() == EntityType.COUNTRY)
            .ifPresent(c -> out.add(new Found(new Statement(person.entity(), "leads", c), "role.title", t, person.last())));
      }
    }
  }

  /** ORG|DEMONYM TITLE PERSON */
  private void titleBefore(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    if (pi == 0) {
      return;
    }
    Mention org = ms.get(pi - 1);
    String between = Regexes.replaceAll(s.textOf(org.last(), person.first()).toLowerCase(Locale.ROOT), "^[’']s ", "").strip();
    if (between.endsWith(",") && between.indexOf(',') == between.length() - 1) {
      between = between.substring(0, between.length() - 1).strip(); // "Ukraine's president, Volodymyr Zelenskyy,"
    }
    int comma = between.lastIndexOf(", ");
    if (comma > 0 && between.indexOf(',') == comma) {
      between = between.substring(comma + 2); // "Japan's top government spokesman, Chief Cabinet Secretary X": the title after
    }
    // "Joint Chiefs of Staff Chairman Gen. Jin Yong-sung": a rank between the title and the name
    between = Regexes.replaceAll(between, "(?: (?:lt|lieut|maj|brig|col|gen|adm|capt|cmdr|vice|rear)\\.?)*(?: (?:gen|adm|col|capt|cmdr|lt|maj)\\.)$", "");
    String role = onlyNominal(s, org.last(), person.first()) ? titleEnding(between) : null; // not "also said leader X"
    if (org.first() > 0 && SECOND_IN_LINE.contains(s.token(org.first() - 1).lower()) && ("head".equals(role) || "leader".equals(role))) {
      role = "position"; // "Deputy Treasury Secretary X"
    }
    if (role == null || role.equals("envoy") || role.equals("person") || !org.entity().type().isActor() || org.entity().type() == EntityType.PERSON) {
      return;
    }
    out.add(new Found(new Statement(person.entity(), relationFor(role, org.entity()), org.entity()), "role.title", org.first(), person.last()));
  }

  /** "The head of the spy agency, Lee Jong-seok, told": a title of a body set off before the name. */
  private void titleOfBefore(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    int comma = person.first() - 1;
    if (pi == 0 || comma < 4 || !s.token(comma).text().equals(",")) {
      return;
    }
    Mention org = ms.get(pi - 1);
    int of = org.first() > 0 && s.token(org.first() - 1).lower().equals("the") ? org.first() - 2 : org.first() - 1;
    if (org.last() != comma || of < 2 || !s.token(of).lower().equals("of") || !org.entity().type().isActor()
        || org.entity().type() == EntityType.PERSON || org.kind() == MentionKind.PRONOUN) {
      return;
    }
    for (int start = of - 1; start >= Math.max(0, of - 3); start--) {
      String role = titles.get(s.textOf(start, of).toLowerCase(Locale.ROOT));
      boolean second = start > 0 && SECOND_IN_LINE.contains(s.token(start - 1).lower()); // "the deputy head of"
      int lead = second ? start - 1 : start;
      boolean opens = lead == 0 || Regexes.matches(s.token(lead - 1).lower(), "the|a|an|,");
      if (role != null && opens && !role.equals("person") && !role.equals("envoy")) {
        String rel = relationFor(second && (role.equals("head") || role.equals("leader")) ? "position" : role, org.entity());
        out.add(new Found(new Statement(person.entity(), rel, org.entity()), "role.title-of", start, person.last()));
        return;
      }
    }
  }

  /**
   * "Bryansk Governor X", "Kharkiv regional governor X", "Kharkiv Mayor X": a governor leads the region the place's
   * name stands for, a mayor the city. The place's name may be a mention of its own or only words the name finder
   * took into the title; either way the gazetteer must know it.
   */
  private void placeHead(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    int t = person.first() - 1;
    if (t < 1 || !Regexes.matches(s.token(t).lower(), "governor|gov\\.?|mayor")) {
      return;
    }
    boolean mayor = s.token(t).lower().equals("mayor");
    int end = NEUTRAL_MODIFIERS.contains(s.token(t - 1).lower()) ? t - 1 : t;
    int from = end;
    while (from > 0 && end - from < 3 && s.token(from - 1).isCapitalized() && s.token(from - 1).pos().equals("PROPN")) {
      from--;
    }
    if (from == end || pi > 0 && ms.get(pi - 1).last() > from && ms.get(pi - 1).first() < from) {
      return;
    }
    String name = s.textOf(from, end);
    Optional<Entity> region = mayor ? Optional.empty() : gazetteer.regionNamed(name);
    Optional<Entity> place = region.isPresent() ? region
        : gazetteer.byName(name).filter(e -> e.type() == EntityType.CITY || e.type() == EntityType.OTHER);
    int first = from;
    place.ifPresent(p -> out.add(new Found(new Statement(person.entity(), "leads", p), "role.place-head", first, person.last())));
  }

  private static boolean onlyNominal(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = s.token(k).pos();
      if (!(pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("PUNCT") || Regexes.matches(s.token(k).lower(), "[’']s|of|and|under|the"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The role of the title that ends {@code words}, allowing up to three modifiers before it ("national security
   * spokesman", "under secretary"); null when the words are not a title.
   */
  private String titleEnding(String words) {
    if (words.isEmpty() || !Regexes.matches(words, "[\\p{L} .-]+")) {
      return null;
    }
    String[] w = words.split(" ");
    for (int from = 0; from < w.length && from <= 3; from++) {
      String role = titles.get(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)));
      if (role != null) {
        // "Deputy Treasury Secretary"; "EU foreign policy chief": the head of a portfolio, a post in the body
        boolean second = java.util.Arrays.stream(w, 0, from).anyMatch(x -> SECOND_IN_LINE.contains(x) || !NEUTRAL_MODIFIERS.contains(x));
        return second && (role.equals("head") || role.equals("leader")) ? "position" : role;
      }
    }
    return null;
  }

  /**
   * "Russia's UN Ambassador X", "US Ambassador to the UN X": an envoy holds a post of the country that sends
   * them, whatever body they are sent to.
   */
  private void envoy(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    int title = person.first() - 1;
    while (title >= 0 && person.first() - title <= 8 && !"envoy".equals(titles.get(s.token(title).lower()))) {
      title--;
    }
    int end = person.first() > 0 && s.token(person.first() - 1).text().equals(",") ? person.first() - 1 : person.first();
    if (title < 0 || person.first() - title > 7 || !allCapitalizedOrLinking(s, title + 1, end)) { // "ambassador to the UN, X"
      return;
    }
    for (int k = pi - 1; k >= 0; k--) {
      Mention c = ms.get(k);
      if (c.last() > title) {
        continue;
      }
      if (title - c.last() > 3) {
        return;
      }
      if (c.entity().type() == EntityType.COUNTRY) {
        out.add(new Found(new Statement(person.entity(), "holdsPositionIn", c.entity()), "role.envoy", c.first(), person.last()));
        return;
      }
    }
  }

  /** Only capitalised words and "to", "the", "of" between: one title phrase ("Ambassador to the UN"). */
  private static boolean allCapitalizedOrLinking(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = s.token(k).lower();
      if (!s.token(k).isCapitalized() && !Regexes.matches(w, "to|the|of|in|at")) {
        return false;
      }
    }
    return true;
  }

  /** "Rep. Yoo of the ruling People Power Party": a person of a party or legislature is its member. */
  private static void ofParty(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    if (pi + 1 >= ms.size() || person.last() >= s.size() || !s.token(person.last()).lower().equals("of")) {
      return;
    }
    Mention org = ms.get(pi + 1);
    boolean adjacent = allLowerCaseBetween(s, person.last() + 1, org.first()) && org.first() - person.last() <= 4;
    EntityType t = org.entity().type();
    if (adjacent && (t == EntityType.POLITICAL_PARTY || t == EntityType.LEGISLATURE || t == EntityType.LEGISLATIVE_COMMITTEE)) {
      out.add(new Found(new Statement(person.entity(), "memberOf", org.entity()), "role.of-party", person.first(), org.last()));
    } else if (adjacent && (t == EntityType.ORGANIZATION || t == EntityType.GOVERNMENT_AGENCY) && org.kind() == MentionKind.NAME
        && !(org.last() < s.size() && Regexes.matches(s.token(org.last()).lower(), "[’']s"))) {
      // "Go Myong-hyun of the Institute for National Security Strategy (INSS) said": a post in the body
      out.add(new Found(new Statement(person.entity(), "holdsPositionIn", org.entity()), "role.of-party", person.first(), org.last()));
    }
  }

  /** " of policy" after a title: a field of work (lower case), not a body. */
  private static final java.util.regex.Pattern FIELD_OF_WORK = java.util.regex.Pattern.compile("^ of ([a-z][a-z-]+)\\b");

  /** PERSON, the [ORG's] TITLE (on|of|at) [the] ORG2 */
  private void apposition(Sentence s, List<Mention> ms, int pi, List<Found> out) {
    Mention person = ms.get(pi);
    if (person.last() + 1 >= s.size() || !s.token(person.last()).text().equals(",")) {
      return;
    }
    int end = person.last() + 1;
    while (end < s.size() && !s.token(end).text().equals(",") && end - person.last() < 16) {
      end++;
    }
    // "said Tom Robinson, Elliptic's chief scientist.": the sentence's full stop is no part of the title
    String phrase = " " + Regexes.replaceAll(s.textOf(person.last() + 1, end).toLowerCase(Locale.ROOT), "[.!?\"”]+$", "") + " ";
    String unhyphened = phrase.replace('-', ' '); // "a Russian Foreign Ministry ambassador-at-large"
    String role = null;
    String title = null;
    for (var t : titles.entrySet()) {
      boolean has = phrase.contains(" " + t.getKey() + " ") || unhyphened.contains(" " + t.getKey() + " ");
      if (has && (title == null || t.getKey().length() > title.length())) {
        role = t.getValue();
        title = t.getKey();
      }
    }
    if (role == null || role.equals("person")) {
      return;
    }
    int at = phrase.indexOf(" " + title + " ") >= 0 ? phrase.indexOf(" " + title + " ") : unhyphened.indexOf(" " + title + " ");
    String[] before = phrase.substring(0, at).strip().split(" ");
    boolean second = java.util.Arrays.stream(before, Math.max(0, before.length - 3), before.length).anyMatch(SECOND_IN_LINE::contains);
    if (Regexes.matches(title, "governor|mayor")) { // "Oleh Kiper, the governor of the Odesa region"
      for (int k = pi + 1; k < ms.size() && ms.get(k).last() <= end; k++) {
        if (ms.get(k).kind() == MentionKind.NAME && (ms.get(k).entity().type() == EntityType.CITY || placeLike(s, ms.get(k)))) {
          out.add(new Found(new Statement(person.entity(), "leads", ms.get(k).entity()), "role.apposition", person.first(), end));
          return;
        }
      }
    }
    boolean secretaryOf = title.equals("secretary") && phrase.contains(" secretary of "); // "X, the secretary of Russia's Security Council"
    // "Ari Redbord, the firm's global head of policy": the head of a field of work holds a post in the body
    String original = " " + s.textOf(person.last() + 1, end) + " ";
    java.util.regex.Matcher field = FIELD_OF_WORK.matcher(
        original.length() == phrase.length() ? original.substring(at + title.length() + 1) : "");
    boolean ofField = field.find() && !Regexes.matches(field.group(1), "the|a|an|its|his|her|their|this|that|state|government");
    if ((role.equals("head") || role.equals("leader")) && (second || secretaryOf || ofField)) {
      role = "position"; // "X, deputy chairman of Russia's Security Council"
    }
    for (int k = pi + 1; k < ms.size() && ms.get(k).last() <= end; k++) {
      Entity org = ms.get(k).entity();
      if (!org.type().isActor() || org.type() == EntityType.PERSON || ms.get(k).kind() == MentionKind.DEMONYM
          || ms.get(k).kind() == MentionKind.PRONOUN) { // "a representative of X who it said arranged payment": not "it"
        continue;
      }
      boolean possessor = ms.get(k).last() < s.size() && Regexes.matches(s.token(ms.get(k).last()).lower(), "[’']s");
      boolean owner = possessor && org.type() == EntityType.COUNTRY && k + 1 < ms.size() && ms.get(k + 1).last() <= end
          && ms.get(k + 1).entity().type().isActor(); // "a representative of North Korea's Korea Ryonbong ...": the corporation's
      if (owner) {
        continue;
      }
      boolean legislative = org.type() == EntityType.LEGISLATURE || org.type() == EntityType.LEGISLATIVE_COMMITTEE
          || org.type() == EntityType.POLITICAL_PARTY;
      // "Yoo, the party's vice chairperson": a member; "Hurley, the Treasury's under secretary": a post
      boolean memberPossessor = possessor && role.equals("position") && !ofField && legislative;
      // "a secretary of the ruling Workers' Party": a post in the party (ANNOTATION: holdsPositionIn, not memberOf)
      boolean partyPost = org.type() == EntityType.POLITICAL_PARTY && title.endsWith("secretary");
      String rel = partyPost ? "holdsPositionIn" : org.type() == EntityType.POLITICAL_PARTY || memberPossessor ? "memberOf"
          : role.equals("member") && title.equals("representative") && !legislative ? "holdsPositionIn" : relationFor(role, org);
      out.add(new Found(new Statement(person.entity(), rel, org), "role.apposition", person.first(), end));
      if (rel.equals("holdsPositionIn") && org.type() == EntityType.LEGISLATIVE_COMMITTEE) {
        out.add(new Found(new Statement(person.entity(), "memberOf", org), "role.apposition", person.first(), end));
      }
    }
  }

  private static String relationFor(String role, Entity org) {
    return switch (role) {
      case "person" -> null;
      case "leader" -> "leads";
      case "head" -> org.type() == EntityType.COUNTRY ? "holdsPositionIn" : "leads";
      case "member" -> "memberOf";
      default -> "holdsPositionIn";
    };
  }

  /**
   * The country a national body's name says it belongs to, when the gazetteer knows the whole "X's Y" as one name:
   * "Seoul's Foreign Ministry" is South Korea's (Seoul standing for its state), as "North Korea's Foreign Ministry" is.
   */
  private Optional<Entity> ownerInName(Sentence s, Mention m) {
    if (m.kind() != MentionKind.NAME || !isNationalBody(m.entity().type()) || m.last() - m.first() < 3
        || MentionFinder.postedAbroad(m.entity())) {
      return Optional.empty(); // "North Korea's mission to the United Nations" is posted to the body, not in the state
    }
    for (int k = m.first() + 1; k < m.last() - 1; k++) {
      if (Regexes.matches(s.token(k).text(), "[’']s")) {
        for (int j = k + 1; j < m.last(); j++) {
          if (s.token(j).lower().equals("in")) {
            return Optional.empty(); // "Russia's embassy in Tokyo" is in Tokyo
          }
        }
        String owner = s.textOf(m.first(), k);
        return gazetteer.candidates(Gazetteer.firstWord(owner)).stream()
            .filter(a -> a.text().equalsIgnoreCase(owner) && a.entity().type() == EntityType.COUNTRY && a.kind() != MentionKind.DEMONYM)
            .map(Gazetteer.Alias::entity).findFirst();
      }
    }
    return Optional.empty();
  }

  /** X's Y (Y an organisation of X, or a committee of a legislature); DEMONYM ... PORT|CITY. */
  private void possessives(Sentence s, List<Mention> ms, List<Found> out) {
    for (Mention m : ms) {
      ownerInName(s, m).ifPresent(country -> out.add(new Found(new Statement(m.entity(), "locatedIn", country), "possessive.located",
          m.first(), m.last())));
    }
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention x = ms.get(i);
      Mention y = ms.get(i + 1);
      String between = s.textOf(x.last(), y.first()).strip();
      EntityType xt = x.entity().type();
      EntityType yt = y.entity().type();
      boolean possessive = Regexes.matches(between, "[’']s") && x.kind() != MentionKind.PRONOUN;
      // "North Korea's state-run Korean Central News Agency", "North Korea's state media, the KCNA"
      boolean describedOwn = Regexes.matches(between, "[’']s(?: [a-z-]+){1,3}(?: ,)?(?: the)?") && x.kind() != MentionKind.PRONOUN
          && y.kind() == MentionKind.NAME && (isNationalBody(yt) || yt == EntityType.NEWS_ORGANIZATION);
      boolean prefix = between.isEmpty() && x.kind() == MentionKind.NAME && y.kind() == MentionKind.NAME; // "US Federal Bureau ..."
      if (prefix && xt == EntityType.COUNTRY && (isNationalBody(yt) || yt == EntityType.NEWS_ORGANIZATION)) {
        out.add(new Found(new Statement(y.entity(), "locatedIn", x.entity()), "name.located", x.first(), y.last()));
      } else if (describedOwn && xt == EntityType.COUNTRY) {
        out.add(new Found(new Statement(y.entity(), "locatedIn", x.entity()), "possessive.located", x.first(), y.last()));
      } else if (possessive && xt == EntityType.COUNTRY
          && (isNationalBody(yt) || yt == EntityType.NEWS_ORGANIZATION || yt == EntityType.ORGANIZATION && ownedBy(y.entity(), x.entity()))) {
        // "North Korea's Korean Central News Agency (KCNA)", "North Korea's Korea Ryonbong General Corporation" as
        // "North Korea's Foreign Ministry"
        out.add(new Found(new Statement(y.entity(), "locatedIn", x.entity()), "possessive.located", x.first(), y.last()));
      } else if (possessive && isOrganization(xt) && isOrganization(yt) && xt != EntityType.NEWS_ORGANIZATION) {
        // "the National Assembly's Intelligence Committee", "the Treasury's Office of Foreign Assets Control"
        out.add(new Found(new Statement(y.entity(), "partOf", x.entity()), "possessive.part", x.first(), y.last()));
      } else if (x.kind() == MentionKind.DEMONYM && xt == EntityType.COUNTRY) {
        for (int k = i + 1; k < ms.size() && ms.get(k).first() - x.last() <= 6; k++) {
          Mention p = ms.get(k);
          boolean close = allLowerCaseBetween(s, x.last(), p.first()) && p.first() - x.last() <= 3
              && noClauseWords(s, x.last(), p.first()) // not "South Korean police say the Lazarus Group"
              || Regexes.matches(s.textOf(x.last(), p.first()).strip(), "(?:[a-z-]+ ){1,3}(?:known as|called|dubbed|named)"); // "a North Korean hacking group known as Andariel"
          boolean placePhrase = noClauseWords(s, x.last(), p.first()) // "the Russian port of X", not "Russian forces at Kyiv"
              && !andBeforeOf(s, x.last(), p.first()); // "the Russian ports of X and Y", not "the two North Korean ports and Y"
          if ((p.entity().type() == EntityType.PORT || p.entity().type() == EntityType.CITY) && placePhrase
              || close && isOrganization(p.entity().type()) && p.kind() != MentionKind.PRONOUN) {
            out.add(new Found(new Statement(p.entity(), "locatedIn", x.entity()), "demonym.located", x.first(), p.last()));
          } else {
            break; // another name, or another demonym that starts its own phrase ("... and the Russian port of X")
          }
        }
      }
    }
  }

  /**
   * Where a place or an organisation is, said around its name: "Russia's Kursk region" (a place the gazetteer
   * puts in the possessor), "London-based Elliptic", "the Wagner Group, the Russian private military company",
   * "two Russian shipping companies, Baltmor Cargo LLC and Okeansk Marine Ltd.".
   */
  private void placedBy(Sentence s, List<Mention> ms, List<Found> out) {
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention x = ms.get(i);
      Mention y = ms.get(i + 1);
      String between = s.textOf(x.last(), y.first()).strip();
      EntityType yt = y.entity().type();
      boolean place = yt == EntityType.CITY || yt == EntityType.PORT || yt == EntityType.OTHER;
      if (x.entity().type() == EntityType.COUNTRY && x.kind() != MentionKind.DEMONYM && Regexes.matches(between, "[’']s") && place
          && gazetteer.within(y.entity(), x.entity())) {
        out.add(new Found(new Statement(y.entity(), "locatedIn", x.entity()), "possessive.located", x.first(), y.last()));
        // "Russia's Kursk and Bryansk regions": the second place of the pair is the possessor's too
        Mention z = i + 2 < ms.size() ? ms.get(i + 2) : null;
        if (z != null && s.textOf(y.last(), z.first()).strip().equals("and") && z.entity().type() == y.entity().type()
            && gazetteer.within(z.entity(), x.entity())) {
          out.add(new Found(new Statement(z.entity(), "locatedIn", x.entity()), "possessive.located", x.first(), z.last()));
        }
      }
      placeIn(s, ms, i, between, out);
      placeApposition(s, x, y, between, out);
      boolean based = Regexes.matches(between, "- ?(?:" + NameFinder.BASED + ")(?: (?!that\\b|which\\b|who\\b|of\\b)[a-z]+){0,3},?") && isPlace(x.entity().type()) && isOrganization(yt); // "London-based (exchange) Elliptic"
      if (based) {
        out.add(new Found(new Statement(y.entity(), "locatedIn", x.entity()), "name.located", x.first(), y.last()));
      }
      // "Ginco, a Tokyo-based wallet software company"
      if (Regexes.matches(between, ", (?:a|an|the)") && isPlace(yt) && NameFinder.basedIn(s, y.last())
          && (isOrganization(x.entity().type()) || x.entity().type() == EntityType.OTHER && x.kind() == MentionKind.NAME)) {
        // whatever is "based" somewhere is there: "Nuri Bridge, a Singapore-based cross-chain bridge"
        out.add(new Found(new Statement(x.entity(), "locatedIn", y.entity()), "apposition.located", x.first(), y.last() + 2));
      }
      // "Garantex, a Moscow exchange"
      if (between.equals(", a") && yt == EntityType.CITY && y.kind() == MentionKind.NAME && isOrganization(x.entity().type())
          && y.last() < s.size() && Regexes.matches(s.token(y.last()).lower(), MentionFinder.BUSINESS_NOUNS)) {
        out.add(new Found(new Statement(x.entity(), "locatedIn", y.entity()), "apposition.located", x.first(), y.last() + 1));
      }
      // "Hanbit Unmanned Systems, a drone maker based in Sacheon"
      for (int k = i + 1; k < ms.size() && ms.get(k).first() - x.last() <= 8 && isOrganization(x.entity().type()); k++) {
        Mention z = ms.get(k);
        if (isPlace(z.entity().type()) && z.kind() == MentionKind.NAME
            && Regexes.matches(s.textOf(x.last(), z.first()).strip(), ", (?:a|an|the) (?:[a-z-]+ ){1,4}(?:" + NameFinder.BASED + ") in")) {
          out.add(new Found(new Statement(x.entity(), "locatedIn", z.entity()), "apposition.located", x.first(), z.last()));
        }
      }
      // "the Wagner Group, the Russian private military company": an organisation's apposition names its country
      // "TraderTraitor, a North Korean hacking cluster"; "the Reconnaissance General Bureau, North Korea's main ... agency"
      boolean possessed = y.kind() != MentionKind.DEMONYM && y.last() < s.size() && Regexes.matches(s.token(y.last()).lower(), "[’']s");
      int described = possessed ? y.last() + 1 : y.last();
      boolean orgOrNamed = isOrganization(x.entity().type())
          || x.entity().type() == EntityType.OTHER && x.kind() == MentionKind.NAME && !placeLike(s, x);
      orgOrNamed &= !possessed || appositionCloses(s, described); // not "in the Kursk region, South Korea's spy agency told"
      if (orgOrNamed && y.entity().type() == EntityType.COUNTRY && (y.kind() == MentionKind.DEMONYM && Regexes.matches(between, ", (?:the|a|an|another)")
          || possessed && between.equals(",")) && orgNounAfter(s, described)) {
        out.add(new Found(new Statement(x.entity(), "locatedIn", y.entity()), "apposition.located", x.first(), y.last()));
      }
      // "two Russian shipping companies, Baltmor Cargo LLC and Okeansk Marine Ltd."
      if (x.kind() == MentionKind.DEMONYM && x.entity().type() == EntityType.COUNTRY && orgNounAfter(s, x.last())
          && !(x.first() > 0 && Regexes.matches(s.token(x.first() - 1).lower(), "a|an"))) { // not "by X, a North Korean hacking group, the NIS said"
        int comma = x.last();
        while (comma < s.size() && comma - x.last() < 5 && !s.token(comma).text().equals(",")) {
          comma++;
        }
        for (int k = i + 1; k < ms.size() && comma < s.size() && s.token(comma).text().equals(","); k++) {
          Mention org = ms.get(k);
          if (org.first() <= comma) {
            continue;
          }
          if (!isOrganization(org.entity().type()) || org.first() - comma > 8 || org.kind() == MentionKind.PRONOUN
              || Regexes.matches(s.textOf(comma, org.first()), ".*[\"“”].*")) { // not '... North Korean unit," a KNPA official said'
            break; // "trained North Korean drone operators, it said": not a list of the operators' names
          }
          out.add(new Found(new Statement(org.entity(), "locatedIn", x.entity()), "demonym.located", x.first(), org.last()));
        }
      }
    }
  }

  /**
   * A place set off by its country: "Odesa, Ukraine, ..." (the country's name closing the phrase, and the gazetteer
   * not placing the city in another country) and "Rajin, a North Korean port", "Kursk, a Russian region bordering
   * Ukraine" (a demonym before a kind of place).
   */
  private void placeApposition(Sentence s, Mention x, Mention y, String between, List<Found> out) {
    // "a factory in Kanggye, Jagang Province": a named place, then the province (oblast, prefecture) it lies in
    boolean inRegion = between.equals(",") && y.kind() == MentionKind.NAME && y.entity().type() == EntityType.OTHER
        && placeLike(s, y) && closesPhrase(s, y.last()) && x.kind() == MentionKind.NAME && !x.entity().equals(y.entity())
        && (placeLike(s, x) || x.first() > 0 && Regexes.matches(s.token(x.first() - 1).lower(), "in|at|near"))
        && REGION_HEADS.contains(s.token(y.last() - 1).lower());
    if (inRegion) {
      out.add(new Found(new Statement(x.entity(), "locatedIn", y.entity()), "apposition.located", x.first(), y.last()));
      return;
    }
    if (!placeLike(s, x) || y.entity().type() != EntityType.COUNTRY || x.entity().equals(y.entity())) {
      return;
    }
    boolean named = between.equals(",") && y.kind() == MentionKind.NAME && closesPhrase(s, y.last())
        && gazetteer.countryOf(x.entity()).map(c -> c.equals(y.entity())).orElse(true);
    boolean described = Regexes.matches(between, ", (?:a|an|the)") && y.kind() == MentionKind.DEMONYM
        && y.last() < s.size() && PLACE_HEADS.contains(s.token(y.last()).lower());
    if (named || described) {
      out.add(new Found(new Statement(x.entity(), "locatedIn", y.entity()), "apposition.located", x.first(), y.last()));
    }
  }

  /** Whether the phrase ends at token {@code at}: the sentence's end, or a comma, full stop, semicolon or bracket. */
  private static boolean closesPhrase(Sentence s, int at) {
    return at >= s.size() || Regexes.matches(s.token(at).text(), "[,.;)]");
  }

  /**
   * "the Sohae launch site in North Pyongan Province", "Vostochny Port in Russia's Far East", "the Kursk region of
   * western Russia": a place right before "in"/"of" and another place or a country.
   */
  private void placeIn(Sentence s, List<Mention> ms, int i, String between, List<Found> out) {
    Mention x = ms.get(i);
    // "boarded at Sakaiminato in Tottori Prefecture": a name after "at" or "near" is a place too
    boolean placedName = x.kind() == MentionKind.NAME && x.entity().type() == EntityType.OTHER && x.first() > 0
        && Regexes.matches(s.token(x.first() - 1).lower(), "at|near");
    // "the Liski rail junction in Russia's Voronezh region": the kind of place after the name, then "in"
    boolean headThenIn = x.kind() == MentionKind.NAME && x.entity().type() == EntityType.OTHER
        && Regexes.matches(between, "(?:[a-z]+ )?[a-z]+ in") && PLACE_HEADS.contains(lastWordBeforeIn(between));
    if (i + 1 >= ms.size() || !placeLike(s, x) && !placedName && !headThenIn) {
      return;
    }
    Mention y = ms.get(i + 1);
    if (!IN_PLACE.matcher(between).matches() && !onCoast(s, between, y) && !headThenIn) {
      return;
    }
    Mention z = i + 2 < ms.size() ? ms.get(i + 2) : null;
    boolean possessed = z != null && Regexes.matches(s.textOf(y.last(), z.first()).strip(), "[’']s") && placeLike(s, z);
    Mention where = possessed ? z : y; // "in Russia's Far East": the Far East (the possessive says it is Russia's)
    EntityType t = where.entity().type();
    boolean area = t == EntityType.COUNTRY || t == EntityType.CITY || t == EntityType.OTHER && placeLike(s, where);
    // "the Sohae Satellite Launching Station in the country's northwest": which country "the country" is, the gazetteer
    // knows better than the last country named
    Entity in = where.kind() == MentionKind.DESCRIPTION && t == EntityType.COUNTRY
        ? gazetteer.countryOf(x.entity()).orElse(where.entity()) : where.entity();
    if (area && where.kind() != MentionKind.DEMONYM && !in.equals(x.entity())) {
      out.add(new Found(new Statement(x.entity(), "locatedIn", in), "name.located", x.first(), where.last()));
    }
  }

  /** "rail junction in" → "junction". */
  private static String lastWordBeforeIn(String between) {
    String words = between.substring(0, between.length() - 3);
    return words.substring(words.lastIndexOf(' ') + 1);
  }

  /** "Wonsan on North Korea's east coast": "on" a country's coast or border. */
  private static boolean onCoast(Sentence s, String between, Mention y) {
    int k = y.last();
    return Regexes.matches(between, "on(?: the)?") && y.entity().type() == EntityType.COUNTRY && k + 2 < s.size()
        && Regexes.matches(s.token(k).lower(), "[’']s") && Regexes.matches(s.token(k + 1).lower(), "(?:north|south|east|west)(?:ern)?")
        && Regexes.matches(s.token(k + 2).lower(), "coast|border|shore|coastline");
  }

  /** A city, a port, or a name whose head word is a kind of place ("launch site", "region", "Oblast"). */
  private static boolean placeLike(Sentence s, Mention m) {
    EntityType t = m.entity().type();
    if (t == EntityType.CITY || t == EntityType.PORT) {
      return true;
    }
    if (t != EntityType.OTHER || m.kind() == MentionKind.DEMONYM) {
      return false;
    }
    String head = s.token(m.last() - 1).lower();
    String canonicalHead = m.entity().canonical().substring(m.entity().canonical().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return PLACE_HEADS.contains(head) || PLACE_HEADS.contains(canonicalHead);
  }

  /** Whether the noun phrase from {@code from} ends in punctuation: an apposition, not the subject of a verb after it. */
  private static boolean appositionCloses(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 6); k++) {
      if (s.token(k).pos().equals("PUNCT")) {
        return true;
      }
      if (s.token(k).isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** Lower-case words then a noun for an organisation ("private military company", "shipping companies"). */
  private static boolean orgNounAfter(Sentence s, int from) {
    for (int k = from; k < Math.min(s.size(), from + 5); k++) {
      String w = s.token(k).lower();
      if (ORG_NOUNS.contains(w)) {
        return true;
      }
      if (s.token(k).isCapitalized() || Regexes.matches(w, "[,;.]")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isPlace(EntityType t) {
    return t == EntityType.CITY || t == EntityType.COUNTRY || t == EntityType.PORT;
  }

  /** "The team's other members are Britain, France and Germany", "the council's members include ...": a list of members. */
  private static void memberList(Sentence s, List<Mention> ms, List<Found> out) {
    for (int k = 2; k + 1 < s.size(); k++) {
      if (!s.token(k).lower().equals("members") || !Regexes.matches(s.token(k + 1).lower(), "are|include|includes|were")) {
        continue;
      }
      int possessive = s.token(k - 1).lower().equals("other") ? k - 2 : k - 1;
      Mention owner = null;
      for (Mention m : ms) {
        if (m.last() == possessive && Regexes.matches(s.token(possessive).lower(), "[’']s") && m.kind() != MentionKind.PRONOUN) {
          owner = m;
        }
      }
      if (owner == null || !owner.entity().type().isActor()) {
        continue;
      }
      for (Mention m : ms) {
        if (m.first() > k + 1 && (m.entity().type() == EntityType.COUNTRY || isOrganization(m.entity().type()))
            && m.kind() != MentionKind.DEMONYM && !m.entity().equals(owner.entity())) {
          out.add(new Found(new Statement(m.entity(), "memberOf", owner.entity()), "list.member", owner.first(), m.last()));
        }
      }
    }
  }

  /**
   * "The Multilateral Sanctions Monitoring Team, set up by the U.S., South Korea, Japan and eight other countries ...",
   * "the MSMT, an 11-nation group that includes Japan, ...": the states that formed or make up a body set off by a
   * comma are its members.
   */
  private static void foundingMembers(Sentence s, List<Mention> ms, List<Found> out) {
    for (int k = 2; k + 2 < s.size(); k++) {
      boolean founded = Regexes.matches(s.token(k).lower(), "set|formed|founded|established|created") && s.token(k + 1).lower().equals("by")
          || s.token(k).lower().equals("set") && s.token(k + 1).lower().equals("up") && k + 2 < s.size() && s.token(k + 2).lower().equals("by");
      boolean includes = Regexes.matches(s.token(k).lower(), "includes|including|comprises|comprising") && Regexes.matches(s.token(k - 1).lower(), "that|which|group|,");
      if (!founded && !includes) {
        continue;
      }
      int comma = k - 1;
      while (comma > 0 && k - comma <= 6 && !s.token(comma).text().equals(",")) {
        comma--; // back over "an 11-nation group that" to the comma after the body's name
      }
      int end = comma >= 4 && s.token(comma - 1).text().equals(")") && s.token(comma - 3).text().equals("(") ? comma - 3 : comma;
      Mention body = comma > 0 && s.token(comma).text().equals(",") ? Mentions.endingAt(ms, end) : null;
      if (body == null || !isOrganization(body.entity().type())) {
        continue;
      }
      int j = k + (founded ? (s.token(k + 1).lower().equals("up") ? 3 : 2) : 1);
      while (j < s.size()) {
        if (Regexes.matches(s.token(j).lower(), "the|and|,")) {
          j++;
          continue;
        }
        Mention member = Mentions.startingAt(ms, j);
        if (member == null || member.entity().type() != EntityType.COUNTRY || member.kind() == MentionKind.DEMONYM) {
          break;
        }
        out.add(new Found(new Statement(member.entity(), "memberOf", body.entity()), "apposition.founding-member", body.first(), member.last()));
        j = member.last();
      }
    }
  }

  /**
   * "Estonia, which shares a border with Russia, is a member of both NATO and the European Union": membership said by
   * the verb; the subject is the name before "is" or before the relative clause set off by commas ahead of it.
   */
  private static void memberPredicate(Sentence s, List<Mention> ms, List<Found> out) {
    for (int k = 2; k + 2 < s.size(); k++) {
      if (!Regexes.matches(s.token(k).lower(), "members?") || !s.token(k + 1).lower().equals("of")) {
        continue;
      }
      int b = k - 1;
      // "is a permanent member of", "is one of 11 members of"
      while (b > 0 && (Regexes.matches(s.token(b).lower(), "a|an|permanent|founding|full|also|both|key|longtime|non-permanent|one|of")
          || s.token(b).pos().equals("NUM"))) {
        b--;
      }
      if (b < 1 || !Regexes.matches(s.token(b).lower(), "is|are|was|were")) {
        continue; // "Are both members of ...?": a question names no subject before the verb
      }
      int end = b;
      if (s.token(b - 1).text().equals(",")) {
        int open = b - 2;
        while (open > 0 && !s.token(open).text().equals(",")) {
          open--;
        }
        if (open <= 0 || !Regexes.matches(s.token(open + 1).lower(), "which|who|whose")) {
          continue;
        }
        end = open;
      }
      Mention subject = Mentions.endingAt(ms, end);
      if (subject == null || subject.kind() == MentionKind.DEMONYM || !subject.entity().type().isActor()) {
        continue;
      }
      int j = k + 2;
      while (j < s.size()) {
        if (Regexes.matches(s.token(j).lower(), "both|the|and|,")) {
          j++;
          continue;
        }
        Mention body = Mentions.startingAt(ms, j);
        if (body == null || !isOrganization(body.entity().type()) || body.entity().equals(subject.entity())) {
          break;
        }
        out.add(new Found(new Statement(subject.entity(), "memberOf", body.entity()), "predicate.member", subject.first(), body.last()));
        j = body.last();
      }
    }
  }

  /** "Russia, a permanent member of the council, ...", "X, a subgroup of Y, ...": membership or a part said in apposition. */
  private static void memberApposition(Sentence s, List<Mention> ms, List<Found> out) {
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention x = ms.get(i);
      // "Igor Malakhov, a Russian national who heads Primorsky Bridge Logistics": past the demonym of the apposition
      Mention y = ms.get(i + 1).kind() == MentionKind.DEMONYM && i + 2 < ms.size() ? ms.get(i + 2) : ms.get(i + 1);
      boolean other = x.entity().type() == EntityType.OTHER; // a name the gazetteer does not know may still be a part
      // "TraderTraitor is a subgroup of the Lazarus Group": the copula says it as the comma does
      boolean copula = x.last() < s.size() && Regexes.matches(s.token(x.last()).lower(), "is|was") && x.kind() == MentionKind.NAME;
      if (!x.entity().type().isActor() && !other || x.last() >= s.size() || !s.token(x.last()).text().equals(",") && !copula) {
        continue;
      }
      // "Rep. Yu of the People Power Party, a member of ...": the member is the person the party phrase follows
      Mention member = x;
      if (x.entity().type() == EntityType.POLITICAL_PARTY && i > 0 && ms.get(i - 1).entity().type() == EntityType.PERSON
          && Regexes.matches(s.textOf(ms.get(i - 1).last(), x.first()).toLowerCase(java.util.Locale.ROOT), "of(?: the)?(?: \\w+){0,3}")) {
        member = ms.get(i - 1);
      }
      String between = s.textOf(x.last() + 1, y.first()).toLowerCase(java.util.Locale.ROOT);
      boolean membership = Regexes.matches(between, "(?:as )?(?:a|an|the)(?: \\w+)? members? of(?: the)?")
          || member.entity().type() == EntityType.PERSON && Regexes.matches(between, "who (?:also |now |currently |still )?(?:sits|serves|sat|served) on(?: the)?(?: \\w+)?");
      // "Rep. Kim, who chairs the intelligence committee, ...", "Igor Malakhov, a Russian national who heads Primorsky
      // Bridge Logistics": the head of a body said in a relative clause
      boolean head = member.entity().type() == EntityType.PERSON
          && Regexes.matches(between, "(?:(?:a|an)(?: [\\w-]+){1,3} )?who (?:now |currently |still )?(?:chairs|heads|leads|runs)(?: the(?: \\w+)?)?");
      if (head && isOrganization(y.entity().type())) {
        boolean ofLegislature = y.last() < s.size() && Regexes.matches(s.token(y.last()).lower(), "[’']s") && i + 2 < ms.size()
            && ms.get(i + 2).entity().type() == EntityType.LEGISLATIVE_COMMITTEE; // "who chairs the National Assembly's ... committee"
        Mention body = ofLegislature ? ms.get(i + 2) : y;
        out.add(new Found(new Statement(member.entity(), "leads", body.entity()), "apposition.head", member.first(), body.last()));
      }
      // "TraderTraitor, a subgroup of the Lazarus Group, ...": a body's part said in apposition
      boolean part = x.entity().type() != EntityType.PERSON && member == x && partApposition(between);
      if (part && y.entity().type().isActor() && y.entity().type() != EntityType.PERSON && !y.entity().equals(x.entity())) {
        out.add(new Found(new Statement(x.entity(), "partOf", y.entity()), "apposition.part", x.first(), y.last()));
      }
      if (membership && !other && y.entity().type().isActor()) {
        out.add(new Found(new Statement(member.entity(), "memberOf", y.entity()), "apposition.member", member.first(), y.last()));
        boolean ofLegislature = y.last() < s.size() && Regexes.matches(s.token(y.last()).lower(), "[’']s") && i + 2 < ms.size()
            && ms.get(i + 2).entity().type() == EntityType.LEGISLATIVE_COMMITTEE; // "a member of the National Assembly's ... Committee"
        if (ofLegislature) {
          out.add(new Found(new Statement(member.entity(), "memberOf", ms.get(i + 2).entity()), "apposition.member", member.first(), ms.get(i + 2).last()));
        }
      }
    }
  }

  /**
   * "Lavrov ... with his North Korean counterpart, Choe Son Hui": the counterpart holds the same kind of post in the
   * demonym's country (leads it when the person whose counterpart they are leads their own).
   */
  private static void counterpart(Sentence s, List<Mention> ms, List<Found> out) {
    for (int c = 2; c + 1 < s.size(); c++) {
      if (!Regexes.matches(s.token(c).lower(), "counterparts?")) {
        continue;
      }
      Mention state = Mentions.endingAt(ms, c);
      if (state == null || state.kind() != MentionKind.DEMONYM || state.entity().type() != EntityType.COUNTRY || state.first() == 0
          || !Regexes.matches(s.token(state.first() - 1).lower(), "his|her|their")) {
        continue;
      }
      int at = s.token(c + 1).text().equals(",") ? c + 2 : c + 1;
      Mention named = Mentions.startingAt(ms, at);
      if (named == null || named.entity().type() != EntityType.PERSON || named.kind() != MentionKind.NAME) {
        continue;
      }
      Mention other = null;
      for (Mention m : ms) {
        if (m.last() <= state.first() && m.entity().type() == EntityType.PERSON) {
          other = m;
        }
      }
      boolean leader = other != null && other.entity().background().stream().anyMatch(r -> r.relation().equals("leads"));
      out.add(new Found(new Statement(named.entity(), leader ? "leads" : "holdsPositionIn", state.entity()), "counterpart.named",
          state.first(), named.last()));
    }
  }

  /** "X, which is believed to operate under the RGB", "the group works under Y": a body that another has under it. */
  private static final java.util.regex.Pattern UNDER = java.util.regex.Pattern.compile(
      "(?:, (?:which|that|who))? (?:is |are |was |were )?(?:(?:believed|thought|said|known|reported) )?(?:to )?"
      + "(?:operates?|operated|operating|works?|worked|working|falls?|fell|sits?) (?:directly )?under(?: the)?");

  private static void underBody(Sentence s, List<Mention> ms, List<Found> out) {
    for (int i = 0; i + 1 < ms.size(); i++) {
      Mention x = ms.get(i);
      Mention y = ms.get(i + 1);
      String between = " " + s.textOf(x.last(), y.first()).toLowerCase(java.util.Locale.ROOT).strip();
      between = between.startsWith(" ,") ? between.substring(1) : between;
      if (isOrganization(x.entity().type()) && isOrganization(y.entity().type()) && !x.entity().equals(y.entity())
          && x.entity().type() != EntityType.PERSON && UNDER.matcher(between).matches()) {
        out.add(new Found(new Statement(x.entity(), "partOf", y.entity()), "predicate.part", x.first(), y.last()));
      }
    }
  }

  /** "a subgroup of", "an armed wing of the": an apposition's words that make a body part of the next. */
  private static boolean partApposition(String between) {
    String[] w = between.split(" ");
    int of = java.util.Arrays.asList(w).indexOf("of");
    return of >= 2 && of <= 3 && Regexes.matches(w[0], "a|an|the") && SlotFinders.PART_NOUNS.contains(w[of - 1])
        && (of == w.length - 1 || of == w.length - 2 && w[of + 1].equals("the"));
  }

  private static boolean noClauseWords(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      String pos = s.token(k).pos();
      String w = s.token(k).lower();
      if (!(pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("DET") || pos.equals("PROPN") || Regexes.matches(w, "of|and|,|\\[|\\]"))) {
        return false;
      }
      if (w.endsWith("ing") && w.length() > 5 && !Regexes.matches(w, "shipping|building|trading|mining|fishing")) {
        return false; // "Russian artillery units shelling Kharkiv": a verb, tagged as a noun
      }
    }
    return true;
  }

  /** Whether an "and" stands in {@code [from, to)} with no "of" before it. */
  private static boolean andBeforeOf(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.token(k).lower().equals("of")) {
        return false;
      }
      if (s.token(k).lower().equals("and")) {
        return true;
      }
    }
    return false;
  }

  private static boolean allLowerCaseBetween(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.token(k).isCapitalized() || Regexes.matches(s.token(k).text(), "[,;(]")) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> TOPIC_WORDS = java.util.Set.of("on", "for", "against", "about", "concerning");

  /** "the Ministry of Foreign Affairs of Japan", "the South Korean Defense Ministry": a name that says where. */
  private void namedPlace(Sentence s, List<Mention> ms, List<Found> out) {
    for (Mention m : ms) {
      if (!isOrganization(m.entity().type()) || m.kind() != MentionKind.NAME || m.last() - m.first() < 2
          || MentionFinder.postedAbroad(m.entity()) || m.entity().type() == EntityType.NEWS_ORGANIZATION) {
        continue; // an embassy or a mission is where it is posted, not in the state it represents; "The Japan Times" is a title
      }
      for (int k = m.first(); k < m.last(); k++) {
        if (k > m.first() && TOPIC_WORDS.contains(s.token(k - 1).lower())) {
          break; // "the Panel of Experts on North Korea", "the Special Envoy for Ukraine": what it is about, not where
        }
        Entity country = countryNamedAt(s, k, m.end());
        if (country != null && !country.equals(m.entity())) {
          out.add(new Found(new Statement(m.entity(), "locatedIn", country), "name.located", m.first(), m.last()));
          break;
        }
      }
    }
  }

  private Entity countryNamedAt(Sentence s, int k, int limit) {
    String text = s.text();
    int from = s.token(k).begin() - s.begin();
    for (Gazetteer.Alias a : gazetteer.candidates(Gazetteer.firstWord(s.token(k).text()))) {
      int end = from + a.text().length();
      boolean fits = end <= limit - s.begin() && text.regionMatches(from, a.text(), 0, a.text().length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      if (fits && a.entity().type() == EntityType.COUNTRY && a.kind() != MentionKind.METONYM) {
        return a.entity();
      }
    }
    return null;
  }

  /** Bodies that belong to one state; an organisation may be international ("Russia's UN envoy"). */
  /** An organisation a country's possessive can place: one the gazetteer does not know, or puts in that country (not the UN). */
  private boolean ownedBy(Entity organization, Entity country) {
    return !organization.fromGazetteer() || gazetteer.countryOf(organization).filter(country::equals).isPresent();
  }

  private static boolean isNationalBody(EntityType t) {
    return t == EntityType.GOVERNMENT_AGENCY || t == EntityType.LEGISLATURE || t == EntityType.POLITICAL_PARTY;
  }

  private static boolean isOrganization(EntityType t) {
    return t == EntityType.GOVERNMENT_AGENCY || t == EntityType.LEGISLATURE || t == EntityType.POLITICAL_PARTY
        || t == EntityType.ORGANIZATION || t == EntityType.NEWS_ORGANIZATION || t == EntityType.LEGISLATIVE_COMMITTEE;
  }
}
