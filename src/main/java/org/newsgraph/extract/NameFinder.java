package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import org.newsgraph.regex.CapitalStartPattern;
import org.newsgraph.regex.StartKeyedPattern;
import org.newsgraph.regex.WordKeyedPattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsgraph.nlp.Sentence;

/**
 * Finds names the gazetteer does not know, and types them from their context: a title before a person's name
 * ("Defense Minister Shin Won-sik"), a role after it (", the party's vice chairperson"), the shape of Korean
 * personal names, an organisation word at the end ("... Party", "... Ltd"), an acronym in parentheses.
 */
public final class NameFinder {
  private static final String WORD = "(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Za-z]+)?";
  /** Family names that start a Korean person's name ({@code korean-surnames.txt}). */
  private static final ImmutableSet<String> KOREAN_SURNAMES = DataFiles.resource("/org/newsgraph/extract/korean-surnames.txt").stream()
      .map(l -> l.field(0)).collect(ImmutableSet.toImmutableSet());
  /** First names that make an unknown name of two or three words a person's ({@code given-names.txt}). */
  private static final ImmutableSet<String> GIVEN_NAMES = DataFiles.resource("/org/newsgraph/extract/given-names.txt").stream()
      .map(l -> l.field(0)).collect(ImmutableSet.toImmutableSet());
  /** Credit lines whose "by" names people: "Edited by Neil Harmon", "Translated by ...". */
  private static final ImmutableSet<String> CREDITS = ImmutableSet.of("edited", "editing", "translated", "reporting", "written",
      "compiled", "produced", "photographed", "writing");
  private static final CapitalStartPattern KOREAN_NAME = CapitalStartPattern.compile("\\b([A-Z][a-z]{1,5} [A-Z][a-z]+-(?!(?:made|built|produced|manufactured|supplied|designed|based|linked|backed|led|run|owned|controlled|allied|origin|[a-z]{3,}ed)\\b)[a-z]+)\\b");
  private static final CapitalStartPattern KOREAN_NAME_WESTERN_ORDER = CapitalStartPattern.compile("\\b([A-Z][a-z]+-[a-z]+ (?:"
      + KOREAN_SURNAMES.stream().filter(n -> n.length() > 1).collect(Collectors.joining("|")) + ")\\b)");
  private static final CapitalStartPattern NAME_THEN_ROLE = CapitalStartPattern.compile("\\b(" + WORD + "(?: " + WORD + "){1,2}), (?:the|a|an) ([^,.;]{0,80})");
  private static final Pattern NATIONALITY = Pattern.compile("(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)? )?(?:national|citizen)\\b");
  private static final Pattern CREDIT = Pattern.compile("(?i:reporting|writing|editing|additional reporting|compiled) by (" + WORD + "(?: " + WORD + "){1,2})");
  private static final List<String> SAYING = List.of("said", "says", "told", "added", "denied", "noted", "stated", "dismissed",
      "warned", "wrote", "insisted", "claimed", "argued", "announced", "rejected", "stressed", "acknowledged");
  private static final CapitalStartPattern NAME_THEN_SAID = CapitalStartPattern.compile("\\b(" + WORD + " " + WORD + "(?: " + WORD + ")?) (?:" + String.join("|", SAYING) + ")\\b");
  private static final CapitalStartPattern MINISTRY = CapitalStartPattern.compile("\\b(Ministry of(?: the)?(?: (?:and |of )?[A-Z][a-z]+){1,4})");
  private static final Pattern ACRONYM = Pattern.compile("((?:[A-Z][\\w&'’.-]*\\s+(?:of\\s+|and\\s+|for\\s+(?:the\\s+)?)?){1,6}?[A-Z][\\w'’.-]*)\\s*\\(([A-Z][A-Za-z]{1,7})\\)");

  private static final java.util.Set<String> CALENDAR_WORDS = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December");

  /** Capitalised words that are not names on their own. */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("The", "A", "An", "In", "On", "At", "It", "He", "She",
      "They", "We", "I", "But", "And", "Or", "As", "After", "Before", "This", "That", "These", "Those", "Its", "His", "Her",
      "Their", "Our", "Rep", "Gov", "Mr", "Ms", "Mrs", "Dr", "Sen", "Gen", "Lt", "Col", "Adm", "Capt", "St", "GMT", "KST", "UTC",
      "AM", "PM", "CEO", "TV", "English", "Korean", "Russian", "Chinese", "Japanese", "Western", "Eastern", "Northern", "Southern", "Cabinet", "State", "Government", "Embassy", "Ministry", "Foreign", "Defense",
      "Defence", "Assembly", "Council", "Security", "National", "Intelligence", "Military", "Army", "Navy", "Air", "Force", "Forces",
      "Police", "Party", "Court", "Office", "President", "Minister", "Leader", "Chairman", "Ambassador", "Secretary", "General",
      "Director", "Chief", "Commander", "Spokesman", "Spokesperson", "Staff", "Photo", "Yonhap", "Reuters", "Reporting", "Editing",
      "Writing", "Additional", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
      "Wed", "Thu", "Fri", "Sat", "Sun", "Under", "Deputy", "Vice", "Prime", "Supreme", "Senior", "Top", "Former", "Acting",
      "END", "IP", "Soviet");
  /** Capitalised kinds of things that end a name and are none alone. */
  private static final java.util.Set<String> GENERIC_ALONE = java.util.Set.of("Act", "Law", "Treaty", "Agreement", "Convention",
      "Peninsula", "Prefecture", "Province", "Region", "Resolution", "Earth", "Strait", "Sea");

  /** Words of {@link #NOT_NAMES} that name no one alone but go on a name begun before them ("Diaoyutai State Guesthouse"). */
  private static final java.util.Set<String> INSTITUTION_WORDS = java.util.Set.of("State", "Government", "Embassy", "Ministry",
      "Assembly", "Council", "Security", "National", "Intelligence", "Military", "Army", "Navy", "Air", "Force", "Forces", "Police",
      "Party", "Court", "Office");
  /** What a company does, the word its short name drops: "Pacific Meridian Logistics LLC" is "Pacific Meridian". */
  private static final java.util.Set<String> TRADE_WORDS = java.util.Set.of("Logistics", "Shipping", "Trading", "Marine",
      "Maritime", "Technologies", "Technology", "Solutions", "Systems", "Exchange", "Labs", "Industries", "Holdings", "Partners",
      "Capital", "Energy", "Transport", "Engineering");
  private static final java.util.Set<String> COMPANY_WORDS = java.util.Set.of("Ltd.", "Ltd", "LLC", "Inc.", "Inc", "Co.", "Corp.",
      "Corp", "Group", "Network", "Holdings", "Company", "PLC", "JSC");
  private static final java.util.Set<String> ORG_NOUNS = java.util.Set.of("firm", "company", "exchange", "startup", "platform",
      "bank", "group", "agency", "outlet", "broadcaster", "newspaper", "studio", "developer", "operator", "contractor", "manufacturer",
      "cluster", "provider", "maker", "producer", "institute", "foundation", "firms", "companies", "subgroup", "subsidiary",
      "affiliate", "gang", "syndicate", "consortium");
  private static final java.util.Set<String> SPEAKING = java.util.Set.of("said", "says", "told", "reported", "added", "estimated",
      "warned", "wrote", "stated", "announced", "found", "concluded");
  private static final java.util.Set<String> COMPASS = java.util.Set.of("North", "South", "East", "West", "Far", "Central");
  private static final java.util.Set<String> OPENERS = java.util.Set.of("“", "\"", "(", "[", ":", "‘");
  private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("DET", "ADP", "PRON", "ADV", "AUX", "CCONJ", "SCONJ", "PART", "INTJ");

