package org.newsgraph.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Lemmatizer;
import org.newsgraph.nlp.Sentence;

/**
 * The extraction pipeline for one article: annotate, then read the sentences in order, finding mentions,
 * attributions, frames and noun-phrase relations, and turning them into claims; then let later sentences
 * qualify earlier ones ("This was ..., according to X"; "this supposition"). Immutable and shared by threads:
 * all per-article state lives in {@link Discourse} and locals.
 */
public final class ArticleExtractor {
  private final Annotator annotator;
  private final MentionFinder mentionFinder;
  private final Attributor attributor;
  private final FrameMatcher frames;
  private final RoleFinder roles;
  private final HomeTitles homeTitles;
  private final CueFinder cues;
  private final EventBuilder events;
  private final Gazetteer gazetteer;
  private final Spelling spelling;

  public ArticleExtractor(Annotator annotator, MentionFinder mentionFinder, Attributor attributor, RuleSet rules,
      NameFinder names, Measures measures) {
    this.annotator = annotator;
    this.mentionFinder = mentionFinder;
    this.attributor = attributor;
    this.frames = new FrameMatcher(rules, attributor.lemmas(), names.gazetteer());
    this.roles = new RoleFinder(names.titles(), names.gazetteer());
    this.homeTitles = new HomeTitles(names.titles(), names.gazetteer());
    this.cues = CueFinder.load();
    this.events = new EventBuilder(measures);
    this.gazetteer = names.gazetteer();
    // "cooperaton between" is a frame's "cooperation"; "recieved" a form of a verb frame's "receive"
    ImmutableSet.Builder<String> words = ImmutableSet.<String>builder().addAll(gazetteer.words()).addAll(SlotFinders.PERSONNEL)
        .addAll(names.titles().keySet().stream().flatMap(t -> java.util.Arrays.stream(t.split(" "))).iterator());
    ImmutableMap.Builder<String, String> verbForms = ImmutableMap.builder();
    for (Rule r : rules.rules()) {
      for (Rule.Trigger t : r.triggers()) {
        words.add(t.lemma()).addAll(t.following());
        if (r.pos() == 'V') {
          Lemmatizer.regularForms(t.lemma()).forEach(f -> verbForms.put(f, t.lemma()));
        }
      }
    }
    this.spelling = new Spelling(words.build(), verbForms.buildKeepingLast());
  }

