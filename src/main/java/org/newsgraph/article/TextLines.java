package org.newsgraph.article;

import com.google.common.collect.ImmutableList;

/**
 * Static helpers over the lines of a text. Line breaks are {@code \n}, {@code \r\n} and a lone {@code \r};
 * columns are 1-based and count characters (code points), as editors show them.
 */
final class TextLines {

  /**
   * One line: its 1-based number, the offset where it starts, and [begin, end) of its content with surrounding
   * whitespace removed. {@code block} numbers the groups of lines that blank lines separate.
   */
  record Line(int number, int start, int begin, int end, int block, String text) {
    boolean isBlank() {
      return begin == end;
    }

    Span span() {
      return new Span(begin, end, text);
    }
  }

  /** A 1-based line and column. */
  record Position(int line, int column) {}

  private TextLines() {}

  static ImmutableList<Line> split(String text) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    int number = 1;
    int block = 0;
    boolean previousBlank = false;
    int start = 0;
    while (start <= text.length()) {
      int stop = start;
      while (stop < text.length() && text.charAt(stop) != '\n' && text.charAt(stop) != '\r') {
        stop++;
      }
      int begin = start;
      int end = stop;
      while (begin < end && isSpace(text.charAt(begin))) {
        begin++;
      }
      while (end > begin && isSpace(text.charAt(end - 1))) {
        end--;
      }
      boolean blank = begin == end;
      if (!blank && previousBlank) {
        block++;
      }
      previousBlank = blank;
      lines.add(new Line(number++, start, begin, end, block, text.substring(begin, end)));
      if (stop == text.length()) {
        break;
      }
      start = stop + (text.startsWith("\r\n", stop) ? 2 : 1);
    }
    return lines.build();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
  }

  /** The line and column of {@code offset} in {@code text}. */
  static Position positionAt(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, 1 + text.codePointCount(lineStart, offset));
  }

  /** The column of {@code offset}, which lies on {@code line}. */
  static int column(String text, Line line, int offset) {
    return 1 + text.codePointCount(line.start(), offset);
  }
}