  private final Gazetteer gazetteer;
  private final ImmutableMap<String, String> titles;
  private final ImmutableMap<String, EntityType> suffixes;
  private final WordKeyedPattern titleThenName;
  /** "hwasong-", "kn-": the part before the number of the gazetteer's weapon models; a new model of one is a weapon. */
  private final ImmutableSet<String> weaponFamilies;
  private final CapitalStartPattern orgBySuffix;
  private final CapitalStartPattern orgWithComplement;
  /** " Party", " Ltd", ...: a space and a suffix, which a name found by {@code orgBySuffix} ends with. */
  private final ImmutableList<String> spacedSuffixes;
  /** "Party of ", "Institute for ", ...: a suffix and its complement's preposition, which {@code orgWithComplement} needs. */
  private final ImmutableList<String> suffixesThenPreposition;

  public NameFinder(Gazetteer gazetteer, ImmutableMap<String, String> titles, ImmutableMap<String, EntityType> suffixes) {
    this.gazetteer = gazetteer;
    this.titles = titles;
    this.suffixes = suffixes;
    String titleAlternatives = titles.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    // up to five capitalised words: "Chief Cabinet Secretary Yoshimasa Hayashi" keeps the title words, stripped below
    this.titleThenName = new WordKeyedPattern(
        Pattern.compile("(?i:\\b(?:" + titleAlternatives + "))\\s+(" + WORD + "(?: " + WORD + "){1,4})"), titles.keySet());
    this.weaponFamilies = gazetteer.entities().values().stream().filter(e -> e.type() == EntityType.WEAPON_TYPE)
        .map(e -> family(e.canonical())).filter(f -> !f.isEmpty()).collect(ImmutableSet.toImmutableSet());
    String suffixAlternatives = suffixes.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    suffixes.keySet().stream().filter(x -> x.isEmpty() || x.charAt(0) < 'A' || x.charAt(0) > 'Z').findFirst().ifPresent(x -> {
      throw new IllegalStateException("org-suffixes.tsv: a suffix must start with a capital letter A-Z: " + x);
    });
    this.orgBySuffix = CapitalStartPattern.compile("\\b((?:[A-Z][\\w'’&.-]+ (?:of |for |on )?){1,5}(?:" + suffixAlternatives + "))(?![\\w])");
    this.orgWithComplement = CapitalStartPattern.compile("\\b((?:[A-Z][\\w'’&.-]+ ){0,3}(?:" + suffixAlternatives
        + ") (?:for|of|on) (?!" + CALENDAR_AHEAD + ")(?:the )?[A-Z][\\w'’&-]+(?: (?:and |of (?:the )?)?[A-Z][\\w'’&-]+){0,3})(?![\\w])");
    this.spacedSuffixes = suffixes.keySet().stream().map(x -> " " + x).collect(ImmutableList.toImmutableList());
    this.suffixesThenPreposition = suffixes.keySet().stream()
        .flatMap(x -> java.util.stream.Stream.of(x + " for ", x + " of ", x + " on ")).collect(ImmutableList.toImmutableList());
  }

  /** "sanctioned Kestrel Marine LLC on Monday": a day or month after the preposition is a date, not the name's complement. */
  private static final String CALENDAR_AHEAD = "(?:" + String.join("|", CALENDAR_WORDS) + ")\\b";

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public ImmutableMap<String, String> titles() {
    return titles;
  }