  public Extraction extract(Article article) {
    AnnotatedText written = annotator.annotate(article);
    AnnotatedText text = spelling.repair(written);
    Optional<LocalDate> reference = article.published().map(t -> t.toLocalDate());
    Discourse d = new Discourse();
    EventBuilder.State eventState = new EventBuilder.State(reference, article.dateline().map(span -> span.end()).orElse(0));
    Map<String, Entity> lastAgent = new HashMap<>();
    VesselGroups vessels = new VesselGroups();
    Map<Entity, Entity> affiliation = new HashMap<>();
    com.google.common.collect.SetMultimap<Entity, Entity> represents = com.google.common.collect.HashMultimap.create();
    List<Mention> allMentions = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    Optional<Entity> quoteSpeaker = Optional.empty();
    int leadSentence = text.sentences().stream().filter(x -> x.zone() == org.newsgraph.nlp.Zone.BODY).mapToInt(Sentence::index)
        .findFirst().orElse(0);
    List<Mention> legislators = new ArrayList<>();
    Relays relays = new Relays();
    java.util.Set<Entity> placed = new java.util.HashSet<>();
    Optional<Cataphora.Pending> waiting = Optional.empty();
    List<Optional<Entity>> quoted = new ArrayList<>(); // by sentence: whose words in quotation marks it carries
    article.dateline().flatMap(homeTitles::home)
        .or(() -> article.dateline().isEmpty() ? article.authorRole().flatMap(homeTitles::homeOfByline) : Optional.empty())
        .ifPresent(d::home);
    for (Sentence s : text.sentences()) {
      ImmutableList<Mention> ms = mentionFinder.find(s, d);
      if (d.home().isEmpty()) {
        article.dateline().flatMap(span -> homeTitles.home(ms, span)).ifPresent(d::home);
      }
      allMentions.addAll(ms);
      eventState.names(s, ms);
      ImmutableList<Attribution> attributions = Quotations.goOn(s, OwnReports.without(s, attributor.attribute(s, ms, d)), quoteSpeaker);
      quoteSpeaker = Quotations.speaker(s, attributions);
      quoted.add(quoteSpeaker);
      Documents.spokenIn(s, attributions, d);
      List<CueFinder.Cue> sentenceCues = cues.find(s.text());
      int before = claims.size();
      List<Claim> roleClaims = new ArrayList<>();
      for (Mention m : ms) {
        // "Russia's embassy in Tokyo" is in Tokyo: said where the embassy is first named
        d.embassyCity(m.entity()).filter(c -> placed.add(m.entity())).ifPresent(city -> claims.add(new Claim("name.located", 0.9,
            s.index(), m.begin(), m.end(), ImmutableList.of(new Statement(m.entity(), "locatedIn", city)), Optional.empty(),
            Optional.empty(), Optional.empty(), Status.ASSERTED, ImmutableList.of(), Optional.empty())));
      }
      for (RoleFinder.Found r : roles.find(s, ms)) {
        Attributed a = insideOnly(r.first(), attributions);
        // "White House spokesman John Kirby said": the speaker's own title is the article's words, not theirs; a noun
        // phrase is the speaker's only inside their quoted words
        boolean place = r.statement().relation().equals("locatedIn") && !r.statement().subject().type().isActor(); // "Russia's Kursk region"
        boolean speaks = attributions.stream().anyMatch(x -> x.speaker().equals(Optional.of(r.statement().subject())));
        Optional<Entity> claimant = a.claimant.filter(c -> !standing(List.of(r.statement()))
            && !c.equals(r.statement().subject()) && !speaks // the speaker's own title
            && (Quotations.inside(s, r.first()) || !place && Quotations.inThatClause(s, r.first(), attributions)));
        roleClaims.add(new Claim(r.rule(), 0.9, s.index(), s.token(r.first()).begin(), s.token(r.last() - 1).end(),
            ImmutableList.of(r.statement()), Optional.empty(), claimant, claimant.isPresent() ? a.accordingTo : Optional.empty(),
            Status.ASSERTED, ImmutableList.of(), Optional.empty()));
        Statement st = r.statement();
        if ((st.relation().equals("leads") || st.relation().equals("holdsPositionIn")) && st.object().type() != EntityType.COUNTRY) {
          affiliation.putIfAbsent(st.subject(), st.object());
        }
        if (st.relation().equals("leads") || st.relation().equals("holdsPositionIn")) {
          represents.put(st.subject(), st.object());
        }
      }
      for (Mention m : ms) { // "Defense Minister Shinjiro Koizumi ...": the quoted "we" of his later words is Japan
        if (represents.get(m.entity()).stream().noneMatch(e -> e.type() == EntityType.COUNTRY)) {
          homeTitles.postCountry(s, m, ms, d.home()).ifPresent(c -> represents.put(m.entity(), c));
        }
      }
      Sentence previous = s.index() > 0 ? text.sentences().get(s.index() - 1) : null;
      for (Frame f : frames.match(s, QuotedWe.add(s, withEventParties(s, ms), attributions, represents::get), lastAgent, d::partnerOf, previous)) {
        Frame g = ImpliedRecipient.fill(vessels.withGroup(forItsState(onBehalf(f, affiliation), attributions), s), s, d.lastCountryPair());
        g.rule().eventClass().ifPresent(cls -> {
          g.first("agent").ifPresent(a -> {
            lastAgent.put(cls, a);
            g.roles().get("item").forEach(item -> lastAgent.put(SlotFinders.doerWith(cls, item.entity()), a));
            lastAgent.putIfAbsent(SlotFinders.roleOf(cls, SlotFinders.FIRST_DOER), a); // "the hackers" of a later sentence
          });
          if (g.first("agent").isPresent() || SlotFinders.REMEMBERED_ROLES.stream().anyMatch(r -> g.first(r).isPresent())) {
            for (String role : SlotFinders.REMEMBERED_ROLES) { // the last event's other parties: "these transfers", "that hack"
              lastAgent.remove(SlotFinders.roleOf(cls, role));
              g.first(role).ifPresent(r -> lastAgent.put(SlotFinders.roleOf(cls, role), r));
            }
          }
        });
        Claim c = claimOf(s, g, ms, attributions, eventState, represents, d);
        if (c.statements().isEmpty() && c.event().isEmpty()) {
          continue; // a reading that states nothing here
        }
        claims.add(c);
        Attributed who = attributed(g.trigger(), attributions);
        for (Entity other : who.coClaimants()) {
          claims.add(c.withAttribution(Optional.of(other), c.accordingTo())); // each speaker asserts it
        }
        for (Entity other : who.coDeniers()) {
          // "Washington accused X of ..., which both countries deny": one more party denies what another asserts
          claims.add(new Claim("denial.co-speaker", c.confidence(), s.index(), c.quoteBegin(), c.quoteEnd(), c.statements(),
              Optional.empty(), Optional.of(other), Optional.empty(), Status.DENIED, c.cues(), Optional.empty()));
        }
      }
      InReturn.add(s, claims, before);
      foreignArms(s, ms, claims, before, attributions);
      CarriedBy.add(s, ms, claims, before);
      vessels.read(s, ms);
      claims.addAll(roleClaims);
      legislators.addAll(roles.legislators(s, ms));
      quantitiesOutsideEvents(s, claims, before, attributions, eventState);
      EarlierClaims.add(s, claims, before, attributions, represents::get, leadSentence);
      claims.subList(before, claims.size()).stream().flatMap(c -> c.statements().stream())
          .filter(st -> st.subject().type() == EntityType.COUNTRY && st.object().type() == EntityType.COUNTRY
              && !st.subject().equals(st.object()) && PARTNERING.contains(st.relation()))
          .reduce((first, last) -> last).ifPresent(st -> d.countryPair(st.subject(), st.object()));
      qualify(s, claims, before, attributions, sentenceCues);
      unattachedPredictions(s, attributions, claims, before, eventState);
      relays.sentence(ms, attributions, claims, before, d.documentSpeakers());
      if (waiting.isPresent() && Cataphora.resolve(waiting.get(), s, ms, attributions, claims, this::countryOf)) {
        waiting = Optional.empty();
      }
      int sentenceIndex = s.index();
      Optional<Cataphora.Pending> described = d.describedSpeakerIn(sentenceIndex)
          .map(types -> new Cataphora.Pending(sentenceIndex, before, claims.size(), types, Cataphora.owner(s, ms)));
      waiting = described.isPresent() ? described : waiting;
    }
    Quotations.openedBefore(text.sentences(), quoted, claims);
    legislatures(allMentions, legislators, claims);
    for (Mention m : List.copyOf(allMentions)) {
      allMentions.addAll(mentionFinder.nestedNames(text.sentences().get(m.sentence()), m));
    }
    homeTitles.apply(text.sentences(), d.home(), allMentions, claims);
    NamedLaunches.apply(text, allMentions, claims);
    UnnamedGroups.apply(text, allMentions, claims);
    SanctionedGroups.apply(text, allMentions, claims);
    BelligerentLaunches.apply(claims);
    ForeignMadeWeapons.apply(text, allMentions, claims);
    DistrictCities.apply(text, allMentions, claims);
    return new Extraction(written, asWritten(allMentions, written, text), ImmutableList.copyOf(claims));
  }

