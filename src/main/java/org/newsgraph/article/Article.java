package org.newsgraph.article;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One news article as read from a file. {@code text} is the whole file's text (after decoding); every
 * {@link Span} points into it. Metadata that the file does not have is empty.
 *
 * @param source the file name as the user gave it (used in diagnostics and provenance)
 * @param contentHash hex SHA-1 of the file's bytes
 * @param paragraphs body paragraphs, in order, with site boilerplate, captions and byline removed
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
    ImmutableList<Span> paragraphs) {

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
  }
}
