package org.newsgraph.article;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One news article as read from a file. {@code text} is the whole file's text (after decoding); every
 * {@link Span} points into it. Metadata that the file does not have is empty.
 *
 * <p>Offsets: {@code text} is the file decoded as UTF-8 <em>after</em> a leading byte-order mark has been
 * removed, so offset 0 is the first character after the BOM. Offsets count UTF-16 code units.
 *
 * @param source the file name as the user gave it (used in diagnostics and provenance)
 * @param contentHash hex SHA-1 of the file's bytes (including a BOM if the file has one)
 * @param author the byline's names as written (for example {@code "A and B"})
 * @param paragraphs body paragraphs, in order, with site boilerplate, captions and byline removed
 * @param dateline a wire dateline ({@code CITY, Mon. D (Agency) --}) at the start of the first paragraph; it
 *     stays inside that paragraph's text, and this span points at it
 * @param authors each name of the byline separately, in order
 */
public record Article(
    String source,
    String contentHash,
    String text,
    Optional<Span> headline,
    Optional<Span> subtitle,
    Optional<OffsetDateTime> published,
    Optional<OffsetDateTime> modified,
    Optional<String> author,
    Optional<String> authorRole,
    Optional<String> publisher,
    Optional<String> contact,
    ImmutableList<Span> captions,
    ImmutableList<Span> paragraphs,
    Optional<Span> dateline,
    ImmutableList<String> authors) {

  public Article {
    requireNonNull(source, "source");
    requireNonNull(contentHash, "contentHash");
    requireNonNull(text, "text");
    requireNonNull(headline, "headline");
    requireNonNull(subtitle, "subtitle");
    requireNonNull(published, "published");
    requireNonNull(modified, "modified");
    requireNonNull(author, "author");
    requireNonNull(authorRole, "authorRole");
    requireNonNull(publisher, "publisher");
    requireNonNull(contact, "contact");
    requireNonNull(captions, "captions");
    requireNonNull(paragraphs, "paragraphs");
    requireNonNull(dateline, "dateline");
    requireNonNull(authors, "authors");
  }
}
