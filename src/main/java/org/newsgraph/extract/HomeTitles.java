package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;

/**
 * Posts that a title states without naming a country. Wire copy names its own country's officials by title alone:
 * under a "TOKYO, May 9 (Kyodo) --" dateline, "Defense Minister Gen Nakatani" holds a post in Japan and "Prime
 * Minister Shigeru Ishiba" leads it ({@code home-titles.txt} lists the titles of a national government). And a
 * minister whose ministry the article names leads it: "Defense Minister X" and "Japan's Defense Ministry" (the title's
 * words in the ministry's name, the ministry of the minister's country).
 */
final class HomeTitles {
  private static final ImmutableSet<String> NATIONAL = DataFiles.resource("/org/newsgraph/extract/home-titles.txt").stream()
      .map(l -> l.text().toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
  /** Heads whose body is a ministry or a department ("Defense Minister", "Treasury Secretary"). */
  private static final Set<String> MINISTERS = Set.of("minister", "secretary");
  private static final Set<String> SECOND_IN_LINE = Set.of("deputy", "vice", "assistant", "under", "acting", "former", "first");

  /** The title right before a person's name, its own words and the words before it, and whether something qualifies it. */
  record Title(String matched, List<String> modifiers, String role, boolean qualified) {}

  private final ImmutableMap<String, String> titles;
  private final Set<String> titleWords;
  private final Gazetteer gazetteer;

  HomeTitles(ImmutableMap<String, String> titles, Gazetteer gazetteer) {
    this.titles = titles;
    this.gazetteer = gazetteer;
    this.titleWords = new HashSet<>();
    titles.keySet().forEach(t -> titleWords.addAll(Arrays.asList(t.split(" "))));
  }

  /** Adds the posts the dateline's country and the article's ministries give, as the article's own statements. */
  void apply(List<Sentence> sentences, Optional<Entity> dateline, List<Mention> mentions, List<Claim> claims) {
    Set<Entity> named = new HashSet<>();
    mentions.forEach(m -> named.add(m.entity()));
    Optional<Entity> home = dateline.filter(named::contains);
    Map<Entity, Entity> countryOf = statedPosts(claims);
    Set<Entity> stated = new HashSet<>(countryOf.keySet());
    Map<Integer, List<Mention>> bySentence = new HashMap<>();
    mentions.forEach(m -> bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
    Set<List<Entity>> done = new HashSet<>();
    for (Mention m : mentions) {
      if (m.entity().type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
        continue;
      }
      Sentence s = sentences.get(m.sentence());
      Title t = titleOf(s, m, bySentence.get(m.sentence()));
      if (t == null) {
        continue;
      }
      Entity person = m.entity();
      boolean national = !t.qualified() && NATIONAL.contains(t.matched()) && !stated.contains(person);
      String relation = t.role().equals("leader") && t.modifiers().stream().noneMatch(SECOND_IN_LINE::contains) ? "leads" : "holdsPositionIn";
      Optional<Entity> knownCountry = Optional.ofNullable(countryOf.get(person)).or(() -> gazetteer.countryServed(person));
      Optional<Entity> post = knownCountry.or(() -> home);
      // "Foreign Minister Choe Son-hui": the title states a post; the gazetteer's country for her, else the dateline's
      if (national && post.filter(named::contains).isPresent()) {
        claims.add(claim(knownCountry.isPresent() ? "role.known" : "role.dateline", m, new Statement(person, relation, post.get())));
        countryOf.put(person, post.get());
        stated.add(person);
      }
      Entity country = countryOf.get(person);
      List<String> words = new ArrayList<>(t.modifiers());
      words.addAll(Arrays.asList(t.matched().split(" ")));
      String head = words.remove(words.size() - 1);
      if (country == null || !MINISTERS.contains(head) || words.isEmpty() || words.stream().anyMatch(SECOND_IN_LINE::contains)) {
        continue;
      }
      ministry(words, country, named).filter(org -> done.add(List.of(person, org)))
          .ifPresent(org -> claims.add(claim("role.ministry", m, new Statement(person, "leads", org))));
    }
  }

  /**
   * The country a person's unqualified national title gives them as the sentence names them ("Defense Minister
   * Shinjiro Koizumi" in a Tokyo story): the gazetteer's country for the person, else the dateline's; empty otherwise.
   * {@link #apply} states the post at the end; this lets the sentences in between know whom the person speaks for.
   */
  Optional<Entity> postCountry(Sentence s, Mention person, List<Mention> sameSentence, Optional<Entity> dateline) {
    if (person.entity().type() != EntityType.PERSON || person.kind() != MentionKind.NAME) {
      return Optional.empty();
    }
    Title t = titleOf(s, person, sameSentence);
    if (t == null || t.qualified() || !NATIONAL.contains(t.matched())) {
      return Optional.empty();
    }
    return gazetteer.countryServed(person.entity()).or(() -> dateline);
  }

  /** The country of the dateline's place ("SEOUL, Feb 27 (Reuters) -") among a sentence's mentions. */
  /**
   * The dateline's country from its place alone ("SEOUL, Dec. 2 (Yonhap) --": South Korea), before the sentence
   * that holds it is read: "..., the foreign ministry said" in that very sentence is the home country's.
   */
  Optional<Entity> home(org.newsgraph.article.Span dateline) {
    return countryOfPlace(dateline.text().split("[,(]", 2)[0].strip());
  }

  /** The country a place name stands for: the country itself, or a city's country. */
  private Optional<Entity> countryOfPlace(String place) {
    return gazetteer.byName(place).flatMap(e -> e.type() == EntityType.COUNTRY ? Optional.of(e)
        : e.type() == EntityType.CITY ? gazetteer.countryOf(e) : Optional.empty());
  }

  /** The country of the place a byline ends with ("By X, BBC News, Seoul": South Korea), for articles with no dateline. */
  Optional<Entity> homeOfByline(String role) {
    int comma = role.lastIndexOf(", ");
    return comma < 0 ? Optional.empty() : countryOfPlace(role.substring(comma + 2).strip());
  }

  Optional<Entity> home(List<Mention> mentions, org.newsgraph.article.Span dateline) {
    for (Mention m : mentions) {
      if (m.begin() < dateline.begin() || m.begin() >= dateline.end()) {
        continue;
      }
      if (m.entity().type() == EntityType.COUNTRY) {
        return Optional.of(m.entity());
      }
      if (m.entity().type() == EntityType.CITY) {
        return gazetteer.countryOf(m.entity());
      }
    }
    return Optional.empty();
  }

  /** Each person's country as the article's own words already give it ("Russian Defense Minister X"). */
  private static Map<Entity, Entity> statedPosts(List<Claim> claims) {
    Map<Entity, Entity> out = new HashMap<>();
    for (Claim c : claims) {
      for (Statement st : c.statements()) {
        boolean post = st.relation().equals("leads") || st.relation().equals("holdsPositionIn");
        if (post && st.subject().type() == EntityType.PERSON && st.object().type() == EntityType.COUNTRY) {
          out.putIfAbsent(st.subject(), st.object());
        }
      }
    }
    return out;
  }

  /**
   * The words of a title right before the name ("said Defense Minister Gen Nakatani", "national security adviser
   * Shin"), or null; qualified when a name, a demonym or a possessive stands right before the title ("Russian
   * Defense Minister X", "Japan's ...").
   */
  Title titleOf(Sentence s, Mention person, List<Mention> sameSentence) {
    int k = person.first() - 1;
    List<String> words = new ArrayList<>();
    while (k >= 0 && person.first() - k <= 5 && !covered(sameSentence, k)) {
      org.newsgraph.nlp.Token t = s.token(k);
      boolean word = Regexes.matches(t.text(), "[\\p{L}.-]+") && (t.isCapitalized() || titleWords.contains(t.lower()));
      if (!word) {
        break;
      }
      words.add(0, t.lower());
      k--;
    }
    for (int from = 0; from < words.size(); from++) {
      String candidate = String.join(" ", words.subList(from, words.size()));
      String role = titles.get(candidate);
      if (role != null) {
        boolean qualified = k >= 0 && (covered(sameSentence, k) || Regexes.matches(s.token(k).lower(), "[’']s") || countryNear(s, sameSentence, k));
        return new Title(candidate, words.subList(0, from), role, qualified);
      }
    }
    return null;
  }

  /** A country named in the few words before a title, within its clause ("a Russian delegation led by Minister X"). */
  private static boolean countryNear(Sentence s, List<Mention> sameSentence, int k) {
    for (int j = k; j >= 0 && k - j < 4 && !s.token(j).pos().equals("PUNCT"); j--) {
      for (Mention m : sameSentence) {
        if (m.first() <= j && j < m.last() && m.entity().type() == EntityType.COUNTRY) {
          return true;
        }
      }
    }
    return false;
  }

  /** The one ministry or department of the country whose name has all the title's words ("defense" in "Ministry of National Defense"). */
  private Optional<Entity> ministry(List<String> modifiers, Entity country, Set<Entity> named) {
    Entity found = null;
    for (Entity e : named) {
      String name = e.canonical().toLowerCase(Locale.ROOT).replace("defence", "defense");
      boolean body = e.type() == EntityType.GOVERNMENT_AGENCY && (name.contains("ministry") || name.contains("department"));
      boolean words = modifiers.stream().allMatch(w -> name.contains(w.replace("defence", "defense")));
      boolean same = gazetteer.countryOf(e).map(country::equals).orElse(false);
      if (body && words && same) {
        if (found != null && !found.canonical().equals(e.canonical())) {
          return Optional.empty();
        }
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  private static boolean covered(List<Mention> sameSentence, int token) {
    for (Mention m : sameSentence) {
      if (m.first() <= token && token < m.last()) {
        return true;
      }
    }
    return false;
  }

  private static Claim claim(String rule, Mention m, Statement st) {
    return new Claim(rule, 0.8, m.sentence(), m.begin(), m.end(), ImmutableList.of(st), Optional.empty(), Optional.empty(),
        Optional.empty(), Status.ASSERTED, ImmutableList.of(), Optional.empty());
  }
}