  /** Mentions with their surface forms as the article writes them (spelling repairs are for reading only). */
  private static ImmutableList<Mention> asWritten(List<Mention> mentions, AnnotatedText written, AnnotatedText read) {
    if (written == read) {
      return ImmutableList.copyOf(mentions);
    }
    return mentions.stream().map(m -> {
      Sentence s = written.sentences().get(m.sentence());
      String surface = s.text().substring(m.begin() - s.begin(), m.end() - s.begin());
      return new Mention(m.sentence(), m.first(), m.last(), m.begin(), m.end(), surface, m.entity(), m.kind());
    }).collect(ImmutableList.toImmutableList());
  }

  /**
   * "Rep. Han ... after the briefing at the National Assembly": a legislator's title makes its bearer a member of the
   * legislature the article names (only when it names exactly one), stated where the title stands.
   */
  private static void legislatures(List<Mention> mentions, List<Mention> titled, List<Claim> claims) {
    java.util.Set<Entity> named = new java.util.LinkedHashSet<>();
    mentions.stream().filter(m -> m.entity().type() == EntityType.LEGISLATURE && m.kind() != MentionKind.DEMONYM)
        .forEach(m -> named.add(m.entity()));
    if (named.size() != 1) {
      return;
    }
    Entity legislature = named.iterator().next();
    java.util.Set<Entity> done = new java.util.HashSet<>();
    for (Mention p : titled) {
      if (done.add(p.entity())) {
        claims.add(new Claim("role.legislator", 0.7, p.sentence(), p.begin(), p.end(),
            ImmutableList.of(new Statement(p.entity(), "memberOf", legislature)), Optional.empty(), Optional.empty(),
            Optional.empty(), Status.ASSERTED, ImmutableList.of(), Optional.empty()));
      }
    }
  }


  /**
   * "North Korea's foreign ministry rejected reports that it shipped weapons": a foreign ministry's "it" inside its
   * own statement speaks of the state whose voice it is (an intelligence agency's "it coordinated with" is itself).
   */
  private Frame forItsState(Frame f, List<Attribution> attributions) {
    for (Mention agent : f.roles().get("agent")) {
      boolean voice = agent.entity().descriptors().contains("foreign ministry"); // a state's diplomatic voice, never its hands
      // "NATA said its Chollima-1 rocket lifted off and placed the satellite into orbit": a state launches, through its agency
      boolean launch = f.rule().eventClass().map("Launch"::equals).orElse(false);
      if (agent.kind() != MentionKind.PRONOUN && !launch || agent.entity().type() != EntityType.GOVERNMENT_AGENCY || !voice && !launch) {
        continue;
      }
      boolean ownWords = attributions.stream().anyMatch(a -> a.contains(f.trigger()) && a.speaker().equals(Optional.of(agent.entity())));
      Optional<Entity> state = gazetteer.countryOf(agent.entity());
      if (ownWords && state.isPresent()) {
        return f.replacing("agent", agent.entity(), state.get());
      }
    }
    return f;
  }

  /** "NIS Director Kim appears before the committee": an official who briefs does so for the organisation. */
  private static Frame onBehalf(Frame f, Map<Entity, Entity> affiliation) {
    if (!f.rule().eventClass().map("Briefing"::equals).orElse(false)) {
      return f;
    }
    Optional<Entity> agent = f.first("agent");
    if (agent.isPresent() && agent.get().type() == EntityType.PERSON && affiliation.containsKey(agent.get())) {
      return f.replacing("agent", agent.get(), affiliation.get(agent.get()));
    }
    return f;
  }

  private record Attributed(Optional<Entity> claimant, Optional<Entity> accordingTo, Status status, List<String> verbs,
      List<Entity> coClaimants, Optional<Entity> disputedBy, List<Entity> coDeniers) {
    /** The same, said by nobody (a denial stays a denial). */
    Attributed withoutClaimant() {
      return new Attributed(Optional.empty(), Optional.empty(), status, verbs, List.of(), disputedBy, coDeniers);
    }
  }

  /** A noun phrase's relation is the speaker's only when it stands inside what the speaker says. */
  private static Attributed insideOnly(int token, List<Attribution> attributions) {
    return attributed(token, attributions.stream().filter(a -> a.contains(token)).toList());
  }

