package org.newsgraph.extract;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
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
  private static final String WORD = "[A-Z][a-z]+(?:-[A-Za-z]+)?";
  private static final Pattern KOREAN_NAME = Pattern.compile("\\b([A-Z][a-z]{1,4} [A-Z][a-z]+-[a-z]+)\\b");
  private static final Pattern KOREAN_NAME_WESTERN_ORDER = Pattern.compile("\\b([A-Z][a-z]+-[a-z]+ (?:Kim|Lee|Park|Choi|Jung|Cho|Kang|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwak|Sung|Cha|Joo|Woo|Koo|Min|Ryu|Na|Jin|Ji|Uhm|Chae|Won|Cheon|Bang|Gong|Hyun|Ham|Yeom|Byun|Yeo|Chu|Do|So|Seok|Sun|Seol|Ma|Gil|Yeon|Wi|Pyo|Myung|Ki|Ban|Wang|Geum|Ok|Yook|In|Maeng|Je|Mo|Tak|Gook|Eo|Eun|Pyeon|Yong|Ye|Kyung|Bong|Sa|Bu|Hwangbo|Namgung|Jegal|Seonu|Sagong|Dokgo)\\b)");
  private static final Pattern NAME_THEN_ROLE = Pattern.compile("\\b(" + WORD + "(?: " + WORD + "){1,2}), (?:the|a|an) ([^,.;]{0,80})");
  private static final Pattern CREDIT = Pattern.compile("(?i:reporting|writing|editing|additional reporting|compiled) by (" + WORD + "(?: " + WORD + "){1,2})");
  private static final List<String> SAYING = List.of("said", "says", "told", "added", "denied", "noted", "stated");
  private static final Pattern NAME_THEN_SAID = Pattern.compile("\\b(" + WORD + " " + WORD + "(?: " + WORD + ")?) (?:" + String.join("|", SAYING) + ")\\b");
  private static final Pattern ACRONYM = Pattern.compile("((?:[A-Z][\\w&'’.-]*\\s+(?:of\\s+|for\\s+|and\\s+)?){1,6}?[A-Z][\\w'’.-]*)\\s+\\(([A-Z][A-Za-z]{1,7})\\)");

  private final Gazetteer gazetteer;
  private final ImmutableMap<String, String> titles;
  private final ImmutableMap<String, EntityType> suffixes;
  private final Pattern titleThenName;
  private final Pattern orgBySuffix;

  public NameFinder(Gazetteer gazetteer, ImmutableMap<String, String> titles, ImmutableMap<String, EntityType> suffixes) {
    this.gazetteer = gazetteer;
    this.titles = titles;
    this.suffixes = suffixes;
    String titleAlternatives = titles.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    this.titleThenName = Pattern.compile("(?i:\\b(?:" + titleAlternatives + "))\\s+(" + WORD + "(?: " + WORD + "){1,2})");
    String suffixAlternatives = suffixes.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"));
    this.orgBySuffix = Pattern.compile("\\b((?:[A-Z][\\w'’&.-]+ (?:of |for |on )?){1,5}(?:" + suffixAlternatives + "))(?![\\w])");
  }

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
      String name = stripThe(m.group(1));
      EntityType type = typeBySuffix(name).orElse(EntityType.ORGANIZATION);
      Optional<Entity> e = add(s, d, out, m.start(1) + (m.group(1).length() - name.length()), m.end(1), name, type);
      String acronym = m.group(2);
      e.ifPresent(x -> d.shortName(acronym, x));
    }
    m = titleThenName.matcher(text);
    while (m.find()) {
      // "Chief Cabinet Secretary Yoshimasa Hayashi": the name starts after the last title word
      String[] words = m.group(1).split(" ");
      int skip = 0;
      for (int k = 0; k < words.length; k++) {
        if (titles.containsKey(words[k].toLowerCase(java.util.Locale.ROOT)) || k + 1 < words.length && k == skip
            && titles.containsKey(words[k + 1].toLowerCase(java.util.Locale.ROOT))) {
          skip = k + 1;
        }
      }
      if (words.length - skip >= 2) {
        int start = m.start(1) + String.join(" ", java.util.Arrays.copyOfRange(words, 0, skip)).length() + (skip > 0 ? 1 : 0);
        add(s, d, out, start, m.end(1), m.group(1).substring(start - m.start(1)), EntityType.PERSON);
      }
    }
    for (Pattern korean : new Pattern[] {KOREAN_NAME, KOREAN_NAME_WESTERN_ORDER}) {
      m = korean.matcher(hyphen ? text : "");
      while (m.find()) {
        add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON);
      }
    }
    m = CREDIT.matcher(text.contains(" by ") ? text : "");
    while (m.find()) {
      add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON);
    }
    m = NAME_THEN_SAID.matcher(saying ? text : "");
    while (m.find()) {
      boolean partOfLongerName = m.start(1) >= 3 && (text.startsWith("of ", m.start(1) - 3)
          || Character.isUpperCase(text.charAt(Math.max(0, text.lastIndexOf(' ', m.start(1) - 2) + 1))) && m.start(1) > 0
          && text.charAt(m.start(1) - 1) == ' ' && Character.isLetter(text.charAt(m.start(1) - 2)));
      if (typeBySuffix(m.group(1)).isEmpty() && !partOfLongerName) {
        add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON);
      }
    }
    m = NAME_THEN_ROLE.matcher(text.contains(", ") ? text : "");
    while (m.find()) {
      if (mentionsTitle(m.group(2))) {
        add(s, d, out, m.start(1), m.end(1), m.group(1), EntityType.PERSON);
      }
    }
    m = orgBySuffix.matcher(text);
    while (m.find()) {
      String whole = stripThe(m.group(1));
      int possessive = Math.max(whole.lastIndexOf("’s "), whole.lastIndexOf("'s "));
      String name = possessive >= 0 ? whole.substring(possessive + 3) : whole; // "North Korea's Munitions ... Department"
      int start = m.end(1) - name.length();
      int end = m.end(1);
      typeBySuffix(name).ifPresent(t -> add(s, d, out, start, end, name, t));
    }
  }

  private boolean mentionsTitle(String role) {
    String lower = " " + role.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z. -]", " ") + " ";
    return titles.keySet().stream().anyMatch(t -> lower.contains(" " + t + " "));
  }

  private Optional<EntityType> typeBySuffix(String name) {
    int space = name.lastIndexOf(' ');
    String last = name.substring(space + 1);
    if (name.startsWith("Ministry of")) {
      return Optional.of(EntityType.GOVERNMENT_AGENCY);
    }
    return Optional.ofNullable(suffixes.get(last));
  }

  private static String stripThe(String name) {
    return name.startsWith("The ") ? name.substring(4) : name;
  }

  private Optional<Entity> add(Sentence s, Discourse d, List<Mention> out, int begin, int end, String name, EntityType type) {
    String clean = name.replaceAll("[’']s$", "").strip();
    end = begin + clean.length();
    int first = tokenStartingAt(s, begin);
    int last = MentionFinder.tokenEndingAt(s, end);
    if (first < 0 || last < 0) {
      return Optional.empty();
    }
    for (Mention m : out) {
      if (m.overlaps(first, last)) {
        return Optional.empty();
      }
    }
    if (first == 0 && isCommonSentenceStart(s)) {
      return Optional.empty();
    }
    Entity e = gazetteer.byName(clean).orElseGet(() -> d.found(clean, type));
    out.add(MentionFinder.mention(s, first, last, e, MentionKind.NAME));
    return Optional.of(e);
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
