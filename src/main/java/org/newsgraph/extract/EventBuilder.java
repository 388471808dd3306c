package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;

/**
 * Makes the n-ary event of a frame: roles, the amounts and times of its clause, route legs, and the literal
 * facts of its sentence (closed-door, venue, purpose, composition, ordinal, status of a planned event).
 * Events are keyed so that later mentions join them: briefings by agent and day, "the freezes" by class.
 */
final class EventBuilder {
  private static final Pattern CLOSED = Pattern.compile("closed[- ]door|behind closed doors");
  private static final Pattern VENUE = Pattern.compile("\\bat ((?:its|their|the [\\w’']+(?: [\\w’']+)?)? ?(?:offices?|headquarters|compound|base)(?: in [A-Z]\\w+)?)");
  private static final Pattern PURPOSE = Pattern.compile("\\bto ((?:support|help|aid|assist|provide|back|bolster)\\b[^,.;“”]*)");
  /** What every match of VENUE holds: its head noun (the "at " before it aside). */
  private static final List<String> VENUE_WORDS = List.of("office", "headquarters", "compound", "base");
  /** What every match of PURPOSE starts with. */
  private static final List<String> PURPOSE_WORDS = List.of("to support", "to help", "to aid", "to assist", "to provide", "to back",
      "to bolster");
  private static final Pattern COMPOSITION = Pattern.compile("consisting (?:primarily |mainly |mostly |largely )?of ([^,.;]+?)(?= to |,|\\.|$)");
  private static final Pattern PREPARING = Pattern.compile("\\bpreparations?\\b|\\bprepar(?:e|es|ing)\\b");
  private static final Pattern POSTPONED = Pattern.compile("\\bpostpone");
  /** A modal before "have" ("may have sent") or before "be" and a verb in -ing ("may also be helping"): a hedge, not a plan. */
  private static final Pattern MODAL_PERFECT = Pattern.compile("(?:could|might|may|must) (?:also |already |well )?(?:have\\b|be \\w+ing\\b)");
  private static final Pattern PLANNED = Pattern.compile("\\b(?:plans?|planned|planning|intends?|will|would|could|might|may|is set to|expected to|possibly)\\b");

  /** Per-article memory: the reference date, the last concrete date seen, and the events so far. */
  static final class State {
    final Optional<LocalDate> reference;
    final int datelineEnd;
    When lastDate;
    final Map<String, EventRecord> lastByClass = new HashMap<>();
    final Map<String, Integer> legsByKey = new HashMap<>();
    final Map<String, String[]> statusByKey = new HashMap<>();
    EventRecord last;
    final LastResult<Sentence, ImmutableList<Amount>> quantities = new LastResult<>();
    /** Where, in the sentence being read, names end in a number ("the Songrim 4"): no amount there. */
    private List<int[]> numberedNames = List.of();
    final LastResult<Sentence, ImmutableList<When>> times = new LastResult<>();
    final LastResult<Sentence, ImmutableList<int[]>> ordinals = new LastResult<>();

    State(Optional<LocalDate> reference, int datelineEnd) {
      this.reference = reference;
      this.datelineEnd = datelineEnd;
    }

    Optional<EventRecord> lastEvent() {
      return Optional.ofNullable(last);
    }

    /** Reads the names of sentence {@code s} that end in a number, before its events are built. */
    void names(Sentence s, List<Mention> ms) {
      List<int[]> spans = new ArrayList<>();
      for (Mention m : ms) {
        if (m.kind() == MentionKind.NAME && Regexes.matches(m.surface(), ".*\\s\\d{1,3}")) {
          spans.add(new int[] {m.begin() - s.begin(), m.end() - s.begin()});
        }
      }
      numberedNames = spans;
    }

    /** The amounts of {@code s} that are no part of a name. */
    ImmutableList<Amount> amounts(Sentence s, Measures measures) {
      ImmutableList<Amount> all = quantities.get(s, x -> measures.quantities(x.text()));
      if (numberedNames.isEmpty()) {
        return all;
      }
      return all.stream().filter(a -> numberedNames.stream().noneMatch(n -> a.begin() >= n[0] && a.begin() < n[1]))
          .collect(ImmutableList.toImmutableList());
    }
  }

  private final Measures measures;

  EventBuilder(Measures measures) {
    this.measures = measures;
  }

