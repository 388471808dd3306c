package org.newsgraph.article;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.article.Datelines.Dateline;
import org.newsgraph.article.LineRules.Byline;
import org.newsgraph.article.Publishers.Publisher;
import org.newsgraph.article.TextLines.Line;
import org.newsgraph.article.Timestamps.Kind;
import org.newsgraph.article.Timestamps.Stamp;
import org.newsgraph.diag.Diagnostic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds an article's parts in its decoded text. Each line is first classified on its own (boilerplate,
 * timestamp, byline, contact, caption, or text); consecutive text lines of one blank-line-separated block form
 * a paragraph. The first paragraph may be the headline and the next the subtitle; the body ends at the first
 * boilerplate line marked {@code end}. See {@link ArticleReader} for the rules.
 */
final class ArticleParser {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleParser.class);
  private static final int PLAIN_HEADLINE_MAX_WORDS = 20;
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'”’)\\]]*");

  private enum LineKind { TEXT, META, CAPTION, DROP, END }

  /** Consecutive text lines of one block, and whether its block also holds a timestamp or a caption. */
  private record Run(List<Line> lines, Span span, boolean headerBlock) {
    static Run of(String text, List<Line> lines, boolean headerBlock) {
      int begin = lines.get(0).begin();
      int end = lines.get(lines.size() - 1).end();
      return new Run(List.copyOf(lines), new Span(begin, end, text.substring(begin, end)), headerBlock);
    }

    boolean singleLine() {
      return lines.size() == 1;
    }
  }

  private final LineRules rules;
  private final Timestamps timestamps;
  private final Publishers publishers;
  private final ZoneId defaultZone;

  ArticleParser(LineRules rules, Timestamps timestamps, Publishers publishers, ZoneId defaultZone) {
    this.rules = rules;
    this.timestamps = timestamps;
    this.publishers = publishers;
    this.defaultZone = defaultZone;
  }

  /** The metadata lines found, first of each kind. */
  private static final class Found {
    final Map<Kind, Stamp> stamps = new LinkedHashMap<>();
    final Map<Kind, Line> stampLines = new LinkedHashMap<>();
    final Map<String, Span> captions = new LinkedHashMap<>();
    final List<Integer> headerBlocks = new ArrayList<>();
    Optional<Byline> byline = Optional.empty();
    Optional<String> contact = Optional.empty();
    boolean boilerplate;

    boolean any() {
      return !stamps.isEmpty() || !captions.isEmpty() || byline.isPresent() || contact.isPresent() || boilerplate;
    }
  }

  Article parse(String source, String contentHash, String text, List<Diagnostic> diagnostics) {
    ImmutableList<Line> lines = TextLines.split(text);
    Found found = new Found();
    List<LineKind> kinds = new ArrayList<>();
    for (Line line : lines) {
      kinds.add(line.isBlank() ? LineKind.DROP : classify(line, found));
    }
    List<Run> runs = runs(text, lines, kinds, found);
    boolean metadata = found.any() || (!runs.isEmpty() && Datelines.find(runs.get(0).span()).isPresent());
    if (metadata && !runs.isEmpty() && !runs.get(0).singleLine() && !endsSentence(runs.get(0).lines().get(0).text())) {
      Run first = runs.remove(0);
      runs.add(0, Run.of(text, first.lines().subList(1, first.lines().size()), first.headerBlock()));
      runs.add(0, Run.of(text, first.lines().subList(0, 1), first.headerBlock()));
    }
    int next = 0;
    Optional<Span> headline = Optional.empty();
    Optional<Span> subtitle = Optional.empty();
    if (next < runs.size() && isHeadline(runs.get(next), metadata)) {
      headline = Optional.of(runs.get(next++).span());
      if (metadata && next < runs.size() && isSubtitle(runs.get(next))) {
        subtitle = Optional.of(runs.get(next++).span());
      }
    }
    ImmutableList<Span> paragraphs = runs.subList(next, runs.size()).stream().map(Run::span)
        .collect(ImmutableList.toImmutableList());
    Optional<Dateline> dateline = paragraphs.isEmpty() ? Optional.empty() : Datelines.find(paragraphs.get(0));
    if (paragraphs.isEmpty()) {
      diagnostics.add(Diagnostic.warning(source, 0, 0, "no body paragraphs found"));
    }
    Optional<Publisher> publisher = found.contact
        .or(() -> found.byline.flatMap(Byline::email))
        .flatMap(publishers::byAddress);
    Dates dates = new Dates(source, text, publisher.flatMap(Publisher::zone), diagnostics);
    Optional<OffsetDateTime> published = dates.of(found, Kind.PUBLISHED)
        .or(() -> dateline.flatMap(d -> dates.fromDateline(d)));
    return new Article(source, contentHash, text, headline, subtitle, published, dates.of(found, Kind.MODIFIED),
        found.byline.map(Byline::asWritten), found.byline.flatMap(Byline::role), publisher.map(Publisher::name),
        found.contact, ImmutableList.copyOf(found.captions.values()), paragraphs, dateline.map(Dateline::span),
        found.byline.map(Byline::names).orElse(ImmutableList.of()));
  }

  private LineKind classify(Line line, Found found) {
    String text = line.text();
    switch (rules.boilerplate(text)) {
      case END:
        found.boilerplate = true;
        return LineKind.END;
      case DROP:
        found.boilerplate = true;
        return LineKind.DROP;
      default:
        break;
    }
    Optional<ImmutableList<Stamp>> stamps = timestamps.parseLine(text);
    if (stamps.isPresent()) {
      for (Stamp stamp : stamps.get()) {
        found.stamps.putIfAbsent(stamp.kind(), stamp);
        found.stampLines.putIfAbsent(stamp.kind(), line);
      }
      found.headerBlocks.add(line.block());
      return LineKind.META;
    }
    Optional<Byline> byline = rules.byline(text);
    if (byline.isPresent()) {
      found.byline = found.byline.or(() -> byline);
      return LineKind.META;
    }
    Optional<String> contact = rules.contactEmail(text);
    if (contact.isPresent()) {
      found.contact = found.contact.or(() -> contact);
      return LineKind.META;
    }
    if (rules.isCaption(text)) {
      found.captions.putIfAbsent(text, line.span());
      found.headerBlocks.add(line.block());
      return LineKind.CAPTION;
    }
    return LineKind.TEXT;
  }

  /** Paragraph candidates: consecutive text lines in one block, before the first {@code end} line. */
  private static List<Run> runs(String text, ImmutableList<Line> lines, List<LineKind> kinds, Found found) {
    List<Run> runs = new ArrayList<>();
    int dropped = 0;
    List<Line> run = new ArrayList<>();
    boolean ended = false;
    for (int i = 0; i <= lines.size(); i++) {
      boolean isText = i < lines.size() && kinds.get(i) == LineKind.TEXT && !ended;
      if (!run.isEmpty() && (!isText || lines.get(i).block() != run.get(0).block())) {
        runs.add(Run.of(text, run, found.headerBlocks.contains(run.get(0).block())));
        run.clear();
      }
      if (isText) {
        run.add(lines.get(i));
      } else if (i < lines.size() && ended && kinds.get(i) == LineKind.TEXT) {
        dropped++;
      }
      ended |= i < lines.size() && kinds.get(i) == LineKind.END;
    }
    LOG.debug("{} text lines after the end of the body left out", dropped);
    return runs;
  }

  private static boolean isHeadline(Run run, boolean metadata) {
    if (!run.singleLine() || Datelines.find(run.span()).isPresent()) {
      return false;
    }
    return metadata || (words(run.span().text()) < PLAIN_HEADLINE_MAX_WORDS && !endsSentence(run.span().text()));
  }

  private static boolean isSubtitle(Run run) {
    return run.singleLine() && Datelines.find(run.span()).isEmpty()
        && (!endsSentence(run.span().text()) || run.headerBlock());
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  private static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).matches();
  }

  /** Resolves stamps to offset date-times, warning where a zone had to be assumed. */
  private final class Dates {
    private final String source;
    private final String text;
    private final Optional<ZoneId> publisherZone;
    private final List<Diagnostic> diagnostics;

    Dates(String source, String text, Optional<ZoneId> publisherZone, List<Diagnostic> diagnostics) {
      this.source = source;
      this.text = text;
      this.publisherZone = publisherZone;
      this.diagnostics = diagnostics;
    }

    Optional<OffsetDateTime> of(Found found, Kind kind) {
      Stamp stamp = found.stamps.get(kind);
      if (stamp == null) {
        return Optional.empty();
      }
      Line line = found.stampLines.get(kind);
      int column = TextLines.column(text, line, line.begin());
      if (stamp.time().isEmpty()) {
        diagnostics.add(Diagnostic.warning(source, line.number(), column, "no such date: " + stamp.text()));
        return Optional.empty();
      }
      if (stamp.offset().isPresent()) {
        return Optional.of(OffsetDateTime.of(stamp.time().get(), stamp.offset().get()));
      }
      ZoneId zone = publisherZone.orElse(defaultZone);
      if (publisherZone.isEmpty() || !stamp.zone().isEmpty()) {
        String why = stamp.zone().isEmpty() ? "no time zone" : "unknown time zone \"" + stamp.zone() + "\"";
        diagnostics.add(Diagnostic.warning(source, line.number(), column,
            "timestamp \"" + stamp.text() + "\" has " + why + "; assuming " + zone.getId()));
      }
      return Optional.of(stamp.time().get().atZone(zone).toOffsetDateTime());
    }

    /** The dateline's month and day in the latest year the text mentions; empty if it mentions none. */
    Optional<OffsetDateTime> fromDateline(Dateline dateline) {
      int year = Years.latest(text);
      if (dateline.date().isEmpty() || year == 0) {
        return Optional.empty();
      }
      LocalDate date = dateline.date().get().atYear(year);
      return Optional.of(date.atStartOfDay(publisherZone.orElse(defaultZone)).toOffsetDateTime());
    }
  }
}