  private static Attributed attributed(int token, List<Attribution> attributions) {
    Optional<Entity> claimant = Optional.empty();
    Optional<Entity> accordingTo = Optional.empty();
    Optional<Entity> denier = Optional.empty();
    Status status = Status.ASSERTED;
    Status denial = Status.ASSERTED;
    List<String> verbs = new ArrayList<>();
    List<Entity> co = new ArrayList<>();
    List<Entity> coDeniers = new ArrayList<>();
    boolean unableToConfirm = false;
    for (Attribution a : attributions) { // outermost first
      if (!a.contains(token) || relaysDenial(a, token, attributions) || saidAfterDenying(a, token, attributions)) {
        continue;
      }
      if (a.coSpeaker()) {
        a.speaker().ifPresent(a.status().ordinal() >= Status.DISPUTED.ordinal() ? coDeniers::add : co::add);
        continue;
      }
      if (a.status() != Status.ASSERTED) {
        verbs.add(a.verb());
      }
      if (a.status().ordinal() >= Status.DISPUTED.ordinal() && a.speaker().isPresent()) {
        denial = denial.and(a.status()); // kept apart: it is the speaker's doubt, not the asserter's
        unableToConfirm |= denier.isEmpty() && a.verb().equals(Attributor.UNABLE_TO_CONFIRM);
        denier = denier.or(a::speaker);
        continue;
      }
      status = status.and(a.status());
      if (a.speaker().isEmpty()) {
        continue;
      }
      if (claimant.isEmpty()) {
        claimant = a.speaker();
      } else if (!claimant.equals(a.speaker())) {
        accordingTo = a.speaker();
      }
    }
    if (denier.isPresent() && claimant.isEmpty() && !hasOtherSpeaker(attributions, token, denier.get())) {
      if (denial != Status.DENIED) {
        // "the agency could not confirm whether ...", "X disputed that ...": nobody asserts it, and the one who
        // doubts it says nothing of their own: a statement nobody claims, unconfirmed or disputed by them
        return new Attributed(Optional.empty(), Optional.empty(), unableToConfirm ? Status.UNCONFIRMED : denial, verbs,
            List.of(), denier, coDeniers);
      }
      // nobody else asserts it: the denier is the one the article reports, and the statement is denied
      // "which both countries deny": each denier disputes it
      return new Attributed(denier, Optional.empty(), denial, verbs, coDeniers, Optional.empty(), List.of());
    }
    if (denier.isPresent()) {
      status = status.and(Status.DISPUTED); // one asserts, another denies: disputed, with who doubts it
    }
    if (claimant.isEmpty() && !attributions.isEmpty() && !attributions.get(0).relative()) {
      // a frame outside every attribution in a sentence that has one ("Regarding X, Y said ...") is Y's, unless Y
      // speaks inside a relative clause ("Also designated were A and B, which OFAC said own the tankers")
      Attribution outer = attributions.get(0);
      claimant = outer.speaker();
    }
    return new Attributed(claimant, accordingTo, status, verbs, co, denier, coDeniers);
  }

  /**
   * "Every North Korean shell that burns in Bryansk ...," he said: a supplier's arms in someone's words say it supplies
   * the state the article names as receiving them ({@link ForeignArms}), unless the sentence says so already.
   */
  private static void foreignArms(Sentence s, List<Mention> ms, List<Claim> claims, int firstOfSentence, List<Attribution> attributions) {
    for (ForeignArms.Found f : ForeignArms.find(s, ms, claims, firstOfSentence)) {
      Attributed a = attributed(f.token(), attributions);
      if (a.claimant.isEmpty()) {
        continue; // the article's own narration: its facts come from its frames
      }
      boolean said = claims.subList(firstOfSentence, claims.size()).stream()
          .anyMatch(c -> c.claimant().equals(a.claimant) && c.statements().containsAll(f.statements()));
      if (said) {
        continue;
      }
      Claim c = new Claim("implied.foreign-arms", 0.5, s.index(), s.token(f.token()).begin(), s.token(f.end() - 1).end(),
          f.statements(), Optional.empty(), a.claimant, a.accordingTo, a.status, ImmutableList.copyOf(a.verbs), a.disputedBy);
      claims.add(c);
      for (Entity other : a.coClaimants) {
        claims.add(c.withAttribution(Optional.of(other), c.accordingTo()));
      }
    }
  }

  /** "X rejected reports that ..., according to KCNA": KCNA relays the denial, it does not assert what is denied. */
  private static boolean relaysDenial(Attribution a, int token, List<Attribution> attributions) {
    if (a.status().ordinal() >= Status.DISPUTED.ordinal() || a.coSpeaker()) {
      return false;
    }
    return attributions.stream().anyMatch(d -> d != a && d.status().ordinal() >= Status.DISPUTED.ordinal()
        && d.speaker().isPresent() && d.contains(token) && a.contains(d.verbAt())
        && (!d.contains(a.verbAt()) || a.to() <= a.verbAt())); // "The NIS could not confirm ..., Lee added": Lee relays it
  }

  /**
   * "The ministry dismissed the report and said its cooperation with Moscow was lawful": the denial's speaker says the
   * words after a later, plain verb of saying; the denial governs what it was said of, not those.
   */
  private static boolean saidAfterDenying(Attribution a, int token, List<Attribution> attributions) {
    return a.status().ordinal() >= Status.DISPUTED.ordinal() && a.speaker().isPresent() && attributions.stream()
        .anyMatch(b -> b != a && b.status() == Status.ASSERTED && b.speaker().equals(a.speaker()) && b.contains(token)
            && b.verbAt() > a.verbAt() && b.verbAt() < token);
  }

