package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-made cases; every expected count and ratio is worked out in the comments. */
final class ScorerTest {

  private static final double EPS = 1e-9;

  /** Rows written as in a facts file, with '|' standing for a tab outside braces. */
  private static List<FactRow> rows(String... lines) {
    List<String> tabbed = Arrays.stream(lines).map(ScorerTest::tabs).toList();
    FactsFile file = FactsFile.parse("test", tabbed);
    assertTrue(file.diagnostics().isEmpty(), () -> file.diagnostics().toString());
    return file.rows();
  }

  private static String tabs(String line) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (char c : line.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      sb.append(c == '|' && depth == 0 ? '\t' : c);
    }
    return sb.toString();
  }

  private static void assertScore(Score s, int tp, int fp, int fn, double p, double r, double f1) {
    assertEquals(new Score(tp, fp, fn), s);
    assertEquals(p, s.precision(), EPS, "precision");
    assertEquals(r, s.recall(), EPS, "recall");
    assertEquals(f1, s.f1(), EPS, "f1");
  }

  @Test
  void entitiesMatchCanonicalFirstThenSurfaceForms() {
    List<FactRow> gold = rows(
        "E|North Korea|North Korea|Country",
        "E|Pyongyang|North Korea|Country",
        "E|NIS|National Intelligence Service|GovernmentAgency",
        "E|Kim Jong-un|Kim Jong Un|Person",
        "E|Yonhap|Yonhap News Agency|NewsOrganization");
    List<FactRow> predicted = rows(
        "E|N. Korea|north korea|Country",                // canonical = canonical, case-insensitive
        "E|NIS|NIS|GovernmentAgency",                    // predicted canonical = a gold surface form
        "E|Kim Jong-un|Kim Jong-un|Person",              // canonical = canonical, hyphen-insensitive
        "E|Yonhap|Yonhap (Korea)|NewsOrganization",      // gold canonical? no; gold surface "Yonhap" = predicted surface
        "E|Seoul|Seoul|City");                           // nothing: false alarm
    ArticleReport report = Scorer.score("a", predicted, gold);
    // Gold has 4 entities (North Korea has two surface forms). "Yonhap (Korea)" matches nothing: FORMAT
    // compares canonical names with canonical names and surface forms, never surface with surface, and
    // "yonhapkorea" is neither "yonhapnewsagency" nor "yonhap". tp = 3 (North Korea, NIS, Kim Jong Un),
    // fp = 2 (Yonhap (Korea), Seoul), fn = 1 (Yonhap News Agency).
    // P = 3/5 = 0.6, R = 3/4 = 0.75, F1 = 2 * 0.6 * 0.75 / 1.35 = 2/3.
    assertScore(report.score(FactKind.ENTITIES), 3, 2, 1, 0.6, 0.75, 2.0 / 3);
    assertEquals(List.of("E Yonhap News Agency (NewsOrganization)"), report.misses());
    assertEquals(List.of("E Yonhap (Korea) (NewsOrganization)", "E Seoul (City)"), report.falseAlarms());
  }

  @Test
  void goldCanonicalMatchesAPredictedSurfaceForm() {
    List<FactRow> gold = rows("E|the spy agency|National Intelligence Service|GovernmentAgency");
    List<FactRow> predicted = rows("E|National Intelligence Service|NIS (South Korea)|GovernmentAgency");
    // "nationalintelligenceservice" (gold canonical) is a surface of the predicted entity: tp 1, fp 0, fn 0.
    assertScore(Scorer.score("a", predicted, gold).score(FactKind.ENTITIES), 1, 0, 0, 1, 1, 1);
  }

  @Test
  void relationsGoThroughTheEntityMatchAndSymmetricOnesMatchEitherWay() {
    List<FactRow> gold = rows(
        "E|Kim Jong Un|Kim Jong Un|Person",
        "E|Putin|Vladimir Putin|Person",
        "E|North Korea|North Korea|Country",
        "E|Russia|Russia|Country",
        "R|Kim Jong Un|meetsWith|Vladimir Putin|They met.",
        "R|North Korea|supplies|Russia|It sent shells.",
        "R|Russia|advises|North Korea|Russia helped.");
    List<FactRow> predicted = rows(
        "E|Putin|Putin|Person",
        "E|Kim|Kim Jong-un|Person",
        "E|N. Korea|DPRK|Country",
        "E|Russia|Russia|Country",
        "R|Putin|meetsWith|Kim Jong-un|They met.",     // symmetric, reversed, names via the entity pairing: tp
        "R|Russia|supplies|DPRK|It sent shells.",      // not symmetric, reversed: fp (and gold supplies is fn)
        "R|Russia|advises|N. Korea|Russia helped.",    // object named by a predicted surface: not paired -> fp
        "R|Russia|advises|North Korea|Again.");        // gold canonical used directly: tp
    ArticleReport report = Scorer.score("a", predicted, gold);
    // DPRK pairs with North Korea only through... nothing: "dprk" is no gold name and "northkorea" is no
    // predicted name of that entity, so DPRK is a false-alarm entity and a relation naming it cannot match.
    // Entities: tp 3 (Putin, Kim, Russia), fp 1 (DPRK), fn 1 (North Korea).
    assertScore(report.score(FactKind.ENTITIES), 3, 1, 1, 0.75, 0.75, 0.75);
    // Relations (sets): predicted keys {meets, Russia supplies ?dprk, Russia advises ?nkorea, Russia advises NK}
    // tp 2 (meetsWith, advises), fp 2, fn 1 (North Korea supplies Russia).
    // P = 2/4 = 0.5, R = 2/3, F1 = 2 * 0.5 * 2/3 / (0.5 + 2/3) = (2/3) / (7/6) = 4/7.
    assertScore(report.score(FactKind.RELATIONS), 2, 2, 1, 0.5, 2.0 / 3, 4.0 / 7);
    assertTrue(report.misses().contains("R North Korea supplies Russia"), report.misses()::toString);
    assertTrue(report.falseAlarms().contains("R Russia supplies DPRK"), report.falseAlarms()::toString);
  }

  @Test
  void claimsMatchOnSpeakerKindAndNestedTriple() {
    List<FactRow> gold = rows(
        "E|Yoo|Yoo Sang-bum|Person",
        "E|N. Korea|North Korea|Country",
        "E|Russia|Russia|Country",
        "E|NIS|National Intelligence Service|GovernmentAgency",
        "E|Peskov|Dmitry Peskov|Person",
        "R|Yoo Sang-bum|saidThat|{North Korea | supplies | Russia}|Yoo said.",
        "R|National Intelligence Service|disputes|{Russia | advises | North Korea}|Could not be confirmed.",
        "R|Dmitry Peskov|disputes|{Russia | signsAgreementWith | North Korea}|No agreements were signed.",
        "R|North Korea|supplies|Russia|Plain row, not a claim.");
    List<FactRow> predicted = rows(
        // no E rows at all: names resolve through gold canonical names and surface forms
        "R|Yoo|saidThat|{N. Korea | supplies | Russia}|Yoo said.",                 // tp
        "R|Yoo Sang-bum|saidThat|{North Korea | supplies | Russia}|Duplicate.",   // same key: counted once
        "R|NIS|saidThat|{Russia | advises | North Korea}|Wrong kind.",            // fp; gold disputes is fn
        "R|Peskov|disputes|{North Korea | signsAgreementWith | Russia}|Sym.");    // symmetric nested: tp
    ArticleReport report = Scorer.score("a", predicted, gold);
    // Claims: gold 3, predicted 3 distinct; tp 2, fp 1, fn 1; P = R = F1 = 2/3.
    assertScore(report.score(FactKind.CLAIMS), 2, 1, 1, 2.0 / 3, 2.0 / 3, 2.0 / 3);
    // The plain row is a relation, not a claim: relations tp 0, fp 0, fn 1; P = 0 (nothing predicted, a miss).
    assertScore(report.score(FactKind.RELATIONS), 0, 0, 1, 0, 0, 0);
    assertTrue(report.misses().contains(
        "R National Intelligence Service disputes {Russia | advises | North Korea}"), report.misses()::toString);
  }

  @Test
  void quantitiesMatchOnTheNumberIgnoringApproximationAndLowerBound() {
    List<FactRow> gold = rows(
        "Q|artillery shells|>1000000|shell|over 1 million shells",
        "Q|shipments|~10|shipment|around ten shipments",
        "Q|frozen virtual assets|3450000|USD|US$3.45 million",
        "Q|months of use|2|month|two months",
        "Q|soldiers|tens of thousands|soldier|tens of thousands of soldiers");
    List<FactRow> predicted = rows(
        "Q|shells|1000000|shells|1 million",           // > ignored, unit plural: tp
        "Q|shipments|10|shipment|ten",                 // ~ ignored: tp
        "Q|assets|~3450000.00|USD|3.45 million",       // same value written differently: tp
        "Q|troops|2|troop|two",                        // number alone decides: tp (with the months row)
        "Q|soldiers|Tens of Thousands|soldiers|...",   // vague amounts compare as normalised words: tp
        "Q|launches|5|launch|five");                   // fp
    ArticleReport report = Scorer.score("a", predicted, gold);
    // tp 5, fp 1, fn 0: P = 5/6, R = 1, F1 = 2 * (5/6) / (11/6) = 10/11.
    assertScore(report.score(FactKind.QUANTITIES), 5, 1, 0, 5.0 / 6, 1, 10.0 / 11);
  }

  @Test
  void sameNumberRowsPairByUnitFirst() {
    List<FactRow> gold = rows(
        "Q|people killed|>2|person|at least two people",
        "Q|missiles that hit|2|missile|only two hit");
    List<FactRow> predicted = rows("Q|missiles|2|missiles|two hit");
    ArticleReport report = Scorer.score("a", predicted, gold);
    // One predicted 2 pairs with the gold row of the same unit; the other gold 2 is the miss.
    // tp 1, fp 0, fn 1: P = 1, R = 0.5, F1 = 2/3.
    assertScore(report.score(FactKind.QUANTITIES), 1, 0, 1, 1, 0.5, 2.0 / 3);
    assertEquals(List.of("Q people killed >2 person"), report.misses());
  }

  @Test
  void overallIsMicroAveragedAndArticlesOnOneSideOnlyCount() {
    Map<String, List<FactRow>> gold = Map.of(
        "a", rows("E|Russia|Russia|Country", "E|Ukraine|Ukraine|Country"),
        "b", rows("E|Japan|Japan|Country", "E|China|China|Country"));
    Map<String, List<FactRow>> predicted = Map.of(
        "a", rows("E|Russia|Russia|Country"),
        "b", rows("E|Japan|Japan|Country", "E|China|China|Country", "E|Tokyo|Tokyo|City", "E|Beijing|Beijing|City"),
        "c", rows("E|Seoul|Seoul|City"));
    Report report = Evaluator.evaluate(predicted, gold);
    // a: tp 1 fp 0 fn 1. b: tp 2 fp 2 fn 0. c (no gold): tp 0 fp 1 fn 0.
    // Micro: tp 3, fp 3, fn 1: P = 3/6 = 0.5, R = 3/4 = 0.75, F1 = 2 * 0.5 * 0.75 / 1.25 = 0.6.
    // (Macro over a and b alone would give P (1 + 0.5) / 2 = 0.75: not what is computed.)
    assertEquals(List.of("a", "b", "c"), ImmutableList.copyOf(report.articles().keySet()));
    assertScore(report.overall(FactKind.ENTITIES), 3, 3, 1, 0.5, 0.75, 0.6);
    // Nothing on either side is perfect; nothing predicted against something to find is zero.
    assertScore(report.overall(FactKind.CLAIMS), 0, 0, 0, 1, 1, 1);
    assertScore(Scorer.score("x", List.of(), gold.get("a")).score(FactKind.ENTITIES), 0, 0, 2, 0, 0, 0);
  }

  @Test
  void markdownHasATablePerArticleOverallAndTheErrors() {
    Report report = Evaluator.evaluate(
        Map.of("01-x", rows("E|Russia|Russia|Country", "E|Seoul|Seoul|City")),
        Map.of("01-x", rows("E|Russia|Russia|Country", "E|Kyiv|Kyiv|City",
            "R|Russia|attacks|Kyiv|Russia struck Kyiv.")));
    String md = report.toMarkdown();
    assertTrue(md.startsWith("## 01-x\n\n| kind | tp | fp | fn | P | R | F1 |\n"), md);
    // entities: tp 1, fp 1, fn 1 -> 0.5 / 0.5 / 0.5
    assertTrue(md.contains("| entities | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 |\n"), md);
    assertTrue(md.contains("## Overall (micro-averaged over 1 articles)\n"), md);
    assertTrue(md.contains("| relations | 0 | 0 | 1 | 0.000 | 0.000 | 0.000 |\n"), md);
    assertTrue(md.endsWith("### 01-x\n\n- miss: E Kyiv (City)\n- miss: R Russia attacks Kyiv\n"
        + "- false alarm: E Seoul (City)\n"), md);
  }
}
