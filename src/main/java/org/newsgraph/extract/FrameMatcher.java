package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Fires the rules on one sentence: finds triggers, then fills each role with the first finder that finds
 * mentions of an accepted type. A frame needs at least two filled roles, or one role and an event class.
 */
final class FrameMatcher {



  private static final ImmutableSet<String> VEHICLES = ImmutableSet.of("vessels", "vessel", "ships", "freighters", "freighter",
      "tankers", "tanker", "trains", "trucks", "aircraft", "planes", "convoys");

  private final RuleSet rules;
  private final SlotFinders finders;
  /** The rules each token can trigger, by its lemma or lower-cased form: a token that is no rule's trigger word triggers nothing. */
  private final TriggerIndex triggers;

  FrameMatcher(RuleSet rules, java.util.Collection<String> reportingLemmas, Gazetteer gazetteer) {
    this.rules = rules;
    this.finders = new SlotFinders(reportingLemmas, gazetteer);
    this.triggers = new TriggerIndex(rules.rules().stream()
        .map(r -> r.triggers().stream().map(Rule.Trigger::lemma).collect(ImmutableSet.toImmutableSet()))
        .collect(ImmutableList.toImmutableList()));
  }

  /**
   * The frames of sentence {@code s}. {@code before}: the sentence before it, or null; "they" and "them" may stand
   * for its nouns ("About 3,000 soldiers were sent ... . Most of them were flown to ...": a trigger that needs
   * "soldiers" nearby finds them there).
   */
  ImmutableList<Frame> match(Sentence s, List<Mention> mentions, Map<String, Entity> lastAgentByClass,
      java.util.function.Function<Mention, java.util.Optional<Entity>> partnerOf, Sentence before) {
    List<Frame> frames = new ArrayList<>();
    // rule by rule, token by token, as frames and lastAgentByClass are read and written in that order
    for (long hit : triggers.hits(s)) {
      Rule rule = rules.rules().get(TriggerIndex.rule(hit));
      int i = TriggerIndex.token(hit);
      int end = triggerEnd(rule, s, i, before);
      if (end < 0 || insideName(mentions, i) || prevented(rule, s, i) || peopleSent(rule, s, i) || mereReference(rule, s, i)) {
        continue;
      }
      boolean anaphoric = rule.pos() != 'V' && i > 0 && s.token(i - 1).lower().equals("the")
          && rule.eventClass().map(lastAgentByClass::containsKey).orElse(false);
      ImmutableListMultimap.Builder<String, Mention> roles = ImmutableListMultimap.builder();
      boolean noAgent = false;
      for (Rule.Slot slot : rule.slots()) {
        boolean none = true;
        for (String finder : slot.finders()) {
          List<Mention> found = finders.find(finder, slot.types(), s, mentions, i, end, rule, lastAgentByClass, frames);
          if (!found.isEmpty()) {
            roles.putAll(slot.role(), found);
            none = false;
            break;
          }
        }
        if (none && slot.role().equals("agent") && !anaphoric) {
          noAgent = true; // dropped below whatever the other slots find: no need to look for them
          break;
        }
      }
      if (noAgent) {
        continue; // a transfer nobody is said to make states nothing about its sender
      }
      ImmutableListMultimap<String, Mention> filled = withPartner(rule, notToItself(rule, roles.build(), s, mentions, end), s, i,
          partnerOf);
      long stated = filled.values().stream().filter(m -> m.last() > m.first()).count();
      if (rule.eventClass().map("Attack"::equals).orElse(false) && rule.slot("target").isPresent() && filled.get("target").isEmpty()) {
        continue; // "fired missiles into the sea": an attack names what it strikes
      }
      if (inheritedOnly(filled) && rule.eventClass().map("Transfer"::equals).orElse(false) && filled.get("item").isEmpty()
          && !mentionsGoods(s, 0, s.size())) {
        continue; // "one of them asked to be sent to South Korea": no goods, so no earlier sender's transfer
      }
      boolean onlyAgentSlot = rule.slots().size() == 1;
      boolean beyondAgent = filled.keySet().stream().anyMatch(r -> !r.equals("agent"));
      if (stated >= 1 && (beyondAgent || onlyAgentSlot) && (filled.keySet().size() >= 2 || rule.eventClass().isPresent()) || anaphoric) {
        frames.add(new Frame(rule, s.index(), i, end, filled));
      } else if (rule.pos() == 'V' && rule.eventClass().isPresent() && !filled.get("agent").isEmpty() && !inheritedOnly(filled)) {
        // "The Treasury sanctioned two companies": nothing named to relate, but who acted is who "were added" later
        lastAgentByClass.put(rule.eventClass().get(), filled.get("agent").get(0).entity());
      }
    }
    // a general reading of a trigger gives way to a specific one; readings that add to it (no event) stay
    // "received technical advice from Russia" is advice, not goods; "received air defense equipment and help" is both;
    // "had sent thousands of troops, about 200 artillery pieces and several million shells to Russia" is both
    frames.removeIf(f -> !specific(f) && f.rule().eventClass().isPresent() && !goodsAmongObjects(f, s)
        && frames.stream().anyMatch(g -> g.trigger() == f.trigger() && specific(g)));
    // "used North Korean missiles to strike Kyiv": a strike with a weapon is its use against the target, not a bare attack
    frames.removeIf(f -> yields(f, "attacks") && !f.roles().get("target").isEmpty() && frames.stream().anyMatch(g -> g != f
        && g.trigger() == f.trigger() && yields(g, "usesWeaponAgainst") && g.roles().get("target").equals(f.roles().get("target"))));
    // "was delivered to Nampo on at least 43 voyages", "brought wheat back on its return trips": the trips are how
    // the verb's transfer went, not a transfer of their own with a doer of their own
    frames.removeIf(f -> isTransfer(f) && onAdjunct(s, f.trigger())
        && frames.stream().anyMatch(g -> g != f && isTransfer(g) && g.trigger() < f.trigger() && s.token(g.trigger()).isVerb()));
    // "the soldiers were flown to Vladivostok ... and then taken west by train": with troops sent and no goods in the
    // sentence, a later transfer verb moves the same troops on
    boolean cargo = SlotFinders.cargoBetween(s, 0, s.size());
    frames.removeIf(f -> isTransfer(f) && f.roles().get("item").isEmpty() && !cargo
        && frames.stream().anyMatch(g -> g.rule().eventClass().map("Deployment"::equals).orElse(false) && g.trigger() < f.trigger()));
    // "referring to the missile by the name given to it by Pyongyang": a name given is no goods handed over
    frames.removeIf(f -> isTransfer(f) && f.trigger() > 0 && Regexes.matches(s.token(f.trigger() - 1).lower(), "names?|title|nickname|designation"));
    frames.sort(java.util.Comparator.comparingInt(Frame::trigger));
    return ImmutableList.copyOf(frames);
  }

