package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.article.Timestamps.Kind;
import org.newsgraph.article.Timestamps.Stamp;

class TimestampsTest {

  private static final Timestamps TIMESTAMPS = Timestamps.load();

  // A plain loop rather than @CsvSource: with the pom's mix of junit-jupiter-params 5.14.1 and the JUnit 6.0.0
  // platform that the Jena BOM brings in, @CsvSource fails with NoSuchMethodError.
  private static final String[][] FORMS = {
      {"Posted on : 2023-11-02 17:02 KST", "2023-11-02T17:02", "+09:00"},
      {"Published: Nov. 2, 2023 - 17:02", "2023-11-02T17:02", null},
      {"2023-11-02 17:02", "2023-11-02T17:02", null},
      {"2023-11-02T08:02:30Z", "2023-11-02T08:02:30", "Z"},
      {"Thu 2 Nov 2023 08.02 GMT", "2023-11-02T08:02", "Z"},
      {"Published on: September 30th, 2023 at 5:02 p.m. EDT", "2023-09-30T17:02", "-04:00"},
      {"Date: Sept. 3, 2023 09:15 UTC+9", "2023-09-03T09:15", "+09:00"},
      {"Published 2023-11-02T17:02+0900", "2023-11-02T17:02", "+09:00"}};

  @Test
  void recognisesCommonForms() {
    assertAll(Arrays.stream(FORMS).map(form -> () -> {
      Stamp stamp = TIMESTAMPS.parseLine(form[0]).orElseThrow(() -> new AssertionError(form[0])).get(0);
      assertEquals(Kind.PUBLISHED, stamp.kind(), form[0]);
      assertEquals(Optional.of(LocalDateTime.parse(form[1])), stamp.time(), form[0]);
      assertEquals(Optional.ofNullable(form[2]).map(ZoneOffset::of), stamp.offset(), form[0]);
    }));
  }

  @Test
  void publishedAndModifiedOnOneLine() {
    List<Stamp> stamps = TIMESTAMPS.parseLine("Posted on : 2023-11-02 17:02 KST Modified on : 2023-11-03 08:15 KST")
        .orElseThrow();
    assertEquals(List.of(Kind.PUBLISHED, Kind.MODIFIED), stamps.stream().map(Stamp::kind).toList());
    assertEquals(Optional.of(LocalDateTime.parse("2023-11-03T08:15")), stamps.get(1).time());
  }

  @Test
  void aDateThatDoesNotExistIsKeptAsUnknown() {
    assertEquals(Optional.empty(), TIMESTAMPS.parseLine("Published: Feb. 30, 2023").orElseThrow().get(0).time());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Published on Monday, the report said North Korea had sent shells.",
      "The talks of Nov. 2, 2023 ended without a deal.",
      "Updated figures are expected next week.",
      "Smarch 3, 2023"})
  void sentencesAreNotTimestampLines(String line) {
    assertTrue(TIMESTAMPS.parseLine(line).isEmpty(), line);
  }
}
