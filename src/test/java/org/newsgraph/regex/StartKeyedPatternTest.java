package org.newsgraph.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scans tried only at likely starts find what {@link java.util.regex.Matcher#find()} finds, in order. */
class StartKeyedPatternTest {
  /** Capitalised words before a suffix, as the organisation names are found. */
  private static final Pattern ORG = Pattern.compile("\\b((?:[A-Z][\\w'’&.-]+ (?:of |for )?){1,5}(?:Agency|Service|Ltd\\.))(?![\\w])");
  /** A month and a day, as the time expressions are found. */
  private static final Pattern DATE = Pattern.compile("\\b(?:[Oo]n )?(January|Jan|November|Nov)(\\.)? (\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern AGO = Pattern.compile("(?i)\\b(\\d{1,4}|[a-z]+) (day|week)s? ago\\b");

  @Test
  void capitalStartsFindWhatFindFinds() {
    String text = "The National Intelligence Service and xNational Police Agency, (Korea Coast Guard Service) and"
        + " Baltmor Cargo Ltd. met _Foo Agency; North Security Service, Ministry of Unification Service.";
    List<String> expected = Matches.plain(ORG, text);
    // the offsets as Python's re module finds them (another engine)
    assertEquals(List.of("0:The National Intelligence Service|0:The National Intelligence Service",
        "48:Police Agency|48:Police Agency", "64:Korea Coast Guard Service|64:Korea Coast Guard Service",
        "95:Baltmor Cargo Ltd.|95:Baltmor Cargo Ltd.", "131:North Security Service|131:North Security Service",
        "155:Ministry of Unification Service|155:Ministry of Unification Service"), expected);
    assertEquals(expected, Matches.scanned(new CapitalStartPattern(ORG), text));
    String accented = "éNorth Security Service and Ünited Agency"; // a word boundary after é or not: Java 17 and 19+ differ
    assertEquals(Matches.plain(ORG, accented), Matches.scanned(new CapitalStartPattern(ORG), accented));
  }

  @Test
  void wordStartsFindWhatFindFinds() {
    String text = "On Nov. 3 and on January 21st, not xJan 4 nor 2Nov 5 nor _Jan 6, but (Jan 7) and -Nov 8; two weeks ago,"
        + " 3 days ago, x3 days ago.";
    List<String> expected = Matches.plain(DATE, text);
    assertEquals(List.of("0:On Nov. 3|3:Nov", "14:on January 21st|17:January", "70:Jan 7|70:Jan", "82:Nov 8|82:Nov"), expected);
    assertEquals(expected, Matches.scanned(new WordStartPattern(DATE), text));
    String accented = "éNov 9, ñ3 days ago, Ω Jan 10";
    assertEquals(Matches.plain(DATE, accented), Matches.scanned(new WordStartPattern(DATE), accented));
    assertEquals(Matches.plain(AGO, accented), Matches.scanned(new WordStartPattern(AGO), accented));
    assertEquals(Matches.plain(AGO, text), Matches.scanned(new WordStartPattern(AGO), text));
    assertEquals(2, Matches.plain(AGO, text).size());
  }

  @Test
  void everywhereIsFind() {
    Pattern inWords = Pattern.compile("(?<![\\p{L}])(?:yesterday|[a-z]\\d+)");
    String text = "yesterday, 3yesterday, xyesterday, APT38 and b12";
    assertEquals(List.of("0:yesterday", "12:yesterday", "45:b12"), Matches.plain(inWords, text));
    assertEquals(Matches.plain(inWords, text), Matches.scanned(StartKeyedPattern.everywhere(inWords), text));
  }

  @Test
  void phraseStartsFindWhatFindFinds() {
    List<String> phrases = List.of("in the past", "recently", "Earlier", "ère");
    Pattern p = Pattern.compile("(?<![\\p{L}])(?:(?i:in the past)|(?i:recently)|Earlier|ère)\\b");
    String text = "In the past, xin the past, 3recently, Recently; earlier and Earlier, (ère) and père, \uD835\uDC00recently";
    List<String> expected = Matches.plain(p, text);
    assertEquals(List.of("0:In the past", "28:recently", "38:Recently", "60:Earlier", "70:ère", "87:recently"), expected);
    assertEquals(expected, Matches.scanned(new PhraseStartPattern(p, phrases), text));
    for (String line : Matches.corpusLines()) {
      assertEquals(Matches.plain(p, line), Matches.scanned(new PhraseStartPattern(p, phrases), line), line);
    }
  }

  @Test
  void findWhatFindFindsInTheProjectsArticles() {
    int matches = 0;
    for (String line : Matches.corpusLines()) {
      List<String> orgs = Matches.plain(ORG, line);
      assertEquals(orgs, Matches.scanned(new CapitalStartPattern(ORG), line), line);
      List<String> dates = Matches.plain(DATE, line);
      assertEquals(dates, Matches.scanned(new WordStartPattern(DATE), line), line);
      matches += orgs.size() + dates.size();
    }
    assertTrue(matches > 50, "too few matches to show anything: " + matches);
  }
}
