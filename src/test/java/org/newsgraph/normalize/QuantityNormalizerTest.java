package org.newsgraph.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.data.DataFileException;

class QuantityNormalizerTest {
  private static final QuantityNormalizer NORMALIZER = QuantityNormalizer.create();

  /**
   * One match as {@code text | amount | lower..upper | BOUND | unit | countedText}, "-" for an
   * empty value.
   */
  static String render(QuantityMatch m) {
    return m.text()
        + " | "
        + m.amount().map(BigDecimal::toPlainString).orElse("-")
        + " | "
        + m.lower().map(BigDecimal::toPlainString).orElse("")
        + ".."
        + m.upper().map(BigDecimal::toPlainString).orElse("")
        + " | "
        + m.bound()
        + " | "
        + orDash(m.unit())
        + " | "
        + orDash(m.countedText());
  }

  private static String orDash(String s) {
    return s.isEmpty() ? "-" : s;
  }

  private static String find(String sentence) {
    return NORMALIZER.find(sentence).stream()
        .map(QuantityNormalizerTest::render)
        .collect(Collectors.joining(" ; "));
  }

  @TestFactory
  Stream<DynamicTest> finds() {
    return CaseTable.of(
        """
        Russia received over 1 million shells. => over 1 million | 1000000 | 1000000.. | AT_LEAST | shell | shells
        Satellites saw more than 6,000 containers at Rajin. => more than 6,000 | 6000 | 6000.. | AT_LEAST | container | containers
        At least 300 were killed. => At least 300 | 300 | 300.. | AT_LEAST | - | -
        The talks stalled for over two months. => over two | 2 | 2.. | AT_LEAST | month | months
        It sent roughly ten shipments of various weapons. => roughly ten | 10 | .. | APPROXIMATE | shipment | shipments
        It sent around 10 shipments to Russia. => around 10 | 10 | .. | APPROXIMATE | shipment | shipments
        The unit lost about 2,000. => about 2,000 | 2000 | .. | APPROXIMATE | - | -
        Seoul said some 3,000 had left. => some 3,000 | 3000 | .. | APPROXIMATE | - | -
        It produced approximately 1.5 million. => approximately 1.5 million | 1500000 | .. | APPROXIMATE | - | -
        Some 15-thousand troops were sent. => Some 15-thousand | 15000 | .. | APPROXIMATE | troop | troops
        It stole 400-thousand dollars. => 400-thousand dollars | 400000 | 400000..400000 | EXACT | USD | -
        Nearly 10,000 troops were deployed. => Nearly 10,000 | 10000 | ..10000 | AT_MOST | troop | troops
        It could send up to 12,000 men. => up to 12,000 | 12000 | ..12000 | AT_MOST | man | men
        Fewer than 20 ships were seen. => Fewer than 20 | 20 | ..20 | AT_MOST | ship | ships
        The fund held US$3.45 million. => US$3.45 million | 3450000 | 3450000..3450000 | EXACT | USD | -
        The fund held $3.45 million. => $3.45 million | 3450000 | 3450000..3450000 | EXACT | USD | -
        The fund held 3.45 million dollars. => 3.45 million dollars | 3450000 | 3450000..3450000 | EXACT | USD | -
        Seoul froze 1.7 billion won. => 1.7 billion won | 1700000000 | 1700000000..1700000000 | EXACT | KRW | -
        Brussels pledged €20 million. => €20 million | 20000000 | 20000000..20000000 | EXACT | EUR | -
        The deal was worth USD 600 million. => USD 600 million | 600000000 | 600000000..600000000 | EXACT | USD | -
        The deal was worth 600 million USD. => 600 million USD | 600000000 | 600000000..600000000 | EXACT | USD | -
        Hackers stole $1.5bn in crypto. => $1.5bn | 1500000000 | 1500000000..1500000000 | EXACT | USD | -
        A total of US$3.45 million was seized. => A total of US$3.45 million | 3450000 | 3450000..3450000 | EXACT | USD | -
        The court ordered two freezes. => two | 2 | 2..2 | EXACT | freeze | freezes
        Russia bought a dozen drones. => a dozen | 12 | 12..12 | EXACT | drone | drones
        It moved hundreds of rocket launchers. => hundreds | - | 200..999 | VAGUE | rocket launcher | rocket launchers
        It sent tens of thousands of troops. => tens of thousands | - | 20000..99999 | VAGUE | troop | troops
        Several hundred North Korean officers went. => Several hundred | - | 300..999 | VAGUE | officer | North Korean officers
        It fired a million rounds. => a million | 1000000 | 1000000..1000000 | EXACT | round | rounds
        Officials said three-quarters of the shells were duds. => three-quarters | 0.75 | 0.75..0.75 | EXACT | - | -
        Between 2,000 and 3,000 troops crossed. => Between 2,000 and 3,000 | - | 2000..3000 | RANGE | troop | troops
        Reports put the number at 2,000-3,000. => 2,000-3,000 | - | 2000..3000 | RANGE | - | -
        Moscow received 10,000 to 12,000 soldiers. => 10,000 to 12,000 | - | 10000..12000 | RANGE | soldier | soldiers
        Between 2 and 3 million rounds were sent. => Between 2 and 3 million | - | 2000000..3000000 | RANGE | round | rounds
        It earned between 13.9 trillion won and 27.8 trillion won. => between 13.9 trillion won and 27.8 trillion won | - | 13900000000000..27800000000000 | RANGE | KRW | -
        Between 2,000 troops and 3,000 tanks crossed. => 2,000 | 2000 | 2000..2000 | EXACT | troop | troops ; 3,000 | 3000 | 3000..3000 | EXACT | tank | tanks
        It delivered 40 other rocket launchers. => 40 | 40 | 40..40 | EXACT | rocket launcher | other rocket launchers
        Prices rose 20 percent and 5% this year. => 20 percent | 20 | 20..20 | EXACT | percent | - ; 5% | 5 | 5..5 | EXACT | percent | -
        A soldier aged 40 was captured. => 40 | 40 | 40..40 | EXACT | - | -
        They fired 1 missile and one rocket. => 1 | 1 | 1..1 | EXACT | missile | missile ; one | 1 | 1..1 | EXACT | rocket | rocket
        The KPA sent 50 ICBMs. => 50 | 50 | 50..50 | EXACT | ICBM | ICBMs
        The resolution was adopted in 2023. => ""
        Putin and Kim then held a one-on-one meeting. => ""
        The figure is nearly three times the 10,000 containers seen before. => 10,000 | 10000 | 10000..10000 | EXACT | container | containers
        It fired three times on Monday. => three | 3 | 3..3 | EXACT | time | times
        On Nov. 1 and Oct 18, 2023 at 17:02 officials met. => ""
        Resolution 2397 bans such exports under No. 5 and article 3. => ""
        The Hwasong-17 and the S-400 were shown in the 1990s. => ""
        One of them said the third launch on 2023-11-01 failed. => ""
        """,
        QuantityNormalizerTest::find);
  }

