package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Vocabulary of the newsgraph ontology ({@code ontology/newsgraph.ttl}), namespace {@value #NS}, shaped
 * like Jena's {@code SKOS} and {@code SHACL} vocabulary classes: one constant per term, named exactly as
 * the term's local name. Classes and named individuals are {@link Resource}s, properties are {@link
 * Property}s. {@code OntologyTest} checks that the constants and the ontology's declared terms are the
 * same set. For schema.org terms use Jena's {@link org.apache.jena.vocabulary.SchemaDO}.
 */
public final class NG {

  /** The namespace of the ontology's terms. */
  public static final String NS = "https://w3id.org/newsgraph/ontology#";

  /** The ontology IRI (not in {@link #NS}: it has no {@code #}). */
  public static final String ONTOLOGY_IRI = "https://w3id.org/newsgraph/ontology";

  /** The IRI of this version of the ontology. */
  public static final String VERSION_IRI = "https://w3id.org/newsgraph/ontology/0.1.0";

  private NG() {}

  /** The namespace of the vocabulary as a string. */
  public static String getURI() {
    return NS;
  }

  private static Resource resource(String localName) {
    return ResourceFactory.createResource(NS + localName);
  }

  private static Property property(String localName) {
    return ResourceFactory.createProperty(NS, localName);
  }

  // Entity classes

  /**
   * Anything named in an article that the graph describes: the top class of countries, organizations,
   * people, places, weapon types, named events, transport modes and asset types.
   */
  public static final Resource Entity = resource("Entity");

  /** A sovereign state, both as a territory and as an actor ("North Korea sent shells"). */
  public static final Resource Country = resource("Country");

  /**
   * An organized body of people: an agency, a legislature, a committee, a party, a news organization, a
   * company.
   */
  public static final Resource Organization = resource("Organization");

  /** An agency of a government's executive, such as an intelligence service or a ministry. */
  public static final Resource GovernmentAgency = resource("GovernmentAgency");

  /** A law-making assembly, such as a national assembly or parliament. */
  public static final Resource Legislature = resource("Legislature");

  /** A committee of a legislature, such as a parliamentary intelligence committee. */
  public static final Resource LegislativeCommittee = resource("LegislativeCommittee");

  /** A political party. */
  public static final Resource PoliticalParty = resource("PoliticalParty");

  /** A newspaper, news agency or broadcaster: the publisher of articles and a source in source chains. */
  public static final Resource NewsOrganization = resource("NewsOrganization");

  /** A human being, such as an official, a lawmaker or a journalist. */
  public static final Resource Person = resource("Person");

  /** A geographic place other than a country: a city, a port, a region, a site. */
  public static final Resource Place = resource("Place");

  /** A city or town. */
  public static final Resource City = resource("City");

  /** A sea or river port, as a point of departure or arrival of shipments. */
  public static final Resource Port = resource("Port");

  /**
   * A kind of weapon or munition (artillery shell, multiple rocket launcher, ballistic missile), not an
   * individual item.
   */
  public static final Resource WeaponType = resource("WeaponType");

  /**
   * An event known by a name and treated as an entity, such as a war or a summit; distinct from the
   * extracted n-ary {@code ng:Event}.
   */
  public static final Resource NamedEvent = resource("NamedEvent");

  /** A means of transport, such as ship, train or transport aircraft. */
  public static final Resource TransportMode = resource("TransportMode");

  /** A kind of asset that can be stolen, frozen or seized, such as virtual assets. */
  public static final Resource AssetType = resource("AssetType");


  // Events (n-ary)

  /**
   * An n-ary event extracted from an article, with its participants and qualifiers (quantity, time, place,
   * route); the detailed counterpart of the direct relations.
   */
  public static final Resource Event = resource("Event");

  /** A supply or shipment of items from an agent (the supplier) to a recipient, possibly over route legs. */
  public static final Resource Transfer = resource("Transfer");

  /**
   * A report given by an agent (the reporter) to an audience, such as an intelligence service briefing a
   * parliamentary committee.
   */
  public static final Resource Briefing = resource("Briefing");