  private static boolean hasOtherSpeaker(List<Attribution> attributions, int token, Entity denier) {
    return attributions.stream().anyMatch(a -> a.contains(token) && a.speaker().isPresent() && !a.speaker().get().equals(denier)
        && !relaysDenial(a, token, attributions)
        && a.status().ordinal() < Status.DISPUTED.ordinal());
  }

  /**
   * Relations that say who someone is (a post, a membership, whom a body answers to): the article's background
   * to the people and bodies it names, not something a speaker claims, even inside their words ("Lee, a member
   * of the committee, said", "the NIS briefed lawmakers", "Putin" in a quote as "President Vladimir Putin").
   */
  private static final ImmutableSet<String> STANDING = ImmutableSet.of("leads", "holdsPositionIn", "memberOf", "reportsTo");

  private static boolean standing(List<Statement> statements) {
    return !statements.isEmpty() && statements.stream().allMatch(ArticleExtractor::standing);
  }

  static boolean standing(Statement st) {
    return STANDING.contains(st.relation());
  }

  private Claim claimOf(Sentence s, Frame f, List<Mention> ms, List<Attribution> attributions, EventBuilder.State state,
      com.google.common.collect.SetMultimap<Entity, Entity> represents, Discourse d) {
    List<Statement> statements = new ArrayList<>();
    for (Rule.RelationTemplate t : f.rule().relations()) {
      for (Mention subj : f.roles().get(t.subjectRole())) {
        for (Mention obj : f.roles().get(t.objectRole())) {
          // "flown to Vladivostok ... and then taken west by train": the city is a leg of the journey, not the posting
          boolean transit = transit(s, t.relation(), obj);
          // "cargo is being brought to Rajin by train": a port of the sender's own country is where goods leave from
          boolean homePort = t.relation().equals("shipsTo") && obj.entity().type() == EntityType.PORT
              && subj.entity().type() == EntityType.COUNTRY && gazetteer.within(obj.entity(), subj.entity());
          Statement st = new Statement(subj.entity(), transit ? "shipsTo" : homePort ? "transportsVia" : t.relation(), obj.entity());
          boolean home = !transit && t.relation().equals("deploysTroopsTo") && gazetteer.within(obj.entity(), subj.entity()) // troops at home
              || t.relation().equals("visits") && f.rule().eventClass().map("Meeting"::equals).orElse(false) && !abroad(subj.entity(), obj.entity(), represents);
          if (!subj.entity().equals(obj.entity()) && !statements.contains(st) && !home) {
            statements.add(st);
            // troops' transport leg ("travelled by train to Khasan") is no shipment to Khasan's country
            boolean troopsLeg = t.relation().equals("shipsTo") && f.rule().eventClass().map("Deployment"::equals).orElse(false);
            hostCountry(t.relation(), subj.entity(), obj.entity(), d).filter(c -> !troopsLeg).map(c -> new Statement(subj.entity(), t.relation(), c))
                .filter(c -> !statements.contains(c)).ifPresent(statements::add);
          }
        }
      }
    }
    meetingAmongPartners(f, statements);
    suppliesHost(s, f, statements);
    Optional<EventRecord> event = events.build(s, f, ms, state, contentEnd(s, f.trigger(), attributions));
    if (event.map(ArticleExtractor::isPlannedOrFuture).orElseGet(() -> EventBuilder.planned(s, f))) {
      statements.clear(); // what has not happened yet is no fact
    }
    Attributed a = attributed(f.trigger(), attributions);
    if (standing(statements) || ownSanction(statements, a.claimant) || ownMovement(statements, a.claimant)) {
      a = a.withoutClaimant();
    }
    int cs = Clause.start(s, f.trigger());
    int ce = Clause.end(s, f.triggerEnd() - 1);
    Status status = a.status;
    List<String> cueWords = new ArrayList<>(a.verbs);
    int clauseBegin = s.token(cs).begin();
    for (CueFinder.Cue c : cues.find(s.textOf(cs, ce))) {
      // "its cooperation with Pyongyang is legitimate and breaks no resolutions": "breaks no" denies the breaking only
      boolean ownVerbOnly = c.words().endsWith(" no") && !(s.token(f.trigger()).begin() >= clauseBegin + c.at()
          && s.token(f.trigger()).begin() < clauseBegin + c.at() + c.words().length());
      if (!c.anaphoric() && !ownVerbOnly && !insideOtherAttribution(s, clauseBegin + c.at(), f.trigger(), attributions)
          && !mainVerbAfterRelative(s, f, clauseBegin + c.at())) {
        status = status.and(c.status());
        cueWords.add(c.words());
      }
    }
    if (cs > 0 && Regexes.matches(s.token(cs - 1).lower(), "that|whether|if")) {
      // "There is no evidence that X", "It remains unclear whether X": a doubt ending where the clause begins governs it
      String governing = s.textOf(Clause.start(s, cs - 1), cs);
      for (CueFinder.Cue c : cues.find(governing)) {
        if (c.at() + c.words().length() == governing.length() && c.status().ordinal() >= Status.UNCONFIRMED.ordinal()) {
          status = status.and(c.status());
          cueWords.add(c.words());
        }
      }
    }
    int qb = s.token(Math.max(cs, Math.min(f.trigger(), firstRole(f)))).begin();
    int qe = s.token(Math.max(f.triggerEnd(), lastRole(f)) - 1).end();
    return new Claim(f.rule().id(), f.rule().confidence(), s.index(), qb, Math.max(qb, qe), ImmutableList.copyOf(statements),
        event, a.claimant, a.accordingTo, status, ImmutableList.copyOf(cueWords), a.disputedBy);
  }

