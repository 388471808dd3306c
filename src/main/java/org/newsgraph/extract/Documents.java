package org.newsgraph.extract;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;

/**
 * Documents that speak in news: "the JCS report said", "according to a report by X submitted to Rep. Y",
 * "according to the data" after someone made figures public. Which words name one, who compiled it and who
 * passed it on.
 */
final class Documents {
  private Documents() {}

  /** Nouns for what a source issues: "the JCS report said", "according to a report by X". */
  static final ImmutableSet<String> DOCUMENTS = ImmutableSet.of("report", "statement", "assessment", "analysis", "data",
      "document", "briefing", "estimate", "study", "survey", "letter", "release", "bulletin", "memo", "findings", "tally", "record",
      "figure", "statistic", "statistics", "figures", "documents", "records", "material", "materials", "reports");
  static final ImmutableSet<String> RELAYING = ImmutableSet.of("submitted", "given", "provided", "sent", "obtained", "received", "presented", "released");

  /** "the data", "the report", "the figures" from token {@code at}: a document the article spoke of before. */
  static boolean anaphoricDocument(Sentence s, int at) {
    return at + 1 < s.size() && s.token(at).lower().equals("the") && DOCUMENTS.contains(s.token(at + 1).lemma());
  }

  /** "..., which the Defense Ministry submitted to the committee": who compiled the document made public. */
  static Optional<Entity> sourceOfDocument(Sentence s, List<Mention> ms, int verb) {
    for (int k = verb + 1; k + 1 < s.size(); k++) {
      if (s.token(k).lower().equals("which") || s.token(k).lower().equals("from") || s.token(k).lower().equals("by")) {
        Mention m = Mentions.startingAt(ms, k + 1) != null ? Mentions.startingAt(ms, k + 1) : k + 2 < s.size() ? Mentions.startingAt(ms, k + 2) : null;
        if (m != null && m.entity().type().isActor() && m.entity().type() != EntityType.PERSON) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }

  /** "... submitted to Rep. Kang": the one a cited document was given to (or obtained by) passes it on. */
  static Optional<Entity> relay(Sentence s, List<Mention> ms, int from) {
    for (int k = from; k + 2 < s.size() && k < from + 4; k++) {
      if (RELAYING.contains(s.token(k).lower()) && (s.token(k + 1).lower().equals("to") || s.token(k + 1).lower().equals("by"))) {
        for (int j = k + 2; j < Math.min(s.size(), k + 5); j++) {
          Mention m = Mentions.startingAt(ms, j);
          if (m != null) {
            return m.entity().type().isActor() ? Optional.of(m.entity()) : Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "The EFIS said in the report that ...", "X said Tuesday in its annual threat assessment": the speaker wrote the
   * document that "the report said" and "according to the report" later stand for.
   */
  static void spokenIn(Sentence s, List<Attribution> attributions, Discourse d) {
    for (Attribution a : attributions) {
      if (a.speaker().isEmpty() || a.coSpeaker() || a.verbAt() < 0 || Regexes.matches(a.verb(), "according to|citing|quoting")) {
        continue;
      }
      for (int k = a.verbAt() + 1; k + 1 < s.size() && k <= a.verbAt() + 4; k++) {
        if (!s.token(k).lower().equals("in")) {
          continue;
        }
        for (int j = k + 1; j < s.size() && j <= k + 5; j++) {
          if (isDocument(s, j) && s.token(j).pos().equals("NOUN")) {
            d.document(a.speaker().get(), Optional.empty());
            return;
          }
          if (!Regexes.matches(s.token(j).pos(), "DET|PRON|ADJ|NOUN|PROPN|NUM")) {
            break;
          }
        }
      }
    }
  }

  static boolean isDocument(Sentence s, int token) {
    return token < s.size() && DOCUMENTS.contains(s.token(token).lemma());
  }

  /**
   * The author a sentence names for a document: "the second report of the Multilateral Sanctions Monitoring Team",
   * "a study by Elliptic", "data from the Defense Ministry", "the MSMT's report". Not a topic ("a report of North
   * Korea's troop losses", "reports of North Korean soldiers"): a name, not a demonym, not a possessor of what follows.
   */
  static Optional<Entity> authorNamed(Sentence s, List<Mention> ms) {
    for (int k = 0; k < s.size(); k++) {
      if (!isDocument(s, k) || !s.token(k).pos().equals("NOUN") || !singularOrFindings(s, k)) {
        continue;
      }
      if (k + 1 < s.size() && Regexes.matches(s.token(k + 1).lower(), "of|by|from")) {
        int at = k + 2 < s.size() && s.token(k + 2).lower().equals("the") ? k + 3 : k + 2;
        Mention m = Mentions.startingAt(ms, at);
        if (author(m) && !(m.last() < s.size() && Regexes.matches(s.token(m.last()).text(), "['’]s?"))) {
          return Optional.of(m.entity());
        }
      }
      if (k >= 2 && Regexes.matches(s.token(k - 1).text(), "['’]s?")) {
        Mention m = Mentions.endingAt(ms, k - 1);
        if (author(m)) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean singularOrFindings(Sentence s, int k) {
    return s.token(k).lower().equals(s.token(k).lemma()) || s.token(k).lower().equals("findings");
  }

  private static boolean author(Mention m) {
    return m != null && (m.kind() == MentionKind.NAME || m.kind() == MentionKind.METONYM) && m.entity().type().isActor();
  }
}
