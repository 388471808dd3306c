package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredCharactersTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "[\\[<(]?(?<email>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)[\\]>)]? => @",
      "(?i).*\\b(?:tips?|e-?mail)\\b.{0,60}?[\\[<(]?(?<email>[\\w.+-]+@[\\w-]+)[\\]>)]?\\.? => @",
      ".*\\S\\s*\\(\\p{Lu}[\\p{L}\\p{N}.&'-]*(?:[ /]\\p{L}[\\p{L}\\p{N}.&'-]*){0,4}\\) => ()",
      "a@|b => ''",           // alternatives: none is needed
      "(?:x@)? => ''",        // an optional group
      "x@{2} => ''",          // a quantified character
      "x@+ => ''",
      "[@] => ''",            // a class
      "[]@] => ''",
      "[a-z&&[^@]]: => :",    // a nested class, then a colon
      "(?=@)x => ''",         // a lookahead consumes nothing
      "(?<!@)x => ''",
      "\\c@ => ''",           // a control character
      "\\Q@\\E => ''",        // quoted: not understood
      "(?x)a\\ @ => ''",      // comments: not understood
      "(?i:a@b)c: => @:",
      "(?<name>a@b) => @",
      "(?<name>a)\\k<name>@ => @",
      "x\\@-\\. => @-.",
      "(a(b@)c)# => @#",
  })
  void findsThePunctuationEveryMatchContains(String regex, String required) {
    assertEquals(required.equals("''") ? "" : required, RequiredCharacters.of(Pattern.compile(regex)));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      ".*\\S\\s*\\(\\p{Lu}[\\p{L}\\p{N}.&'-]*(?:[ /]\\p{L}[\\p{L}\\p{N}.&'-]*){0,4}\\) => )",
      "ab: => :",
      "(?i)a\\] => ]",
      "a:? => ''",            // optional at the end
      "a:+ => ''",            // quantified: more than one
      "a: ?:x => ''",         // no: the last is a letter
      "a:|b: => ''",          // alternatives at the top level
      "(?:a|b): => :",        // alternatives inside a group are fine before the last character
      "a(:) => ''",           // a group last: not looked into
      "a[:] => ''",           // a class last
      "a:$ => ''",            // an anchor last
      ".*[(\\[](?i:photo)[^()\\[\\]]*[)\\]] => ''",
      "\\Qa:\\E => ''",   // quoted: not understood
      "a:) => ''",            // unbalanced: not understood
  })
  void findsTheCharacterEveryWholeMatchEndsWith(String regex, String last) {
    assertEquals(last.equals("''") ? "" : last, lastOrEmpty(regex));
  }

  private static String lastOrEmpty(String regex) {
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (java.util.regex.PatternSyntaxException e) {
      p = Pattern.compile(Pattern.quote(regex)); // "a:)" does not compile; its quoted form is not understood either
    }
    char c = RequiredCharacters.lastOf(p);
    return c == 0 ? "" : String.valueOf(c);
  }

  @Test
  void flagsThatChangeWhatACharacterMatchesGiveNone() {
    assertEquals("", RequiredCharacters.of(Pattern.compile("a@", Pattern.COMMENTS)));
    assertEquals("", RequiredCharacters.of(Pattern.compile("a@", Pattern.LITERAL)));
    assertEquals("@", RequiredCharacters.of(Pattern.compile("a@", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
  }

  /**
   * For every line rule and every line of the project's articles: where the rule matches, its characters are there,
   * and the line ends with its last character.
   */
  @Test
  void everyLineARuleMatchesHoldsItsCharacters() throws IOException {
    List<String> lines = new ArrayList<>(List.of("Kim Jong-un at a launch site. (KCNA/Yonhap)",
        "Questions or comments? Write to tips@example.com.", "[news@example.org]", "By Kim Tong-hyung (kim@ap.org)"));
    Path project = Path.of(System.getProperty("newsgraph.project.dir", "."));
    try (Stream<Path> files = Files.walk(project.resolve("src/test/resources/corpus/articles"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.readAllLines(f).forEach(l -> lines.add(l.strip()));
      }
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String file : List.of("captions.txt", "bylines.txt", "contacts.txt")) {
      patterns.addAll(DataFiles.patterns(file, 0));
    }
    int matched = 0;
    int required = 0;
    int ending = 0;
    for (Pattern p : patterns) {
      String chars = RequiredCharacters.of(p);
      required += chars.isEmpty() ? 0 : 1;
      char last = RequiredCharacters.lastOf(p);
      ending += last == 0 ? 0 : 1;
      for (String line : lines) {
        if (p.matcher(line).matches()) {
          matched++;
          assertTrue(RequiredCharacters.allIn(chars, line), p + " matched '" + line + "' without all of '" + chars + "'");
          assertTrue(last == 0 || line.charAt(line.length() - 1) == last, p + " matched '" + line + "', not ending with " + last);
        }
      }
    }
    assertTrue(matched > 10, "too few matches to show anything: " + matched);
    assertTrue(required >= 3, "too few rules with characters to show anything: " + required);
    assertTrue(ending >= 1, "no rule with a last character: nothing shown");
  }
}