  /**
   * "carried munitions from Rajin to the Russian port of Vostochny": goods shipped to a foreign port go to its
   * country, which the rule's supplies relation names when the text names no recipient.
   */
  private static void suppliesHost(Sentence s, Frame f, List<Statement> statements) {
    boolean supplying = f.rule().relations().stream().anyMatch(t -> t.relation().equals("supplies"));
    // "the components were shipped from Vladivostok to the port of Chongjin": a passive verb's goods stand before it
    boolean goodsBefore = FrameMatcher.passive(s, f.trigger()) && SlotFinders.cargoBetween(s, Math.max(0, f.trigger() - 4), f.trigger());
    if (!supplying || f.roles().get("item").isEmpty() && !SlotFinders.cargoBetween(s, f.triggerEnd(), f.triggerEnd() + 4) && !goodsBefore
        || statements.stream().anyMatch(st -> st.relation().equals("supplies"))) {
      return;
    }
    List<Statement> hosts = statements.stream().filter(st -> st.relation().equals("shipsTo") && st.object().type() == EntityType.COUNTRY)
        .map(st -> new Statement(st.subject(), "supplies", st.object())).distinct().toList();
    statements.addAll(hosts);
  }

  /**
   * "The Treasury said it sanctioned X", "OFAC said the department designated X": a body announcing its own (or its
   * parent's) sanctions does them; the sanction is the article's fact, not the body's claim.
   */
  private boolean ownSanction(List<Statement> statements, Optional<Entity> claimant) {
    return claimant.isPresent() && !statements.isEmpty() && statements.stream().allMatch(st -> st.relation().equals("sanctions")
        && (st.subject().equals(claimant.get()) || partOf(claimant.get(), st.subject()) || partOf(st.subject(), claimant.get())));
  }

  /**
   * "Cho, who arrived in Washington on Thursday, said ...", "Cooper, visiting Kyiv, met Sybiha, she said": where the
   * speaker went and whom they met the article tells; it is no claim of theirs.
   */
  private static boolean ownMovement(List<Statement> statements, Optional<Entity> claimant) {
    return claimant.isPresent() && !statements.isEmpty() && statements.stream().allMatch(st ->
        (st.relation().equals("visits") || st.relation().equals("meetsWith"))
            && (st.subject().equals(claimant.get()) || st.relation().equals("meetsWith") && st.object().equals(claimant.get())));
  }

  private boolean partOf(Entity part, Entity whole) {
    return part.background().stream().anyMatch(r -> r.relation().equals("partOf") && gazetteer.entity(r.targetKey()).filter(whole::equals).isPresent());
  }

  /** "Rubio hosted Cho and Iwaya for talks": those met together meet each other too. */
  private static void meetingAmongPartners(Frame f, List<Statement> statements) {
    List<Entity> met = statements.stream().filter(st -> st.relation().equals("meetsWith") && f.rule().eventClass().map("Meeting"::equals).orElse(false))
        .map(Statement::object).distinct().toList();
    for (int i = 0; i < met.size(); i++) {
      for (int j = i + 1; j < met.size(); j++) {
        Statement st = new Statement(met.get(i), "meetsWith", met.get(j));
        if (met.get(i).type() == met.get(j).type() && !statements.contains(st)) {
          statements.add(st);
        }
      }
    }
  }

  /**
   * "Shoigu met Kim in Pyongyang": whether a person met someone in a place outside the country they serve: the gazetteer's country for them, else the
   * country of what the article says they lead or hold a post in ("Vyacheslav Volodin, the speaker of Russia's lower
   * house, held talks ... in Pyongyang").
   */
  private boolean abroad(Entity person, Entity city, com.google.common.collect.SetMultimap<Entity, Entity> represents) {
    if (person.type() != EntityType.PERSON) {
      return false;
    }
    Optional<Entity> served = gazetteer.countryServed(person)
        .or(() -> represents.get(person).stream().map(this::countryOf).flatMap(Optional::stream).findFirst());
    return served.map(c -> !gazetteer.within(city, c) && !city.equals(c)).orElse(false);
  }

  /** A country, or the country the gazetteer puts a body in. */
  private Optional<Entity> countryOf(Entity e) {
    return e.type() == EntityType.COUNTRY ? Optional.of(e) : gazetteer.countryOf(e);
  }

