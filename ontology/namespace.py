"""Closed vocabularies of filmkg: every term the builder may emit.

A term that is not listed here raises ``AttributeError`` on use (``_fail = True``), so a typo in the
emitter is an error, not a silently minted IRI. ``tests/test_ontology.py`` checks that every term
listed here is declared in ``ontology/film.ttl`` and that every term declared there is listed here.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

ONTOLOGY_IRI = URIRef("https://filmkg.org/ontology")
ONTOLOGY_VERSION_IRI = URIRef("https://filmkg.org/ontology/1.0.0")


class FK(DefinedNamespace):
    """Classes and properties of the filmkg ontology (``ontology/film.ttl``)."""

    _NS = Namespace("https://filmkg.org/ontology#")
    _fail = True

    # Classes: things in the world.
    Work: URIRef  # a creative work (film, manga series, novel, adaptation)
    Film: URIRef
    Periodical: URIRef  # a magazine or newspaper that serializes or reviews works
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    Character: URIRef
    Country: URIRef
    Language: URIRef
    Genre: URIRef
    Award: URIRef
    MonetaryAmount: URIRef

    # Classes: n-ary nodes that carry one claim of the article each.
    Credit: URIRef
    Performance: URIRef
    ReleaseEvent: URIRef
    AwardOutcome: URIRef
    Review: URIRef
    ProductionEvent: URIRef

    # Classes: provenance and controlled vocabularies.
    Article: URIRef
    Evidence: URIRef
    CrewRole: URIRef  # skos:Concept of the role scheme
    ReleaseKind: URIRef
    Outcome: URIRef
    EventKind: URIRef

    # Concept schemes.
    CrewRoleScheme: URIRef
    ReleaseKindScheme: URIRef
    OutcomeScheme: URIRef
    EventKindScheme: URIRef

    # Individuals: release kinds.
    Theatrical: URIRef
    Streaming: URIRef
    HomeVideo: URIRef
    Premiere: URIRef
    Television: URIRef
    FestivalScreening: URIRef

    # Individuals: award outcomes.
    Won: URIRef
    Nominated: URIRef
    Selected: URIRef
    Declined: URIRef

    # Individuals: production event kinds.
    Announcement: URIRef
    Bankruptcy: URIRef
    FilmingStart: URIRef
    FilmingEnd: URIRef
    Completion: URIRef
    OtherEvent: URIRef

    # Film and work data properties.
    title: URIRef
    year: URIRef  # xsd:gYear
    runtimeMinutes: URIRef  # xsd:decimal
    runtimeReels: URIRef  # xsd:integer
    releaseDate: URIRef  # xsd:date, gYearMonth or gYear
    workForm: URIRef  # "manga series", "novel", ...
    serializationStart: URIRef
    serializationEnd: URIRef
    volumeCount: URIRef
    collectedEditionDate: URIRef
    budget: URIRef  # -> MonetaryAmount
    boxOffice: URIRef  # -> MonetaryAmount
    amount: URIRef
    currency: URIRef  # ISO 4217 code
    amountText: URIRef  # the amount as the article writes it

    # Film object properties.
    country: URIRef
    originalLanguage: URIRef
    genre: URIRef
    basedOn: URIRef
    adaptation: URIRef  # inverse of basedOn
    serializedIn: URIRef
    publisher: URIRef

    # Film/work -> n-ary node, and back.
    credit: URIRef
    creditFor: URIRef
    performance: URIRef
    performanceIn: URIRef
    release: URIRef
    releaseOf: URIRef
    awardOutcome: URIRef
    outcomeFor: URIRef
    review: URIRef
    reviewOf: URIRef
    productionEvent: URIRef
    eventOf: URIRef

    # Credit nodes: the general agent link and one sub-property per role (for property chains).
    role: URIRef
    agent: URIRef
    billingOrder: URIRef
    announcedOn: URIRef
    announcedAt: URIRef
    creditDirector: URIRef
    creditScreenwriter: URIRef
    creditStory: URIRef
    creditProducer: URIRef
    creditExecutiveProducer: URIRef
    creditCinematographer: URIRef
    creditEditor: URIRef
    creditComposer: URIRef
    creditCharacterDesigner: URIRef
    creditNarrator: URIRef
    creditStarring: URIRef
    creditAuthor: URIRef
    creditIllustrator: URIRef
    creditProductionCompany: URIRef
    creditDistributor: URIRef
    creditPublisher: URIRef
    creditLicensee: URIRef
    creditVisualEffects: URIRef
    creditStudioFacility: URIRef
    creditProductionDesigner: URIRef
    creditSetDesigner: URIRef
    creditSpecialEffects: URIRef
    creditSoundRecordist: URIRef
    creditSoundMixer: URIRef

    # Direct work -> agent links, derived from credit nodes by property chains.
    contributor: URIRef  # people and organisations credited on a work
    director: URIRef
    screenwriter: URIRef
    storyBy: URIRef
    producer: URIRef
    executiveProducer: URIRef
    cinematographer: URIRef
    editor: URIRef
    composer: URIRef
    characterDesigner: URIRef
    narrator: URIRef
    starring: URIRef
    author: URIRef
    illustrator: URIRef
    productionCompany: URIRef
    distributor: URIRef
    publishedBy: URIRef
    licensee: URIRef
    visualEffects: URIRef
    studioFacility: URIRef
    productionDesigner: URIRef
    setDesigner: URIRef
    specialEffects: URIRef
    soundRecordist: URIRef
    soundMixer: URIRef
    creditCostumeDesigner: URIRef
    creditArtDirector: URIRef
    creditSetDecorator: URIRef
    creditAnimationDirector: URIRef
    creditSoundDesigner: URIRef
    creditSoundEditor: URIRef
    creditChoreographer: URIRef
    creditVisualEffectsSupervisor: URIRef
    creditCastingDirector: URIRef
    creditMakeupArtist: URIRef
    creditAssociateProducer: URIRef
    creditLyricist: URIRef
    creditAssistantDirector: URIRef
    creditScriptSupervisor: URIRef
    creditMusicSupervisor: URIRef
    creditKeyAnimator: URIRef
    creditVoiceDirector: URIRef
    creditSongwriter: URIRef
    creditFinancier: URIRef
    creditSalesAgent: URIRef
    creditRecordLabel: URIRef
    creditRestorer: URIRef
    creditDubbingStudio: URIRef
    creditBroadcaster: URIRef
    creditColorDesigner: URIRef
    creditSinger: URIRef
    creditOrchestrator: URIRef
    creditTitleDesigner: URIRef
    costumeDesigner: URIRef
    artDirector: URIRef
    setDecorator: URIRef
    animationDirector: URIRef
    soundDesigner: URIRef
    soundEditor: URIRef
    choreographer: URIRef
    visualEffectsSupervisor: URIRef
    castingDirector: URIRef
    makeupArtist: URIRef
    associateProducer: URIRef
    lyricist: URIRef
    assistantDirector: URIRef
    scriptSupervisor: URIRef
    musicSupervisor: URIRef
    keyAnimator: URIRef
    voiceDirector: URIRef
    songwriter: URIRef
    financier: URIRef
    salesAgent: URIRef
    recordLabel: URIRef
    restorer: URIRef
    dubbingStudio: URIRef
    broadcaster: URIRef
    colorDesigner: URIRef
    singer: URIRef
    orchestrator: URIRef
    titleDesigner: URIRef

    birthYear: URIRef
    deathYear: URIRef

    # Performance nodes.
    performer: URIRef
    voicePerformer: URIRef
    character: URIRef
    dubLanguage: URIRef
    appearsAsSelf: URIRef  # xsd:boolean: documentary participants
    castMember: URIRef  # film -> person, by chain
    voiceActor: URIRef  # film -> person, by chain
    hasCharacter: URIRef  # film -> character, by chain

    # Release events.
    date: URIRef
    region: URIRef
    platform: URIRef
    medium: URIRef
    releaseKind: URIRef
    releasedBy: URIRef
    scope: URIRef
    runDescription: URIRef
    venue: URIRef

    # Award outcomes.
    award: URIRef
    awardWon: URIRef
    awardNominated: URIRef
    awardSelection: URIRef
    awardReceived: URIRef  # film -> award, by chain
    nominatedFor: URIRef  # film -> award, by chain
    outcome: URIRef
    ceremony: URIRef
    edition: URIRef
    category: URIRef
    prize: URIRef
    recipient: URIRef

    # Reviews.
    critic: URIRef
    publication: URIRef
    rating: URIRef
    quote: URIRef

    # Production events.
    eventKind: URIRef
    agentDescription: URIRef
    description: URIRef

    # Provenance.
    evidence: URIRef  # sub-property of prov:wasDerivedFrom
    sourceArticle: URIRef
    sectionPath: URIRef
    text: URIRef
    line: URIRef
    startOffset: URIRef
    endOffset: URIRef
    evidenceKind: URIRef  # "infobox", "table", "list" or "prose"
    sourceFile: URIRef
    sha256: URIRef
    describes: URIRef

    # Links to Wikidata (the "links" graph): one node per owl:sameAs link.
    WikidataLink: URIRef
    linkSubject: URIRef  # the filmkg entity
    linkTarget: URIRef  # the Wikidata item
    linkScore: URIRef  # xsd:decimal in [0, 1]
    linkMethod: URIRef  # "sitelink", "statement:P57", ...


class ROLE(DefinedNamespace):
    """The SKOS scheme of credit roles (``fk:CrewRoleScheme``)."""

    _NS = Namespace("https://filmkg.org/ontology/role/")
    _fail = True

    director: URIRef
    screenwriter: URIRef
    story: URIRef
    producer: URIRef
    executiveProducer: URIRef
    cinematographer: URIRef
    editor: URIRef
    composer: URIRef
    characterDesigner: URIRef
    narrator: URIRef
    starring: URIRef
    author: URIRef
    illustrator: URIRef
    productionCompany: URIRef
    distributor: URIRef
    publisher: URIRef
    licensee: URIRef
    visualEffects: URIRef
    studioFacility: URIRef
    productionDesigner: URIRef
    setDesigner: URIRef
    specialEffects: URIRef
    soundRecordist: URIRef
    soundMixer: URIRef
    costumeDesigner: URIRef
    artDirector: URIRef
    setDecorator: URIRef
    animationDirector: URIRef
    soundDesigner: URIRef
    soundEditor: URIRef
    choreographer: URIRef
    visualEffectsSupervisor: URIRef
    castingDirector: URIRef
    makeupArtist: URIRef
    associateProducer: URIRef
    lyricist: URIRef
    assistantDirector: URIRef
    scriptSupervisor: URIRef
    musicSupervisor: URIRef
    keyAnimator: URIRef
    voiceDirector: URIRef
    songwriter: URIRef
    financier: URIRef
    salesAgent: URIRef
    recordLabel: URIRef
    restorer: URIRef
    dubbingStudio: URIRef
    broadcaster: URIRef
    colorDesigner: URIRef
    singer: URIRef
    orchestrator: URIRef
    titleDesigner: URIRef


WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SDO = Namespace("https://schema.org/")
DBO = Namespace("http://dbpedia.org/ontology/")