  @TestFactory
  Stream<DynamicTest> ordinals() {
    return CaseTable.of(
        """
        It was the third launch this year. => third=3
        The 3rd test and the twenty-first session were the first. => 3rd=3 ; twenty-first=21 ; first=1
        Russia and North Korea signed it on Oct. 1st. => ""
        """,
        sentence ->
            NORMALIZER.ordinals(sentence).stream()
                .map(o -> o.text() + "=" + o.value())
                .collect(Collectors.joining(" ; ")));
  }

  @Test
  void countedNounHasItsOwnOffsets() {
    String sentence = "Russia received over 1 million shells from Pyongyang.";
    QuantityMatch match = NORMALIZER.find(sentence).get(0);
    assertEquals(
        List.of(16, 30, 31, 37),
        List.of(match.begin(), match.end(), match.countedBegin(), match.countedEnd()));
    assertEquals("shells", sentence.substring(match.countedBegin(), match.countedEnd()));
  }

  @Test
  void moneyWithoutNounHasEmptyCountedSpanAtTheEnd() {
    QuantityMatch match = NORMALIZER.find("It held $3.45 million.").get(0);
    assertEquals(
        List.of(21, 21, ""),
        List.of(match.countedBegin(), match.countedEnd(), match.countedText()));
  }

  @Test
  void extensionDirectoryAddsCurrencies(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("currencies.tsv"), "rupees\tINR\tSUFFIX\n");
    assertEquals(
        "500 rupees | 500 | 500..500 | EXACT | INR | -",
        QuantityNormalizer.create(dir).find("It paid 500 rupees.").stream()
            .map(QuantityNormalizerTest::render)
            .collect(Collectors.joining()));
  }

  @Test
  void badCurrencyPositionIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Path currencies = dir.resolve("currencies.tsv");
    Files.writeString(currencies, "rupees\tINR\tAFTER\n");
    DataFileException e =
        assertThrows(DataFileException.class, () -> QuantityNormalizer.create(dir));
    assertEquals(
        currencies + ":1:1: error: position must be PREFIX, SUFFIX or BOTH, not \"AFTER\"", e.getMessage());
  }

  @Test
  void sharedInstanceGivesTheSameAnswersOnManyThreads() {
    String sentence = "Nearly 10,000 troops and US$3.45 million in aid arrived.";
    ImmutableList<QuantityMatch> expected = NORMALIZER.find(sentence);
    List<ImmutableList<QuantityMatch>> results =
        IntStream.range(0, 200).parallel().mapToObj(i -> NORMALIZER.find(sentence)).toList();
    results.forEach(r -> assertEquals(expected, r));
  }

  @Test
  void matchRejectsInconsistentBounds() {
    Optional<BigDecimal> ten = Optional.of(BigDecimal.TEN);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuantityMatch(
                0,
                2,
                "10",
                ten,
                Optional.empty(),
                Optional.empty(),
                QuantityMatch.Bound.EXACT,
                "",
                "",
                2,
                2));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new QuantityMatch(0, 2, "10", ten, ten, ten, QuantityMatch.Bound.RANGE, "", "", 2, 2));
  }
}