  /**
   * Troops sent to a city or port and "then" moved on in the same sentence ("flown to Vladivostok on transport
   * planes and then taken west by train"): the city is where a transport leg ends (ANNOTATION.md), not a posting.
   */
  private static boolean transit(Sentence s, String relation, Mention place) {
    EntityType t = place.entity().type();
    if (!relation.equals("deploysTroopsTo") || t != EntityType.CITY && t != EntityType.PORT) {
      return false;
    }
    for (int k = place.last(); k + 1 < s.size() && k - place.last() < 16; k++) {
      if (s.token(k).lower().equals("then") && MOVED_ON.contains(s.token(k + 1).lemma())) {
        return true;
      }
      if (s.token(k).lower().equals("then") && k + 2 < s.size() && MOVED_ON.contains(s.token(k + 2).lemma())) {
        return true; // "then were taken", "then by train"
      }
    }
    return false;
  }

  private static final ImmutableSet<String> MOVED_ON = ImmutableSet.of("take", "move", "transport", "send", "carry",
      "ship", "fly", "deploy", "bus", "truck", "transfer", "travel", "go", "head", "redeploy");

  /**
   * Troops or goods sent to a region, city or port are sent to its country too ("to Russia's Kursk region": Kursk
   * and Russia; "to the Russian port of Vostochny": Vostochny and Russia).
   */
  private Optional<Entity> hostCountry(String relation, Entity troops, Entity place, Discourse d) {
    if (!relation.equals("deploysTroopsTo") && !relation.equals("shipsTo") || place.type() == EntityType.COUNTRY) {
      return Optional.empty();
    }
    return gazetteer.countryOf(place).or(() -> d.siteCity(place).flatMap(gazetteer::countryOf)).filter(c -> !c.equals(troops));
  }

  /** Where the words reported about a token end (sentence-relative chars): the rest is the reporting. */
  private static int contentEnd(Sentence s, int token, List<Attribution> attributions) {
    int end = s.text().length();
    for (Attribution a : attributions) {
      if (a.contains(token) && a.to() < s.size()) {
        end = Math.min(end, s.token(a.to()).begin() - s.begin());
      }
    }
    return end;
  }