  /** Cooperation between an agent and partners, possibly about another event ({@code ng:subjectEvent}). */
  public static final Resource Cooperation = resource("Cooperation");

  /** The freezing of assets by an agent. */
  public static final Resource AssetFreeze = resource("AssetFreeze");

  /** The seizure of assets by an agent. */
  public static final Resource AssetSeizure = resource("AssetSeizure");

  /** The sending of a delegation by an agent to a destination, with its composition and purpose. */
  public static final Resource Delegation = resource("Delegation");

  /** The launch of a missile, rocket or satellite (the item) by an agent, possibly planned or postponed. */
  public static final Resource Launch = resource("Launch");

  /** A meeting or summit between an agent and partners. */
  public static final Resource Meeting = resource("Meeting");

  /** The making of an agreement between an agent and partners. */
  public static final Resource Agreement = resource("Agreement");

  /** An attack by an agent on a target, possibly with a weapon type (the item). */
  public static final Resource Attack = resource("Attack");

  /** The deployment of troops or equipment by an agent to a destination. */
  public static final Resource Deployment = resource("Deployment");

  /** The imposition of sanctions by an agent on a target. */
  public static final Resource Sanction = resource("Sanction");


  // Qualifier classes

  /**
   * One leg of a transfer's route: from a place to a place by a transport mode, ordered by {@code
   * ng:legOrder}.
   */
  public static final Resource RouteLeg = resource("RouteLeg");

  /**
   * An amount, or lower and upper bounds, with a bound kind and a unit, as stated in the text ("over 1
   * million shells").
   */
  public static final Resource Quantity = resource("Quantity");

  /**
   * When an event happened or will happen: a start and an end ({@code xsd:date}, {@code xsd:gYearMonth} or
   * {@code xsd:gYear}) with a precision and the words of the text.
   */
  public static final Resource TimeSpec = resource("TimeSpec");

  /**
   * Whether an event has occurred, is being prepared, is planned or was postponed; the concepts of {@code
   * ng:EventStatusScheme}.
   */
  public static final Resource EventStatus = resource("EventStatus");

  /**
   * How a quantity's number relates to the true value (exact, approximate, at least, at most, vague); the
   * concepts of {@code ng:BoundKindScheme}.
   */
  public static final Resource BoundKind = resource("BoundKind");

  /**
   * How firmly a claim is put forward by its source (asserted, reported, estimated, hedged, predicted,
   * unconfirmed, disputed, denied); the concepts of {@code ng:EpistemicStatusScheme}.
   */
  public static final Resource EpistemicStatus = resource("EpistemicStatus");


  // Claims, evidence, mentions

  /**
   * One extracted statement; the claim's IRI names the graph that holds the statement, and the claim is
   * described with its source article, evidence, claimant and status.
   */
  public static final Resource Claim = resource("Claim");

  /**
   * The span of an article's text that a claim was extracted from: the sentence, the exact quote and UTF-16
   * character offsets into the article file's text.
   */
  public static final Resource Evidence = resource("Evidence");

  /**
   * One occurrence of an entity's name (or a reference to it) in an article, with its surface form and
   * character offsets.
   */
  public static final Resource Mention = resource("Mention");


  // Direct relations (entity -> entity)

  /** The subject provides goods (weapons, munitions, fuel) to the object. */
  public static final Property supplies = property("supplies");

  /** The subject supplies (to someone) weapons of the object's kind. */
  public static final Property suppliesWeaponType = property("suppliesWeaponType");

  /** The subject sends shipments to the object (a recipient country, organization or place). */
  public static final Property shipsTo = property("shipsTo");

  /** The subject moves goods via the object: a place passed through (a port) or a means of transport. */
  public static final Property transportsVia = property("transportsVia");

  /** The subject sends troops to the object (a country or place). */
  public static final Property deploysTroopsTo = property("deploysTroopsTo");

