package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds who says what in a sentence: "X said (that) ...", "“...,” X said", "..., X reported on Wednesday",
 * "according to X", "X quoted Y as saying ...", "It was reported that ...". Reporting verbs and the status
 * they carry come from {@code reporting-verbs.tsv}.
 */
public final class Attributor {
  private static final ImmutableSet<String> ADVERBS = ImmutableSet.of(
      "also", "further", "then", "later", "again", "had", "has", "have", "was", "is", "were", "reportedly", "previously", "earlier", "on", "went", "to", "]", "“", "”", "\"",
      "consistently", "repeatedly", "long", "always", "strongly", "flatly", "categorically", "officially", "publicly", "firmly",
      "swiftly", "quickly", "immediately", "since", "along", "jointly", "separately");
  /** Floating quantifiers: "Pyongyang and Moscow have both denied" (but "were both added to the list" is passive). */
  private static final ImmutableSet<String> FLOATING = ImmutableSet.of("both", "all", "each");
  private static final ImmutableSet<String> QUOTES = ImmutableSet.of("“", "”", "\"");
  /** Words between "according to" and whom it cites: "a report by X", "data from X", "the assessment of X". */
  private static final ImmutableSet<String> LINKS = ImmutableSet.of("by", "from", "of");
  private static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("the", "a", "an");
  /** Forms of the publishing verbs the lemmatizer may leave as they are ("released"). */
  private static final java.util.regex.Pattern PUBLISHING_FORM =
      java.util.regex.Pattern.compile("(?:releas|publish|disclos|obtain|unveil|reveal)(?:e|es|ed|ing|s)?");
  private static final ImmutableSet<String> PUBLISHING = ImmutableSet.of("release", "publish", "disclose", "obtain", "unveil", "reveal", "make");
  private static final ImmutableSet<String> ADJUNCTS = ImmutableSet.of("after", "before", "while", "amid", "whereas", "days", "hours", "weeks",
      "though", "although", "but");
  private static final ImmutableSet<String> CARRYING = ImmutableSet.of("carried", "published", "relayed", "released", "run", "aired");

  /** Verbs that brand something ("called the reports 'fake news'") and words that brand it untrue. */
  private static final ImmutableSet<String> CALLING = ImmutableSet.of("call", "called", "calls", "calling", "describe", "described",
      "describes", "label", "labeled", "labelled", "brand", "branded", "term", "termed",
      "condemn", "condemned", "condemns", "denounce", "denounced", "denounces", "criticize", "criticized", "criticised",
      "consider", "considered", "considers", "deem", "deemed", "deems");
  private static final ImmutableSet<String> DENYING_WORDS = ImmutableSet.of("groundless", "baseless", "fake", "fabrication",
      "fabricated", "lie", "lies", "false", "nonsense", "speculation", "unfounded", "absurd", "slander", "smear", "untrue", "fakes",
      "hoax", "disinformation");
  /** The verb of a doubt about a claim another made: it disputes that claim only, never earlier statements. */
  static final String DOUBTED_CLAIM = "doubted the claim";
  /** The verb of an attribution whose speaker says they cannot confirm what follows. */
  static final String UNABLE_TO_CONFIRM = "could not confirm";
  /** Nouns for what someone claims: "claims by X that ...". */
  private static final ImmutableSet<String> CLAIM_NOUNS = ImmutableSet.of("claim", "claims", "report", "reports", "allegation",
      "allegations", "assertion", "assertions", "accusation", "accusations", "assessment", "assessments", "suggestions",
      "estimate", "estimates", "findings", "figures", "data");
  /** Words that doubt a claim the sentence reports. */
  private static final java.util.regex.Pattern DOUBT = java.util.regex.Pattern.compile(
      "could not (?:be )?(?:independently )?(?:confirm|verify|confirmed|verified)|cannot be (?:independently )?(?:confirmed|verified)"
          + "|no evidence|unconfirmed|denied|dismissed|rejected");

  private final ImmutableMap<String, Status> verbs;

  public Attributor(ImmutableMap<String, Status> verbs) {
    this.verbs = verbs;
  }

  public static Attributor load() {
    ImmutableMap.Builder<String, Status> b = ImmutableMap.builder();
    for (DataFiles.Line line : DataFiles.resource("/org/newsgraph/extract/reporting-verbs.tsv")) {
      b.put(line.field(0), Status.parse(line.field(1)).orElseThrow(() -> line.error(line.columnOf(1), "unknown status '" + line.field(1) + "'")));
    }
    return new Attributor(b.buildKeepingLast());
  }

  public ImmutableList<String> lemmas() {
    return verbs.keySet().asList();
  }

