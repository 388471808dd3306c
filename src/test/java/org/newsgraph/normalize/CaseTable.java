package org.newsgraph.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Table-driven cases, one per line: {@code input => expected}; {@code ""} stands for an empty
 * expectation. Used through {@code @TestFactory} rather than {@code @ParameterizedTest}: the build
 * pins junit-jupiter-params 5.14.1 while the Jena BOM moves junit-platform-commons to 6.0.0, and
 * the two do not link ({@code NoSuchMethodError: CollectionUtils.toSet}).
 */
final class CaseTable {
  private static final String ARROW = " => ";

  private CaseTable() {}

  static Stream<DynamicTest> of(String table, Function<String, String> actual) {
    return table
        .lines()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              int arrow = line.indexOf(ARROW);
              if (arrow < 0) {
                throw new IllegalArgumentException(
                    "case without \"" + ARROW.strip() + "\": " + line);
              }
              String input = line.substring(0, arrow).strip();
              String expected = line.substring(arrow + ARROW.length()).strip();
              String want = expected.equals("\"\"") ? "" : expected;
              return DynamicTest.dynamicTest(input, () -> assertEquals(want, actual.apply(input)));
            });
  }
}