  Optional<EventRecord> build(Sentence s, Frame f, List<Mention> mentions, State state, int timesBefore) {
    List<When> times = times(s, state);
    times.removeIf(w -> w.begin() >= timesBefore); // "..., the NIS reported on Wednesday": the report's date
    if (f.rule().eventClass().isEmpty()) {
      return Optional.empty();
    }
    String cls = f.rule().eventClass().get();
    int cs = Clause.start(s, f.trigger());
    int ce = Clause.end(s, f.triggerEnd() - 1);
    ImmutableListMultimap.Builder<String, Entity> roles = ImmutableListMultimap.builder();
    f.roles().forEach((role, m) -> roles.put(role, m.entity()));
    String lower = s.text().toLowerCase(Locale.ROOT);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("eventText", s.textOf(f.trigger(), f.triggerEnd()));
    if (lower.contains("closed") && CLOSED.matcher(lower).find()) {
      facts.put("closedDoor", "true");
    }
    // each scan is skipped when its pattern's words are missing: most sentences name no venue, purpose or composition
    group(VENUE, s.text(), VENUE_WORDS).ifPresent(v -> facts.put("venueText", v));
    group(PURPOSE, s.textOf(f.trigger(), s.size()), PURPOSE_WORDS).ifPresent(v -> facts.put("purpose", v));
    group(COMPOSITION, s.text(), List.of("consisting ")).ifPresent(v -> facts.put("composition", v));
    ordinal(s, f, state).ifPresent(o -> facts.put("ordinal", Integer.toString(o)));
    if (cls.equals("Launch") && f.rule().pos() == 'N') {
      facts.put("eventStatus", PREPARING.matcher(lower).find() ? "Preparing" : POSTPONED.matcher(lower).find() ? "Postponed" : "Planned");
    } else if (planned(s, f)) {
      facts.put("eventStatus", "Planned");
    }
    List<Amount> amounts = new ArrayList<>();
    int clauseBegin = s.token(cs).begin() - s.begin();
    int amountsEnd = ce < s.size() && s.token(ce).lower().equals("which") ? Clause.end(s, ce) : ce; // "..., which it views as ..."
    int clauseEnd = s.token(amountsEnd - 1).end() - s.begin();
    for (Amount a : state.amounts(s, measures)) {
      if (a.begin() >= clauseBegin && a.end() <= clauseEnd) {
        amounts.add(a);
      }
    }
    String key = key(s, f, cls, times, state);
    // one event, one status: later mentions joining an event keep the status its first mention gave it
    // (two readings of one word, a noun's and a verb's, are not two mentions)
    String at = s.index() + ":" + f.trigger();
    String[] first = state.statusByKey.get(key);
    if (first != null && !first[1].equals(at)) {
      facts.put("eventStatus", first[0]);
    } else if (first == null && facts.containsKey("eventStatus")) {
      state.statusByKey.put(key, new String[] {facts.get("eventStatus"), at});
    }
    EventRecord previous = state.lastByClass.get(cls);
    List<When> allTimes = new ArrayList<>(times);
    int legsBefore = state.legsByKey.getOrDefault(key, 0);
    ImmutableList<EventRecord.Leg> legs = legs(f, mentions, legsBefore);
    state.legsByKey.put(key, legsBefore + legs.size());
    EventRecord e = new EventRecord(key, cls, roles.build(), ImmutableList.copyOf(amounts), ImmutableList.copyOf(allTimes),
        legs, ImmutableMap.copyOf(facts));
    if (previous == null || !previous.key().equals(key) || !e.eventClass().equals(previous.eventClass())) {
      state.lastByClass.put(cls, e);
    }
    state.last = e;
    return Optional.of(e);
  }

