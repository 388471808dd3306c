package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled seed article, read end to end. */
class SeedArticleTest {

  private static Article article;
  private static ReadResult result;

  static Path projectDir() {
    return Path.of(System.getProperty("newsgraph.project.dir", "."));
  }

  @BeforeAll
  static void read() {
    result = ArticleReader.create().read(projectDir().resolve("articles/hankyoreh-2023-11-02-nk-shells-russia.txt"));
    article = result.article().orElseThrow();
  }

  @Test
  void noDiagnostics() {
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void headerFields() {
    assertEquals("Seoul’s intelligence agency says N. Korea has provided over 1 million shells to Russia for war effort",
        article.headline().orElseThrow().text());
    assertEquals("South Korea’s National Intelligence Service said that North Korea had sent around 10 shipments of"
        + " weapons to Russia", article.subtitle().orElseThrow().text());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T17:02+09:00")), article.published());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T17:02+09:00")), article.modified());
  }

  @Test
  void bylineAndPublisher() {
    assertEquals(Optional.of("Son Hyun-soo"), article.author());
    assertEquals(List.of("Son Hyun-soo"), article.authors());
    assertEquals(Optional.of("staff reporter"), article.authorRole());
    assertEquals(Optional.of("english@hani.co.kr"), article.contact());
    assertEquals(Optional.of("The Hankyoreh"), article.publisher());
  }

  @Test
  void theRepeatedCaptionIsOneCaption() {
    assertEquals(1, article.captions().size());
    Span caption = article.captions().get(0);
    assertTrue(caption.text().startsWith("National Intelligence Service Director Kim Kyou-hyun (center) appears"));
    assertTrue(caption.text().endsWith("on Nov. 1. (Yonhap)"));
    assertTrue(caption.begin() < article.text().indexOf(caption.text(), caption.end()), "the first of the two");
  }

  @Test
  void bodyParagraphs() {
    // Counted by hand: eleven paragraphs from "North Korea has provided" to "The NIS further reported".
    assertEquals(11, article.paragraphs().size());
    assertTrue(article.paragraphs().get(0).text().startsWith("North Korea has provided roughly ten shipments"));
    assertTrue(article.paragraphs().get(10).text().startsWith("The NIS further reported"));
    assertEquals(Optional.empty(), article.dateline());
  }

  @Test
  void noParagraphHoldsBoilerplateOrMetadata() {
    for (Span paragraph : article.paragraphs()) {
      for (String marker : List.of("button that move", "Related stories", "Most viewed", "Posted on", "By Son",
          "Please direct", "(Yonhap)", "\n")) {
        assertFalse(paragraph.text().contains(marker), () -> marker + " in " + paragraph.text());
      }
    }
  }

  @Test
  void everySpanMatchesTheText() {
    Stream.of(article.headline().stream(), article.subtitle().stream(), article.dateline().stream(),
            article.captions().stream(), article.paragraphs().stream())
        .flatMap(s -> s)
        .forEach(span -> {
          assertEquals(span.text(), article.text().substring(span.begin(), span.end()));
          assertEquals(span.text().strip(), span.text());
        });
  }

  @Test
  void contentHashIsTheSha1OfTheBytes() {
    assertEquals(40, article.contentHash().length());
  }
}