  /**
   * The subject gives reports or briefings to the object, as an intelligence service to a parliamentary
   * committee; not organizational subordination.
   */
  public static final Property reportsTo = property("reportsTo");

  /** The subject and the object cooperate or coordinate their actions (symmetric). */
  public static final Property coordinatesWith = property("coordinatesWith");

  /** The subject is a member of the object (a party, committee, alliance or organization). */
  public static final Property memberOf = property("memberOf");

  /**
   * The subject is a part of the object, such as a committee of a legislature or an agency of a government.
   */
  public static final Property partOf = property("partOf");

  /**
   * The subject heads the object (a director of an agency, a leader of a country or party); Wikidata states
   * the inverse, from organization to person.
   */
  public static final Property leads = property("leads");

  /**
   * The subject, a person, holds an office or position in the object, such as vice chairperson on a
   * committee.
   */
  public static final Property holdsPositionIn = property("holdsPositionIn");

  /** The subject is located in the object (a place or country). */
  public static final Property locatedIn = property("locatedIn");

  /** The subject and the object are at war with each other (symmetric). */
  public static final Property atWarWith = property("atWarWith");

  /**
   * The subject gives advice or instruction to the object, such as experts instructing another country's
   * forces.
   */
  public static final Property advises = property("advises");

  /** The subject and the object meet (symmetric). */
  public static final Property meetsWith = property("meetsWith");

  /** The subject visits the object (a country, place or organization). */
  public static final Property visits = property("visits");

  /** The subject and the object make an agreement with each other (symmetric). */
  public static final Property signsAgreementWith = property("signsAgreementWith");

  /** The subject launches the object (a missile, rocket or satellite, or its type). */
  public static final Property launches = property("launches");

  /** The subject imposes sanctions on the object. */
  public static final Property sanctions = property("sanctions");

  /** The subject violates the object (a resolution, treaty or agreement). */
  public static final Property violates = property("violates");

  /** The subject vetoes the object (a resolution or bill). */
  public static final Property vetoes = property("vetoes");

  /** The subject steals the object (assets or an asset type such as virtual assets). */
  public static final Property steals = property("steals");

  /** The subject seizes the object (assets, goods or a place). */
  public static final Property seizes = property("seizes");

  /** The subject freezes the object (assets or an asset type). */
  public static final Property freezes = property("freezes");

  /** The subject attacks the object. */
  public static final Property attacks = property("attacks");

  /** The subject uses weapons against the object. */
  public static final Property usesWeaponAgainst = property("usesWeaponAgainst");

  /** The subject uses weapons of the object's kind. */
  public static final Property usesWeaponType = property("usesWeaponType");


  // Event properties

  /** The entity that performs the event: the supplier, reporter, sender or actor. */
  public static final Property agent = property("agent");

  /** The entity that receives what the event transfers. */
  public static final Property recipient = property("recipient");

  /** An entity that takes part alongside the agent in a cooperation, meeting or agreement. */
  public static final Property partner = property("partner");

  /** The entity that a briefing is given to. */
  public static final Property audience = property("audience");

  /** What the event is done with or to: a weapon type, an asset type, a satellite. */
  public static final Property item = property("item");

  /** The entity that an attack, sanction or seizure is directed at. */
  public static final Property target = property("target");

  /** The place or country that the event sends someone or something to. */
  public static final Property destination = property("destination");

  /** The means of transport used by an event or a route leg. */
  public static final Property mode = property("mode");

  /** The country whose ships or aircraft carry the goods of an event or a route leg. */
  public static final Property carrierCountry = property("carrierCountry");

  /** One leg of the route that the event's goods travelled. */
  public static final Property routeLeg = property("routeLeg");

  /** The position of a route leg in its route. */
  public static final Property legOrder = property("legOrder");

  /** The place or country that a route leg starts from. */
  public static final Property fromPlace = property("fromPlace");

  /** The place or country that a route leg ends at. */
  public static final Property toPlace = property("toPlace");

  /** A quantity that qualifies the event: how many shells, how many shipments, how much money. */
  public static final Property hasQuantity = property("hasQuantity");