  /** Adds to {@code out} the names in {@code s} not already covered there. */
  public void find(Sentence s, Discourse d, List<Mention> out) {
    String text = s.text();
    // Each scan below is skipped when a literal its pattern needs is missing ("(" before an acronym, "-" in a
    // Korean given name, " by " in a credit line, ...): most sentences have few of them.
    boolean hyphen = text.indexOf('-') >= 0;
    boolean saying = SAYING.stream().anyMatch(text::contains);
    Matcher m = ACRONYM.matcher(text.indexOf('(') >= 0 ? text : "");
    while (m.find()) {
      String whole = stripThe(m.group(1));
      int possessive = Math.max(whole.lastIndexOf("’s "), whole.lastIndexOf("'s "));
      String name = withoutBased(possessive >= 0 ? whole.substring(possessive + 3) : whole); // "Japan's National Police Agency (NPA)"; "Washington-based X (ISW)"
      EntityType type = typeBySuffix(name).orElse(EntityType.ORGANIZATION);
      String acronym = m.group(2);
      // "the Main Intelligence Directorate (HUR)": a body the gazetteer knows by its acronym, its name put another way
      Optional<Entity> known = gazetteer.byName(name).isPresent() ? Optional.empty()
          : gazetteer.byName(acronym).filter(x -> x.type().isActor() && x.type() != EntityType.PERSON && sharesWord(name, x));
      Optional<Entity> e = add(s, d, out, m.start(1) + (m.group(1).length() - name.length()), m.end(1), name, type, false, known);
      e.ifPresent(x -> d.shortName(acronym, x));
    }
    WordKeyedPattern.Scan titled = titleThenName.scan(text);
    while (titled.find()) {
      m = titled.matcher();
      // "Chief Cabinet Secretary Yoshimasa Hayashi": the name starts after the last title word
      String[] words = m.group(1).split(" ");
      int skip = 0;
      for (int k = 0; k < words.length; k++) {
        if (titles.containsKey(words[k].toLowerCase(java.util.Locale.ROOT)) || k + 1 < words.length && k == skip
            && titles.containsKey(words[k + 1].toLowerCase(java.util.Locale.ROOT))) {
          skip = k + 1;
        }
      }
      int keep = words.length;
      while (keep > skip && CALENDAR_WORDS.contains(words[keep - 1])) {
        keep--; // "met President Yoon Suk Yeol Monday"
      }
      if (keep - skip >= 2 && keep - skip <= 3) {
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, skip, keep));
        int start = m.start(1) + String.join(" ", java.util.Arrays.copyOfRange(words, 0, skip)).length() + (skip > 0 ? 1 : 0);
        add(s, d, out, start, start + name.length(), name, EntityType.PERSON);
      }
    }
    for (CapitalStartPattern korean : new CapitalStartPattern[] {KOREAN_NAME, KOREAN_NAME_WESTERN_ORDER}) {
      StartKeyedPattern.Scan scan = korean.scan(hyphen ? text : "");
      while (scan.find()) {
        m = scan.matcher();
        add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON);
      }
    }
    m = CREDIT.matcher(text.contains(" by ") ? text : "");
    while (m.find()) {
      add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON);
    }
    StartKeyedPattern.Scan saidScan = NAME_THEN_SAID.scan(saying ? text : "");
    while (saidScan.find()) {
      m = saidScan.matcher();
      if (titles.containsKey(m.group(1).split(" ")[0].toLowerCase(java.util.Locale.ROOT))) {
        continue; // "General Hollins said": a title and a surname, the person met before (or a titled name found above)
      }
      int previousWord = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.start(1) - 2)) + 1);
      boolean afterAcronym = m.start(1) > 1 && Regexes.matches(text.substring(previousWord, m.start(1) - 1), "[A-Z]{2,5}"); // "UN Linda ..."
      boolean partOfLongerName = m.start(1) >= 3 && (text.startsWith("of ", m.start(1) - 3)
          || m.start(1) >= 4 && text.startsWith("for ", m.start(1) - 4) // "the Korea Institute for National Unification said"
          || Character.isUpperCase(text.charAt(previousWord)) && m.start(1) > 0 && !afterAcronym
          && text.charAt(m.start(1) - 1) == ' ' && Character.isLetter(text.charAt(m.start(1) - 2)));
      boolean afterThe = m.start(1) > 1 && text.substring(previousWord, m.start(1) - 1).equalsIgnoreCase("the");
      String based = withoutBased(m.group(1));
      if (!based.equals(m.group(1))) {
        // "Busan-based Haedo Logistics said": what is based somewhere is an organisation, named after "-based"
        add(s, d, out, m.end(1) - based.length(), m.end(1), based, EntityType.ORGANIZATION);
      } else if (typeBySuffix(m.group(1)).isEmpty() && !partOfLongerName) {
        // "the Global Arms Observatory said": a person's name takes no article
        // "Hanbit Coin said", after "exchange Hanbit Coin": a name found before keeps the type it was found with
        EntityType type = afterThe ? EntityType.ORGANIZATION
            : d.typeFound(m.group(1)).filter(t -> t != EntityType.OTHER).orElse(EntityType.PERSON);
        add(s, d, out, m.start(1), m.end(1), m.group(1), type);
      }
    }
    boolean role = text.contains(", the ") || text.contains(", a ") || text.contains(", an ");
    StartKeyedPattern.Scan roleScan = NAME_THEN_ROLE.scan(role ? text : "");
    while (roleScan.find()) {
      m = roleScan.matcher();
      // "Igor Malakhov, a Russian national who heads ...": a title, or a nationality said of a person (lower case:
      // not the "National" of a name)
      if (mentionsTitle(m.group(2)) || NATIONALITY.matcher(m.group(2)).lookingAt()) {
        // the apposition's title makes it a person's name even first in a sentence ("Ihor Terekhov, the mayor of Kharkiv,")
        add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON, true);
      }
    }
    StartKeyedPattern.Scan ministryScan = MINISTRY.scan(text.contains("Ministry of") ? text : "");
    while (ministryScan.find()) {
      m = ministryScan.matcher();
      add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.GOVERNMENT_AGENCY);
    }
    StartKeyedPattern.Scan complementScan = orgWithComplement.scan(containsAny(text, suffixesThenPreposition) ? text : "");
    while (complementScan.find()) {
      m = complementScan.matcher();
      // "the Korea Institute for National Unification", "Center for Strategic and International Studies"
      String name = withoutBased(stripThe(m.group(1)));
      String head = name.substring(0, name.indexOf(name.contains(" for ") ? " for " : name.contains(" of ") ? " of " : " on "));
      int start = m.end(1) - name.length();
      int end = m.end(1);
      // one head word needs "for" or an agency ("Institute for the Study of War", "Office of ..."), not "Group of Seven"
      boolean forName = name.startsWith(head + " for ");
      typeBySuffix(head).filter(t -> head.indexOf(' ') > 0 || t == EntityType.GOVERNMENT_AGENCY || forName)
          .ifPresent(t -> add(s, d, out, start, end, name, t));
    }
    StartKeyedPattern.Scan suffixScan = orgBySuffix.scan(containsAny(text, spacedSuffixes) ? text : "");
    while (suffixScan.find()) {
      m = suffixScan.matcher();
      String whole = withoutBased(stripThe(m.group(1)));
      int possessive = Math.max(whole.lastIndexOf("’s "), whole.lastIndexOf("'s "));
      String name = possessive >= 0 ? whole.substring(possessive + 3) : whole; // "North Korea's Munitions ... Department"
      if (name.indexOf(' ') < 0 && !gazetteer.isDescriptor(name.toLowerCase(java.util.Locale.ROOT))) {
        continue; // "Japan's Ministry of ...": one suffix word alone names nothing
      }
      int start = m.end(1) - name.length();
      int end = m.end(1);
      // "Longhai Star Logistics Ltd., ... moved parts": a company's legal suffix names it even first in a sentence
      boolean company = COMPANY_WORDS.contains(name.substring(name.lastIndexOf(' ') + 1));
      typeBySuffix(name).ifPresent(t -> add(s, d, out, start, end, name, t, company));
    }
  }

  /** Whether a word of four letters or more of {@code name} is a word of the entity's canonical name. */
  private static boolean sharesWord(String name, Entity e) {
    java.util.Set<String> words = new java.util.HashSet<>(List.of(e.canonical().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")));
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4 && words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** One romanised Korean syllable, capitalised: an initial, a vowel, a final ("Chol", "Myong", "Kwang", "Il"). */
  private static final Pattern KOREAN_SYLLABLE = Pattern.compile(
      "(?:Ch|Kh|Ph|Th|Ts|Jj|Kk|Pp|Ss|Tt|[BCDGHJKLMNPRSTWY])?(?i:wae|yae|yeo|wa|wo|we|wi|ya|yo|yu|ye|ae|oe|eo|eu|ui|a|e|i|o|u)(?:ng|n|m|l|k|p|t|r)?");

  /** "Pak Song Il", "Kim Hyok": a Korean family name, then one or two capitalised words that are each one syllable. */
  private static boolean koreanName(Sentence s, int first, int end) {
    if (end - first < 2 || end - first > 3 || !KOREAN_SURNAMES.contains(s.token(first).text())) {
      return false;
    }
    for (int k = first + 1; k < end; k++) {
      String w = s.token(k).text();
      if (!Character.isUpperCase(w.charAt(0)) || !KOREAN_SYLLABLE.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "the Sinpo shipyard", "the Engels air base" after a known city: the site, named by its city and what it is, not the
   * city.
   */
  private void citySites(Sentence s, Discourse d, List<Mention> out) {
    for (Mention city : List.copyOf(out)) {
      int k = city.last();
      if (city.kind() != MentionKind.NAME || city.entity().type() != EntityType.CITY || city.first() == 0
          || !s.token(city.first() - 1).lower().equals("the") || k >= s.size()) {
        continue;
      }
      int noun = k + 1 < s.size() && SITE_HOLDINGS.contains(s.token(k).lower()) ? k + 1 : k;
      if (SITE_NOUNS.contains(s.token(noun).lower())) {
        out.remove(city);
        int begin = s.token(city.first()).begin() - s.begin();
        int end = s.token(noun).end() - s.begin();
        add(s, d, out, begin, end, s.text().substring(begin, end), EntityType.OTHER, true).ifPresent(site -> d.site(site, city.entity()));
      }
    }
  }

  /** Whether the name at [first, end) is the last of "A and B regions": a plural region noun after it, "and" before it. */
  private static boolean sharedRegionNoun(Sentence s, int first, int end) {
    return end < s.size() && Regexes.matches(s.token(end).lower(), "regions|provinces|oblasts") && first >= 2
        && s.token(first - 1).lower().equals("and");
  }

  /** Whether a group noun and "known as" ("called", "dubbed") stand right before {@code first}. */
  private static boolean namedGroup(Sentence s, int first) {
    int k = first - 1;
    if (k >= 0 && s.token(k).lower().equals("as")) {
      k--;
    }
    if (k < 1 || !Regexes.matches(s.token(k).lower(), "known|called|dubbed|named|codenamed")) {
      return false;
    }
    return Regexes.matches(s.token(k - 1).lower(), "groups?|unit|cluster|gang|outfit|organi[sz]ation|network|syndicate");
  }

  /** Whether a credit line's "by" stands before {@code first}: "Edited by Neil Harmon", "Edited by: Karl Sexton". */
  private static boolean creditedAt(Sentence s, int first) {
    int by = first >= 1 && s.token(first - 1).text().equals(":") ? first - 2 : first - 1;
    return by >= 1 && s.token(by).lower().equals("by") && CREDITS.contains(s.token(by - 1).lower());
  }

  /** Military ranks as abbreviated before a name ("Maj. Gen. Yun Tae Hyok"), without their full stop. */
  private static final ImmutableSet<String> RANKS = ImmutableSet.of("Gen", "Lt", "Col", "Maj", "Capt", "Adm", "Sgt", "Brig", "Cmdr");

  /** What a site named after its place is: "the Unecha arsenal", "the Engels airbase". */
  private static final ImmutableSet<String> SITE_NOUNS = ImmutableSet.of("arsenal", "depot", "airbase", "airfield", "refinery",
      "shipyard", "stockpile", "warehouse");
  /** What a site holds, between its place and its noun: "the Karachev ammunition depot", "the Tuapse oil refinery". */
  private static final ImmutableSet<String> SITE_HOLDINGS = ImmutableSet.of("ammunition", "munitions", "arms", "weapons",
      "missile", "oil", "fuel", "storage");

  /** "hwasong-" of "Hwasong-16B": the letters and hyphen before a model number, lower-cased; "" if none. */
  static String family(String name) {
    java.util.regex.Matcher m = Regexes.pattern("(\\p{L}+-)\\d+[A-Z]{0,2}").matcher(name);
    return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
  }

  private static boolean containsAny(String text, List<String> literals) {
    for (String literal : literals) {
      if (text.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Proper names no cue types: a run of capitalised tokens ("Kim Il Sung Square", "Sky Mavis", "APT38") that
   * nothing above took is a name of something (type Other). Headlines (title case), sentence-initial common
   * words, calendar words and titles are not names.
   */
  public void properNames(Sentence s, Discourse d, List<Mention> out) {
    if (s.zone() != org.newsgraph.nlp.Zone.BODY) {
      return;
    }
    citySites(s, d, out);
    int i = 0;
    while (i < s.size()) {
      if (!nameWord(s, i) || covered(out, i) || CREDITS.contains(s.token(i).lower()) && i + 1 < s.size() && s.token(i + 1).lower().equals("by")) {
        i++; // "Edited by: Karl Sexton": the credit's verb names nothing
        continue;
      }
      int j = i + 1;
      while (j < s.size() && !covered(out, j) && (nameWord(s, j) || numberedPart(s, j) || hyphenedPart(s, j)
          || s.token(j).lower().equals("of") && j + 1 < s.size() && nameWord(s, j + 1) && !covered(out, j + 1)
          || forThe(s, j, i) && !covered(out, j + 1)
          || INSTITUTION_WORDS.contains(s.token(j).text()) && !covered(out, j) || spacedNumber(s, i, j))) {
        j++; // "the Diaoyutai State Guesthouse", "the Harlow District Court": an institution's word inside a name
      }
      while (j - i > 1 && s.token(j - 1).text().equals("-")) {
        j--; // "Mumbai-based": the hyphen before a lower-case word is not part of the name
      }
      boolean initial = i == 0 || OPENERS.contains(s.token(i - 1).text())
          || i > 2 && Regexes.matches(s.token(i - 1).text(), "[-–—]+") && s.token(i - 2).text().equals(")"); // "SEOUL, May 2 (Reuters) - Hackers
      boolean metBefore = j - i == 1 && d.foundBefore(s.token(i).text()); // "Andariel is believed to ...", named before
      boolean initialCommonWord = initial && !basedIn(s, j) && !describedAfter(s, j) && !metBefore && (j - i == 1 && !Regexes.matches(s.token(i).text(), ".*[A-Z0-9].*[A-Z0-9].*")
          || !s.token(i).pos().equals("PROPN") && FUNCTION_TAGS.contains(s.token(i).pos())); // "Officials said", but "Bering Tide Shipping LLC"
      int first = initialCommonWord ? i + 1 : i;
      boolean titleModifier = j < s.size() && (titles.containsKey(s.token(j).lower())
          || j + 1 < s.size() && titles.containsKey(s.token(j).lower() + " " + s.token(j + 1).lower())); // "Natural Resources Minister X"
      boolean shortName = j - first == 1 && d.byShortName(s.token(first).text()).isPresent(); // "Kirby said": a name met before
      boolean compass = j - first == 1 && COMPASS.contains(s.token(first).text()); // "East" alone; "Far East" is a name
      if (j > first && !titleModifier && !shortName && !compass && !(j - first == 1 && s.token(first).text().length() < 2)) {
        // "the Unecha arsenal", "the Toropets depot": a site named by its place and what it is
        Mention city = first > 0 ? Mentions.endingAt(out, first) : null;
        if (city != null && city.entity().type() == EntityType.CITY && j - first >= 2 && suffixes.containsKey(s.token(j - 1).text())) {
          out.remove(city); // "the Incheon District Court": a body named after a city the gazetteer knows starts with the city
          first = city.first();
        }
        // "the Karachev ammunition depot": one word of what the site holds may come first
        int siteNoun = j + 1 < s.size() && SITE_HOLDINGS.contains(s.token(j).lower()) ? j + 1 : j;
        boolean site = siteNoun < s.size() && first > 0 && s.token(first - 1).lower().equals("the") && SITE_NOUNS.contains(s.token(siteNoun).lower());
        // "Kharkiv's Kyivskyi district", "the Darnytskyi district": a city district named with its lower-case noun
        boolean district = !site && j < s.size() && s.token(j).text().equals("district") && j - first <= 2;
        int end = site ? siteNoun + 1 : district ? j + 1 : j;
        org.newsgraph.nlp.Token a = s.token(first);
        org.newsgraph.nlp.Token b = s.token(end - 1);
        String name = s.text().substring(a.begin() - s.begin(), b.end() - s.begin());
        Optional<Entity> region = sharedRegionNoun(s, first, end) ? gazetteer.regionNamed(name) : Optional.empty();
        if (region.isPresent()) { // "Russia's Kursk and Belgorod regions": Belgorod is the Belgorod region
          add(s, d, out, a.begin() - s.begin(), b.end() - s.begin(), name, EntityType.OTHER, true, region);
        } else {
          addName(s, d, out, a.begin() - s.begin(), b.end() - s.begin(), name, site || district ? EntityType.OTHER : typeFromContext(s, first, j));
        }
      }
      i = j;
    }
  }

  /**
   * A name no cue typed: a person's after a title set off by commas; an organisation's after "firm", "company",
   * "exchange" ("blockchain analytics firm Elliptic") or when one word speaks ("Elliptic said"); else Other.
   */
  /** Nouns that a model-numbered name before them makes a weapon's name: "the Pukguksong-6 missile". */
  private static final ImmutableSet<String> WEAPON_HEADS = ImmutableSet.of("missile", "missiles", // not "rocket": "the Chollima-2 rocket" carries satellites
      "launcher", "launchers", "drone", "drones", "icbm", "icbms", "slbm", "slbms", "howitzer", "howitzers");

  private EntityType typeFromContext(Sentence s, int first, int end) {
    if (afterTitle(s, first) || first >= 2 && s.token(first - 1).text().equals(".") && RANKS.contains(s.token(first - 2).text())) {
      return EntityType.PERSON; // "Lt. Gen. Han Kwang Jin"
    }
    if (koreanName(s, first, end)) {
      return EntityType.PERSON; // "Ri Chol Min, Pak Song Il, Kim Hyok and Jon Myong Guk"
    }
    String family = family(s.textOf(first, end));
    if (weaponFamilies.contains(family)) {
      return EntityType.WEAPON_TYPE; // "Hwasong-16B" beside the gazetteer's Hwasong-15, -17, -18 and -19
    }
    if (!family.isEmpty() && end < s.size() && WEAPON_HEADS.contains(s.token(end).lower())) {
      return EntityType.WEAPON_TYPE; // "a new Pukguksong-6 missile": a model number before a weapon's noun
    }
    Optional<EntityType> bySuffix = typeBySuffix(s.token(end - 1).text());
    if (bySuffix.isPresent() && end - first >= 2) {
      return bySuffix.get();
    }
    if (end - first >= 2 && end - first <= 3 && GIVEN_NAMES.contains(s.token(first).text())
        || creditedAt(s, first)) {
      return EntityType.PERSON; // "Harriet Vance, who leads ...", "Edited by Neil Harmon"
    }
    if (namedGroup(s, first)) {
      return EntityType.ORGANIZATION; // "a North Korean hacking group known as Bluefin"
    }
    if (end + 2 < s.size() && Regexes.matches(s.token(end).text(), "[’']s") && end - first <= 2
        && (titles.containsKey(s.token(end + 1).lower() + " " + s.token(end + 2).lower())
            || !s.token(end + 1).lower().equals("chief") && Regexes.matches(titles.getOrDefault(s.token(end + 1).lower(), ""), "head|position"))) {
      return EntityType.ORGANIZATION; // "Tom Robinson, Elliptic's chief scientist": a body whose post it is
    }
    if (basedIn(s, end) || first >= 2 && s.token(first - 1).lower().equals("in") && Regexes.matches(s.token(first - 2).lower(), BASED)) {
      return EntityType.CITY; // "Mumbai-based WazirX", "a drone maker based in Sacheon": where something is based is a place
    }
    if (cityExample(s, first)) {
      return EntityType.CITY; // "cities in Ukraine, including Kharkiv and Odesa"
    }
    Optional<EntityType> kindOfPlace = placeOf(s, first);
    if (kindOfPlace.isPresent()) {
      return kindOfPlace.get(); // "the Chinese border city of Dandong", "the port of Nakhodka"
    }
    boolean based = first >= 2 && Regexes.matches(s.token(first - 1).lower(), BASED) && s.token(first - 2).text().equals("-");
    if (based) {
      return EntityType.ORGANIZATION; // "Seoul-based Sky Mavis"
    }
    if (end - first >= 2 && personDescribedAfter(s, end)) {
      return EntityType.PERSON; // "Vadym Skibitskyi, deputy head of the Main Directorate of Intelligence (HUR), said"
    }
    boolean orgNoun = first > 0 && ORG_NOUNS.contains(s.token(first - 1).lower()) || describedAfter(s, end);
    boolean speaks = end - first == 1 && end < s.size() && SPEAKING.contains(s.token(end).lower());
    return orgNoun || speaks ? EntityType.ORGANIZATION : EntityType.OTHER;
  }

  /** "city of X", "town of X": a city; "port of X": a port. */
  private static Optional<EntityType> placeOf(Sentence s, int first) {
    if (first < 2 || !s.token(first - 1).lower().equals("of")) {
      return Optional.empty();
    }
    return switch (s.token(first - 2).lower()) {
      case "city", "town", "village", "station" -> Optional.of(EntityType.CITY); // "the North Korean station of Tumangang"
      case "port", "harbor", "harbour" -> Optional.of(EntityType.PORT);
      default -> Optional.empty();
    };
  }

  /** "Russia's ambassador to the United Nations, Vassily Nebenzia,": a name set off after a title is a person's. */
  private boolean afterTitle(Sentence s, int first) {
    if (first < 2 || !s.token(first - 1).text().equals(",")) {
      return false;
    }
    for (int k = first - 2; k >= Math.max(0, first - 8); k--) {
      if (s.token(k).text().equals(",")) {
        return false;
      }
      if (titles.containsKey(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Heads of bodies named for what they do: "Institute for the Study of War", "Headquarters for the Treatment of ...". */
  private static final java.util.Set<String> PURPOSE_HEADS = java.util.Set.of("Institute", "Center", "Centre", "Headquarters",
      "Committee", "Commission", "Council", "Foundation", "Agency", "Office", "Fund", "Society", "Alliance");

  /** "for" or "the" of "HEAD for the Name" inside a name begun at {@code first}, a name word following. */
  private boolean forThe(Sentence s, int j, int first) {
    int head = s.token(j).lower().equals("for") ? j - 1 : s.token(j).lower().equals("the") && j > first + 1
        && s.token(j - 1).lower().equals("for") ? j - 2 : -1;
    int next = s.token(j).lower().equals("for") && j + 1 < s.size() && s.token(j + 1).lower().equals("the") ? j + 2 : j + 1;
    return head >= first && PURPOSE_HEADS.contains(s.token(head).text()) && next < s.size() && nameWord(s, next);
  }

  /** "Komsomolsk-on-Amur", "Rostov-on-Don": a hyphen and a short linking word glued inside one name. */
  private static boolean hyphenedPart(Sentence s, int j) {
    boolean glued = s.token(j).begin() == s.token(j - 1).end();
    String w = s.token(j).text();
    boolean nextGlued = j + 1 < s.size() && s.token(j + 1).begin() == s.token(j).end();
    return glued && nextGlued && (w.equals("-") || Regexes.matches(w, "-?(?:on|upon|de|la|le|sur|am)-?"));
  }

  /** "Maia-1" split as "Maia", "-", "1" or "Maia", "-1": the number belongs to the name. */
  /**
   * "the Paekma 3", "the Ryusong 7": a number after a name begun after "the", ending it (a ship's or a satellite's
   * number), not an amount ("the Hwasong 19 missiles", "Kim 3 times").
   */
  private static boolean spacedNumber(Sentence s, int first, int j) {
    return j == first + 1 && first > 0 && (s.token(first - 1).lower().equals("the") || afterShipWord(s, first))
        && Regexes.matches(s.token(j).text(), "\\d{1,3}")
        && s.token(j).begin() > s.token(j - 1).end()
        && (j + 1 == s.size() || Regexes.matches(s.token(j + 1).pos(), "PUNCT|VERB|AUX|ADP|CCONJ"));
  }

  /**
   * A ship word or "-flagged" shortly before {@code first}: "the North Korean-flagged Myohyang 8 and Taedong 2", "the
   * tanker Ryusong 7".
   */
  private static boolean afterShipWord(Sentence s, int first) {
    for (int k = Math.max(0, first - 6); k < first; k++) {
      String w = s.token(k).lower();
      if (VesselGroups.SHIP_WORDS.contains(w) || w.equals("flagged") || w.equals("-flagged")) {
        return true;
      }
    }
    return false;
  }

  private static boolean numberedPart(Sentence s, int j) {
    String w = s.token(j).text();
    boolean glued = s.token(j).begin() == s.token(j - 1).end();
    // "Hwasong-16B": a model's letter after its number
    return glued && (Regexes.matches(w, "-\\d+[A-Z]{0,2}") || w.equals("-") && j + 1 < s.size() && Regexes.matches(s.token(j + 1).text(), "\\d+[A-Z]{0,2}")
        && s.token(j + 1).begin() == s.token(j).end() || Regexes.matches(w, "\\d+[A-Z]{0,2}") && s.token(j - 1).text().equals("-"));
  }

  /**
   * A capital A-Z, then letters, digits, apostrophes and hyphens only ("Kim", "O'Brien", "KN-23"; not "Gen." nor
   * "U.S."): per token, so a loop rather than a regular expression.
   */
  static boolean nameShaped(String w) {
    if (w.isEmpty() || w.charAt(0) < 'A' || w.charAt(0) > 'Z') {
      return false;
    }
    for (int k = 1; k < w.length(); ) {
      int c = w.codePointAt(k);
      if (!Character.isLetter(c) && !(c >= '0' && c <= '9') && c != '\'' && c != '’' && c != '-') {
        return false;
      }
      k += Character.charCount(c);
    }
    return true;
  }

  private boolean nameWord(Sentence s, int i) {
    org.newsgraph.nlp.Token t = s.token(i);
    String w = t.text();
    boolean shaped = nameShaped(w) && !w.endsWith("-");
    // "Maj. Gen. Yun": a title's abbreviation split from its full stop is no name
    boolean abbreviatedTitle = i + 1 < s.size() && s.token(i + 1).text().equals(".") && s.token(i + 1).begin() == t.end()
        && RANKS.contains(w);
    return shaped && !abbreviatedTitle && !CALENDAR_WORDS.contains(w) && !NOT_NAMES.contains(w)
        && !titles.containsKey(w.toLowerCase(java.util.Locale.ROOT)) && !(i == 0 && FUNCTION_TAGS.contains(t.pos()));
  }

  private static boolean covered(List<Mention> ms, int token) {
    for (Mention m : ms) {
      if (m.first() <= token && token < m.last()) {
        return true;
      }
    }
    return false;
  }

  private boolean mentionsTitle(String role) {
    String lower = " " + Regexes.replaceAll(role.toLowerCase(java.util.Locale.ROOT), "[^a-z. -]", " ") + " ";
    String unhyphened = lower.replace('-', ' '); // "ambassador-at-large"
    return titles.keySet().stream().anyMatch(t -> lower.contains(" " + t + " ") || unhyphened.contains(" " + t + " "));
  }

  private Optional<EntityType> typeBySuffix(String name) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    if (name.startsWith("Ministry of")) {
      return Optional.of(EntityType.GOVERNMENT_AGENCY);
    }
    int purpose = name.indexOf(" for ");
    if (purpose > 0 && !suffixes.containsKey(last)) { // "Coordination Headquarters for the Treatment of Prisoners of War"
      String head = name.substring(name.lastIndexOf(' ', purpose - 1) + 1, purpose);
      if (PURPOSE_HEADS.contains(head)) {
        return Optional.of(suffixes.getOrDefault(head, EntityType.ORGANIZATION));
      }
    }
    return Optional.ofNullable(suffixes.get(last));
  }

  /** A name in a list of examples after "cities"/"towns": "at cities in Ukraine, including Kharkiv and Odesa". */
  private static boolean cityExample(Sentence s, int first) {
    if (first < 1 || !Regexes.matches(s.token(first - 1).lower(), "including|and|,|as")) {
      return false;
    }
    boolean including = false;
    for (int k = first - 1; k >= Math.max(0, first - 10); k--) {
      String w = s.token(k).lower();
      including |= w.equals("including") || w.equals("as") && k > 0 && s.token(k - 1).lower().equals("such");
      if (including && (w.equals("cities") || w.equals("towns") || w.equals("villages"))) {
        return true;
      }
    }
    return false;
  }

  /** "Chainalysis, another blockchain analytics company,": an apposition after the name that ends in a word for a company. */
  /** Nouns of a person's post in an apposition: ", deputy head of", ", a spokesman for", ", chief executive of". */
  private static final ImmutableSet<String> POST_NOUNS = ImmutableSet.of("head", "chief", "director", "spokesman", "spokeswoman",
      "spokesperson", "chairman", "chairwoman", "chair", "president", "founder", "co-founder", "executive", "minister",
      "secretary", "adviser", "advisor", "commander", "ambassador", "analyst", "researcher", "professor", "lawmaker",
      "envoy", "official", "member", "leader", "officer", "deputy", "representative", "investigator", "prosecutor");

  /** ", [a|the] [deputy] head of", ", a spokesman for": a post after the comma that closes a name. */
  private static boolean personDescribedAfter(Sentence s, int at) {
    if (at + 2 >= s.size() || !s.token(at).text().equals(",")) {
      return false;
    }
    int k = at + 1;
    if (Regexes.matches(s.token(k).lower(), "a|an|the")) {
      k++;
    }
    for (int words = 0; k < s.size() && words < 4; k++, words++) {
      String w = s.token(k).lower();
      if (POST_NOUNS.contains(w) && k + 1 < s.size() && Regexes.matches(s.token(k + 1).lower(), "of|at|for|to")) {
        return true;
      }
      if (s.token(k).isCapitalized() || s.token(k).pos().equals("PUNCT") || s.token(k).isVerb()) {
        return false;
      }
    }
    return false;
  }

  private static boolean describedAfter(Sentence s, int at) {
    if (at + 2 >= s.size() || !s.token(at).text().equals(",") || !Regexes.matches(s.token(at + 1).lower(), "a|an|another|the")) {
      return false;
    }
    for (int k = at + 2; k < Math.min(s.size(), at + 7); k++) {
      if (ORG_NOUNS.contains(s.token(k).lower())) {
        return true;
      }
      boolean placeBefore = k == at + 2 && k + 1 < s.size() && Regexes.matches(s.token(at + 1).lower(), "a|an")
          && ORG_NOUNS.contains(s.token(k + 1).lower()); // "Garantex, a Moscow exchange"
      if ((s.token(k).isCapitalized() && !placeBefore) || s.token(k).pos().equals("PUNCT")) {
        return false;
      }
    }
    return false;
  }

  /** "-based" or "-headquartered" right after the token before {@code at}. */
  static boolean basedIn(Sentence s, int at) {
    return at + 1 < s.size() && s.token(at).text().equals("-") && Regexes.matches(s.token(at + 1).lower(), BASED);
  }

  /** The words after a place and a hyphen that say something is there: "Moscow-based", "Moscow-registered". */
  static final String BASED = "based|headquartered|registered|incorporated";
  private static final java.util.regex.Pattern BASED_PREFIX = java.util.regex.Pattern.compile("-(?:" + BASED + ") ");

  /** "Moscow-based Tverskoy Trading LLC", "Moscow-registered Tsentr Logistika LLC": the name after where it is based. */
  private static String withoutBased(String name) {
    java.util.regex.Matcher m = BASED_PREFIX.matcher(name);
    return m.find() ? name.substring(m.end()) : name;
  }

  private static String stripThe(String name) {
    return name.startsWith("The ") ? name.substring(4) : name;
  }

  /** Like {@link #add}, but a sentence-initial word may start the name (the caller has decided it is one). */
  private Optional<Entity> addName(Sentence s, Discourse d, List<Mention> out, int begin, int end, String name, EntityType type) {
    // a name no cue types here is what it was when found before
    EntityType known = type == EntityType.OTHER ? d.typeFound(name).orElse(type) : type;
    return add(s, d, out, begin, end, name, known, true);
  }

  private Optional<Entity> add(Sentence s, Discourse d, List<Mention> out, int begin, int end, String name, EntityType type) {
    return add(s, d, out, begin, end, name, type, false);
  }

  private Optional<Entity> add(Sentence s, Discourse d, List<Mention> out, int begin, int end, String name, EntityType type,
      boolean initialOk) {
    return add(s, d, out, begin, end, name, type, initialOk, Optional.empty());
  }

  /** {@code known}: the entity the name is, when something other than the name says so (its acronym). */
  private Optional<Entity> add(Sentence s, Discourse d, List<Mention> out, int begin, int end, String name, EntityType type,
      boolean initialOk, Optional<Entity> known) {
    String clean = Regexes.replaceAll(name, "[’']s$", "").strip();
    if (GENERIC_ALONE.contains(clean)) {
      return Optional.empty(); // "the National Security Act", "the Korean Peninsula": the kind of thing, left of its name
    }
    end = begin + clean.length();
    int first = tokenStartingAt(s, begin);
    int last = MentionFinder.tokenEndingAt(s, end);
    if (first < 0 || last < 0) {
      return Optional.empty();
    }
    int space0 = clean.lastIndexOf(' ');
    boolean national = nationalBody(s, out, first, last, clean, type);
    boolean holdsNames = space0 > 0 && COMPANY_WORDS.contains(clean.substring(space0 + 1))
        // "Seoul Central District Prosecutors' Office": a long body's name may start with a city
        || (type == EntityType.GOVERNMENT_AGENCY || type == EntityType.ORGANIZATION) && clean.split(" ").length >= 4 || national;
    // "Nakhodka Tanker Fleet Ltd.": a company named after a place is the company, not the place
    out.removeIf(m -> holdsNames && m.first() >= first && m.last() <= last && (m.last() - m.first()) < (last - first)
        && (m.entity().type() == EntityType.CITY || m.entity().type() == EntityType.PORT || m.entity().type() == EntityType.OTHER
        || m.entity().type() == EntityType.TRANSPORT_MODE // "Khasan Rail Forwarding LLC": not the railway
        || m.kind() == MentionKind.METONYM // "Seoul Central District Prosecutors' Office": not the government
        || national && m.first() == first // "the Singapore Police Force": not the state
        || m.entity().type() == EntityType.PERSON && m.last() == last)); // "... and International Studies said": not a person
    for (Mention m : out) {
      if (m.overlaps(first, last)) {
        return Optional.empty();
      }
    }
    // "Foreign Ministry spokesperson Yoon Ji-hoon speaks ...": a body's description is a name even first in a sentence
    boolean describes = gazetteer.isDescriptor(clean.toLowerCase(java.util.Locale.ROOT));
    if (first == 0 && isCommonSentenceStart(s) && !initialOk && !describes) {
      return Optional.empty();
    }
    int from = first;
    Entity e = known.or(() -> gazetteer.byName(clean)).or(() -> described(s, d, out, from, clean))
        .or(() -> clean.indexOf(' ') > 0 && type != EntityType.PERSON ? d.byShortName(clean) : Optional.empty()) // "Nerpa Shipping"
        .orElseGet(() -> d.found(clean, type));
    out.add(MentionFinder.mention(s, first, last, e, MentionKind.NAME));
    int space = clean.lastIndexOf(' ');
    if (space > 0 && COMPANY_WORDS.contains(clean.substring(space + 1))) {
      d.shortName(clean.substring(0, space), e); // "Okeansk Marine Ltd." is later "Okeansk Marine"
      int trade = clean.lastIndexOf(' ', space - 1); // "Pacific Meridian Logistics LLC" is later "Pacific Meridian"
      if (trade > 0 && TRADE_WORDS.contains(clean.substring(trade + 1, space))) {
        d.shortName(clean.substring(0, trade), e);
      }
      String firstWord = clean.substring(0, clean.indexOf(' '));
      if (clean.indexOf(' ') < space && !NOT_NAMES.contains(firstWord) && !INSTITUTION_WORDS.contains(firstWord)
          && gazetteer.candidates(Gazetteer.firstWord(firstWord)).isEmpty()) {
        d.shortName(firstWord, e); // "Primtech Trade LLC" is later "Primtech", a word the gazetteer does not know
      }
    }
    return Optional.of(e);
  }

  /**
   * "the Singapore Police Force", "the Ukrainian Air Force", "the Cambodian National Police": a country's name or
   * demonym, then a kind of force that is no description of a body the gazetteer knows ("Coast Guard" of a country
   * the gazetteer has is that body). Other names after a country ("U.S. Defense Intelligence Agency") stay apart.
   */
  private static final ImmutableSet<String> FORCES = ImmutableSet.of("Police", "Force", "Forces", "Guard", "Army", "Navy");

  private boolean nationalBody(Sentence s, List<Mention> out, int first, int last, String clean, EntityType type) {
    if (type != EntityType.GOVERNMENT_AGENCY && type != EntityType.ORGANIZATION) {
      return false;
    }
    for (Mention m : out) {
      if (m.first() == first && m.last() < last && m.entity().type() == EntityType.COUNTRY) {
        String rest = s.textOf(m.last(), last).toLowerCase(java.util.Locale.ROOT);
        boolean unknown = !gazetteer.isDescriptor(rest) && gazetteer.byName(s.textOf(m.last(), last)).isEmpty();
        // "the Estonian Foreign Intelligence Service": a demonym before a body's capitalised name the gazetteer lacks
        boolean namedBody = m.kind() == MentionKind.DEMONYM && last - m.last() >= 2 && type == EntityType.GOVERNMENT_AGENCY
            && gazetteer.byName(clean).isEmpty();
        return unknown && (FORCES.contains(s.token(last - 1).text()) || namedBody);
      }
    }
    return false;
  }

  /**
   * "Japan's Ministry of Foreign Affairs", "the Foreign Ministry": a capitalised name that is only a description
   * of a known body: its owner's ("Japan's", "Japanese") or, without one, the one the article described so last.
   */
  private Optional<Entity> described(Sentence s, Discourse d, List<Mention> out, int first, String name) {
    String phrase = name.toLowerCase(java.util.Locale.ROOT);
    if (!gazetteer.isDescriptor(phrase)) {
      return Optional.empty();
    }
    for (Mention m : out) {
      boolean owner = m.entity().type() == EntityType.COUNTRY && (m.last() == first
          || m.last() == first - 1 && Regexes.matches(s.token(m.last()).lower(), "[’']s"));
      if (owner) {
        return gazetteer.describedAs(phrase, m.entity());
      }
    }
    Optional<Entity> before = d.lastDescribedAs(phrase);
    if (before.isPresent()) {
      return before;
    }
    // the state of a body named earlier in the sentence; else the dateline's country: "SEOUL, Feb 27 (Reuters) -" ...
    // "The Defense Ministry could not confirm" (even right after a sentence about Ukraine's HUR); else "the Defense
    // Ministry" after "the National Assembly's National Defense Committee": the state whose bodies the article has
    // just been naming
    java.util.function.Predicate<Entity> nationalBody = x -> x.fromGazetteer() && (x.type() == EntityType.GOVERNMENT_AGENCY
        || x.type() == EntityType.LEGISLATURE || x.type() == EntityType.LEGISLATIVE_COMMITTEE) && gazetteer.countryOf(x).isPresent();
    Optional<Entity> body = out.stream().filter(m -> m.last() <= first && nationalBody.test(m.entity()))
        .reduce((a, b) -> a.first() > b.first() ? a : b).map(Mention::entity);
    Optional<Entity> here = body.flatMap(gazetteer::countryOf).flatMap(c -> gazetteer.describedAs(phrase, c)); // this sentence's
    return here.or(() -> d.home().flatMap(c -> gazetteer.describedAs(phrase, c)))
        .or(() -> d.lastMatching(nationalBody).flatMap(gazetteer::countryOf).flatMap(c -> gazetteer.describedAs(phrase, c)));
  }

  private static boolean isCommonSentenceStart(Sentence s) {
    String pos = s.token(0).pos();
    return !(pos.equals("PROPN") || pos.equals("NNP"));
  }

  private static int tokenStartingAt(Sentence s, int begin) {
    for (var t : s.tokens()) {
      if (t.begin() - s.begin() == begin) {
        return t.index();
      }
    }
    return -1;
  }

  /** Loads the bundled title and organisation-suffix lexicons. */
  public static NameFinder load(Gazetteer gazetteer) {
    ImmutableMap<String, String> titles = Lexicon.load("/org/newsgraph/extract/titles.tsv", true);
    ImmutableMap.Builder<String, EntityType> suffixes = ImmutableMap.builder();
    for (Map.Entry<String, String> e : Lexicon.load("/org/newsgraph/extract/org-suffixes.tsv", false).entrySet()) {
      suffixes.put(e.getKey(), EntityType.parse(e.getValue())
          .orElseThrow(() -> new IllegalStateException("org-suffixes.tsv: unknown type " + e.getValue())));
    }
    return new NameFinder(gazetteer, titles, suffixes.buildKeepingLast());
  }
}
