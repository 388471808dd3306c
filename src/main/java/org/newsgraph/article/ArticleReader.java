package org.newsgraph.article;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.diag.Diagnostic;

/**
 * Reads one article file into an {@link Article}. It never throws for bad input: a file that cannot be read
 * (missing, a directory, unreadable, larger than the limit, empty, binary, UTF-16, invalid UTF-8, whitespace
 * only) gives no article and an error {@link Diagnostic}; assumptions made while reading (a timestamp without
 * a time zone) are warnings.
 *
 * <p>The file must be UTF-8; a leading byte-order mark is removed, and all offsets point into the text after
 * it. Format knowledge lives in data files next to this class: {@code boilerplate.txt}, {@code captions.txt},
 * {@code bylines.txt}, {@code contacts.txt}, {@code publishers.tsv}, {@code timezones.tsv} and
 * {@code timestamp-labels.tsv}. With metadata (any timestamp, byline, contact, caption, boilerplate or
 * dateline) the first paragraph is the headline and the next one the subtitle if it has no final period or
 * shares its block with a timestamp or caption. Without metadata every paragraph is body, except a first line
 * of fewer than 20 words with no final period, which is the headline. Without a timestamp, the published date
 * comes from a wire dateline's month and day in the latest four-digit year the text mentions, at midnight.
 *
 * <pre>{@code
 * ReadResult result = ArticleReader.builder().maxBytes(1 << 20).build().read(Path.of("a.txt"));
 * }</pre>
 */
public final class ArticleReader {

  /** The default size limit: 5 MB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final FileDecoder decoder;
  private final ArticleParser parser;

  private ArticleReader(Builder builder) {
    this.decoder = new FileDecoder(builder.maxBytes);
    this.parser = new ArticleParser(Rules.LINES, Rules.TIMESTAMPS, Rules.PUBLISHERS, builder.defaultZone);
  }

  /** A reader with the defaults: 5 MB limit, UTC for timestamps without a zone. */
  public static ArticleReader create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads {@code file}; its name as given is the source in diagnostics and in the article. */
  public ReadResult read(Path file) {
    requireNonNull(file, "file");
    String source = file.toString();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<Article> article = decoder.decode(file, source, diagnostics)
        .map(decoded -> parser.parse(source, decoded.contentHash(), decoded.text(), diagnostics));
    return new ReadResult(article, ImmutableList.copyOf(diagnostics));
  }

  /** Settings for an {@link ArticleReader}. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private ZoneId defaultZone = ZoneId.of("UTC");

    private Builder() {}

    /** Files larger than this many bytes are rejected without being read. */
    public Builder maxBytes(long maxBytes) {
      checkArgument(maxBytes > 0 && maxBytes < Integer.MAX_VALUE - 16, "maxBytes out of range: %s", maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    /** The zone of timestamps that name none when the publisher's zone is not known (default UTC). */
    public Builder defaultZone(ZoneId defaultZone) {
      this.defaultZone = requireNonNull(defaultZone, "defaultZone");
      return this;
    }

    public ArticleReader build() {
      return new ArticleReader(this);
    }
  }

  /** The data files, loaded once. */
  private static final class Rules {
    static final LineRules LINES = LineRules.load();
    static final Timestamps TIMESTAMPS = Timestamps.load();
    static final Publishers PUBLISHERS = Publishers.load();
  }
}