  /** When the event happened, happens or is expected to happen. */
  public static final Property hasTime = property("hasTime");

  /** The event that a cooperation (or another event) is about. */
  public static final Property subjectEvent = property("subjectEvent");

  /** The place or organization where the event takes place. */
  public static final Property venue = property("venue");

  /** The venue in the words of the text, such as "at its offices". */
  public static final Property venueText = property("venueText");

  /** Whether the event was held behind closed doors. */
  public static final Property closedDoor = property("closedDoor");

  /** What the event is for, in the words of the text. */
  public static final Property purpose = property("purpose");

  /** What a group (such as a delegation) consists of, in the words of the text. */
  public static final Property composition = property("composition");

  /** The event's position in a series, as in "third launch" (3). */
  public static final Property ordinal = property("ordinal");

  /** Whether the event has occurred, is being prepared, is planned or was postponed. */
  public static final Property eventStatus = property("eventStatus");

  /** The words of the text that trigger the event, such as "has provided". */
  public static final Property eventText = property("eventText");

  /** The number stated for a quantity, in its unit. */
  public static final Property amount = property("amount");

  /** The least value a quantity can have, as in "over 1 million". */
  public static final Property lowerBound = property("lowerBound");

  /** The greatest value a quantity can have, as in "up to 500". */
  public static final Property upperBound = property("upperBound");

  /** How the quantity's number relates to the true value: exact, approximate, at least, at most or vague. */
  public static final Property bound = property("bound");

  /**
   * The unit of a quantity: a currency code such as USD, or what is counted, such as shell, shipment or
   * month.
   */
  public static final Property unit = property("unit");

  /** The entity whose instances a quantity counts, such as the artillery shell weapon type. */
  public static final Property countedThing = property("countedThing");

  /** What a quantity counts, in the words of the text. */
  public static final Property countedText = property("countedText");

  /** The whole quantity in the words of the text, such as "over 1 million shells". */
  public static final Property quantityText = property("quantityText");

  /**
   * The first day, month or year of a time specification ({@code xsd:date}, {@code xsd:gYearMonth} or
   * {@code xsd:gYear}).
   */
  public static final Property start = property("start");

  /**
   * The last day, month or year of a time specification ({@code xsd:date}, {@code xsd:gYearMonth} or {@code
   * xsd:gYear}).
   */
  public static final Property end = property("end");

  /** The precision of a time specification: "day", "month" or "year". */
  public static final Property precision = property("precision");

  /** The time in the words of the text, such as "since early August". */
  public static final Property timeText = property("timeText");

  /** Whether the text gives the time only approximately, as in "around the middle of October". */
  public static final Property approximate = property("approximate");


  // Claim metadata

  /** A span of the article's text that the claim was extracted from. */
  public static final Property evidence = property("evidence");

  /** The whole sentence that contains the evidence. */
  public static final Property sentenceText = property("sentenceText");

  /**
   * The UTF-16 character offset into the article file's text where the evidence or mention begins
   * (inclusive).
   */
  public static final Property beginOffset = property("beginOffset");

  /**
   * The UTF-16 character offset into the article file's text where the evidence or mention ends
   * (exclusive).
   */
  public static final Property endOffset = property("endOffset");

  /** The exact words of the evidence span. */
  public static final Property quote = property("quote");

  /** The speaker whom the article reports as making the claim; absent when the article itself asserts it. */
  public static final Property claimant = property("claimant");

  /** The source that the claimant cites for the claim (article &lt;- claimant &lt;- source). */
  public static final Property accordingTo = property("accordingTo");

  /**
   * The chain of sources as text, such as "Reuters &lt;- a lawmaker &lt;- the Defence Intelligence
   * Service".
   */
  public static final Property sourceChain = property("sourceChain");

  /** The epistemic status of the claim, justified by its cue words. */
  public static final Property status = property("status");

  /**
   * A word or phrase of the text that justifies the claim's status, such as "estimated" or "could not be
   * confirmed".
   */
  public static final Property cue = property("cue");

