package org.newsgraph.article;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.diag.Diagnostic;

/** Article layouts other than the seed's: wire copy, another site's header, plain text, BOM and CRLF. */
class ArticleFormatsTest {

  @TempDir Path dir;

  private ReadResult read(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    ReadResult result = ArticleReader.create().read(file);
    result.article().ifPresent(ArticleFormatsTest::assertSpansMatch);
    return result;
  }

  static void assertSpansMatch(Article article) {
    Stream.of(article.headline().stream(), article.subtitle().stream(), article.dateline().stream(),
            article.captions().stream(), article.paragraphs().stream())
        .flatMap(s -> s)
        .forEach(span -> {
          assertEquals(span.text(), article.text().substring(span.begin(), span.end()));
          assertEquals(span.text().strip(), span.text());
        });
  }

  private static List<String> texts(List<Span> spans) {
    return spans.stream().map(Span::text).toList();
  }

  @Test
  void wireCopyWithDatelineAndYear() throws IOException {
    ReadResult result = read("wire.txt", """
        North Korea fires ballistic missile toward the sea

        SEOUL, Oct 18 (Reuters) - North Korea fired a short-range ballistic missile on Wednesday, \
        South Korea's military said, its fifth launch of 2023.

        The missile flew about 600 km, the Joint Chiefs of Staff said.

        Reporting by Jane Roe; Editing by John Doe
        """);
    Article article = result.article().orElseThrow();
    assertEquals(List.of(), result.diagnostics());
    assertEquals("North Korea fires ballistic missile toward the sea", article.headline().orElseThrow().text());
    assertEquals(Optional.empty(), article.subtitle());
    assertEquals("SEOUL, Oct 18 (Reuters) -", article.dateline().orElseThrow().text());
    assertEquals(article.paragraphs().get(0).begin(), article.dateline().orElseThrow().begin());
    assertTrue(article.paragraphs().get(0).text().startsWith("SEOUL, Oct 18 (Reuters) - North Korea fired"));
    assertEquals(2, article.paragraphs().size());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-10-18T00:00Z")), article.published());
    assertEquals(Optional.of("Jane Roe"), article.author());
    assertEquals(Optional.empty(), article.authorRole());
  }

  @Test
  void datelineWithoutAYearLeavesThePublishedDateEmpty() throws IOException {
    Article article = read("yonhap.txt", """
        SEOUL, Nov. 2 (Yonhap) -- The spy agency said on Wednesday that shells had been shipped.

        Lawmakers were briefed behind closed doors.
        """).article().orElseThrow();
    assertEquals(Optional.empty(), article.headline());
    assertEquals("SEOUL, Nov. 2 (Yonhap) --", article.dateline().orElseThrow().text());
    assertEquals(Optional.empty(), article.published());
    assertEquals(2, article.paragraphs().size());
  }

  @Test
  void headerWithMonthNameTimestampsTwoAuthorsAndPublisherZone() throws IOException {
    ReadResult result = read("herald.txt", """
        Spy agency says shells went by ship and train
        Lawmakers were told of ten shipments since August

        Published: Nov. 2, 2023 - 17:02 Updated: Nov. 2, 2023 - 18:30

        A file photo shows a cargo ship at a northern port. (AP Photo/Ahn Young-joon)

        The agency told lawmakers about the shipments.

        Share

        It said more were expected.

        By Kim Arin and Park Min-ha

        Send tips to [news@koreaherald.com]

        Copyright © 2023 Example Media. All rights reserved.

        Another headline from the site
        """);
    Article article = result.article().orElseThrow();
    assertEquals(List.of(), result.diagnostics());
    assertEquals("Lawmakers were told of ten shipments since August", article.subtitle().orElseThrow().text());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T17:02+09:00")), article.published());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T18:30+09:00")), article.modified());
    assertEquals(List.of("A file photo shows a cargo ship at a northern port. (AP Photo/Ahn Young-joon)"),
        texts(article.captions()));
    assertEquals(List.of("The agency told lawmakers about the shipments.", "It said more were expected."),
        texts(article.paragraphs()));
    assertEquals(Optional.of("Kim Arin and Park Min-ha"), article.author());
    assertEquals(List.of("Kim Arin", "Park Min-ha"), article.authors());
    assertEquals(Optional.of("The Korea Herald"), article.publisher());
    assertEquals(Optional.of("news@koreaherald.com"), article.contact());
  }

  @Test
  void timestampWithoutZoneFromAnUnknownPublisherIsAWarning() throws IOException {
    Path file = dir.resolve("nozone.txt");
    ReadResult result = read("nozone.txt", "Title\n\n2023-11-02 17:02\n\nBody text here.\n");
    assertEquals(List.of(file + ":3:1: warning: timestamp \"2023-11-02 17:02\" has no time zone; assuming UTC"),
        result.diagnostics().stream().map(Diagnostic::render).toList());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T17:02Z")), result.article().orElseThrow().published());
  }

  @Test
  void isoTimestampWithOffset() throws IOException {
    Article article = read("iso.txt", "Title\n\nPublished 2023-11-02T08:02:00Z\n\nBody text here.\n")
        .article().orElseThrow();
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T08:02Z")), article.published());
  }

  @Test
  void plainTextWithAShortFirstLineHasAHeadline() throws IOException {
    Article article = read("plain.txt", """
        A short title without a period

        First paragraph, which is
        wrapped over two lines.

        Second paragraph.
        """).article().orElseThrow();
    assertEquals("A short title without a period", article.headline().orElseThrow().text());
    assertEquals(List.of("First paragraph, which is\nwrapped over two lines.", "Second paragraph."),
        texts(article.paragraphs()));
    assertEquals(Optional.empty(), article.published());
    assertEquals(Optional.empty(), article.author());
  }

  @Test
  void plainTextStartingWithASentenceIsAllBody() throws IOException {
    Article article = read("plain2.txt", "The first line is a sentence.\n\nThe second one too.\n")
        .article().orElseThrow();
    assertEquals(Optional.empty(), article.headline());
    assertEquals(2, article.paragraphs().size());
  }

  @Test
  void byteOrderMarkAndCrLfKeepOffsetsIntoTheTextAfterTheMark() throws IOException {
    Path file = dir.resolve("bom.txt");
    Files.write(file, ("\uFEFFTitle line\r\n\r\nPosted on : 2023-11-02 17:02 KST\r\n\r\nBody one.\r\n").getBytes(UTF_8));
    Article article = ArticleReader.create().read(file).article().orElseThrow();
    assertSpansMatch(article);
    assertEquals(new Span(0, 10, "Title line"), article.headline().orElseThrow());
    assertEquals(List.of("Body one."), texts(article.paragraphs()));
    assertEquals(Optional.of(OffsetDateTime.parse("2023-11-02T17:02+09:00")), article.published());
  }
}