  /** The attributions of a sentence, outermost (longest) first. */
  public ImmutableList<Attribution> attribute(Sentence s, List<Mention> ms, Discourse d) {
    List<Attribution> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      boolean according = t.lower().equals("according") && i + 2 < s.size() && s.token(i + 1).lower().equals("to");
      // "..., quoting the NIS, that ...", "Citing the HUR, the team said ..."
      boolean citing = t.lower().equals("citing") || t.lower().equals("quoting");
      if (according || citing) {
        Mention m = source(s, ms, according ? i + 2 : i + 1);
        if (m == null && according && Documents.anaphoricDocument(s, i + 2) && !d.documentSpeakers().isEmpty()) {
          // "According to the data, ...": the document met before speaks, with whoever made it public
          List<Entity> who = d.documentSpeakers();
          Attribution a = new Attribution(i > 2 ? 0 : Math.min(s.size(), i + 4), i > 2 ? i : s.size(), Optional.of(who.get(0)),
              Status.ASSERTED, "according to", i);
          out.add(a);
          who.stream().skip(1).forEach(r -> out.add(a.alsoBy(r)));
          continue;
        }
        Optional<java.util.Set<EntityType>> described = m == null && according ? Cataphora.describedAfterBy(s, i + 2) : Optional.empty();
        if (described.isPresent()) {
          // "..., according to a report released Thursday by a think tank run by the NIS": named in a later sentence
          out.add(new Attribution(i > 2 ? 0 : Math.min(s.size(), i + 4), i > 2 ? i : s.size(), Optional.empty(), Status.ASSERTED,
              "according to", i));
          d.describedSpeaker(s.index(), described.get());
          continue;
        }
        if (m != null) {
          // "..., according to X, the party's ...": X vouches for what comes before; "According to X, ...": after;
          // "told reporters, citing X, that ...": the that-clause after it
          int after = m.last() + 2 < s.size() && s.token(m.last()).text().equals("(") && s.token(m.last() + 2).text().equals(")")
              ? m.last() + 3 : m.last(); // "citing the National Intelligence Service (NIS), that ..."
          if (after < s.size() && Documents.DOCUMENTS.contains(s.token(after).lower())) {
            after++; // "X, citing HUR data, told Ukrinform that ...": past the document the source made
          }
          int that = after + 1 < s.size() && s.token(after).text().equals(",") && s.token(after + 1).lower().equals("that")
              ? after + 2 : after < s.size() && s.token(after).lower().equals("that") ? after + 1 : -1;
          // "Rep. Lee, citing the NIS, said ...": between a speaker and its verb, it covers what the verb reports
          boolean beforeVerb = that < 0 && after + 1 < s.size() && s.token(after).text().equals(",") && verbs.containsKey(s.token(after + 1).lemma());
          int from = that > 0 ? that : beforeVerb ? contentAfterVerb(s, after + 1) : i > 2 ? 0 : m.last();
          int to = that > 0 || i <= 2 || beforeVerb ? s.size() : i;
          Attribution a = new Attribution(from, to, Optional.of(m.entity()), Status.ASSERTED, according ? "according to" : "citing", i);
          out.add(a);
          Mention also = according ? coSource(s, ms, m) : null;
          if (also != null) {
            out.add(a.alsoBy(also.entity())); // "according to TRM Labs and the FBI": both say so
          }
          Optional<Entity> relayer = Documents.relay(s, ms, m.last()).filter(r -> !r.equals(m.entity()));
          relayer.ifPresent(r -> out.add(a.alsoBy(r)));
          if (Documents.isDocument(s, m.last()) || Documents.anaphoricDocument(s, according ? i + 2 : i + 1)) {
            d.document(m.entity(), relayer);
          }
          if (according) {
            d.speaker(m.entity().type() == EntityType.PERSON ? m.entity() : d.lastSpeaker().orElse(null));
          }
        }
        continue;
      }
      Optional<Entity> publisher = madePublic(s, ms, i);
      if (publisher.isPresent()) {
        Optional<Entity> compiler = Documents.sourceOfDocument(s, ms, i);
        d.document(compiler.orElse(publisher.get()), compiler.isPresent() ? publisher : Optional.empty());
      }
      Status status = t.lower().equals("citing") || t.lower().equals("quoting") ? null : verbs.get(t.lemma());
      if (status == null && puttingNumber(s, i)) {
        status = Status.ESTIMATED; // "The Pentagon has put the number of North Korean troops in Russia at 10,000"
      }
      if (status == null && (CALLING.contains(t.lemma()) || CALLING.contains(t.lower())) && denyingWordAfter(s, i)) {
        status = Status.DENIED; // "called the accusations 'groundless'", "called reports of ... 'fake news'"
      }
      if (status == null && (CALLING.contains(t.lemma()) || CALLING.contains(t.lower())) && t.isVerb() && judgingWordAfter(s, i)) {
        status = Status.ASSERTED; // "called the launch a violation of U.N. resolutions": the caller says it violates them
      }
      if (status == Status.ASSERTED && claimsCalledFalse(s, i)) {
        status = Status.DENIED; // "Moscow says the claims are 'lies'"
      }
      Mention before = Mentions.endingAt(ms, i);
      if (before != null && before.kind() == MentionKind.DEMONYM && CLAIM_NOUNS.contains(t.lower())) {
        continue; // "Ukrainian claims that ...", "South Korean reports": an adjective's noun, nobody named speaks
      }
      boolean verbLike = t.pos().equals("VERB") || t.pos().equals("AUX")
          || i + 1 < s.size() && s.token(i + 1).lower().equals("that") && before != null // "The NIS estimates that"
          || mistaggedParticiple(s, ms, i) // "had earlier rejected" tagged as an adjective
          || mistaggedPresent(s, ms, i); // "..., the agency believes." tagged as a plural noun
      int unable = verbLike ? unableTo(s, i) : -1;
      if (unable >= 0) {
        // "the agency could not confirm whether any units had crossed into Ukraine": it doubts what follows
        // (a news organisation that could not verify a report only says it has not checked: no party to it)
        int verb = i;
        attributeVerb(s, ms, i, unable, Status.DISPUTED, d)
            .ifPresent(list -> list.stream().filter(a -> a.speaker().map(e -> e.type() != EntityType.NEWS_ORGANIZATION).orElse(false))
                .forEach(a -> out.add(a.verbAt() == verb ? a.withVerb(UNABLE_TO_CONFIRM) : a)));
        continue;
      }
      if (status == null || !verbLike || hedgingPassive(s, i) || negated(s, i)) {
        continue;
      }
      attributeVerb(s, ms, i, status, d).ifPresent(out::addAll);
    }
    continuedBySameSpeaker(s, out);
    headlineSource(s, ms).ifPresent(out::add);
    whatCalled(s, ms).ifPresent(out::add);
    // "X put the number at 10,000, while Y said 11,000 were in Kursk": Y speaks for its own clause only
    out.replaceAll(a -> !a.relative() && a.from() > a.verbAt() && contrastBefore(s, a.verbAt()) ? a.inRelativeClause() : a);
    citedFirst(out);
    briefedBy(s, ms, out);
    claimsBy(s, ms, out);
    citedAsSaying(s, ms, out);
    // "the second report of the monitoring team": "the report found" in a later sentence is the team's
    Documents.authorNamed(s, ms).ifPresent(author -> d.document(author, Optional.empty()));
    // the speaker's verb outside the source it cites when both cover the same words ("Lee, citing the NIS, said")
    out.sort(Comparator.comparingInt(Attribution::length).reversed().thenComparing(a -> a.verb().equals("citing")));
    return ImmutableList.copyOf(out);
  }

  /**
   * "Rep. Park told reporters after a closed-door briefing by the NIS that ...": what the lawmaker relays from the
   * briefing is the briefer's too, inside the lawmaker's words (as "citing" does).
   */
  private static void briefedBy(Sentence s, List<Mention> ms, List<Attribution> out) {
    for (Attribution a : List.copyOf(out)) {
      if (a.speaker().filter(e -> e.type() == EntityType.PERSON).isEmpty() || a.verbAt() < 0 || a.coSpeaker()) {
        continue;
      }
      for (int k = a.verbAt() + 1; k + 2 < s.size() && k <= a.verbAt() + 8; k++) {
        boolean briefing = Regexes.matches(s.token(k).lower(), "briefing|briefings|session") && Regexes.matches(s.token(k + 1).lower(), "by|from");
        boolean compound = s.token(k + 1).text().equals("-") || s.token(k - 1).text().equals("-"); // "closed-door"
        if (s.token(k).lower().equals("that") || s.token(k).isVerb() && !compound && !briefing) {
          break;
        }
        if (!briefing) {
          continue;
        }
        Mention briefer = source(s, ms, k + 2);
        int that = briefer == null ? -1 : briefer.last();
        while (that > 0 && that < s.size() && !s.token(that).lower().equals("that") && that - briefer.last() < 5) {
          that++;
        }
        if (briefer != null && briefer.entity().type() != EntityType.PERSON && that < s.size() && s.token(that).lower().equals("that")) {
          out.add(new Attribution(that + 1, a.to(), Optional.of(briefer.entity()), Status.ASSERTED, "citing", k));
        }
        break;
      }
    }
  }

  /**
   * "Citing the HUR, the team said ...": the source cited before the speaker speaks inside the speaker's words, not
   * around them (the team tells what the HUR says), so it covers what the speaker's verb covers.
   */
  private static void citedFirst(List<Attribution> out) {
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      if (!a.verb().equals("citing") || a.verbAt() > 2) {
        continue;
      }
      out.stream().filter(b -> b != a && !b.verb().equals("citing") && b.speaker().isPresent() && b.verbAt() > a.verbAt()
          && b.from() > a.from() && b.to() <= a.to()).findFirst()
          .ifPresent(b -> out.set(out.indexOf(a), new Attribution(b.from(), b.to(), a.speaker(), a.status(), a.verb(), a.verbAt())));
    }
  }

  /**
   * "Rep. Yu, who cited the spy agency as saying that ...", "Kim quoted the NIS as estimating that ...": the one cited
   * said the words too, inside the speaker's account (as "citing" does).
   */
  private static void citedAsSaying(Sentence s, List<Mention> ms, List<Attribution> out) {
    for (Attribution a : List.copyOf(out)) {
      int v = a.verbAt();
      if (v < 0 || v + 3 >= s.size() || a.speaker().isEmpty() || !Regexes.matches(s.token(v).lemma(), "cite|quote")
          && !Regexes.matches(s.token(v).lower(), "cited|quoted")) {
        continue;
      }
      Mention cited = Mentions.startingAt(ms, v + 1) != null || !s.token(v + 1).lower().equals("the")
          ? Mentions.startingAt(ms, v + 1) : Mentions.startingAt(ms, v + 2); // "the spy agency", "the National ..."
      int as = cited == null ? -1 : cited.last() + 2 < s.size() && s.token(cited.last()).text().equals("(") ? cited.last() + 3 : cited.last();
      if (cited != null && cited.entity().type().isActor() && !cited.entity().equals(a.speaker().get()) && as + 1 < s.size()
          && s.token(as).lower().equals("as") && Regexes.matches(s.token(as + 1).lower(), "saying|telling|estimating|believing|having|concluding")) {
        out.add(new Attribution(a.from(), a.to(), Optional.of(cited.entity()), a.status(), "citing", v));
      }
    }
  }

  /**
   * "claims by Ukraine's HUR that North Korean crews were operating in X": the that-clause is the claimant's. When the
   * sentence doubts it ("The NIS said it could not confirm claims by ...", "... could not be confirmed"), whoever says
   * so asserts nothing of it and disputes it instead.
   */
  private static void claimsBy(Sentence s, List<Mention> ms, List<Attribution> out) {
    for (int n = 0; n + 3 < s.size(); n++) {
      if (!CLAIM_NOUNS.contains(s.token(n).lower())) {
        continue;
      }
      Mention owner = n < 1 ? null : Mentions.endingAt(ms, n) != null ? Mentions.endingAt(ms, n)
          : n > 1 && Regexes.matches(s.token(n - 1).text(), "['’]s") ? Mentions.endingAt(ms, n - 1) : null;
      boolean owned = owner != null && owner.entity().type().isActor() && owner.kind() != MentionKind.DEMONYM;
      if (s.token(n + 1).lower().equals("that") && dismissedBefore(s, n)) {
        // "dismissing South Korean media reports that Moscow was helping ...": the reports' content, disputed
        doubt(s, out, n, n + 1, Status.DENIED); // a denial, asserted only by whose reports they are
        if (owned) {
          // "Pyongyang has rejected U.S. accusations that it steals cryptocurrency": the accusations' owner asserts it
          out.add(new Attribution(n + 2, s.size(), Optional.of(owner.entity()), Status.ASSERTED, "claims by", n));
        }
        continue;
      }
      if (!Regexes.matches(s.token(n + 1).lower(), "by|from")) {
        continue;
      }
      int that = -1;
      Mention claimant = null;
      for (int k = n + 2; k < Math.min(s.size(), n + 14) && that < 0; k++) {
        Mention m = Mentions.startingAt(ms, k);
        if (m != null && m.entity().type().isActor() && m.kind() != MentionKind.DEMONYM) {
          claimant = m; // the last actor before "that": "by Ukraine's military intelligence agency (HUR)"
        }
        that = s.token(k).lower().equals("that") ? k : -1;
      }
      if (that < 0 || claimant == null) {
        continue;
      }
      if (DOUBT.matcher(s.text().toLowerCase(java.util.Locale.ROOT)).find()) {
        doubt(s, out, n, that, Status.DISPUTED);
      }
      out.add(new Attribution(that + 1, s.size(), Optional.of(claimant.entity()), Status.ASSERTED, "claims by", n));
    }
  }

  /**
   * The innermost speaker around the claim noun at {@code n} doubts what follows {@code that}; outer speakers relay
   * that doubt ("..., Lee said") and none of them asserts it.
   */
  private static void doubt(Sentence s, List<Attribution> out, int n, int that, Status status) {
    Attribution doubter = null;
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      if (a.contains(n) && a.speaker().isPresent() && !a.coSpeaker() && a.status().ordinal() < Status.DISPUTED.ordinal()) {
        out.set(i, new Attribution(a.from(), n, a.speaker(), a.status(), a.verb(), a.verbAt()));
        doubter = doubter == null || a.length() < doubter.length() ? a : doubter;
      }
    }
    if (doubter != null) {
      out.add(new Attribution(that + 1, s.size(), doubter.speaker(), status, DOUBTED_CLAIM, doubter.verbAt()));
    }
  }

  /** A word that brands what was said as untrue, within the few words after {@code verb}. */
  private static boolean denyingWordAfter(Sentence s, int verb) {
    for (int k = verb + 1; k < Math.min(s.size(), verb + 12); k++) {
      if (DENYING_WORDS.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final ImmutableSet<String> JUDGING_WORDS = ImmutableSet.of("violation", "violations", "breach", "breaches",
      "provocation", "provocations", "crime", "crimes");

  /** "called the launch a clear violation of": a verb of branding with a judgement of what was done, a few words on. */
  private static boolean judgingWordAfter(Sentence s, int verb) {
    for (int k = verb + 1; k < Math.min(s.size(), verb + 8); k++) {
      if (JUDGING_WORDS.contains(s.token(k).lower()) && Regexes.matches(s.token(k - 1).lower(), "a|an|clear|flagrant|blatant|serious|direct|grave")) {
        return true;
      }
    }
    return false;
  }

  /** "says the claims are 'lies'", "said such reports were groundless": what the verb says is that a claim is false. */
  private static boolean claimsCalledFalse(Sentence s, int verb) {
    int k = verb + 1;
    for (int j = k; s.token(verb).lemma().equals("tell") && j < Math.min(s.size(), verb + 8); j++) {
      if (s.token(j).lower().equals("that")) {
        k = j; // "told a weekly briefing in Moscow that reports of ... were 'a fake'": past whom it was told
        break;
      }
    }
    if (k < s.size() && s.token(k).lower().equals("that")) {
      k++;
    }
    if (k < s.size() && Regexes.matches(s.token(k).lower(), "the|these|those|such|its|their|this|that")) {
      k++;
    }
    if (k + 1 >= s.size() || !CLAIM_NOUNS.contains(s.token(k).lower())) {
      return false;
    }
    int be = k + 1;
    if (s.token(be).lower().equals("of")) {
      // "reports of North Korean soldiers in the Belgorod region were 'a fake'": past what the reports are of
      while (be < Math.min(s.size(), k + 12) && !s.token(be).lemma().equals("be") && !s.token(be).isVerb()) {
        be++;
      }
    }
    if (be >= s.size() || !s.token(be).lemma().equals("be")) {
      return false;
    }
    for (int j = be + 1; j < Math.min(s.size(), be + 5); j++) {
      if (DENYING_WORDS.contains(s.token(j).lower())) {
        return true;
      }
      if (s.token(j).text().equals(",") || s.token(j).lower().equals("not")) {
        return false; // "the reports were not false"
      }
    }
    return false;
  }

  /** A dismissing verb a few words before the claim noun ("dismissing South Korean media reports"). */
  private static boolean dismissedBefore(Sentence s, int n) {
    for (int k = n - 1; k >= Math.max(0, n - 5); k--) {
      if (Regexes.matches(s.token(k).lower(), "dismiss(?:ed|ing|es)?|den(?:ied|ying|ies)|reject(?:ed|ing|s)?|refut(?:ed|ing|es)")) {
        return true;
      }
    }
    return false;
  }

  /** "N. Korea sent more troops to Russia: NIS", "... to Russia's Wagner Group -White House": a headline's source. */
  private static Optional<Attribution> headlineSource(Sentence s, List<Mention> ms) {
    if (s.zone() != org.newsgraph.nlp.Zone.HEADLINE || s.size() < 4) {
      return Optional.empty();
    }
    Mention last = null;
    for (Mention m : ms) {
      if (m.last() == s.size()) {
        last = m;
      }
    }
    if (last == null || last.first() < 2 || !last.entity().type().isActor() || !Regexes.matches(s.token(last.first() - 1).text(), "[:\\-–—]")) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(0, last.first() - 1, Optional.of(last.entity()), Status.ASSERTED, "headline source", last.first() - 1));
  }

  /**
   * "..., in what South Korea's spy agency called the clearest sign yet that Russian engineers are helping ...": the
   * one who called it so asserts the that-clause of what it called.
   */
  private static Optional<Attribution> whatCalled(Sentence s, List<Mention> ms) {
    for (int w = 0; w + 3 < s.size(); w++) {
      if (!s.token(w).lower().equals("what")) {
        continue;
      }
      int v = w + 1;
      while (v < Math.min(s.size(), w + 8) && !Regexes.matches(s.token(v).lower(), "called|calls|described|describes|termed|terms|dubbed")) {
        v++;
      }
      Mention speaker = v < s.size() ? Mentions.endingAt(ms, v) : null; // "what South Korea's spy agency called": the agency
      if (speaker == null || !speaker.entity().type().isActor() || speaker.first() <= w) {
        continue;
      }
      for (int k = v + 1; k < Math.min(s.size() - 1, v + 9); k++) {
        if (s.token(k).lower().equals("that")) {
          return Optional.of(new Attribution(k + 1, s.size(), Optional.of(speaker.entity()), Status.ASSERTED, s.token(v).text(), v).inRelativeClause());
        }
        if (s.token(k).text().equals(",") || s.token(k).isVerb()) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /** "put the (total) number of ... at", "put the death toll at": an estimate's verb. */
  private static boolean puttingNumber(Sentence s, int i) {
    if (!s.token(i).lemma().equals("put") || !s.token(i).isVerb()) {
      return false;
    }
    boolean number = false;
    for (int k = i + 1; k < Math.min(s.size(), i + 14); k++) {
      number |= Regexes.matches(s.token(k).lower(), "number|total|toll|figure|count|tally|size");
      if (number && s.token(k).lower().equals("at")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the speaker of the verb at {@code v} opens a contrasting clause (", while X said", ", whereas X says"). */
  private static boolean contrastBefore(Sentence s, int v) {
    for (int k = v - 1; k > 0 && k >= v - 8; k--) {
      if (Regexes.matches(s.token(k).lower(), "while|whereas|and|but") && s.token(k - 1).text().equals(",")) {
        return true;
      }
      if (s.token(k).text().equals(",") && k < v - 1) {
        return false;
      }
    }
    return false;
  }

  /** "has not officially acknowledged", "did not say": a reporting verb under negation reports nothing. */
  private static boolean negated(Sentence s, int verb) {
    for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
      String w = s.token(k).lower();
      if (w.equals("not") || w.equals("n't") || w.equals("never")) {
        return true;
      }
      if (!s.token(k).pos().equals("ADV") && !s.token(k).pos().equals("AUX")) {
        return false;
      }
    }
    return false;
  }

  /** "Russia is believed to have ...", "X was reported to": a hedge on the subject, nobody's words. */
  static boolean hedgingPassive(Sentence s, int i) {
    int b = i - 1;
    while (b > 0 && b >= i - 3 && s.token(b).pos().equals("ADV")) {
      b--; // "is widely believed to"
    }
    return b >= 0 && i + 1 < s.size() && s.token(b).lemma().equals("be") && s.token(i + 1).lower().equals("to");
  }

  /** A past form the tagger took for an adjective, after "had" or right after an actor (adverbs aside). */
  private static boolean mistaggedParticiple(Sentence s, List<Mention> ms, int i) {
    if (!s.token(i).pos().equals("ADJ") || !s.token(i).lower().endsWith("ed")) {
      return false;
    }
    int k = i - 1;
    for (int phrase; k >= 0; k -= Math.max(1, phrase)) {
      phrase = timePhraseEndingAt(s, k); // "has in the past denied", tagged an adjective
      if (phrase == 0 && !s.token(k).pos().equals("ADV") && !(ADVERBS.contains(s.token(k).lower()) && !s.token(k).lemma().equals("have"))) {
        break;
      }
    }
    return k >= 0 && (s.token(k).lemma().equals("have") || Mentions.endingAt(ms, k + 1) != null && Mentions.endingAt(ms, k + 1).entity().type().isActor());
  }

  /** Where the words a reporting verb at {@code verb} reports start: after it, and after "that" if it follows. */
  private static int contentAfterVerb(Sentence s, int verb) {
    return verb + 1 < s.size() && s.token(verb + 1).lower().equals("that") ? verb + 2 : verb + 1;
  }

  /**
   * A present form the tagger took for a plural noun, right after an actor's name or description and before the end
   * of the sentence or a comma ("..., the agency believes.", "..., the ministry estimates, ...") or before a clause
   * with its own subject ("the agency believes Pyongyang is being paid").
   */
  private static boolean mistaggedPresent(Sentence s, List<Mention> ms, int i) {
    if (!s.token(i).pos().equals("NOUN") || !s.token(i).lower().endsWith("s") || i + 1 >= s.size()) {
      return false;
    }
    Mention speaker = Mentions.endingAt(ms, i);
    if (speaker == null || !speaker.entity().type().isActor()) {
      return false;
    }
    if (speaker.first() == 0) {
      // a headline: "Moscow denies receiving North Korean shells"
      return s.token(i + 1).pos().equals("VERB") && s.token(i + 1).lower().endsWith("ing");
    }
    boolean trailing = Regexes.matches(s.token(i + 1).text(), "[.,;]") && s.token(speaker.first() - 1).text().equals(",");
    // "He said the agency believes Pyongyang is being paid ...": a clause with its own subject follows
    Mention next = Mentions.startingAt(ms, i + 1);
    boolean clause = next != null && next.entity().type().isActor() && next.last() < s.size() && s.token(next.last()).isVerb();
    return trailing || clause;
  }

  private Optional<List<Attribution>> attributeVerb(Sentence s, List<Mention> ms, int v, Status status, Discourse d) {
    return attributeVerb(s, ms, v, v, status, d);
  }

  /** {@code subjectEnd}: where the words before the verb that belong to it start ("could not" of "could not confirm"). */
  private Optional<List<Attribution>> attributeVerb(Sentence s, List<Mention> ms, int v, int subjectEnd, Status status, Discourse d) {
    Optional<List<Attribution>> byAgent = passiveBy(s, ms, v, status);
    if (byAgent.isPresent()) {
      return byAgent;
    }
    Mention speaker = speakerBefore(s, ms, subjectEnd);
    if (speaker != null && speaker.entity().type() != EntityType.PERSON && status.ordinal() < Status.DISPUTED.ordinal()) {
      // "..., a spokesperson for Ukraine's military intelligence said": the body is not the one who speaks
      Optional<UnnamedSpeaker.Described> unnamed = UnnamedSpeaker.before(s, ms, subjectEnd);
      if (unnamed.isPresent() && unnamed.get().body().filter(speaker::equals).isPresent()) {
        return unnamedWords(s, v, unnamed.get().start(), status);
      }
      // "sources inside the country told RFA", "officials in Pyongyang said": where the unnamed people are, not who speaks
      int owner = possessorStart(s, ms, speaker);
      int before = owner - (owner > 1 && s.token(owner - 1).lower().equals("the") ? 2 : 1);
      if (unnamed.isPresent() && speaker.first() > unnamed.get().start() && before >= 0
          && Regexes.matches(s.token(before).lower(), "in|inside|within|from|at|near")) {
        return unnamedWords(s, v, unnamed.get().start(), status);
      }
    }
    int descriptionStart = Integer.MAX_VALUE; // where "a Pentagon spokesman" starts, when a spokesperson speaks for a body
    boolean inverted = false;
    if (speaker == null && v + 1 < s.size() && v > 0 && Regexes.matches(s.token(v - 1).text(), "[,”\"’]")) {
      // "..., said Yoo." : the speaker after the verb, at the end of the sentence or before a comma
      Mention after = Mentions.startingAt(ms, v + 1);
      boolean closes = after != null && (after.last() >= s.size() - 1 || Regexes.matches(s.token(after.last()).text(), "[,.;]"));
      if (closes && after.entity().type().isActor()) {
        speaker = after;
        inverted = true;
      }
    }
    String verb = s.token(v).text();
    boolean passive = v > 0 && s.token(v - 1).lemma().equals("be");
    if (speaker == null) {
      if (passive && v + 1 < s.size() && s.token(v + 1).lower().equals("that")) {
        // "It was reported that ...": nobody named
        return Optional.of(List.of(new Attribution(v + 1, s.size(), Optional.empty(), Status.REPORTED.and(status), verb, v)));
      }
      Optional<List<Attribution>> document = documentSaid(s, v, status, d);
      Optional<List<Attribution>> described = document.isPresent() ? document : describedSpeaker(s, v, status, d);
      Optional<UnnamedSpeaker.Described> unnamed = UnnamedSpeaker.before(s, ms, subjectEnd);
      if (described.isEmpty() && unnamed.isEmpty() && status.ordinal() >= Status.DISPUTED.ordinal() && v + 4 < s.size()
          && s.token(v + 1).lower().equals("that")) {
        // "... denied that X": whoever denies is not found, but what follows is denied, not asserted
        return Optional.of(List.of(new Attribution(v + 1, s.size(), Optional.empty(), status, verb, v)));
      }
      if (described.isPresent() || unnamed.isEmpty()) {
        return described;
      }
      // "a State Department spokesperson said": nobody named asserts it (ANNOTATION.md); "a Kremlin spokesman
      // denied": the body the spokesperson speaks for is the party that denies
      if (unnamed.get().body().isEmpty() || status.ordinal() < Status.DISPUTED.ordinal()) {
        return unnamedWords(s, v, unnamed.get().start(), status);
      }
      speaker = unnamed.get().body().get();
      descriptionStart = unnamed.get().start();
    }
    Entity who = speaker.entity();
    if (who.type() != EntityType.PERSON && ownDocument(s, v)) {
      d.document(who, Optional.empty()); // "In its first report, the monitoring team said": "the report" later is theirs
    }
    if (who.type() == EntityType.PERSON) {
      d.speaker(who);
    } else {
      d.organizationSpeaker(who);
    }
    int contentStart;
    int contentEnd;
    int restAfter = s.size() - (inverted ? speaker.last() : v + 1);
    // "..., which OFAC said own or manage the tankers" (but "..., which both countries deny" denies the main clause)
    boolean relative = !inverted && status.ordinal() < Status.DISPUTED.ordinal() && relativeSpeaker(s, ms, speaker);
    if (relative) {
      contentStart = v + 1;
      contentEnd = s.size();
    } else if (!inverted && restAfter >= 4 && !endsWithTimePhrase(s, v + 1) && !afterItsContent(s, ms, speaker, v)) {
      contentStart = v + 1;
      contentEnd = adjunctStart(s, v + 1); // "..., a day after Washington said ...": not the speaker's words
    } else {
      contentStart = 0;
      contentEnd = Math.min(Math.min(possessorStart(s, ms, speaker), descriptionStart), v);
      if ((contentEnd - contentStart < 2 || onlyNames(s, ms, contentStart, contentEnd)) && status.ordinal() >= Status.DISPUTED.ordinal()
          && !inverted && v + 2 < s.size()
          && Regexes.matches(s.token(v + 1).lower(), "it|this|that|these|those|the|such|any|all")) {
        contentStart = v + 1; // "Russia has denied it.", "North Korea denied the report.": what it denies follows, however short
        contentEnd = s.size();
      }
    }
    List<Attribution> result = new ArrayList<>();
    Status own = status;
    // "X quoted Y as saying that ...": X tells what Y said
    if (s.token(v).lemma().equals("quote")) {
      Mention source = Mentions.startingAt(ms, v + 1) != null ? Mentions.startingAt(ms, v + 1) : Mentions.startingAt(ms, v + 2);
      if (source != null && source.entity().type().isActor()) {
        result.add(new Attribution(source.last(), s.size(), Optional.of(source.entity()), Status.ASSERTED, "quoted as saying", v));
        contentStart = v + 1;
      }
      own = Status.ASSERTED;
    }
    if (contentEnd - contentStart < 2 || declinesToSay(s, contentStart, contentEnd)) {
      return Optional.empty();
    }
    int telling = own.ordinal() >= Status.DISPUTED.ordinal() ? tellingAfter(s, contentStart, contentEnd) : -1;
    if (telling > 0) {
      // "rejected the lawmaker's remarks as a fabrication, telling reporters that Russia's cooperation ... is lawful":
      // what is rejected ends at the comma; what follows "telling ... that" the speaker says
      int that = telling + 1;
      while (that < Math.min(contentEnd, telling + 7) && !s.token(that).lower().equals("that")) {
        that++;
      }
      int from = that < Math.min(contentEnd, telling + 7) ? that + 1 : telling + 1;
      result.add(new Attribution(from, contentEnd, Optional.of(who), Status.ASSERTED, s.token(telling).text(), telling));
      contentEnd = s.token(telling - 1).text().equals(",") ? telling - 1 : telling - 2;
    }
    Attribution plain = new Attribution(contentStart, contentEnd, Optional.of(who), own, verb, v);
    Attribution main = relative ? plain.inRelativeClause() : plain;
    result.add(main);
    Mention said = speaker;
    List<Entity> co = coSpeakers(s, ms, said);
    (co.isEmpty() ? d.partnersOf(said) : co).forEach(other -> result.add(main.alsoBy(other)));
    if (own.ordinal() < Status.DISPUTED.ordinal()) { // "denied ..., in a statement carried by KCNA": a relayed denial is no one else's
      carrier(s, ms, v).filter(c -> !c.equals(who)).ifPresent(other -> result.add(main.alsoBy(other)));
    }
    return Optional.of(result);
  }

  /** "said he had 'nothing to add' on reports of ...", "said it had no comment": words that say nothing of the matter. */
  private static boolean declinesToSay(Sentence s, int from, int to) {
    for (int k = from; k + 2 < Math.min(to, from + 8); k++) {
      String w = s.token(k).lower();
      String next = s.token(k + 1).lower();
      if (w.equals("nothing") && next.equals("to") && Regexes.matches(s.token(k + 2).lower(), "add|say|report|share")
          || w.equals("no") && Regexes.matches(next, "comment|comments")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code from} to {@code to} are only names and what joins them ("Russia and"). */
  private static boolean onlyNames(Sentence s, List<Mention> ms, int from, int to) {
    for (int k = from; k < to; k++) {
      Mention m = Mentions.startingAt(ms, k);
      if (m != null) {
        k = m.last() - 1;
      } else if (!Regexes.matches(s.token(k).lower(), "and|,|both|the")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the speaker's noun phrase ("Japan's Foreign Ministry", "the agency") follows ", which" / ", who". */
  private static boolean relativeSpeaker(Sentence s, List<Mention> ms, Mention speaker) {
    int k = speaker.first() - 1;
    Mention owner = k >= 0 && Regexes.matches(s.token(k).lower(), "[’']s") ? Mentions.endingAt(ms, k) : null;
    k = owner != null ? owner.first() - 1 : k;
    while (k >= 0 && DETERMINERS.contains(s.token(k).lower())) {
      k--;
    }
    return k >= 1 && Regexes.matches(s.token(k).lower(), "which|who|whom|that") && s.token(k - 1).text().equals(",");
  }

  /**
   * "Russia has helped North Korea ..., the United States and South Korea told a heated U.N. Security Council
   * meeting on Thursday, as ...": a speaker set off by a comma after a clause, whose verb no "that" follows, says
   * what came before, whatever follows the verb (its listener, a time, another clause).
   */
  private static boolean afterItsContent(Sentence s, List<Mention> ms, Mention speaker, int v) {
    int j = speaker.first() - 1;
    int titleWords = 0; // "..., HUR chief Kyrylo Budanov told lawmakers, ...": a title before the name
    while (j >= 0 && (Regexes.matches(s.token(j).lower(), "the|and|both|['’]s") || QUOTES.contains(s.token(j).text()) || Mentions.covering(ms, j) != null
        || titleWords < 3 && s.token(j).pos().equals("NOUN") && !s.token(j).isCapitalized() && ++titleWords > 0)) {
      j--;
    }
    if (j < 4 || !s.token(j).text().equals(",") || Regexes.matches(s.token(0).lower(), "citing|quoting")) {
      return false; // "Citing the HUR, the team also said ...": the phrase before the comma names a source, not the words
    }
    for (int k = v + 1; k < s.size() && !s.token(k).text().equals(","); k++) {
      if (Regexes.matches(s.token(k).lower(), "that|of|about|whether|how|to")) {
        return false; // "..., X told reporters that ...", "X told them of ...", "X told Y to ..."
      }
    }
    // "Russia hit Kyiv overnight, and Ukraine says North Korea supplied the missiles": a clause of its own follows
    return !(s.token(j + 1).lower().equals("and") && clauseAfter(s, ms, v));
  }

  /** Whether a subject and its finite verb follow the verb at {@code v} before any comma. */
  private static boolean clauseAfter(Sentence s, List<Mention> ms, int v) {
    for (int k = v + 1; k < s.size() && !s.token(k).text().equals(","); k++) {
      Mention m = Mentions.startingAt(ms, k);
      if (m != null && m.kind() != MentionKind.DEMONYM || k > v + 1 && Regexes.matches(s.token(k).pos(), "NOUN|PRON")) {
        int end = m != null ? m.last() : k + 1;
        for (int j = end; j < Math.min(s.size(), end + 3); j++) {
          if (Regexes.matches(s.token(j).pos(), "VERB|AUX") && !s.token(j).lower().endsWith("ing")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "..., the report said." / "The report concluded that ...": the document met before speaks for its author. */
  private static Optional<List<Attribution>> documentSaid(Sentence s, int v, Status status, Discourse d) {
    int k = v - 1;
    while (k >= 0 && s.token(k).pos().equals("ADV")) {
      k--;
    }
    if (k < 1 || !Documents.anaphoricDocument(s, k - 1) || d.documentSpeakers().isEmpty()) {
      return Optional.empty();
    }
    boolean after = s.size() - (v + 1) >= 4 && !endsWithTimePhrase(s, v + 1);
    int from = after ? v + 1 : 0;
    int to = after ? s.size() : k - 1;
    if (to - from < 2) {
      return Optional.empty();
    }
    List<Entity> who = d.documentSpeakers();
    if (who.get(0).type() != EntityType.PERSON) {
      d.organizationSpeaker(who.get(0)); // "..., the report said. ... , it said": the report's author still speaks
    }
    Attribution main = new Attribution(from, to, Optional.of(who.get(0)), status, s.token(v).text(), v);
    List<Attribution> result = new ArrayList<>();
    result.add(main);
    who.stream().skip(1).forEach(r -> result.add(main.alsoBy(r)));
    return Optional.of(result);
  }

  /** "..., South Korea's top security official said": words whose speaker the article names later ({@link Cataphora}). */
  private static Optional<List<Attribution>> describedSpeaker(Sentence s, int v, Status status, Discourse d) {
    Optional<java.util.Set<EntityType>> types = Cataphora.described(s, v);
    if (types.isEmpty()) {
      return Optional.empty();
    }
    int from = s.size() - (v + 1) >= 4 && !endsWithTimePhrase(s, v + 1) ? v + 1 : 0;
    int to = from > 0 ? s.size() : v;
    while (from == 0 && to > 0 && !s.token(to - 1).text().equals(",")) {
      to--;
    }
    if (to - from < 2) {
      return Optional.empty();
    }
    d.describedSpeaker(s.index(), types.get());
    return Optional.of(List.of(new Attribution(from, to, Optional.empty(), status, s.token(v).text(), v)));
  }

  /**
   * The words of a speaker nobody names ("A JCS official said", "U.S. officials denied that ..."): after the verb
   * when it goes on, else before the description; reported, with the verb's status, by no one.
   */
  private static Optional<List<Attribution>> unnamedWords(Sentence s, int v, int descriptionStart, Status status) {
    boolean after = s.size() - (v + 1) >= 4 && !endsWithTimePhrase(s, v + 1);
    int from = after ? v + 1 : 0;
    int to = after ? adjunctStart(s, v + 1) : descriptionStart;
    while (!after && to > 0 && UnnamedSpeaker.BOUNDARIES.contains(s.token(to - 1).text())) {
      to--;
    }
    if (to - from < 2) {
      return Optional.empty();
    }
    return Optional.of(List.of(new Attribution(from, to, Optional.empty(), Status.REPORTED.and(status), s.token(v).text(), v)));
  }

  /** "In its report, X said", "X said in a statement": a document of the speaker's own before or after the verb. */
  private static boolean ownDocument(Sentence s, int v) {
    for (int k = 0; k + 1 < s.size(); k++) {
      String w = s.token(k).lower();
      boolean own = w.equals("its") || w.equals("their") || w.equals("a") || w.equals("an");
      if (own && Documents.isDocument(s, k + 1) || own && k + 2 < s.size() && Documents.isDocument(s, k + 2)
          && s.token(k + 1).pos().equals("ADJ")) {
        return true;
      }
    }
    return false;
  }

  /** Where a comma-led time adjunct ("a day after", "hours before", "while") ends the reported words; else the end. */
  private static int adjunctStart(Sentence s, int from) {
    for (int k = from + 2; k + 1 < s.size(); k++) {
      if (!s.token(k).text().equals(",")) {
        continue;
      }
      int j = k + 1 < s.size() - 1 && Regexes.matches(s.token(k + 1).text(), "[\"”’']") ? k + 1 : k; // 'as "absurd," while'
      String next = s.token(j + 1).lower();
      String after = j + 3 < s.size() ? s.token(j + 2).lower() + " " + s.token(j + 3).lower() : "";
      // ", in what Seoul called ...": another's words about it
      boolean inWhat = next.equals("in") && j + 2 < s.size() && s.token(j + 2).lower().equals("what");
      if (ADJUNCTS.contains(next) || inWhat || Regexes.matches(after, "(?:days?|hours?|weeks?|months?) (?:after|before)") || next.equals("a")
          && Regexes.matches(after, "(?:day|week|month) (?:after|before)")) {
        return k;
      }
    }
    return s.size();
  }

  /** "Washington and Seoul have accused": the actor joined to the speaker by "and". */
  private static Optional<Entity> coSpeaker(Sentence s, List<Mention> ms, Mention speaker) {
    int k = speaker.first() - 1;
    if (k >= 1 && s.token(k).lower().equals("the")) {
      k--; // "The NIS and the JCS both said"
    }
    if (speaker.entity().type() == EntityType.PERSON) {
      // "NATO Secretary General Mark Rutte and German Defence Minister Boris Pistorius said": back over the title
      int t = k;
      while (t >= 1 && k - t < 5 && s.token(t).isCapitalized() && !s.token(t).lower().equals("and")) {
        t--;
      }
      if (t < k && s.token(t).lower().equals("and")) {
        Mention other = Mentions.endingAt(ms, t);
        return other != null && other.entity().type() == EntityType.PERSON && !other.entity().equals(speaker.entity())
            ? Optional.of(other.entity()) : Optional.empty();
      }
    }
    if (k < 1 || !s.token(k).lower().equals("and")) {
      return Optional.empty();
    }
    if (k >= 4 && s.token(k - 1).text().equals(")") && s.token(k - 3).text().equals("(")) {
      k -= 3; // "The National Intelligence Service (NIS) and the Joint Chiefs of Staff (JCS) said"
    }
    Mention other = Mentions.endingAt(ms, k);
    return other != null && other.entity().type().isActor() && !other.entity().equals(speaker.entity())
        ? Optional.of(other.entity()) : Optional.empty();
  }

  /**
   * Who speaks with the speaker: "South Korea and Japan said", and the rest of a list before them ("The United States,
   * South Korea and Japan condemned ...").
   */
  private static List<Entity> coSpeakers(Sentence s, List<Mention> ms, Mention speaker) {
    Optional<Entity> first = coSpeaker(s, ms, speaker);
    if (first.isEmpty()) {
      return List.of();
    }
    List<Entity> out = new ArrayList<>(List.of(first.get()));
    Mention m = ms.stream().filter(x -> x.last() < speaker.first() && x.entity().equals(first.get())).reduce((a, b) -> b).orElse(null);
    while (m != null && m.first() >= 2 && s.token(m.first() - 1).text().equals(",") && speaker.entity().type() != EntityType.PERSON) {
      Mention before = Mentions.endingAt(ms, m.first() - 1);
      if (before == null || !before.entity().type().isActor() || before.entity().equals(speaker.entity()) || out.contains(before.entity())) {
        break;
      }
      out.add(before.entity());
      m = before;
    }
    return out;
  }

  /** What a cited source is, said before its name: "blockchain analytics firm TRM Labs", "think tank X". */
  private static final ImmutableSet<String> SOURCE_KINDS = ImmutableSet.of("firm", "company", "tank", "group", "platform",
      "startup", "watchdog", "monitor", "institute", "researcher", "analyst", "outlet", "newspaper", "broadcaster", "agency");

  /**
   * "according to TRM Labs and the US Federal Bureau of Investigation": the second source named after "and" (a
   * country's name just before a body's is the body's), or null.
   */
  private static Mention coSource(Sentence s, List<Mention> ms, Mention first) {
    int k = first.last();
    if (k + 2 < s.size() && s.token(k).text().equals("(") && s.token(k + 2).text().equals(")")) {
      k += 3; // "(FBI)"
    }
    if (k >= s.size() || !s.token(k).lower().equals("and")) {
      return null;
    }
    k++;
    if (k < s.size() && s.token(k).lower().equals("the")) {
      k++;
    }
    Mention m = Mentions.startingAt(ms, k);
    if (m != null && m.entity().type() == EntityType.COUNTRY && m.kind() == MentionKind.NAME) {
      Mention body = Mentions.startingAt(ms, m.last());
      m = body != null && body.entity().type().isActor() && body.entity().type() != EntityType.COUNTRY ? body : m;
    }
    return m != null && m.kind() != MentionKind.DEMONYM && m.entity().type().isActor() && !m.entity().equals(first.entity()) ? m : null;
  }

  /**
   * Who is cited from token {@code at} on: "X", "South Korea's spy agency" (the agency, not its owner), "a
   * report by the Joint Chiefs of Staff", "data from X", "X's report"; null if no actor is named there.
   */
  private static Mention source(Sentence s, List<Mention> ms, int at) {
    for (int k = at; k < Math.min(s.size(), at + 7); k++) {
      Mention m = Mentions.startingAt(ms, k);
      if (m != null) {
        boolean possessor = m.last() < s.size() && Regexes.matches(s.token(m.last()).lower(), "[’']s");
        if (possessor && Mentions.startingAt(ms, m.last() + 1) != null) {
          continue; // "South Korea's spy agency": the agency
        }
        boolean linked = k == at || LINKS.contains(s.token(k - 1).lower()) || DETERMINERS.contains(s.token(k - 1).lower())
            || SOURCE_KINDS.contains(s.token(k - 1).lower()) // "according to blockchain analytics firm TRM Labs"
            || Regexes.matches(s.token(k - 1).lower(), "[’']s")
            || possessor || Documents.isDocument(s, m.last())
            || m.entity().type() == EntityType.PERSON && titleBetween(s, at, k); // "according to Rep. Park Sun-won"
        boolean unnamed = m.last() < s.size() && UnnamedSpeaker.UNNAMED.contains(s.token(m.last()).lower()); // "a JCS official"
        boolean adjective = m.kind() == MentionKind.DEMONYM; // "according to the South Korean military": nobody named
        return linked && !unnamed && !adjective && m.entity().type().isActor() ? m : null;
      }
      String w = s.token(k).lower();
      if (UnnamedSpeaker.UNNAMED.contains(w)) {
        return null; // "according to officials familiar with ..."
      }
      if (w.equals(",") || s.token(k).isVerb() && !Documents.DOCUMENTS.contains(s.token(k).lemma())) {
        return null;
      }
    }
    return null;
  }

  /** Whether the words from {@code from} to {@code to} (exclusive) are a title before a name: capitalised ("Rep.", "Defense Minister"). */
  private static boolean titleBetween(Sentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!s.token(k).isCapitalized() && !s.token(k).text().equals(".")) { // "Rep" "." as the tokenizer splits them
        return false;
      }
    }
    return to > from;
  }

  /** "Rep. Yu ... released the figures": who made a document public at the verb at {@code i}, if this is that. */
  private static Optional<Entity> madePublic(Sentence s, List<Mention> ms, int i) {
    if (!s.token(i).isVerb()) {
      return Optional.empty();
    }
    boolean publishing = PUBLISHING.contains(s.token(i).lemma()) || PUBLISHING_FORM.matcher(s.token(i).lower()).matches();
    if (!publishing) {
      return Optional.empty();
    }
    boolean document = false;
    for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
      document |= Documents.DOCUMENTS.contains(s.token(k).lemma());
    }
    Mention who = null;
    for (int k = ms.size() - 1; k >= 0 && who == null && document; k--) { // "Rep. Yu of the ..., a member of ..., released"
      if (ms.get(k).last() <= i && ms.get(k).entity().type() == EntityType.PERSON) {
        who = ms.get(k);
      }
    }
    if (who == null && document) {
      who = speakerBefore(s, ms, i);
    }
    return who == null ? Optional.empty() : Optional.of(who.entity());
  }

  /**
   * The subject of the sentence's first verb, if it is an actor and a verb stands between it and {@code before}: the
   * first name after the dateline ("KYIV, May 5 (Reuters) - Ukraine's military intelligence agency (HUR) has ...").
   */
  private static Mention sentenceSubject(Sentence s, List<Mention> ms, int before) {
    int start = 0;
    for (int k = 1; k < Math.min(before, 14); k++) {
      if (Regexes.matches(s.token(k).text(), "-|--|—|–") && s.token(k - 1).text().equals(")")) {
        start = k + 1; // after the dateline's dash
      }
    }
    Mention subject = Mentions.startingAt(ms, start);
    if (subject == null && start + 1 < s.size() && s.token(start).pos().equals("DET")) {
      subject = Mentions.startingAt(ms, start + 1);
    }
    while (subject != null && subject.last() + 1 < s.size() && (Regexes.matches(s.token(subject.last()).text(), "['’]s")
        && Mentions.startingAt(ms, subject.last() + 1) != null || Mentions.startingAt(ms, subject.last()) != null)) {
      // "Ukraine's military intelligence agency", "The U.S. State Department": the head, not its owner
      subject = Mentions.startingAt(ms, subject.last()) != null ? Mentions.startingAt(ms, subject.last())
          : Mentions.startingAt(ms, subject.last() + 1);
    }
    return subject != null && subject.entity().type().isActor() && verbBetween(s, subject.last(), before) ? subject : null;
  }

  /** "In a statement carried by the Korean Central News Agency, it said": the agency relays the words too. */
  private static Optional<Entity> carrier(Sentence s, List<Mention> ms, int verb) {
    for (int k = 1; k + 1 < verb; k++) {
      if (s.token(k).lower().equals("by") && CARRYING.contains(s.token(k - 1).lower())) {
        int at = k + 1; // "carried by the official Korean Central News Agency": the name after its article and adjectives
        while (at < verb && at - k <= 3 && Mentions.startingAt(ms, at) == null && !s.token(at).isCapitalized()
            && Regexes.matches(s.token(at).pos(), "DET|ADJ|NOUN")) {
          at++;
        }
        Mention m = Mentions.startingAt(ms, at);
        if (m != null && m.entity().type().isActor()) {
          return Optional.of(m.entity());
        }
      }
    }
    return Optional.empty();
  }

  /** "Seoul's National Intelligence Service": the speaker's noun phrase starts at its possessor. */
  private static int possessorStart(Sentence s, List<Mention> ms, Mention speaker) {
    // back over "South Korea's Defense Minister": capitalised title words, a possessive, its owner
    int first = speaker.first();
    int k = first - 1;
    while (k >= 0 && s.token(k).isCapitalized()) {
      Mention part = Mentions.endingAt(ms, k + 1);
      if (part != null && (!part.entity().type().isActor() || part.entity().type() == EntityType.PERSON)) {
        break;
      }
      k = part != null ? part.first() - 1 : k - 1; // "Treasury Under Secretary X": a body's name is a title word too
    }
    if (k >= 1 && Regexes.matches(s.token(k).lower(), "[’']s")) {
      Mention owner = Mentions.endingAt(ms, k);
      if (owner != null) {
        return owner.first();
      }
    }
    return k + 1 < first && k >= 0 && s.token(k).text().equals(",") ? k + 1 : first;
  }

  /** Whether "that" or a quotation mark follows {@code k} in the sentence ("citing the NIS, that ..."). */
  private static boolean thatAfter(Sentence s, int k) {
    for (int j = k + 1; j < s.size(); j++) {
      if (s.token(j).lower().equals("that") || QUOTES.contains(s.token(j).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "on Wednesday." / "last week." after the verb: the content stands before it. */
  private static boolean endsWithTimePhrase(Sentence s, int from) {
    for (int i = from; i < s.size(); i++) {
      String w = s.token(i).lower();
      if (i <= from + 2 && CLAIM_NOUNS.contains(w)) {
        return false; // "rejected the accusations as groundless": what is rejected, not a time
      }
      if (QUOTES.contains(w) || w.equals("that") || w.equals(":") || i == from && (s.token(i).pos().equals("VERB") || w.endsWith("ing"))) {
        return false; // "denied purchasing weapons from X": a verb right after it (even one tagged otherwise) is what is said
      }
      if (s.token(i).pos().equals("VERB") && i > from && !w.endsWith("ing")) { // not "quoted X as saying", ", citing the JCS"
        return false; // "The NIS said Russia shipped missiles.": a short clause of its own, not a time
      }
      if (i > from + 1 && i - from <= 4 && s.token(i - 1).text().equals(",") && Regexes.matches(w, "citing|quoting")
          && !thatAfter(s, i)) {
        return true; // "..., a lawmaker said Wednesday, citing the spy agency.": a time, then whom the speaker cites
      }
    }
    return s.size() - from <= 5;
  }

  /**
   * Where "could not", "cannot", "was unable to", "has not been able to" starts before a verb of confirming
   * ("confirm", "verify") at {@code verb}, or where "(had) seen no evidence" starts; -1 if none. "Did not confirm"
   * only declines to say: not this.
   */
  private static int unableTo(Sentence s, int verb) {
    if (verb + 2 < s.size() && Regexes.matches(s.token(verb).lemma(), "see|find|detect|have") && s.token(verb + 1).lower().equals("no")
        && Regexes.matches(s.token(verb + 2).lower(), "evidence|sign|signs|indication|indications|proof|information|intelligence")) {
      // "he had seen no evidence that ...", "it had no information suggesting that ...": the speaker doubts what
      // follows, as with "could not confirm"
      int k = verb;
      while (k > 0 && Regexes.matches(s.token(k - 1).lower(), "had|has|have|'d|’d")) {
        k--;
      }
      return k;
    }
    if (!Regexes.matches(s.token(verb).lemma(), "confirm|verify")) {
      return -1;
    }
    String before = s.textOf(Math.max(0, verb - 4), verb).toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = Regexes.pattern("(?:^|\\s)((?:(?:could|can)\\s*(?:not|n't)|cannot|(?:was|were|is|are|has been|have been) unable to"
        + "|(?:has|have) not been able to)(?:\\s+(?:immediately|independently|yet))?)$").matcher(before);
    if (!m.find()) {
      return -1;
    }
    int phraseBegin = s.token(Math.max(0, verb - 4)).begin() + m.start(1);
    int k = verb;
    while (k > 0 && s.token(k - 1).begin() >= phraseBegin) {
      k--;
    }
    return k;
  }

  private static final ImmutableSet<String> WEEKDAYS = ImmutableSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  private static boolean verbBetween(Sentence s, int from, int to) {
    for (int j = from; j < to; j++) {
      if (s.token(j).isVerb()) {
        return true;
      }
    }
    return false;
  }

  private static Mention speakerBefore(Sentence s, List<Mention> ms, int v) {
    if (v > 1 && s.token(v).lower().equals("saying") && s.token(v - 1).text().equals(",")) {
      return sentenceSubject(s, ms, v - 1); // "The HUR issued a statement, saying that ...": the sentence's subject says it
    }
    int k = v - 1;
    for (int phrase; k >= 0; k -= Math.max(1, phrase)) {
      phrase = timePhraseEndingAt(s, k);
      boolean floating = FLOATING.contains(s.token(k).lower()) && k > 0 && !s.token(k - 1).lemma().equals("be");
      if (phrase == 0 && !ADVERBS.contains(s.token(k).lower()) && !s.token(k).pos().equals("ADV") && !floating) {
        break;
      }
    }
    if (k >= 2 && s.token(k).text().equals(")") && s.token(k - 2).text().equals("(")) {
      Mention acronym = Mentions.startingAt(ms, k - 1);
      if (acronym != null && acronym.last() == k && acronym.entity().type().isActor() && Mentions.endingAt(ms, k - 2) == null) {
        return acronym; // "Ukraine's military intellegence agency (HUR) claimed": the name in brackets, when the words before are none
      }
      k -= 3; // "the National Intelligence Service (NIS) reported"
    }
    if (k >= 1 && s.token(k - 1).lower().equals("on") && WEEKDAYS.contains(s.token(k).lower())) {
      k -= 2; // "Kremlin spokesman Dmitry Peskov on Friday called the accusations "groundless""
      while (k >= 0 && (ADVERBS.contains(s.token(k).lower()) || s.token(k).pos().equals("ADV"))) {
        k--;
      }
    }
    if (k < 0) {
      return null;
    }
    if (k >= 2 && Regexes.matches(s.token(k).lower(), "which|who") && s.token(k - 1).text().equals(",")) {
      // "blacklisted by OFAC, which said it had carried ...": the body the relative clause hangs on speaks
      int end = k - 1;
      if (end >= 3 && s.token(end - 1).text().equals(")") && s.token(end - 3).text().equals("(")) {
        end -= 3; // "the Office of Foreign Assets Control (OFAC), which said"
      }
      Mention head = Mentions.endingAt(ms, end);
      int of = head == null ? -1 : head.first() > 0 && s.token(head.first() - 1).lower().equals("the") ? head.first() - 2 : head.first() - 1;
      Mention person = of > 0 && s.token(of).lower().equals("of") ? Mentions.endingAt(ms, of) : null;
      int comma = of - 1;
      while (person == null && of > 0 && s.token(of).lower().equals("of") && comma > 0 && comma >= of - 4
          && Regexes.matches(s.token(comma).pos(), "DET|ADJ|NOUN") && !s.token(comma).isCapitalized()) {
        comma--; // "Roman Kostenko, a member of the Rada's committee, who cited ...": the person the apposition describes
      }
      if (person == null && comma > 0 && comma < of - 1 && s.token(comma).text().equals(",")) {
        person = Mentions.endingAt(ms, comma);
      }
      if (person != null && person.entity().type() == EntityType.PERSON && head.entity().type() != EntityType.PERSON) {
        return person; // "Rep. Yu Yong-weon of the People Power Party, who cited ...": the lawmaker, not his party
      }
      return head != null && head.entity().type().isActor() ? head : null;
    }
    if (Regexes.matches(s.token(k).lower(), "and|but")) {
      // "Russia's embassy in Washington called the designations "illegitimate" and said ...": the subject of the
      // sentence's first verb speaks for the second (after the dateline: "TOKYO, May 9 (AP) — Japan's ...")
      int start = Clause.datelineEnd(s);
      start += start < s.size() && s.token(start).lower().equals("the") ? 1 : 0; // "The Russian Foreign Ministry dismissed ..."
      Mention subject = Mentions.startingAt(ms, start);
      while (subject != null && subject.last() + 1 < s.size() && Regexes.matches(s.token(subject.last()).text(), "['’]s")
          && Mentions.startingAt(ms, subject.last() + 1) != null) {
        subject = Mentions.startingAt(ms, subject.last() + 1); // "South Korea's National Intelligence Service": the service
      }
      return subject != null && subject.entity().type().isActor() && verbBetween(s, subject.last(), k) ? subject : null;
    }
    if (Documents.DOCUMENTS.contains(s.token(k).lemma()) && s.token(k).pos().equals("NOUN")) {
      // "The JCS report said", "the NIS's assessment found": whose document speaks
      Mention owner = Mentions.endingAt(ms, k);
      if (owner == null && k >= 1 && Regexes.matches(s.token(k - 1).lower(), "[’']s")) {
        owner = Mentions.endingAt(ms, k - 1);
      }
      // "South Korean estimates show": a demonym says whose country, not who made the document
      return owner != null && owner.entity().type().isActor() && owner.kind() != MentionKind.DEMONYM ? owner : null;
    }
    if (s.token(k).text().equals(",")) {
      Mention named = Mentions.endingAt(ms, k);
      if (named != null && named.entity().type() == EntityType.PERSON && named.first() > 0
          && s.token(named.first() - 1).text().equals(",")) {
        return named; // "Russia's ambassador to the UN, Vassily Nebenzia, dismissed": the name set off by commas
      }
      if (named != null && named.entity().type() == EntityType.PERSON && titledAfterComma(s, named.first())) {
        return named; // "Japan's top government spokesman, Chief Cabinet Secretary Minoru Kihara, said": title and name
      }
      if (named != null && named.entity().type().isActor() && named.first() > 2 && s.token(named.first() - 1).lower().equals("as")
          && Regexes.matches(s.token(named.first() - 2).lower(), "known|called")) {
        return named; // "Ukraine's military intelligence agency, known as HUR, said": the name the apposition gives
      }
      // "Youn, the party's vice chairperson on the committee, said": skip the apposition
      for (int j = k - 1; j >= Math.max(0, k - 30); j--) {
        if (s.token(j).text().equals(",") && listComma(s, ms, j)) {
          continue; // "The team, set up by the U.S., South Korea, Japan and eight other countries ..., said": a list inside
        }
        if (s.token(j).text().equals(",")) {
          if (j > 0 && Documents.DOCUMENTS.contains(s.token(j - 1).lemma()) && s.token(j - 1).pos().equals("NOUN")) {
            return authorIn(s, ms, j, k); // "The findings, released by the MSMT on Tuesday, showed"
          }
          // "Rep. Park of the Democratic Party (DP), who sits on the committee, told": the name before the brackets
          int end = j >= 3 && s.token(j - 1).text().equals(")") && s.token(j - 3).text().equals("(") ? j - 3 : j;
          Mention m = Mentions.endingAt(ms, end);
          Mention member = m == null ? null : memberBefore(s, ms, m); // "Rep. Lee of the ruling People Power Party, who ..."
          return member != null ? member : m != null && m.entity().type().isActor() ? m : null;
        }
      }
      return null;
    }
    Mention m = Mentions.endingAt(ms, k + 1);
    if (m == null) {
      m = outletBefore(s, ms, k); // "Russia's TASS news agency reported"
    }
    if (m == null && k >= 1 && Regexes.matches(s.token(k).lower(), "government|administration|authorities")) {
      Mention state = Mentions.endingAt(ms, k);
      if (state != null && state.kind() == MentionKind.DEMONYM && state.entity().type() == EntityType.COUNTRY) {
        return state; // "The Japanese government said": the state
      }
    }
    Mention member = m == null ? null : memberBefore(s, ms, m); // "Rep. Kim of the Democratic Party told reporters"
    if (member == null && m != null && headOf(s, ms, m)) {
      return null; // "the head of Ukraine's military intelligence said": a person speaks, not the agency
    }
    return member != null ? member : m != null && m.entity().type().isActor() ? m : null;
  }

  /** Whether the comma at {@code j} stands between two names of a list ("by the U.S., South Korea, Japan and ..."). */
  private static boolean listComma(Sentence s, List<Mention> ms, int j) {
    Mention before = Mentions.endingAt(ms, j);
    Mention after = Mentions.startingAt(ms, j + 1);
    if (before == null || after == null) {
      return false;
    }
    int k = before.first() - 1;
    k -= k >= 0 && s.token(k).lower().equals("the") ? 1 : 0;
    return k > 0 && (s.token(k).text().equals(",") || Regexes.matches(s.token(k).lower(), "by|of|from|and|with"));
  }

  /** The actor after "by" between two tokens: who released or compiled a document ("released by the MSMT"). */
  private static Mention authorIn(Sentence s, List<Mention> ms, int from, int to) {
    for (Mention m : ms) {
      int by = m.first() > 0 && s.token(m.first() - 1).lower().equals("the") ? m.first() - 2 : m.first() - 1;
      if (m.first() > from && m.last() <= to && by > from && s.token(by).lower().equals("by") && m.entity().type().isActor()) {
        return m;
      }
    }
    return null;
  }

  /**
   * "Pyongyang's supply of shells to Moscow has been documented by Seoul, Washington and Kyiv", "the shipments were
   * confirmed by the JCS": a passive reporting verb's "by" names who says the words before it (each of a list).
   */
  private static Optional<List<Attribution>> passiveBy(Sentence s, List<Mention> ms, int v, Status status) {
    int be = v - 1;
    while (be > 0 && s.token(be).pos().equals("ADV")) {
      be--;
    }
    if (be < 1 || !s.token(be).lemma().equals("be") || v + 2 >= s.size() || !s.token(v + 1).lower().equals("by")) {
      return Optional.empty();
    }
    int at = s.token(v + 2).lower().equals("the") ? v + 3 : v + 2;
    Mention first = Mentions.startingAt(ms, at);
    if (first == null || !first.entity().type().isActor()) {
      return Optional.empty();
    }
    int start = be;
    while (start > 0 && s.token(start - 1).pos().equals("AUX")) {
      start--; // "has been documented"
    }
    int from = 0;
    for (int k = start - 1; k > 0; k--) {
      if (s.token(k).text().equals(",") || s.token(k).text().equals("--") || s.token(k).text().equals("-")) {
        from = k + 1; // a dateline or an introductory phrase before the clause
        break;
      }
    }
    if (start - from < 2) {
      return Optional.empty();
    }
    List<Attribution> out = new ArrayList<>();
    Attribution main = new Attribution(from, start, Optional.of(first.entity()), status, s.token(v).text(), v);
    out.add(main);
    Mention m = first;
    while (m.last() + 1 < s.size() && Regexes.matches(s.token(m.last()).lower(), ",|and")) { // "by Seoul, Washington and Kyiv"
      int next = m.last() + 1 < s.size() && s.token(m.last() + 1).lower().equals("and") ? m.last() + 2 : m.last() + 1;
      Mention other = Mentions.startingAt(ms, next);
      if (other == null || !other.entity().type().isActor() || other.entity().equals(first.entity())) {
        break;
      }
      out.add(main.alsoBy(other.entity()));
      m = other;
    }
    return Optional.of(out);
  }

  /**
   * '"...," Kihara said, adding that ...': a participle after a comma goes on with the speaker of the reporting verb
   * before it, not with a name at the end of the quoted words ("in cooperation with the United States and South Korea,").
   */
  private static void continuedBySameSpeaker(Sentence s, List<Attribution> out) {
    List<Attribution> before = List.copyOf(out);
    for (Attribution a : before) {
      int v = a.verbAt();
      if (v < 2 || !s.token(v - 1).text().equals(",") || !TELLING.contains(s.token(v).lower()) || a.speaker().isEmpty()) {
        continue;
      }
      Optional<Attribution> previous = before.stream().filter(b -> b.verbAt() < v - 1 && b.verbAt() >= v - 4 && b.speaker().isPresent()
          && !TELLING.contains(s.token(b.verbAt()).lower())).reduce((x, y) -> y);
      if (previous.isPresent() && !previous.get().speaker().equals(a.speaker())) {
        out.removeIf(x -> x.verbAt() == v);
        out.add(new Attribution(a.from(), a.to(), previous.get().speaker(), a.status(), a.verb(), v));
      } else if (previous.isEmpty() && saidJustBefore(s, v)) {
        // '"...," the spokesperson said, adding that ...': the unnamed speaker goes on; nobody named says it
        out.removeIf(x -> x.verbAt() == v);
        out.add(new Attribution(a.from(), a.to(), Optional.empty(), Status.REPORTED.and(a.status()), a.verb(), v));
      }
    }
  }

  private static final Set<String> TELLING = Set.of("telling", "saying", "adding", "insisting", "stressing", "noting");

  /** A verb of saying a few words before the comma at {@code v - 1} ("the spokesperson said, adding"). */
  private static boolean saidJustBefore(Sentence s, int v) {
    for (int k = v - 2; k >= Math.max(0, v - 4); k--) {
      if (s.token(k).isVerb() && Regexes.matches(s.token(k).lemma(), "say|tell|add|state|write")) {
        return true;
      }
    }
    return false;
  }

  /** Where ", telling reporters that ..." (or ", saying ...") starts inside a denial's words: the participle; -1 if nowhere. */
  private static int tellingAfter(Sentence s, int from, int to) {
    for (int k = from + 1; k + 1 < to; k++) {
      boolean comma = s.token(k - 1).text().equals(",") // "..., telling", '... as "another fabrication," telling'
          || k >= 2 && Regexes.matches(s.token(k - 1).text(), "[\"”’']") && s.token(k - 2).text().equals(",");
      if (comma && TELLING.contains(s.token(k).lower())) {
        return k;
      }
    }
    return -1;
  }

  /** What a news outlet's name may be followed by before it speaks ("TASS news agency", "the Asahi newspaper"). */
  private static final Set<String> OUTLET_NOUNS = Set.of("news", "agency", "broadcaster", "newspaper", "daily", "outlet",
      "television", "tv", "channel", "network", "wire");

  /** "Russia's TASS news agency reported": the outlet named before the words that say what it is. */
  private static Mention outletBefore(Sentence s, List<Mention> ms, int k) {
    int j = k;
    while (j > 0 && j > k - 2 && OUTLET_NOUNS.contains(s.token(j).lower())) {
      j--;
    }
    Mention named = j < k ? Mentions.endingAt(ms, j + 1) : null;
    if (named != null && named.entity().type() == EntityType.NEWS_ORGANIZATION) {
      return named;
    }
    // "Ukraine's SBU security service said", "the HUR military intelligence agency said": an agency's name, then what it is
    j = k;
    while (j > 0 && j > k - 3 && AGENCY_WORDS.contains(s.token(j).lower())) {
      j--;
    }
    named = j < k ? Mentions.endingAt(ms, j + 1) : null;
    return named != null && named.kind() == MentionKind.NAME && named.entity().type() == EntityType.GOVERNMENT_AGENCY ? named : null;
  }

  /** What an agency is, after its name: "SBU security service", "HUR military intelligence agency". */
  private static final Set<String> AGENCY_WORDS = Set.of("security", "service", "intelligence", "military",
      "agency", "spy", "counterintelligence", "directorate");

  /** Whether the organisation's name follows "the head of" ("the chief of", "the director of"), a possessor aside. */
  private static boolean headOf(Sentence s, List<Mention> ms, Mention org) {
    if (org.entity().type() == EntityType.PERSON || org.entity().type() == EntityType.COUNTRY) {
      return false;
    }
    int k = org.first() - 1;
    if (k >= 1 && Regexes.matches(s.token(k).lower(), "[’']s")) {
      Mention possessor = Mentions.endingAt(ms, k);
      k = possessor == null ? -1 : possessor.first() - 1;
    }
    if (k >= 1 && s.token(k).lower().equals("the")) {
      k--;
    }
    return k >= 2 && s.token(k).lower().equals("of") && Cataphora.LEADING_HEADS.contains(s.token(k - 1).lower())
        && Regexes.matches(s.token(k - 2).lower(), "the|its|their");
  }

  /**
   * The length of a time phrase between a speaker and the verb that ends at token {@code k} ("Pyongyang has in the
   * past denied", "Zakharova last week rejected", "earlier this month"); 0 if none.
   */
  static int timePhraseEndingAt(Sentence s, int k) {
    String w = s.token(k).lower();
    String w1 = k >= 1 ? s.token(k - 1).lower() : "";
    String w2 = k >= 2 ? s.token(k - 2).lower() : "";
    if (w.equals("past") && w1.equals("the") && w2.equals("in")) {
      return 3;
    }
    boolean unit = Regexes.matches(w, "week|month|year|weekend");
    if (unit && Regexes.matches(w1, "this|last") && w2.equals("earlier")) {
      return 3;
    }
    if (unit && w1.equals("last")) {
      return 2;
    }
    return Regexes.matches(w, "days|weeks|months|years") && w1.equals("recent") && w2.equals("in") ? 3 : 0; // "in recent weeks"
  }

  /** Only capitalised words (a title) between a comma and token {@code first}: ", Chief Cabinet Secretary X". */
  private static boolean titledAfterComma(Sentence s, int first) {
    int k = first - 1;
    while (k > 0 && s.token(k).isCapitalized() && first - k <= 5) {
      k--;
    }
    return k < first - 1 && k >= 0 && s.token(k).text().equals(",");
  }

  /** The person an "of the (ruling) X Party" phrase belongs to, if one stands right before it. */
  private static Mention memberBefore(Sentence s, List<Mention> ms, Mention org) {
    int k = org.first() - 1;
    while (k > 0 && !s.token(k).lower().equals("of") && org.first() - k <= 3 && !s.token(k).isCapitalized()) {
      k--;
    }
    if (k < 1 || !s.token(k).lower().equals("of")) {
      return null;
    }
    Mention person = Mentions.endingAt(ms, k);
    return person != null && person.entity().type() == EntityType.PERSON ? person : null;
  }

}
