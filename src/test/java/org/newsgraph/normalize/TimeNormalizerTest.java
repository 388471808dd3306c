package org.newsgraph.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.data.DataFileException;

class TimeNormalizerTest {
  /** The publication date of every case: a Thursday. */
  private static final LocalDate REFERENCE = LocalDate.of(2023, 11, 2);

  private static final TimeNormalizer NORMALIZER = TimeNormalizer.create();

  /**
   * One match as {@code text | KIND | start..end | PRECISION}, then {@code | ~} if approximate and
   * {@code | open} if open-ended.
   */
  static String render(TimeMatch m) {
    return m.text()
        + " | "
        + m.kind()
        + " | "
        + m.startDate().map(Object::toString).orElse("")
        + ".."
        + m.endDate().map(Object::toString).orElse("")
        + " | "
        + m.precision()
        + (m.approximate() ? " | ~" : "")
        + (m.openEnded() ? " | open" : "");
  }

  private static String find(String sentence) {
    return NORMALIZER.find(sentence, REFERENCE).stream()
        .map(TimeNormalizerTest::render)
        .collect(Collectors.joining(" ; "));
  }

  @TestFactory
  Stream<DynamicTest> finds() {
    return CaseTable.of(
        """
        North Korea fired a missile on Wednesday, officials said. => on Wednesday | DATE | 2023-11-01..2023-11-01 | DAY
        On Thursday the ministry confirmed the launch. => On Thursday | DATE | 2023-11-02..2023-11-02 | DAY
        The strike happened last Thursday. => last Thursday | DATE | 2023-10-26..2023-10-26 | DAY
        The drills resume next Monday. => next Monday | FUTURE | 2023-11-06..2023-11-06 | DAY
        The ship docked Nov. 1 at Rajin. => Nov. 1 | DATE | 2023-11-01..2023-11-01 | DAY
        The report was published November 1 by the ministry. => November 1 | DATE | 2023-11-01..2023-11-01 | DAY
        Satellite images from Oct 18 show containers. => Oct 18 | DATE | 2023-10-18..2023-10-18 | DAY
        The vessel left on Oct. 8 for Vostochny. => on Oct. 8 | DATE | 2023-10-08..2023-10-08 | DAY
        The report dated October 18, 2023 was leaked. => October 18, 2023 | DATE | 2023-10-18..2023-10-18 | DAY
        The report dated 18 October 2023 was leaked. => 18 October 2023 | DATE | 2023-10-18..2023-10-18 | DAY
        The meeting on 2023-11-01 was cancelled. => on 2023-11-01 | DATE | 2023-11-01..2023-11-01 | DAY
        On December 5 a ship left Najin. => On December 5 | DATE | 2022-12-05..2022-12-05 | DAY
        The ships sailed on Sept. 7 and arrived on Sept 12. => on Sept. 7 | DATE | 2023-09-07..2023-09-07 | DAY ; on Sept 12 | DATE | 2023-09-12..2023-09-12 | DAY
        Shipments have continued since early August. => since early August | RANGE | 2023-08-01.. | MONTH | ~ | open
        The transfer happened around the middle of October. => around the middle of October | MONTH | 2023-10-11..2023-10-20 | MONTH | ~
        Trains crossed the border in late September. => in late September | MONTH | 2023-09-21..2023-09-30 | MONTH | ~
        The first shipment arrived in October. => in October | MONTH | 2023-10-01..2023-10-31 | MONTH
        The first shipment arrived in December. => in December | MONTH | 2022-12-01..2022-12-31 | MONTH
        Tests were held in February and June of this year. => in February | MONTH | 2023-02-01..2023-02-28 | MONTH ; June of this year | MONTH | 2023-06-01..2023-06-30 | MONTH
        In November and December of last year, Russia received containers. => In November | MONTH | 2022-11-01..2022-11-30 | MONTH ; December of last year | MONTH | 2022-12-01..2022-12-31 | MONTH
        Exports doubled this year. => this year | YEAR | 2023-01-01..2023-12-31 | YEAR
        Exports fell last year. => last year | YEAR | 2022-01-01..2022-12-31 | YEAR
        The envoy visited Moscow last month. => last month | MONTH | 2023-10-01..2023-10-31 | MONTH
        The envoy visited Moscow earlier this month. => earlier this month | MONTH | 2023-11-01..2023-11-02 | MONTH
        Trade grew in 2022. => in 2022 | YEAR | 2022-01-01..2022-12-31 | YEAR
        Trade grew in late 2022. => in late 2022 | YEAR | 2022-09-01..2022-12-31 | MONTH | ~
        Trade grew in mid-2022. => in mid-2022 | YEAR | 2022-05-01..2022-08-31 | MONTH | ~
        Trade rose between March and May. => between March and May | RANGE | 2023-03-01..2023-05-31 | MONTH
        Trains ran from August to October. => from August to October | RANGE | 2023-08-01..2023-10-31 | MONTH
        Trains ran from November to January. => from November to January | RANGE | 2022-11-01..2023-01-31 | MONTH
        From 2019 to 2022 the country tested missiles. => From 2019 to 2022 | RANGE | 2019-01-01..2022-12-31 | YEAR
        The drills run until October 30. => until October 30 | RANGE | ..2023-10-30 | DAY | open
        Russia denied the report the same day. => the same day | ANAPHORIC | .. | NONE
        The ministry said yesterday that talks failed. => yesterday | DATE | 2023-11-01..2023-11-01 | DAY
        The ministry said today that talks failed. => today | DATE | 2023-11-02..2023-11-02 | DAY
        Officials have recently seen more trains. => recently | VAGUE | .. | NONE
        The envoy arrives this week. => this week | WEEK | 2023-10-30..2023-11-05 | WEEK
        The envoy arrives next month. => next month | FUTURE | 2023-12-01..2023-12-31 | MONTH
        The envoy arrives later this month. => later this month | FUTURE | 2023-11-02..2023-11-30 | MONTH
        The ministry said two days ago that the ship left. => two days ago | DATE | 2023-10-31..2023-10-31 | DAY
        He may visit Pyongyang to discuss 2,000 containers. => ""
        The Hwasong-18 flew 1,000 kilometres. => ""
        """,
        TimeNormalizerTest::find);
  }

