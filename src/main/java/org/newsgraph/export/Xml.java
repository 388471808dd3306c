package org.newsgraph.export;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small, indenting XML writer for the network formats: elements, attributes in the order given, escaped text. */
final class Xml {
  private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  private final Deque<String> open = new ArrayDeque<>();

  /** Opens an element; {@code attributes} are name, value pairs. */
  Xml open(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    sb.append(">\n");
    open.push(name);
    return this;
  }

  Xml empty(String name, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    sb.append("/>\n");
    return this;
  }

  /** An element holding only text. */
  Xml text(String name, String text, String... attributes) {
    indent().append('<').append(name);
    attributes(attributes);
    sb.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  Xml close() {
    String name = open.pop();
    indent().append("</").append(name).append(">\n");
    return this;
  }

  String build() {
    com.google.common.base.Verify.verify(open.isEmpty(), "unclosed elements: %s", open);
    return sb.toString();
  }

  private StringBuilder indent() {
    return sb.append("  ".repeat(open.size()));
  }

  private void attributes(String... attributes) {
    com.google.common.base.Preconditions.checkArgument(attributes.length % 2 == 0, "attributes come in pairs");
    for (int i = 0; i < attributes.length; i += 2) {
      sb.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n', '\r', '\t' -> out.append("&#").append(c).append(';');
        default -> {
          if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
