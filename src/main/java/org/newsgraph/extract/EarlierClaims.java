package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;

/**
 * Words that deny or acknowledge what the article reported before without restating it: "Moscow and Pyongyang
 * have denied any arms dealings", "the embassy rejected the accusations", "Both Moscow and Pyongyang acknowledged
 * the deployment". The noun after the verb ({@code referring-nouns.tsv}) says which earlier statements are meant;
 * a denial with no such noun takes every earlier statement about the one denying, an acknowledgment takes none; a
 * denial of a verb phrase ("denied carrying out cyberattacks") names what it denies, and is generic when no frame
 * read a triple in it.
 */
final class EarlierClaims {
  private static final ImmutableSet<String> ACKNOWLEDGING = ImmutableSet.of("acknowledge", "confirm", "admit");
  private static final ImmutableMap<String, ImmutableSet<String>> NOUNS = load();
  /** A claim's nouns that name one statement someone made ("the claim"), not a document ("the report"). */
  private static final ImmutableSet<String> ONE_CLAIM = ImmutableSet.of("claim", "allegation", "accusation", "assertion");
  /** The rule name's end of the claims made here: another speaker's denial in the sentence is not its words. */
  private static final String OF_EARLIER = ".of-earlier";
  private static final ImmutableSet<String> THIS = ImmutableSet.of("the", "this", "that");
  private static final ImmutableSet<String> THESE = ImmutableSet.of("these", "those");

  private EarlierClaims() {}

  private static ImmutableMap<String, ImmutableSet<String>> load() {
    ImmutableMap.Builder<String, ImmutableSet<String>> b = ImmutableMap.builder();
    for (var e : Lexicon.load("/org/newsgraph/extract/referring-nouns.tsv", true).entrySet()) {
      // "*": every statement; "-": none ("rejected the sanctions" denies no statement), a set no relation is in
      b.put(e.getKey(), e.getValue().equals("*") ? ImmutableSet.of() : ImmutableSet.copyOf(e.getValue().split(",")));
    }
    return b.buildKeepingLast();
  }

  /** Adds the claims that the sentence's attributions make about earlier statements. */
  static void add(Sentence s, List<Claim> claims, int firstOfSentence, List<Attribution> attributions,
      java.util.function.Function<Entity, Set<Entity>> represents, int leadSentence) {
    for (Attribution a : attributions) {
      boolean denial = a.status().ordinal() >= Status.DISPUTED.ordinal();
      // "the JCS said it detected the launch": who watched the event reports it
      // (a person who "observed" or "watched" a launch attended it: not a report)
      int observed = a.status() == Status.ASSERTED && a.speaker().map(e -> e.type() != EntityType.PERSON).orElse(false)
          ? observing(s, a) : -1;
      boolean acknowledgment = a.status() == Status.ASSERTED && (ACKNOWLEDGING.contains(s.token(a.verbAt()).lemma()) || observed >= 0);
      if (a.speaker().isEmpty() || !denial && !acknowledgment || a.verb().equals(Attributor.DOUBTED_CLAIM)
          || observed < 0 && saysItself(s, claims, firstOfSentence, a) || observed >= 0 && framedWithin(claims, firstOfSentence, a, s)) {
        continue;
      }
      if (denial && a.verbAt() + 1 < s.size() && s.token(a.verbAt() + 1).pos().equals("VERB")) {
        continue; // "has repeatedly denied carrying out cyberattacks": its own words, and no frame read a triple in them
      }
      Optional<Set<String>> referred = referredRelations(s, observed >= 0 ? observed : a.verbAt());
      if (acknowledgment && referred.isEmpty()) {
        continue; // "confirmed the figures": nothing to say which statements
      }
      Entity speaker = a.speaker().get();
      Set<Entity> parties = new HashSet<>(represents.apply(speaker)); // an envoy denies for the state that sent them
      parties.add(speaker);
      Set<Statement> seen = new HashSet<>();
      // "rejected the accusations", "dismissed the report": what the headline and lead report (ANNOTATION.md)
      // "dismissed the claim as a lie": one claim, the last statement reported before (a report stays the article's subject)
      int nearest = denial && oneClaimReferred(s, a.verbAt()) ? lastClaimedSentence(claims, firstOfSentence, speaker) : -1;
      // "..., the United States and South Korea told the council, as Moscow and Pyongyang dismissed a new report as a
      // fabrication": in the lead itself, what the sentence reported before the denial
      int verbBegin = s.token(a.verbAt()).begin();
      int upTo = s.index() == leadSentence ? claims.size() : firstOfSentence;
      boolean blanket = nearest < 0 && referred.map(Set::isEmpty).orElse(false) && leadAttributed(claims, upTo, leadSentence);
      for (int i = 0; i < upTo; i++) {
        Claim c = claims.get(i);
        if (c.statements().isEmpty() || ArticleExtractor.isNounPhraseRule(c) || c.status() == Status.DENIED) {
          continue;
        }
        if (i >= firstOfSentence && (c.quoteEnd() > verbBegin || c.claimant().equals(Optional.of(speaker)) || c.claimant().isEmpty())) {
          continue;
        }
        if (blanket && c.sentence() > leadSentence || nearest >= 0 && c.sentence() != nearest) {
          continue;
        }
        List<Statement> about = c.statements().stream()
            .filter(st -> !ArticleExtractor.standing(st)) // who someone is is background, never what is denied
            .filter(st -> blanket || nearest >= 0 || observed >= 0 || parties.contains(st.subject()) || parties.contains(st.object()))
            .filter(st -> referred.map(r -> r.isEmpty() || r.contains(st.relation())).orElse(true))
            .filter(seen::add).toList();
        if (!about.isEmpty()) {
          claims.add(new Claim((denial ? "denial" : "acknowledgment") + OF_EARLIER, 0.6, s.index(), s.begin(), s.end(),
              ImmutableList.copyOf(about), Optional.empty(), Optional.of(speaker), Optional.empty(), a.status(),
              ImmutableList.of(a.verb()), Optional.empty()));
        }
      }
    }
  }