  /** A word in -s that a preposition follows, tagged a verb: "missiles and drones at Kyiv" (a plural noun, no verb). */
  private static boolean pluralBeforePreposition(Sentence s, int k) {
    return k + 1 < s.size() && s.token(k).lower().endsWith("s") && !s.token(k).lower().endsWith("ss")
        && s.token(k + 1).pos().equals("ADP");
  }

  /** The closing comma of a name set off by commas after a noun (", the Malligyong-1,"), or -1. */
  private static int namingApposition(Sentence s, int comma) {
    if (comma + 2 >= s.size() || !Regexes.matches(s.token(comma + 1).lower(), "the|a|an") || !s.token(comma + 2).isCapitalized()) {
      return -1;
    }
    for (int k = comma + 2; k < Math.min(s.size(), comma + 7); k++) {
      if (s.token(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "had frozen USDT linked to the theft", "in the days after the hack": a definite event noun after such words
   * refers to the event met before; it is no new event, and the sentence's subject did not do it.
   */
  private static boolean mereReference(Rule rule, Sentence s, int i) {
    return rule.pos() == 'N' && i > 2 && s.token(i - 1).lower().equals("the")
        && (Regexes.matches(s.token(i - 2).lower(), "after|since|following|during")
            || s.token(i - 2).lower().equals("to") && Regexes.matches(s.token(i - 3).lower(), "linked|tied|connected|related|traced"));
  }

  /**
   * "accused of moving North Korean munitions to Russia and carrying Russian fuel back to North Korea": an agent the
   * verb shares with the one before it would send the goods to itself; the goods' demonym right after the verb is the
   * sender, and only the goods after the verb are its own.
   */
  private static ImmutableListMultimap<String, Mention> notToItself(Rule rule, ImmutableListMultimap<String, Mention> roles,
      Sentence s, List<Mention> mentions, int end) {
    if (roles.get("agent").isEmpty() || !rule.eventClass().map("Transfer"::equals).orElse(false)) {
      return roles;
    }
    Entity agent = roles.get("agent").get(0).entity();
    boolean toItself = roles.get("recipient").stream().anyMatch(m -> m.entity().equals(agent))
        || roles.get("destination").stream().anyMatch(m -> m.entity().equals(agent));
    if (!toItself) {
      return roles;
    }
    for (Mention m : mentions) {
      if (m.kind() == MentionKind.DEMONYM && m.first() >= end && m.first() <= end + 2 && !m.entity().equals(agent)
          && m.entity().type() == EntityType.COUNTRY && m.last() < s.size() && !s.token(m.last()).isCapitalized()) {
        ImmutableListMultimap.Builder<String, Mention> out = ImmutableListMultimap.builder();
        roles.entries().stream().filter(e -> !e.getKey().equals("agent"))
            .filter(e -> !e.getKey().equals("item") || e.getValue().first() >= end) // the first verb's goods are its own
            .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out.put("agent", m).build(); // the goods' demonym right after the verb: "carrying Russian fuel"
      }
    }
    return roles;
  }

  /**
   * A transfer whose objects include named goods: the first after the verb ("received air defense equipment and
   * help with ..."), or one in the list of objects, no verb between ("sent troops, artillery pieces and shells").
   */
  private static boolean goodsAmongObjects(Frame f, Sentence s) {
    return f.rule().eventClass().map("Transfer"::equals).orElse(false)
        && (f.roles().get("item").stream().anyMatch(m -> m.first() >= f.triggerEnd()
            && (m.first() - f.triggerEnd() <= 2 || noVerbBetween(s, f.triggerEnd(), m.first()))
            // "15,000 troops and millions of artillery shells have been sent to Russia": the passive's subject
            || passive(s, f.trigger()) && m.last() <= f.trigger() && f.trigger() - m.last() <= 4)
            || SlotFinders.cargoBetween(s, f.triggerEnd(), objectsEnd(s, f.triggerEnd()))); // "sent troops and munitions to"
  }

  /** Where the objects after a verb end: the first preposition, punctuation or verb. */
  private static int objectsEnd(Sentence s, int from) {
    int k = from;
    while (k < s.size() && !Regexes.matches(s.token(k).pos(), "ADP|PUNCT|VERB|AUX|SCONJ")) {
      k++;
    }
    return k;
  }

  private static boolean isTransfer(Frame f) {
    return f.rule().eventClass().map("Transfer"::equals).orElse(false);
  }

  /** A noun after "on" and its determiners, numbers and modifiers: "on at least 43 voyages", "on its return trips". */
  private static boolean onAdjunct(Sentence s, int noun) {
    if (!s.token(noun).pos().equals("NOUN")) {
      return false;
    }
    for (int k = noun - 1; k >= Math.max(0, noun - 5); k--) {
      Token t = s.token(k);
      if (t.lower().equals("on")) {
        return true;
      }
      if (!Regexes.matches(t.pos(), "DET|ADJ|NUM|PRON|NOUN") && !Regexes.matches(t.lower(), "at|least|more|than|some|about")) {
        return false;
      }
    }
    return false;
  }

  /** "Moscow's suspected transfer": a participle between a possessive and its noun. */
  private static boolean attributive(Sentence s, int from, int j) {
    return j > from && j + 1 < s.size() && s.token(j).lower().endsWith("ed") && s.token(j + 1).pos().equals("NOUN")
        && Regexes.matches(s.token(j - 1).text(), "['’]s");
  }

  static boolean noVerbBetween(Sentence s, int from, int to) {
    for (int j = from; j < to; j++) {
      String pos = s.token(j).pos();
      if ((pos.equals("VERB") || pos.equals("AUX")) && !attributive(s, from, j) || s.token(j).text().equals(";")) {
        return false;
      }
    }
    return true;
  }

  private static boolean inheritedOnly(ImmutableListMultimap<String, Mention> filled) {
    List<Mention> agents = filled.get("agent");
    return !agents.isEmpty() && agents.stream().allMatch(m -> m.last() == m.first());
  }

  private static boolean mentionsGoods(Sentence s, int from, int to) {
    if (SlotFinders.cargoBetween(s, from, to)) {
      return true;
    }
    for (int k = Math.max(0, from); k < Math.min(s.size(), to); k++) {
      if (VEHICLES.contains(s.token(k).lower())) { // "the vessels made repeated voyages between ...": transport is spoken of
        return true;
      }
    }
    return false;
  }

  /** "the two countries signed an agreement": a paired agent brings its partner (or a second agent) when the rule has none. */
  private static ImmutableListMultimap<String, Mention> withPartner(Rule rule, ImmutableListMultimap<String, Mention> filled,
      Sentence s, int trig, java.util.function.Function<Mention, java.util.Optional<Entity>> partnerOf) {
    java.util.Optional<Rule.Slot> partner = rule.slot("partner");
    if (partner.isEmpty() && filled.get("agent").size() == 1) {
      // "Both countries had breached the resolutions": without a partner role, each of the pair is an agent
      Mention agent = filled.get("agent").get(0);
      java.util.Optional<Entity> other = partnerOf.apply(agent);
      boolean fits = other.isPresent() && rule.slot("agent").map(a -> a.types().contains(other.get().type())).orElse(false);
      return fits ? ImmutableListMultimap.<String, Mention>builder().putAll(filled)
          .put("agent", SlotFinders.syntheticMention(s, trig, other.get())).build() : filled;
    }
    if (partner.isEmpty() || !filled.get("partner").isEmpty() || filled.get("agent").isEmpty()) {
      return filled;
    }
    if (filled.get("agent").size() >= 2) {
      Mention second = filled.get("agent").get(1); // "signed by Putin and Kim"
      ImmutableListMultimap.Builder<String, Mention> b = ImmutableListMultimap.builder();
      filled.entries().stream().filter(e -> !(e.getKey().equals("agent") && e.getValue() == second)).forEach(e -> b.put(e.getKey(), e.getValue()));
      return b.put("partner", second).build();
    }
    java.util.Optional<Entity> other = partnerOf.apply(filled.get("agent").get(0));
    if (other.isEmpty() || !partner.get().types().contains(other.get().type())) {
      return filled;
    }
    return ImmutableListMultimap.<String, Mention>builder().putAll(filled).put("partner", SlotFinders.syntheticMention(s, trig, other.get())).build();
  }

  /**
   * "the North Korean troops sent to fight", "the troops Pyongyang has sent to Russia": a verb whose object is a
   * personnel noun standing before it sends people, not goods.
   */
  private static boolean peopleSent(Rule rule, Sentence s, int i) {
    return rule.pos() == 'V' && rule.eventClass().map("Transfer"::equals).orElse(false)
        && objectBefore(s, i, SlotFinders.PERSONNEL);
  }

  /**
   * Whether one of {@code nouns} is the verb's object standing before it: right before ("troops sent") or before its
   * subject in a relative clause ("the troops [that] Pyongyang has sent"): up to four tokens back, with nothing between
   * but capitalised words, "that"/"which" and auxiliaries.
   */
  private static boolean objectBefore(Sentence s, int i, java.util.Set<String> nouns) {
    for (int j = i - 1; j >= Math.max(0, i - 7); j--) {
      Token t = s.token(j);
      if (nouns.contains(t.lower()) || nouns.contains(t.lemma())) {
        return true;
      }
      if (j > 0 && Regexes.matches(t.lower(), "which|that") && s.token(j - 1).text().equals(",")) {
        return antecedentNoun(s, j - 1, nouns); // "the raid on Corvexa, a trading platform, which the FBI has attributed to"
      }
      boolean between = t.isCapitalized() || t.pos().equals("AUX") || t.lower().equals("that") || t.lower().equals("which")
          || t.pos().equals("ADV") || t.lower().equals("the")
          // "troops appear to have already left for Russia", "are believed to have been carried"
          || Regexes.matches(t.lower(), SlotFinders.RAISING_WORDS + "|to|have|been");
      if (!between) {
        return false;
      }
    }
    return false;
  }

  /** One of {@code nouns} in the noun phrase before the comma at {@code comma}, past an apposition and a prepositional phrase. */
  private static boolean antecedentNoun(Sentence s, int comma, java.util.Set<String> nouns) {
    for (int j = comma - 1; j >= Math.max(0, comma - 14); j--) {
      Token t = s.token(j);
      if (nouns.contains(t.lower()) || nouns.contains(t.lemma())) {
        return true;
      }
      boolean compound = j > 0 && s.token(j - 1).text().equals("-"); // "Singapore-based"
      if ((t.isVerb() || t.pos().equals("AUX")) && !compound) {
        return false;
      }
    }
    return false;
  }

  /** A verb right after token {@code i}, adverbs aside ("has also called"). */
  private static boolean verbAfter(Sentence s, int i) {
    int k = i + 1;
    while (k < s.size() && s.token(k).pos().equals("ADV")) {
      k++;
    }
    return k < s.size() && s.token(k).pos().equals("VERB");
  }

  /** "has fired", "had also shipped": a form of "have" before the token, adverbs aside. */
  private static boolean afterHave(Sentence s, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
      if (s.token(k).lemma().equals("have")) {
        return true;
      }
      int phrase = Attributor.timePhraseEndingAt(s, k); // "has in the past denied"
      if (phrase > 0) {
        k -= phrase - 1;
        continue;
      }
      if (!s.token(k).pos().equals("ADV")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether only auxiliaries and adverbs stand between tokens {@code from} and {@code to}: "them were later flown" is
   * the pronoun's passive; "one of them had asked to be sent" is a wish, not its sending.
   */
  private static boolean auxiliariesBetween(Sentence s, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      String pos = s.token(k).pos();
      if (!pos.equals("AUX") && !pos.equals("ADV")) {
        return false;
      }
    }
    return true;
  }

  /** Whether one of {@code nouns} is a noun of sentence {@code s} (null: none). */
  private static boolean mentionsAny(Sentence s, Set<String> nouns) {
    if (s == null) {
      return false;
    }
    for (int k = 0; k < s.size(); k++) {
      Token t = s.token(k);
      if (t.pos().equals("NOUN") && (nouns.contains(t.lower()) || nouns.contains(t.lemma()))) {
        return true;
      }
    }
    return false;
  }

  /** "bans North Korea from using ballistic missile technology": what someone is kept from doing is not done. */
  private static boolean prevented(Rule rule, Sentence s, int i) {
    return rule.pos() == 'V' && i > 0 && s.token(i - 1).lower().equals("from") && s.token(i).lower().endsWith("ing")
        || capability(s, i);
  }

  /** "capable of carrying nuclear warheads", "able to reach", "designed to carry": what something can do, not did. */
  private static boolean capability(Sentence s, int i) {
    return i > 1 && (s.token(i - 1).lower().equals("of") && s.token(i - 2).lower().equals("capable")
        || s.token(i - 1).lower().equals("to") && Regexes.matches(s.token(i - 2).lower(), "able|designed|built|enough"));
  }

  /** "were taken", "have been shipped", "was seized": a form of "be" before the verb, adverbs aside. */
  static boolean passive(Sentence s, int trig) {
    Token verb = s.token(trig);
    if (verb.lower().endsWith("ing")) {
      return false; // "has been using": progressive, not passive
    }
    if (trig + 1 < s.size() && s.token(trig + 1).lower().equals("by") && !verb.lower().equals(verb.lemma())) {
      return true; // "assets seized by X"
    }
    if (trig > 0 && trig + 1 < s.size() && s.token(trig - 1).pos().equals("NOUN") && !s.token(trig - 1).isCapitalized()
        && !verb.lower().equals(verb.lemma()) && Regexes.matches(s.token(trig + 1).lower(), "to|from|into|across|through|via|aboard")) {
      return true; // "in return for troops and artillery shells sent to Russia": a reduced relative clause
    }
    for (int k = trig - 1; k >= 0 && k >= trig - 3; k--) {
      Token t = s.token(k);
      if (t.lemma().equals("be") || t.lower().equals("been") || t.lower().equals("being")) {
        return true;
      }
      if (!t.pos().equals("ADV") && !Regexes.matches(t.lower(), "both|all|each|also|already")) { // "were both added"
        return false;
      }
    }
    return false;
  }

  /** "the North's MiG-29 fighters", "fighter jets": aircraft, not the fighters a deployment sends. */
  private static boolean aircraft(Sentence s, int j) {
    String w = s.token(j).lower();
    return (w.equals("fighters") || w.equals("fighter")) && (j + 1 < s.size() && Regexes.matches(s.token(j + 1).lower(), "jets?|planes?|aircraft")
        || j > 0 && Regexes.matches(s.token(j - 1).text(), ".*\\d.*|jet|[A-Z][A-Za-z]*-\\d+.*"));
  }

  private static boolean yields(Frame f, String relation) {
    return f.rule().relations().stream().anyMatch(r -> r.relation().equals(relation));
  }

  private static boolean specific(Frame f) {
    return f.rule().triggers().stream().anyMatch(t -> !t.nearbyNouns().isEmpty());
  }

  /** Inside a name, but not an event's: "Russia's invasion of Ukraine" names the war and still says who invaded whom. */
  private static boolean insideName(List<Mention> mentions, int i) {
    return mentions.stream().anyMatch(m -> m.first() <= i && i < m.last() && m.kind() != MentionKind.PRONOUN
        && m.entity().type() != EntityType.EVENT);
  }

  /** Tags of words a phrase trigger may skip ("held separate talks with": "separate" is often tagged a verb). */
  private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "ADV", "VERB", "NUM");
  /** Words after which an -ing form is a verb's gerund, whatever the tagger says ("accused Moscow of violating"). */
  private static final Set<String> GERUND_AFTER = Set.of("of", "for", "by", "after", "before", "without", "from");
  /** Pronouns that may stand for the previous sentence's nouns ("Most of them were flown to ..."). */
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");
  /** Verbs whose object noun did not happen ("blocked new sanctions", "evaded sanctions"). */
  private static final Set<String> THWARTING = Set.of("block", "veto", "oppose", "reject", "resist", "lift", "ease", "evade",
      "circumvent", "avoid", "escape", "skirt", "dodge");

  /** "Russia-based shipping companies": after a hyphenated participle, an -ing word is a modifier, not a verb. */
  private static boolean afterCompound(Sentence s, int i) {
    return i >= 2 && s.token(i - 2).text().equals("-");
  }

  /** A thwarting verb right before the noun, determiners and adjectives aside. */
  private static boolean thwarted(Sentence s, int noun) {
    for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
      Token t = s.token(k);
      if (t.isVerb()) {
        return THWARTING.contains(t.lemma()) || THWARTING.contains(Regexes.replaceAll(t.lower(), "(?:ed|d|s)$", ""));
      }
      if (!t.pos().equals("DET") && !t.pos().equals("ADJ")) {
        return false;
      }
    }
    return false;
  }

  /** Index one past the trigger if a trigger of the rule starts at token i, else -1. */
  private static int triggerEnd(Rule rule, Sentence s, int i, Sentence before) {
    Token t = s.token(i);
    boolean verb = t.pos().equals("VERB") || t.pos().equals("AUX")
        || t.lower().endsWith("ing") && i > 0 && (s.token(i - 1).isVerb() || s.token(i - 1).lower().endsWith("ed") && afterHave(s, i - 1))
            && !afterCompound(s, i) // "had kept shipping", tagged as a noun; "has in the past denied supplying", as adjectives
        || t.lower().endsWith("ing") && i > 0 && GERUND_AFTER.contains(s.token(i - 1).lower()) // "accused X of violating"
        || t.lower().endsWith("ing") && i > 0 && i + 1 < s.size() && s.token(i - 1).pos().equals("NOUN") && s.token(i - 1).lower().endsWith("s")
            && s.token(i + 1).pos().equals("ADP") // "troops fighting in Kursk", tagged a noun: a reduced relative clause
        || !t.lemma().equals(t.lower()) && !t.lower().startsWith(t.lemma()) // an irregular verb form ("stole") tagged a noun
        || t.lower().endsWith("ed") && afterHave(s, i) // "has fired", tagged an adjective
        || i > 0 && s.token(i - 1).lemma().equals("help") && s.token(i - 1).isVerb() && t.lemma().equals(t.lower()) // "helped move", tagged a noun
        || i > 0 && i + 1 < s.size() && s.token(i - 1).lower().endsWith("s") && !s.token(i - 1).isCapitalized()
            && s.token(i + 1).isCapitalized() && !s.token(i).isCapitalized(); // "drones hit Dnipro", both tagged wrong
    boolean noun = t.pos().equals("NOUN") || t.pos().equals("PROPN")
        || t.pos().equals("VERB") && i > 0 && Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM").contains(s.token(i - 1).pos()); // "the North Korea-Russia summit"
    if ((rule.pos() == 'V' && !verb) || (rule.pos() == 'N' && !noun)) {
      return -1;
    }
    if (rule.pos() == 'V' && i > 0 && Regexes.matches(s.token(i - 1).lower(), "the|its|their|his|her|a|an")
        && Regexes.matches(t.lower(), "\\w+(?:ed|en)")) {
      return -1; // "swapped the stolen tokens for Ether": a participle before a noun describes it, nothing is stolen here
    }
    if (rule.pos() == 'N' && i + 1 < s.size() && s.token(i + 1).pos().equals("NOUN") && !rule.triggers().stream().anyMatch(x -> !x.following().isEmpty())) {
      return -1; // "launch equipment", "launch date": the noun only modifies another
    }
    if (rule.pos() == 'N' && thwarted(s, i)) {
      return -1; // "has blocked new sanctions on Pyongyang": no sanctions
    }
    for (Rule.Trigger trigger : rule.triggers()) {
      if (!t.lemma().equals(trigger.lemma()) && !t.lower().equals(trigger.lemma())) {
        continue;
      }
      int k = i + 1;
      boolean ok = true;
      for (String w : trigger.following()) {
        int skipped = 0;
        while (k + 1 < s.size() && skipped < 2 && MODIFIER_TAGS.contains(s.token(k).pos()) && !s.token(k).lower().equals(w)
            && !s.token(k).lemma().equals(w)) {
          k++; // "held separate talks with", "hold a brief summit with"
          skipped++;
        }
        if (k >= s.size() || !(s.token(k).lower().equals(w) || s.token(k).lemma().equals(w))) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok && !trigger.nearbyNouns().isEmpty() && Regexes.matches(t.lemma(), "have|be|do") && verbAfter(s, i)) {
        ok = false; // "The Kremlin has called its ties ...": an auxiliary, not "have a call"
      }
      if (ok && !trigger.nearbyNouns().isEmpty()) {
        ok = objectBefore(s, i, trigger.nearbyNouns());
        // nine words on, not tokens: "fired 14 North Korean-made KN-23 ballistic missiles at": glued pieces count once
        int words = 0;
        for (int j = passive(s, i) ? Math.max(0, i - 8) : i + 1; !ok && j < s.size(); j++) {
          if (j > i && (j == i + 1 || s.token(j).begin() > s.token(j - 1).end()) && ++words > 9) {
            break;
          }
          if ((trigger.nearbyNouns().contains(s.token(j).lower()) || trigger.nearbyNouns().contains(s.token(j).lemma())) && !aircraft(s, j)
              || PLURAL_PRONOUNS.contains(s.token(j).lower()) && j < i && auxiliariesBetween(s, j, i)
                  && mentionsAny(before, trigger.nearbyNouns())) {
            ok = true;
            break;
          }
          boolean nextVerbPhrase = j > i && s.token(j).lower().equals("and") && j + 1 < s.size() && s.token(j + 1).isVerb()
              && !pluralBeforePreposition(s, j + 1); // "launched missiles and drones at Kyiv": "drones" is no verb
          int apposition = j > i && s.token(j).text().equals(",") ? namingApposition(s, j) : -1;
          if (apposition > 0) {
            j = apposition; // "put its first spy satellite, the Malligyong-1, into orbit": past the name set off by commas
            continue;
          }
          if (j > i && (s.token(j).text().equals(",") || nextVerbPhrase)) {
            break; // "provided X with missiles and shared drone technology": the noun belongs to the next verb
          }
        }
      }
      if (ok) {
        return k;
      }
    }
    return -1;
  }

}