  /** "..., and [the NIS] is predicting ...": a cue in someone else's words does not qualify this frame. */
  private static boolean insideOtherAttribution(Sentence s, int absoluteChar, int trigger, List<Attribution> attributions) {
    for (Attribution a : attributions) {
      // "The ministry dismissed the report and said its cooperation with Moscow was lawful": a plain verb of saying
      // between the cue and the verb starts words the cue does not govern
      if (a.status() == Status.ASSERTED && a.contains(trigger) && a.verbAt() < trigger && s.token(a.verbAt()).begin() > absoluteChar) {
        return true;
      }
      int from = Math.min(a.from(), Math.max(0, a.verbAt() - 2)); // the reporting words themselves ("is predicting")
      boolean covers = s.token(from).begin() <= absoluteChar && absoluteChar < s.token(a.to() - 1).end();
      if (covers && !a.contains(trigger)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlannedOrFuture(EventRecord e) {
    String st = e.facts().getOrDefault("eventStatus", "");
    return st.equals("Planned") || st.equals("Preparing") || st.equals("Postponed");
  }

  private static int firstRole(Frame f) {
    return f.roles().values().stream().filter(m -> m.last() > m.first()).mapToInt(Mention::first).min().orElse(f.trigger());
  }

  private static int lastRole(Frame f) {
    return f.roles().values().stream().filter(m -> m.last() > m.first()).mapToInt(Mention::last).max().orElse(f.triggerEnd());
  }

  /**
   * Amounts of a sentence that no event of it took ("enough to hold more than 3 million rounds"): the
   * sentence still states them, so they become a claim about an unnamed situation ({@code ng:Event}).
   */
  private void quantitiesOutsideEvents(Sentence s, List<Claim> claims, int firstOfSentence, List<Attribution> attributions,
      EventBuilder.State state) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (int i = firstOfSentence; i < claims.size(); i++) {
      claims.get(i).event().ifPresent(e -> e.amounts().forEach(a -> taken.add(a.begin() + ":" + a.text())));
    }
    Optional<EventRecord> rest = events.amountsOnly(s, state, taken);
    if (rest.isPresent()) {
      Attributed a = attributed(0, attributions);
      claims.add(new Claim("quantity.mention", 0.5, s.index(), s.begin(), s.end(), ImmutableList.of(), rest, a.claimant,
          a.accordingTo, a.status, ImmutableList.copyOf(a.verbs), Optional.empty()));
    }
  }

  /**
   * The sentence's mentions and the names inside a named event's ("Russia's invasion of Ukraine"), so that the frames
   * read there ("invasion") find who did it to whom.
   */
  private List<Mention> withEventParties(Sentence s, ImmutableList<Mention> ms) {
    if (ms.stream().noneMatch(m -> m.entity().type() == EntityType.EVENT)) {
      return ms;
    }
    List<Mention> out = new ArrayList<>(ms);
    ms.stream().filter(m -> m.entity().type() == EntityType.EVENT).forEach(m -> out.addAll(mentionFinder.nestedNames(s, m)));
    out.sort(java.util.Comparator.comparingInt(Mention::first).thenComparingInt(m -> -m.last()));
    return out;
  }

  /** Later words that qualify claims: doubts voiced by another speaker, relays, anaphoric cues. */
  private void qualify(Sentence s, List<Claim> claims, int firstOfSentence, List<Attribution> attributions,
      List<CueFinder.Cue> sentenceCues) {
    for (CueFinder.Cue cue : sentenceCues) {
      boolean doubt = cue.status().ordinal() >= Status.UNCONFIRMED.ordinal();
      if (!doubt) {
        continue;
      }
      Optional<Entity> by = attributions.stream()
          .filter(a -> a.speaker().isPresent() && s.text().substring(0, cue.at()).length() >= 0 && coversChar(s, a, cue.at()))
          .reduce((outer, inner) -> inner).flatMap(Attribution::speaker);
      int from = cue.anaphoric() ? 0 : firstOfSentence;
      int to = cue.anaphoric() ? firstOfSentence : claims.size();
      if (cue.anaphoric()) {
        // "this supposition": the previous sentence's claims
        int prev = s.index() - 1;
        for (int i = from; i < to; i++) {
          if (claims.get(i).sentence() == prev && !isNounPhraseRule(claims.get(i))) {
            claims.set(i, claims.get(i).withDoubt(cue.status(), cue.words(), by));
          }
        }
        continue;
      }
      for (int i = from; i < to; i++) {
        Claim c = claims.get(i);
        // a doubt voiced by someone else about what the sentence reports
        // (nor what the speaker was told in: "the NIS told the committee that it could not confirm ...")
        if (by.isPresent() && !c.statements().isEmpty() && !isNounPhraseRule(c) && !c.rule().startsWith("briefing.")
            && !c.claimant().equals(by) && !c.accordingTo().equals(by)) {
          claims.set(i, c.withDoubt(cue.status(), cue.words(), by));
        }
      }
    }
    relay(s, claims, firstOfSentence, attributions);
  }

  /** Relations read off a noun phrase (titles, possessives) are not what a doubt in the sentence is about. */
  static boolean isNounPhraseRule(Claim c) {
    return c.rule().startsWith("role.") || c.rule().startsWith("possessive.") || c.rule().startsWith("demonym.")
        || c.rule().startsWith("name.") || c.rule().startsWith("apposition.");
  }

  static boolean coversChar(Sentence s, Attribution a, int charAt) {
    int abs = s.begin() + charAt;
    return s.token(a.from()).begin() <= abs && abs < s.token(a.to() - 1).end();
  }

  /**
   * "soldiers who fought in Kursk will never be forgotten": a cue after the main clause's auxiliary qualifies the main
   * verb, not the relative clause's ({@code cueChar}: sentence-relative).
   */
  private static boolean mainVerbAfterRelative(Sentence s, Frame f, int cueChar) {
    int t = f.trigger();
    boolean relative = t > 0 && Regexes.matches(s.token(t - 1).lower(), "who|which|that")
        || t > 1 && s.token(t - 1).pos().equals("AUX") && Regexes.matches(s.token(t - 2).lower(), "who|which|that");
    if (!relative) {
      return false;
    }
    for (int k = f.triggerEnd(); k < s.size() && s.token(k).begin() - s.begin() < cueChar; k++) {
      if (s.token(k).pos().equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /** Relations that make two countries a pair "both countries" may later stand for. */
  private static final java.util.Set<String> PARTNERING = java.util.Set.of("supplies", "shipsTo", "advises", "coordinatesWith",
      "meetsWith", "signsAgreementWith");

  /** "This was what the ministry told lawmakers, according to X": X relays the previous sentence's claims. */
  private static void relay(Sentence s, List<Claim> claims, int firstOfSentence, List<Attribution> attributions) {
    if (s.size() < 2 || !Regexes.matches(s.token(0).lower(), "this|that") || !s.token(1).lemma().equals("be")) {
      return;
    }
    Optional<Attribution> according = attributions.stream().filter(a -> a.verb().equals("according to")).findFirst();
    if (according.isEmpty()) {
      return;
    }
    Optional<Entity> relayer = according.get().speaker();
    for (int i = 0; i < firstOfSentence; i++) {
      Claim c = claims.get(i);
      if (c.sentence() == s.index() - 1 && !c.claimant().equals(relayer) && !isNounPhraseRule(c)) {
        claims.set(i, c.withAttribution(relayer, c.claimant().isPresent() ? c.claimant() : c.accordingTo()));
      }
    }
  }

  /** "[the NIS] is predicting a higher likelihood of success": a prediction about the latest event. */
  private void unattachedPredictions(Sentence s, List<Attribution> attributions, List<Claim> claims, int firstOfSentence,
      EventBuilder.State state) {
    for (Attribution a : attributions) {
      if (a.status() != Status.PREDICTED || a.speaker().isEmpty() || state.lastEvent().isEmpty()) {
        continue;
      }
      boolean framed = false;
      for (int i = firstOfSentence; i < claims.size(); i++) {
        int qb = claims.get(i).quoteBegin();
        framed |= s.token(a.from()).begin() <= qb && qb < s.token(a.to() - 1).end() && claims.get(i).sentence() == s.index();
      }
      if (framed) {
        continue;
      }
      Attributed outer = attributed(a.from(), attributions);
      Optional<Entity> claimant = outer.claimant.equals(a.speaker()) ? a.speaker() : outer.claimant;
      Optional<Entity> source = outer.claimant.equals(a.speaker()) ? Optional.empty() : a.speaker();
      claims.add(new Claim("prediction.about-event", 0.6, s.index(), s.token(a.from()).begin(), s.token(a.to() - 1).end(),
          ImmutableList.of(), state.lastEvent(), claimant, source, Status.PREDICTED, ImmutableList.of(a.verb()), Optional.empty()));
    }
  }
}