  /**
   * "dismissed the claim", "rejected this allegation", "called those claims a fabrication": the claim just reported
   * (not "the accusations", not "the report": those are the lead's).
   */
  private static boolean oneClaimReferred(Sentence s, int verb) {
    for (int k = verb + 1; k < Math.min(s.size(), verb + 4); k++) {
      if (ONE_CLAIM.contains(s.token(k).lower())) {
        return THIS.contains(s.token(k - 1).lower());
      }
      if (ONE_CLAIM.contains(s.token(k).lower().replaceFirst("s$", ""))) {
        return THESE.contains(s.token(k - 1).lower()); // "called those claims 'a crude fabrication'": the ones just reported
      }
    }
    return false;
  }

  /** The last sentence before claim {@code before} with a statement {@code speaker} does not make; -1 if none. */
  private static int lastClaimedSentence(List<Claim> claims, int before, Entity speaker) {
    int last = -1;
    for (int i = 0; i < before; i++) {
      Claim c = claims.get(i);
      if (!c.statements().isEmpty() && !ArticleExtractor.isNounPhraseRule(c) && c.status() != Status.DENIED
          && !c.claimant().equals(Optional.of(speaker))) {
        last = Math.max(last, c.sentence());
      }
    }
    return last;
  }

  private static boolean leadAttributed(List<Claim> claims, int before, int leadSentence) {
    for (int i = 0; i < before; i++) {
      Claim c = claims.get(i);
      if (c.sentence() <= leadSentence && !c.statements().isEmpty() && !ArticleExtractor.isNounPhraseRule(c)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of watching an event happen: "detected the launch", "tracked the missile", "observed the test-fire". */
  private static final ImmutableSet<String> OBSERVING = ImmutableSet.of("detect", "observe", "track", "spot", "monitor", "watch");

  /** The observing verb inside the attributed words, followed by what it saw ("detected the launch"); -1 if none. */
  private static int observing(Sentence s, Attribution a) {
    for (int k = Math.min(a.verbAt(), a.from()); k < Math.min(a.to(), s.size()); k++) { // "The JCS detected the launch"
      if (OBSERVING.contains(s.token(k).lemma()) && s.token(k).isVerb()) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a frame of this sentence stands inside the attributed words (then they say something of their own). */
  private static boolean framedWithin(List<Claim> claims, int firstOfSentence, Attribution a, Sentence s) {
    for (int i = firstOfSentence; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (!c.statements().isEmpty() && !ArticleExtractor.isNounPhraseRule(c) && ArticleExtractor.coversChar(s, a, c.quoteBegin() - s.begin())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words attributed say something of their own ("denied that ...", or a frame in their range). */
  private static boolean saysItself(Sentence s, List<Claim> claims, int firstOfSentence, Attribution a) {
    if (a.verbAt() + 1 < s.size() && s.token(a.verbAt() + 1).lower().equals("that")) {
      return true;
    }
    for (int i = firstOfSentence; i < claims.size(); i++) {
      Claim c = claims.get(i);
      if (!c.statements().isEmpty() && !ArticleExtractor.isNounPhraseRule(c) && !c.rule().endsWith(OF_EARLIER)
          && (c.claimant().equals(a.speaker()) && c.status() == a.status() // not what the speaker asserts beside the denial
              || ArticleExtractor.coversChar(s, a, c.quoteBegin() - s.begin()))) {
        return true;
      }
    }
    return false;
  }

  /** The relations the noun after the verb refers to: empty set for all, absent when no referring noun follows. */
  private static Optional<Set<String>> referredRelations(Sentence s, int verb) {
    for (int k = verb + 1; k < Math.min(s.size(), verb + 6); k++) {
      ImmutableSet<String> r = NOUNS.get(s.token(k).lower());
      // "a new sanctions report": the report (a noun that names no statement only modifies the next)
      boolean modifier = r != null && r.contains("-") && k + 1 < s.size() && NOUNS.containsKey(s.token(k + 1).lower());
      if (r != null && !modifier) {
        // "the claims of assistance": what the claims are about, when the noun after "of" says it
        ImmutableSet<String> about = r.isEmpty() && k + 2 < s.size() && s.token(k + 1).lower().equals("of")
            ? NOUNS.get(s.token(k + 2).lower()) : null;
        return Optional.of(about != null && !about.isEmpty() && !about.contains("-") ? about : r);
      }
      if (Regexes.matches(s.token(k).text(), "[,.;]")) {
        break;
      }
    }
    return Optional.empty();
  }
}