  @Test
  void offsetsPointIntoTheSentence() {
    String sentence = "Officials said on Oct. 8 that shipments continued.";
    TimeMatch match = NORMALIZER.find(sentence, REFERENCE).get(0);
    assertEquals(15, match.begin());
    assertEquals(24, match.end());
    assertEquals(sentence.substring(match.begin(), match.end()), match.text());
  }

  @Test
  void extensionDirectoryAddsEntries(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("time-phrases.tsv"), "# extra\nat that moment\tANAPHORIC\n");
    TimeNormalizer extended = TimeNormalizer.create(dir);
    assertEquals(
        "at that moment | ANAPHORIC | .. | NONE",
        extended.find("Troops moved at that moment.", REFERENCE).stream()
            .map(TimeNormalizerTest::render)
            .collect(Collectors.joining()));
  }

  @Test
  void badLexiconEntryIsReportedWithItsLine(@TempDir Path dir) throws IOException {
    Path months = dir.resolve("months.tsv");
    Files.writeString(months, "# extra\nSeptembre\t13\n");
    DataFileException e =
        assertThrows(DataFileException.class, () -> TimeNormalizer.create(dir));
    assertEquals(months + ":2:1: error: expected a number from 1 to 12, found 13", e.getMessage());
  }

  @Test
  void matchRejectsInconsistentValues() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TimeMatch(
                0,
                3,
                "today",
                TimeMatch.Kind.DATE,
                Optional.of(REFERENCE),
                Optional.of(REFERENCE),
                TimeMatch.Precision.DAY,
                false,
                false));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TimeMatch(
                0,
                8,
                "recently",
                TimeMatch.Kind.VAGUE,
                Optional.of(REFERENCE),
                Optional.of(REFERENCE),
                TimeMatch.Precision.DAY,
                false,
                false));
  }
}