  /**
   * Whether the words just before a frame's trigger make it a plan ("will send", "could travel", "plans to"); a modal
   * before "have" is a hedge on what happened ("may have sent"), not a plan.
   */
  static boolean planned(Sentence s, Frame f) {
    if (asked(s, f.trigger()) || noneOf(s, f.trigger())) {
      return true; // "Asked whether the North was still supplying Russia, ...", "had seen no new shipments": nothing happened
    }
    int from = Math.max(Clause.start(s, f.trigger()), f.trigger() - 4);
    Matcher m = PLANNED.matcher(withoutMonthMay(s.textOf(from, f.trigger())).toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!MODAL_PERFECT.matcher(withoutMonthMay(s.textOf(from, f.trigger() + 1)).toLowerCase(Locale.ROOT).substring(m.start())).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern MONTH_MAY = java.util.regex.Pattern.compile(
      "\\b(in|since|until|by|of|early|late|mid|last|next|this|from|through|during|and)([ -])May\\b|\\bMay(?= \\d)");

  /** The text with the month "May" ("broke in in May and drained it") spelled so that it reads as no modal verb. */
  private static String withoutMonthMay(String text) {
    return MONTH_MAY.matcher(text).replaceAll(r -> r.group(1) != null ? r.group(1) + r.group(2) + "Mai" : "Mai");
  }

  /** Whether an event noun is counted as none: "no new shipments", "no further transfers". */
  private static boolean noneOf(Sentence s, int trigger) {
    int k = trigger - 1;
    while (k > 0 && k >= trigger - 2 && s.token(k).pos().equals("ADJ")) {
      k--;
    }
    return k >= 0 && k < trigger && s.token(trigger).pos().equals("NOUN") && s.token(k).lower().equals("no");
  }

  /** Whether the trigger stands in a reported question: "asked whether|if ..." before it, with no comma between. */
  private static boolean asked(Sentence s, int trigger) {
    for (int k = trigger - 1; k > 0 && k >= trigger - 8; k--) {
      if (s.token(k).text().equals(",")) {
        return false;
      }
      if (Regexes.matches(s.token(k).lower(), "whether|if") && Regexes.matches(s.token(k - 1).lower(), "ask|asks|asked|asking")) {
        return true;
      }
    }
    return false;
  }

  /** An unnamed situation holding the amounts of a sentence that no event took, if there are any. */
  Optional<EventRecord> amountsOnly(Sentence s, State state, java.util.Set<String> taken) {
    List<Amount> rest = new ArrayList<>();
    for (Amount a : state.amounts(s, measures)) {
      if (!taken.contains(a.begin() + ":" + a.text())) {
        rest.add(a);
      }
    }
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EventRecord("Event|s" + s.index() + "|amounts", "Event", ImmutableListMultimap.of(),
        ImmutableList.copyOf(rest), ImmutableList.of(), ImmutableList.of(), ImmutableMap.of()));
  }

  private List<When> times(Sentence s, State state) {
    List<When> out = new ArrayList<>();
    if (state.reference.isEmpty()) {
      return out;
    }
    for (When w : state.times.get(s, x -> measures.times(x.text(), state.reference.get()))) {
      if (s.begin() + w.begin() < state.datelineEnd) {
        continue; // "SEOUL, Feb 27 (Reuters) -": the day of the report, not of the events
      }
      if (w.anaphoric() && state.lastDate != null) {
        out.add(new When(w.begin(), w.end(), w.text(), state.lastDate.start(), state.lastDate.end2(), state.lastDate.precision(),
            state.lastDate.approximate(), false, false));
      } else if (!w.anaphoric() && w.start().isPresent()) {
        out.add(w);
        state.lastDate = w;
      }
    }
    return out;
  }

  /** Briefings join by agent and day; "the freezes" joins the last event of its class; others are their own. */
  private static String key(Sentence s, Frame f, String cls, List<When> times, State state) {
    String agent = f.first("agent").map(Entity::canonical).orElse("");
    if (cls.equals("Briefing") && !times.isEmpty()) {
      return cls + "|" + agent + "|" + times.get(0).start().map(LocalDate::toString).orElse("");
    }
    boolean definite = f.trigger() > 0 && s.token(f.trigger() - 1).lower().equals("the") && f.rule().pos() != 'V';
    EventRecord previous = state.lastByClass.get(cls);
    if (definite && previous != null) {
      return previous.key();
    }
    boolean inherited = f.roles().get("agent").stream().anyMatch(m -> m.last() == m.first());
    if (inherited && previous != null && previous.key().contains("|s" + s.index() + "|")) {
      return previous.key(); // "Shells sent by ship ... were transported by train": one transfer, more legs
    }
    return cls + "|s" + s.index() + "|t" + f.trigger();
  }

  /** The legs a frame states, numbered after the {@code before} legs the same event already has. */
  private ImmutableList<EventRecord.Leg> legs(Frame f, List<Mention> mentions, int before) {
    List<Mention> origins = f.roles().get("origin");
    List<Mention> destinations = f.roles().get("destination");
    List<Mention> modes = f.roles().get("mode");
    if (origins.isEmpty() && destinations.isEmpty() && modes.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<EventRecord.Leg> legs = ImmutableList.builder();
    int order = before + 1;
    Optional<Entity> from = origins.stream().findFirst().map(Mention::entity);
    ImmutableList<Entity> to = destinations.stream().map(Mention::entity).collect(ImmutableList.toImmutableList());
    if (modes.isEmpty()) {
      legs.add(new EventRecord.Leg(order, from, to, Optional.empty(), Optional.empty(), ""));
    }
    for (Mention mode : modes) {
      boolean first = order == before + 1;
      legs.add(new EventRecord.Leg(order++, first ? from : Optional.empty(), first ? to : ImmutableList.of(),
          Optional.of(mode.entity()), carrier(mentions, mode), ""));
    }
    return legs.build();
  }

  /** "Russian ships": the demonym right before a transport mode names whose carriers they are. */
  private static Optional<Entity> carrier(List<Mention> mentions, Mention mode) {
    for (Mention m : mentions) {
      if (m.kind() == MentionKind.DEMONYM && m.entity().type() == EntityType.COUNTRY && mode.first() - m.last() <= 1 && m.last() <= mode.first()) {
        return Optional.of(m.entity());
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> ordinal(Sentence s, Frame f, State state) {
    int trigAt = s.token(f.trigger()).begin() - s.begin();
    for (int[] o : state.ordinals.get(s, x -> measures.ordinals(x.text()))) {
      if (o[0] < trigAt && trigAt - o[0] < 60) {
        return Optional.of(o[1]);
      }
    }
    return Optional.empty();
  }

  /** The first match's group 1 of {@code p} in {@code text}, which no match can be without one of {@code needed}. */
  private static Optional<String> group(Pattern p, String text, List<String> needed) {
    if (needed.stream().noneMatch(text::contains)) {
      return Optional.empty();
    }
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }
}