  /** An entity that calls the claim unconfirmed or denies it. */
  public static final Property disputedBy = property("disputedBy");

  /** The identifier of the extraction rule that produced the claim. */
  public static final Property rule = property("rule");

  /** The extractor's confidence in the claim, a decimal from 0 to 1. */
  public static final Property confidence = property("confidence");

  /** The subject of the claim's main direct triple. */
  public static final Property statementSubject = property("statementSubject");

  /** The predicate (a direct relation) of the claim's main direct triple. */
  public static final Property statementPredicate = property("statementPredicate");

  /** The object of the claim's main direct triple. */
  public static final Property statementObject = property("statementObject");


  // Articles and mentions

  /** The caption of a photo in the article. */
  public static final Property caption = property("caption");

  /** The name of the file that the article was read from. */
  public static final Property sourceFile = property("sourceFile");

  /** The hexadecimal SHA-1 of the bytes of the article's file. */
  public static final Property contentHash = property("contentHash");

  /** The entity that a mention refers to. */
  public static final Property denotes = property("denotes");

  /** The article that a mention occurs in. */
  public static final Property inArticle = property("inArticle");

  /** The words of a mention exactly as they appear in the text. */
  public static final Property surfaceForm = property("surfaceForm");


  // Concept schemes and their concepts (named individuals)

  /**
   * The statuses that a claim can have, from asserted to denied: how firmly its source puts it forward. The
   * concepts are the instances of {@code ng:EpistemicStatus}.
   */
  public static final Resource EpistemicStatusScheme = resource("EpistemicStatusScheme");

  /** The source states the statement as a fact, without hedging. */
  public static final Resource Asserted = resource("Asserted");

  /** The source passes on what another source reported, without endorsing or doubting it. */
  public static final Resource Reported = resource("Reported");

  /** The source gives the statement as its estimate or assessment ("has estimated", "views as"). */
  public static final Resource Estimated = resource("Estimated");

  /** The source states the statement with hedging words ("appears", "reportedly", "is believed"). */
  public static final Resource Hedged = resource("Hedged");

  /** The source expects the statement to become true in the future ("predicts", "is likely to"). */
  public static final Resource Predicted = resource("Predicted");

  /** The source, or another, says the statement could not be confirmed. */
  public static final Resource Unconfirmed = resource("Unconfirmed");

  /** Another source contests the statement. */
  public static final Resource Disputed = resource("Disputed");

  /** A source denies the statement; the claim's graph holds a reification, not the triple. */
  public static final Resource Denied = resource("Denied");

  /**
   * How the number of a quantity relates to the true value. The concepts are the instances of {@code
   * ng:BoundKind}.
   */
  public static final Resource BoundKindScheme = resource("BoundKindScheme");

  /** The number is the exact value ("ten shipments"). */
  public static final Resource Exact = resource("Exact");

  /** The number is close to the true value ("around", "roughly"). */
  public static final Resource Approximate = resource("Approximate");

  /** The true value is the number or more ("over", "more than", "at least"). */
  public static final Resource AtLeast = resource("AtLeast");

  /** The true value is the number or less ("up to", "less than", "at most"). */
  public static final Resource AtMost = resource("AtMost");

  /** The text gives no usable number ("various", "multiple", "a sufficient quantity"). */
  public static final Resource Vague = resource("Vague");

  /**
   * Whether an event has happened, is being prepared, is planned or was postponed. The concepts are the
   * instances of {@code ng:EventStatus}.
   */
  public static final Resource EventStatusScheme = resource("EventStatusScheme");

  /** The event has happened. */
  public static final Resource Occurred = resource("Occurred");

  /** Preparations for the event are under way ("final preparations"). */
  public static final Resource Preparing = resource("Preparing");

  /** The event is planned or scheduled but has not happened yet. */
  public static final Resource Planned = resource("Planned");

  /** The event was planned but has been put off. */
  public static final Resource Postponed = resource("Postponed");
}
