"""The ontology package: ``film.ttl`` against the closed vocabulary of ``namespace.py``, its
alignments and OWL 2 RL closure; ``shapes.ttl`` against SHACL-SHACL and the seed's data;
``context.jsonld`` against the namespaces and a JSON-LD round trip."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import owlrl
import pytest
import rdflib.namespace as rns
from pyshacl import validate
from pyshacl.entrypoints import meta_validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS

from graph.build import BuildSettings, build_dataset
from graph.exports import union_graph
from graph.iris import IRIs
from graph.prefixes import prefixes
from ontology import (CONTEXT_FILE, ONTOLOGY_IRI, ONTOLOGY_VERSION_IRI, load_context, load_ontology,
                      load_shapes)
from ontology.namespace import DBO, FK, ROLE, SDO, WD, WDT
from ontology.roles import ROLE_TERMS

# owlrl writes inconsistencies into the graph as instances of this class.
ERRNS = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")

FK_TERMS = sorted(dir(FK))
ROLE_CONCEPTS = sorted(dir(ROLE))
ALL_TERMS = FK_TERMS + ROLE_CONCEPTS
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual,
                     SKOS.Concept, SKOS.ConceptScheme}

ALLOWED_WD_ENTITIES = {WD[q] for q in ("Q11424", "Q5", "Q17", "Q5287", "Q907311")}
ALLOWED_WDT_PROPERTIES = {WDT[p] for p in (
    "P31", "P57", "P58", "P162", "P161", "P725", "P344", "P1040", "P86", "P272", "P750", "P577",
    "P2047", "P495", "P364", "P136", "P144", "P166", "P1411")}
ALLOWED_NAMESPACES = tuple(str(ns) for ns in (FK._NS, ROLE._NS, OWL, RDF, RDFS, rns.XSD, SKOS, PROV,
                                               DCTERMS, SDO, WD, WDT, DBO))


def _ns(term: URIRef) -> bool:
    """Whether ``term`` is in one of filmkg's own namespaces."""
    return str(term).startswith((str(FK._NS), str(ROLE._NS)))


def _iris(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef)}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def closure(onto) -> Graph:
    g = Graph()
    for t in onto:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def seed_graph(seed_dataset) -> Graph:
    """The seed's union graph (articles and ontology), a copy that tests may read."""
    return union_graph(seed_dataset)


def _copy(graph: Graph) -> Graph:
    g = Graph()
    for t in graph:
        g.add(t)
    return g


def _errors(g: Graph) -> list[str]:
    problems = [str(m) for m in g.objects(None, ERRNS.error)]
    problems += [f"{s} is an owl:Nothing" for s in g.subjects(RDF.type, OWL.Nothing)]
    return problems


# --------------------------------------------------------------------------------------------
# film.ttl: the closed vocabulary
# --------------------------------------------------------------------------------------------

def test_namespace_listing_matches_annotations():
    """``dir()`` of a DefinedNamespace lists exactly its annotated names, as IRIs."""
    for ns in (FK, ROLE):
        names = {n for n in ns.__annotations__ if not n.startswith("_")}
        assert set(dir(ns)) == {ns._NS[n] for n in names}
    assert len(FK_TERMS) == len(set(FK_TERMS)) and ROLE_CONCEPTS


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) == ONTOLOGY_VERSION_IRI
    assert str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)) == "1.0.0"
    assert str(ONTOLOGY_VERSION_IRI).endswith("/" + str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)))
    for prop in (DCTERMS.title, DCTERMS.description):
        assert any(v.language == "en" for v in onto.objects(ONTOLOGY_IRI, prop)), prop


@pytest.mark.parametrize("term", ALL_TERMS, ids=lambda t: t.n3().rsplit("/", 1)[-1])
def test_term_is_declared_and_documented(onto, term):
    kinds = set(onto.objects(term, RDF.type)) & DECLARATION_TYPES
    assert kinds, f"{term} has no declaration"
    assert not {OWL.ObjectProperty, OWL.DatatypeProperty} <= kinds, f"{term} is both property kinds"
    labels = [v for v in onto.objects(term, RDFS.label) if v.language == "en"]
    comments = [v for v in onto.objects(term, RDFS.comment) if v.language == "en"]
    assert len(labels) == 1 and str(labels[0]).strip(), f"{term} needs one English rdfs:label"
    assert len(comments) == 1 and len(str(comments[0])) > 10, f"{term} needs one English rdfs:comment"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto


def test_no_term_beyond_namespace_py(onto):
    """Every IRI of the fk: and role: namespaces in film.ttl, in any position, is a listed term."""
    stray = sorted(t for t in _iris(onto) if _ns(t) and t not in set(ALL_TERMS))
    assert not stray


def test_only_known_vocabularies(onto):
    own = {ONTOLOGY_IRI, ONTOLOGY_VERSION_IRI}
    stray = sorted(t for t in _iris(onto) - own if not str(t).startswith(ALLOWED_NAMESPACES))
    assert not stray


def test_only_allowed_wikidata_identifiers(onto):
    wikidata = {t for t in _iris(onto) if "wikidata.org" in str(t)}
    assert wikidata, "the Wikidata alignments are missing"
    entities = {t for t in wikidata if str(t).startswith(str(WD))}
    properties = {t for t in wikidata if str(t).startswith(str(WDT))}
    assert wikidata == entities | properties, "only wd: and wdt: IRIs may be used"
    assert entities <= ALLOWED_WD_ENTITIES, sorted(entities - ALLOWED_WD_ENTITIES)
    assert properties <= ALLOWED_WDT_PROPERTIES, sorted(properties - ALLOWED_WDT_PROPERTIES)


@pytest.mark.parametrize("kind, terms", [
    (OWL.Class, ["Work", "Film", "Periodical", "Agent", "Person", "Organization", "Character",
                 "Country", "Language", "Genre", "Award", "MonetaryAmount", "Credit", "Performance",
                 "ReleaseEvent", "AwardOutcome", "Review", "ProductionEvent", "Article", "Evidence",
                 "CrewRole", "ReleaseKind", "Outcome", "EventKind"]),
    (SKOS.ConceptScheme, ["CrewRoleScheme", "ReleaseKindScheme", "OutcomeScheme", "EventKindScheme"]),
    (OWL.DatatypeProperty, ["title", "year", "runtimeMinutes", "releaseDate", "workForm",
                            "serializationStart", "serializationEnd", "volumeCount",
                            "collectedEditionDate", "amount", "currency", "amountText",
                            "billingOrder", "announcedOn", "announcedAt", "appearsAsSelf", "date",
                            "medium", "scope", "runDescription", "venue", "ceremony", "edition",
                            "category", "prize", "rating", "quote", "agentDescription",
                            "description", "sectionPath", "text", "line", "startOffset",
                            "endOffset", "evidenceKind", "sourceFile", "sha256"]),
])
def test_declaration_kinds(onto, kind, terms):
    for name in terms:
        assert (FK[name], RDF.type, kind) in onto, name


def test_every_property_kind_is_declared(onto):
    """FK terms starting with a lower-case letter are properties: object or datatype."""
    for term in FK_TERMS:
        local = str(term)[len(str(FK._NS)):]
        kinds = set(onto.objects(term, RDF.type))
        if local[0].islower():
            assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, local


@pytest.mark.parametrize("sub, sup", [
    (FK.Film, FK.Work), (FK.Periodical, FK.Work), (FK.Person, FK.Agent),
    (FK.Organization, FK.Agent), (FK.Article, PROV.Entity), (FK.Evidence, PROV.Entity),
    (FK.CrewRole, SKOS.Concept), (FK.ReleaseKind, SKOS.Concept), (FK.Outcome, SKOS.Concept),
    (FK.EventKind, SKOS.Concept),
])
def test_class_hierarchy(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


# (class, class, whether the two must be disjoint)
DISJOINTNESS = [
    (FK.Person, FK.Organization, True), (FK.Credit, FK.Performance, True), (FK.Credit, FK.Agent, True),
    (FK.ReleaseEvent, FK.AwardOutcome, True), (FK.Review, FK.ProductionEvent, True),
    (FK.Credit, FK.Work, True), (FK.ProductionEvent, FK.Film, True), (FK.Performance, FK.Person, True),
    (FK.Review, FK.Work, False), (FK.Work, FK.Agent, False), (FK.Character, FK.Person, False),
    (FK.Periodical, FK.Organization, False), (FK.Film, FK.Periodical, False),
]


@pytest.fixture(scope="module")
def disjointness_errors(onto) -> str:
    """One closure of the ontology plus one individual typed with both classes of each pair."""
    g = _copy(onto)
    for i, (a, b, _) in enumerate(DISJOINTNESS):
        g.add((URIRef(f"urn:x:pair{i}"), RDF.type, a))
        g.add((URIRef(f"urn:x:pair{i}"), RDF.type, b))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return "\n".join(_errors(g))


@pytest.mark.parametrize("i, a, b, disjoint", [(i, *row) for i, row in enumerate(DISJOINTNESS)],
                         ids=[f"{a.fragment}-{b.fragment}" for a, b, _ in DISJOINTNESS])
def test_disjointness(disjointness_errors, i, a, b, disjoint):
    assert (f"urn:x:pair{i}" + chr(10) in disjointness_errors + chr(10)) == disjoint


@pytest.mark.parametrize("prop, chain", [
    (FK.castMember, [FK.performance, FK.performer]),
    (FK.voiceActor, [FK.performance, FK.voicePerformer]),
    (FK.hasCharacter, [FK.performance, FK.character]),
    (FK.releaseDate, [FK.release, FK.date]),
    (FK.awardReceived, [FK.awardOutcome, FK.awardWon]),
    (FK.nominatedFor, [FK.awardOutcome, FK.awardNominated]),
] + [(direct, [FK.credit, credit_prop]) for _, credit_prop, direct in ROLE_TERMS.values()])
def test_property_chains(onto, prop, chain):
    chains = [list(Collection(onto, c)) for c in onto.objects(prop, OWL.propertyChainAxiom)]
    assert chains == [chain]


@pytest.mark.parametrize("key", sorted(ROLE_TERMS))
def test_role_table(onto, key):
    concept, credit_prop, direct = ROLE_TERMS[key]
    assert (concept, RDF.type, FK.CrewRole) in onto
    assert (concept, SKOS.inScheme, FK.CrewRoleScheme) in onto
    assert [str(v) for v in onto.objects(concept, SKOS.prefLabel)] == [key]
    assert (credit_prop, RDFS.subPropertyOf, FK.agent) in onto
    assert (credit_prop, RDFS.domain, FK.Credit) in onto
    assert (direct, RDFS.subPropertyOf, FK.contributor) in onto
    # The naming rule the credit role shape's message states: role:fooBar -> fk:creditFooBar.
    name = str(concept)[len(str(ROLE._NS)):]
    assert credit_prop == FK["credit" + name[0].upper() + name[1:]]


def test_every_role_is_in_the_role_table():
    assert {concept for concept, _, _ in ROLE_TERMS.values()} == set(ROLE_CONCEPTS)


@pytest.mark.parametrize("alt, concept", [
    ("screenplay", ROLE.screenwriter), ("written by", ROLE.screenwriter), ("music", ROLE.composer),
    ("editing", ROLE.editor), ("director of photography", ROLE.cinematographer),
    ("studio", ROLE.productionCompany),
])
def test_role_alt_labels(onto, alt, concept):
    assert Literal(alt, lang="en") in set(onto.objects(concept, SKOS.altLabel))


@pytest.mark.parametrize("scheme, cls, members", [
    (FK.ReleaseKindScheme, FK.ReleaseKind, [FK.Theatrical, FK.Streaming, FK.HomeVideo, FK.Premiere,
                                            FK.Television, FK.FestivalScreening]),
    (FK.OutcomeScheme, FK.Outcome, [FK.Won, FK.Nominated, FK.Selected, FK.Declined]),
    (FK.EventKindScheme, FK.EventKind, [FK.Announcement, FK.Bankruptcy, FK.FilmingStart,
                                        FK.FilmingEnd, FK.Completion, FK.OtherEvent]),
    (FK.CrewRoleScheme, FK.CrewRole, ROLE_CONCEPTS),
])
def test_concept_schemes(onto, scheme, cls, members):
    assert set(onto.subjects(RDF.type, cls)) == set(members)
    assert set(onto.subjects(SKOS.inScheme, scheme)) == set(members)
    for m in members:
        labels = list(onto.objects(m, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language == "en", m


@pytest.mark.parametrize("prop, inverse", [
    (FK.credit, FK.creditFor), (FK.performance, FK.performanceIn), (FK.release, FK.releaseOf),
    (FK.awardOutcome, FK.outcomeFor), (FK.review, FK.reviewOf), (FK.productionEvent, FK.eventOf),
    (FK.basedOn, FK.adaptation),
])
def test_inverses(onto, prop, inverse):
    assert (prop, OWL.inverseOf, inverse) in onto


def test_functional_properties_are_only_the_claim_back_links(onto):
    functional = set(onto.subjects(RDF.type, OWL.FunctionalProperty))
    assert functional == {FK.creditFor, FK.performanceIn, FK.releaseOf, FK.outcomeFor,
                          FK.reviewOf, FK.eventOf}
    assert not set(onto.subjects(RDF.type, OWL.InverseFunctionalProperty))


@pytest.mark.parametrize("sub, sup", [
    (FK.voicePerformer, FK.performer), (FK.voiceActor, FK.castMember), (FK.starring, FK.castMember),
    (FK.awardWon, FK.award), (FK.awardNominated, FK.award), (FK.awardSelection, FK.award),
    (FK.evidence, PROV.wasDerivedFrom), (FK.sourceArticle, PROV.wasQuotedFrom),
    (FK.describes, SDO.about),
])
def test_sub_properties(onto, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in onto


@pytest.mark.parametrize("prop, range_", [
    (FK.year, rns.XSD.gYear), (FK.runtimeMinutes, rns.XSD.decimal), (FK.releaseDate, RDFS.Literal),
    (FK.date, RDFS.Literal), (FK.volumeCount, rns.XSD.integer), (FK.amount, rns.XSD.decimal),
    (FK.billingOrder, rns.XSD.integer), (FK.appearsAsSelf, rns.XSD.boolean),
    (FK.edition, rns.XSD.integer),
    (FK.line, rns.XSD.integer), (FK.startOffset, rns.XSD.integer), (FK.endOffset, rns.XSD.integer),
    (FK.credit, FK.Credit), (FK.role, FK.CrewRole), (FK.agent, FK.Agent), (FK.performer, FK.Person),
    (FK.character, FK.Character), (FK.dubLanguage, FK.Language), (FK.region, FK.Country),
    (FK.platform, FK.Organization), (FK.releaseKind, FK.ReleaseKind), (FK.award, FK.Award),
    (FK.outcome, FK.Outcome), (FK.critic, FK.Person), (FK.publication, FK.Agent),
    (FK.eventKind, FK.EventKind), (FK.evidence, FK.Evidence), (FK.sourceArticle, FK.Article),
    (FK.describes, FK.Film), (FK.publisher, FK.Organization), (FK.serializedIn, FK.Periodical),
    (FK.budget, FK.MonetaryAmount), (FK.boxOffice, FK.MonetaryAmount),
])
def test_ranges(onto, prop, range_):
    assert list(onto.objects(prop, RDFS.range)) == [range_]


# Alignments: (fk term, axiom, external term).
ALIGNMENTS = [
    (FK.Film, OWL.equivalentClass, SDO.Movie), (FK.Person, OWL.equivalentClass, SDO.Person),
    (FK.Organization, OWL.equivalentClass, SDO.Organization),
    (FK.Work, RDFS.subClassOf, SDO.CreativeWork), (FK.Periodical, RDFS.subClassOf, SDO.Periodical),
    (FK.Review, RDFS.subClassOf, SDO.Review), (FK.Country, RDFS.subClassOf, SDO.Country),
    (FK.Language, RDFS.subClassOf, SDO.Language),
    (FK.director, RDFS.subPropertyOf, SDO.director), (FK.castMember, RDFS.subPropertyOf, SDO.actor),
    (FK.producer, RDFS.subPropertyOf, SDO.producer), (FK.composer, RDFS.subPropertyOf, SDO.musicBy),
    (FK.productionCompany, RDFS.subPropertyOf, SDO.productionCompany),
    (FK.genre, RDFS.subPropertyOf, SDO.genre), (FK.country, RDFS.subPropertyOf, SDO.countryOfOrigin),
    (FK.originalLanguage, RDFS.subPropertyOf, SDO.inLanguage),
    (FK.basedOn, RDFS.subPropertyOf, SDO.isBasedOn),
    (FK.releaseDate, RDFS.subPropertyOf, SDO.datePublished),
    (FK.contributor, RDFS.subPropertyOf, SDO.contributor), (FK.critic, RDFS.subPropertyOf, SDO.author),
    (FK.review, RDFS.subPropertyOf, SDO.review), (FK.title, RDFS.subPropertyOf, SDO.name),
    (FK.director, OWL.equivalentProperty, WDT.P57), (FK.screenwriter, OWL.equivalentProperty, WDT.P58),
    (FK.producer, OWL.equivalentProperty, WDT.P162), (FK.voiceActor, OWL.equivalentProperty, WDT.P725),
    (FK.cinematographer, OWL.equivalentProperty, WDT.P344),
    (FK.editor, OWL.equivalentProperty, WDT.P1040), (FK.composer, OWL.equivalentProperty, WDT.P86),
    (FK.productionCompany, OWL.equivalentProperty, WDT.P272),
    (FK.distributor, OWL.equivalentProperty, WDT.P750),
    (FK.castMember, OWL.equivalentProperty, WDT.P161),
    (FK.releaseDate, RDFS.subPropertyOf, WDT.P577), (FK.runtimeMinutes, RDFS.subPropertyOf, WDT.P2047),
    (FK.country, RDFS.subPropertyOf, WDT.P495), (FK.originalLanguage, RDFS.subPropertyOf, WDT.P364),
    (FK.genre, RDFS.subPropertyOf, WDT.P136), (FK.basedOn, RDFS.subPropertyOf, WDT.P144),
    (FK.awardReceived, RDFS.subPropertyOf, WDT.P166),
    (FK.nominatedFor, RDFS.subPropertyOf, WDT.P1411),
    (FK.Film, OWL.equivalentClass, DBO.Film), (FK.Person, OWL.equivalentClass, DBO.Person),
    (FK.Organization, OWL.equivalentClass, DBO.Organisation),
    (FK.Character, RDFS.subClassOf, DBO.FictionalCharacter),
    (FK.director, OWL.equivalentProperty, DBO.director),
    (FK.producer, RDFS.subPropertyOf, DBO.producer), (FK.screenwriter, RDFS.subPropertyOf, DBO.writer),
    (FK.starring, RDFS.subPropertyOf, DBO.starring),
    (FK.cinematographer, RDFS.subPropertyOf, DBO.cinematography),
    (FK.editor, RDFS.subPropertyOf, DBO.editing), (FK.composer, RDFS.subPropertyOf, DBO.musicComposer),
    (FK.distributor, RDFS.subPropertyOf, DBO.distributor),
    (FK.country, RDFS.subPropertyOf, DBO.country),
    (FK.originalLanguage, RDFS.subPropertyOf, DBO.language),
    (FK.basedOn, RDFS.subPropertyOf, DBO.basedOn),
    (FK.releaseDate, RDFS.subPropertyOf, DBO.releaseDate),
    (FK.genre, RDFS.subPropertyOf, DBO.genre),
]


@pytest.mark.parametrize("s, p, o", ALIGNMENTS, ids=lambda t: t.n3().rsplit("/", 1)[-1][:40])
def test_alignments(onto, s, p, o):
    assert (s, p, o) in onto


def _restriction(onto, cls, axiom):
    found = []
    for r in onto.objects(cls, axiom):
        if (r, RDF.type, OWL.Restriction) in onto:
            found.append((onto.value(r, OWL.onProperty), onto.value(r, OWL.hasValue)))
    return found


def test_wikidata_class_restrictions(onto):
    assert _restriction(onto, FK.Film, OWL.equivalentClass) == [(WDT.P31, WD.Q11424)]
    assert _restriction(onto, FK.Person, RDFS.subClassOf) == [(WDT.P31, WD.Q5)]


def test_external_terms_are_declared(onto):
    """External classes and properties used in axioms carry an OWL declaration."""
    used = set()
    for p in (RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf, OWL.equivalentProperty):
        for s, o in onto.subject_objects(p):
            used |= {t for t in (s, o) if isinstance(t, URIRef) and not _ns(t)}
    undeclared = sorted(t for t in used if not set(onto.objects(t, RDF.type)))
    assert not undeclared


# Constructs outside OWL 2 RL in superclass position, or disallowed outright here.
FORBIDDEN = [OWL.someValuesFrom, OWL.allValuesFrom, OWL.unionOf, OWL.complementOf, OWL.oneOf,
             OWL.minCardinality, OWL.cardinality, OWL.minQualifiedCardinality,
             OWL.qualifiedCardinality, OWL.hasSelf, OWL.disjointUnionOf, OWL.hasKey, OWL.imports]


@pytest.mark.parametrize("predicate", FORBIDDEN, ids=lambda p: p.n3().split("#")[-1])
def test_owl2rl_constructs(onto, predicate):
    assert not list(onto.triples((None, predicate, None)))


def test_owl2rl_restrictions_are_has_value_only(onto):
    for r in onto.subjects(RDF.type, OWL.Restriction):
        assert isinstance(r, BNode)
        keys = set(onto.predicates(r)) - {RDF.type}
        assert keys == {OWL.onProperty, OWL.hasValue}, keys
    for m in onto.objects(None, OWL.maxCardinality):
        assert int(m) <= 1


def test_no_functional_data_properties(onto):
    for p in onto.subjects(RDF.type, OWL.DatatypeProperty):
        assert (p, RDF.type, OWL.FunctionalProperty) not in onto, p


# --------------------------------------------------------------------------------------------
# film.ttl: OWL 2 RL closure
# --------------------------------------------------------------------------------------------

def test_owlrl_closure_of_ontology_is_consistent(onto, closure):
    assert len(closure) > len(onto)
    assert not _errors(closure)


def test_owlrl_closure_of_seed_is_consistent_and_derives_direct_links(seed_graph):
    g = _copy(seed_graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert not _errors(g)
    films = [f for f in g.subjects(RDF.type, FK.Film) if _label(g, f) == "Blame!"]
    assert len(films) == 1
    film = films[0]
    directors = {_label(g, d) for d in g.objects(film, FK.director)}
    assert directors == {"Hiroyuki Seshita"}
    assert {_label(g, d) for d in g.objects(film, WDT.P57)} == directors
    assert {_label(g, d) for d in g.objects(film, SDO.director)} == directors
    assert (film, WDT.P31, WD.Q11424) in g and (film, RDF.type, SDO.Movie) in g
    assert "2017-05-19" in {str(d) for d in g.objects(film, FK.releaseDate)}
    voices = {_label(g, p) for p in g.objects(film, FK.voiceActor)}
    assert {"Takahiro Sakurai", "Kyle McCarley"} <= voices
    assert voices <= {_label(g, p) for p in g.objects(film, FK.castMember)}
    assert {"Killy", "Cibo"} <= {_label(g, c) for c in g.objects(film, FK.hasCharacter)}
    assert {"Tsutomu Nihei"} <= {_label(g, p) for p in g.objects(film, FK.contributor)}


def _label(g: Graph, node) -> str | None:
    value = g.value(node, RDFS.label)
    return None if value is None else str(value)


# --------------------------------------------------------------------------------------------
# shapes.ttl
# --------------------------------------------------------------------------------------------

def _shapes_named(shapes: Graph) -> set:
    """The node shapes and their direct property shapes (not the members of sh:or and sh:not)."""
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    return node_shapes | {p for n in node_shapes for p in shapes.objects(n, SH.property)}


def test_shapes_conform_to_shacl_shacl(shapes):
    conforms, _, text = meta_validate(shapes)
    assert conforms, text


def test_every_shape_has_label_and_message(shapes):
    named = _shapes_named(shapes)
    assert len(named) > 50
    for shape in named:
        assert any(v.language == "en" for v in shapes.objects(shape, RDFS.label)), shape
        assert any(v.language == "en" for v in shapes.objects(shape, SH.message)), shape


def test_shapes_use_only_namespace_terms(shapes):
    stray = sorted(t for t in _iris(shapes) if _ns(t) and t not in set(ALL_TERMS))
    assert not stray


@pytest.mark.parametrize("path, cls", [
    (FK.role, FK.CrewRole), (FK.releaseKind, FK.ReleaseKind), (FK.outcome, FK.Outcome),
    (FK.eventKind, FK.EventKind),
])
def test_shape_concept_lists_match_the_ontology(onto, shapes, path, cls):
    lists = [set(Collection(shapes, shapes.value(ps, SH["in"])))
             for ps in shapes.subjects(SH.path, path) if shapes.value(ps, SH["in"]) is not None]
    assert lists == [set(onto.subjects(RDF.type, cls))]


def test_credit_role_shape_covers_the_role_table(shapes):
    """Each sh:or of the credit role shape pairs one role concept with its credit property."""
    shape = URIRef("https://filmkg.org/shapes#CreditRolePropertyShape")
    pairs = set()
    for or_list in shapes.objects(shape, SH["or"]):
        first = list(Collection(shapes, or_list))[0]
        props = list(shapes.objects(first, SH.property))
        role = next(shapes.value(p, SH.hasValue) for p in props if shapes.value(p, SH.hasValue))
        prop = next(shapes.value(p, SH.path) for p in props if shapes.value(p, SH.equals) == FK.agent)
        pairs.add((role, prop))
    assert pairs == {(concept, credit_prop) for concept, credit_prop, _ in ROLE_TERMS.values()}


@pytest.mark.parametrize("cls", [FK.Credit, FK.Performance, FK.ReleaseEvent, FK.AwardOutcome,
                                 FK.Review, FK.ProductionEvent, FK.Evidence, FK.Film, FK.Person,
                                 FK.Organization, FK.Article, FK.MonetaryAmount])
def test_every_emitted_class_is_a_target(shapes, cls):
    assert (None, SH.targetClass, cls) in shapes


def _validate(data: Graph, shapes: Graph) -> tuple[bool, set[str]]:
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                   allow_warnings=True)
    return conforms, {str(m) for m in report.objects(None, SH.resultMessage)}


def test_seed_conforms_to_shapes(seed_graph, shapes):
    conforms, messages = _validate(seed_graph, shapes)
    assert conforms, sorted(messages)


def _first(g: Graph, p, o=None):
    return next(iter(sorted(g.subjects(p, o))))


def _replace(g: Graph, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


# Each mutation breaks the seed in one way; the report must carry the given message fragment.
MUTATIONS: list[tuple[str, Callable[[Graph], None], str]] = [
    ("credit without evidence",
     lambda g: g.remove((_first(g, FK.creditDirector), FK.evidence, None)),
     "needs at least one fk:evidence"),
    ("credit without role",
     lambda g: g.remove((_first(g, FK.creditDirector), FK.role, None)), "exactly one fk:role"),
    ("credit role outside the scheme",
     lambda g: _replace(g, _first(g, FK.creditDirector), FK.role, FK.Won), "exactly one fk:role"),
    ("credit role disagrees with its property",
     lambda g: _replace(g, _first(g, FK.creditDirector), FK.role, ROLE.editor),
     "must give its fk:agent as the value of fk:creditFooBar"),
    ("credit agent untyped",
     lambda g: _replace(g, _first(g, FK.creditDirector), FK.agent, URIRef("urn:x:nobody")),
     "exactly one fk:agent"),
    ("performance with two performers",
     lambda g: g.add((_first(g, FK.voicePerformer), FK.performer, _first(g, RDF.type, FK.Person))),
     "exactly one fk:performer"),
    ("voice performer is not the performer",
     lambda g: _replace(g, _first(g, FK.voicePerformer), FK.voicePerformer,
                        _first(g, RDF.type, FK.Person)), "must also be its fk:performer"),
    ("release without date",
     lambda g: g.remove((_first(g, RDF.type, FK.ReleaseEvent), FK.date, None)), "exactly one fk:date"),
    ("release date as a plain string",
     lambda g: _replace(g, _first(g, RDF.type, FK.ReleaseEvent), FK.date, Literal("2017-05-19")),
     "exactly one fk:date"),
    ("award outcome disagrees with its property",
     lambda g: _replace(g, _first(g, FK.awardWon), FK.outcome, FK.Nominated), "must repeat its fk:award"),
    ("award won names another award",
     lambda g: _replace(g, _first(g, FK.awardWon), FK.awardWon, URIRef("urn:x:other-award")),
     "must repeat its fk:award"),
    ("credit with a second role property",
     lambda g: g.add((_first(g, FK.creditDirector), FK.creditEditor, _first(g, RDF.type, FK.Person))),
     "must not use another role's property"),
    ("award outcome without award",
     lambda g: g.remove((_first(g, FK.awardWon), FK.award, None)), "exactly one fk:award"),
    ("review without critic or publication",
     lambda g: [g.remove((_first(g, RDF.type, FK.Review), p, None))
                for p in (FK.critic, FK.publication)],
     "critic or a publication"),
    ("evidence line 0",
     lambda g: _replace(g, _first(g, RDF.type, FK.Evidence), FK.line, Literal(0)),
     "exactly one fk:line"),
    ("evidence without text",
     lambda g: g.remove((_first(g, RDF.type, FK.Evidence), FK.text, None)), "exactly one fk:text"),
    ("evidence offsets reversed",
     lambda g: _replace(g, _first(g, FK.startOffset), FK.startOffset, Literal(10 ** 9)),
     "fk:startOffset"),
    ("person with two labels",
     lambda g: g.add((_first(g, RDF.type, FK.Person), RDFS.label, Literal("Someone Else"))),
     "exactly one rdfs:label"),
    ("person typed organisation too",
     lambda g: g.add((_first(g, RDF.type, FK.Person), RDF.type, FK.Organization)),
     "must not also be typed fk:Organization"),
    ("film without label",
     lambda g: g.remove((_first(g, RDF.type, FK.Film), RDFS.label, None)), "at least one rdfs:label"),
    ("runtime as integer",
     lambda g: _replace(g, _first(g, FK.runtimeMinutes), FK.runtimeMinutes, Literal(106)),
     "positive xsd:decimal"),
    ("currency not ISO 4217",
     lambda g: _replace(g, _first(g, RDF.type, FK.MonetaryAmount), FK.currency, Literal("$")),
     "ISO 4217"),
]


TESTS = Path(__file__).resolve().parent
SEED = TESTS.parent / "seeds" / "000_59a2781f4f9ca415.txt"


@pytest.fixture(scope="module")
def fixture_articles_graph():
    return union_graph(build_dataset([TESTS / "fixtures" / "articles"],
                                     BuildSettings(include_ontology=False)))


@pytest.fixture(scope="module")
def mutation_base():
    """The seed and one fixture article with a budget, without the ontology: every claim kind the
    mutations touch is in them, and a graph of two articles keeps each validation short (the whole
    fixture corpus made each take ten seconds)."""
    return union_graph(build_dataset([SEED, TESTS / "fixtures" / "articles" / "101_forrest_gump.txt"],
                                     BuildSettings(include_ontology=False)))


def test_fixture_articles_conform_to_shapes(fixture_articles_graph, shapes):
    conforms, messages = _validate(fixture_articles_graph, shapes)
    assert conforms, sorted(messages)


@pytest.mark.parametrize("name, mutate, message", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_shapes_catch(mutation_base, shapes, name, mutate, message):
    g = _copy(mutation_base)
    mutate(g)
    conforms, messages = _validate(g, shapes)
    assert not conforms
    assert any(message in m for m in messages), sorted(messages)


# --------------------------------------------------------------------------------------------
# context.jsonld
# --------------------------------------------------------------------------------------------

EXPECTED_PREFIXES = {
    "fk": str(FK._NS), "role": str(ROLE._NS), "rdfs": str(RDFS), "xsd": str(rns.XSD), "prov": str(PROV),
    "skos": str(SKOS), "schema": str(SDO), "wd": str(WD), "wdt": str(WDT), "dbo": str(DBO),
    "owl": str(OWL), "dcterms": str(DCTERMS),
}
COERCIONS = {rns.XSD.gYear: "xsd:gYear", rns.XSD.decimal: "xsd:decimal", rns.XSD.integer: "xsd:integer",
             rns.XSD.boolean: "xsd:boolean"}


@pytest.fixture(scope="module")
def context() -> dict:
    return load_context()


def test_context_file_is_one_context_object():
    from importlib import resources
    raw = resources.files("ontology").joinpath(CONTEXT_FILE).read_text(encoding="utf-8")
    doc = json.loads(raw)
    assert list(doc) == ["@context"] and isinstance(doc["@context"], dict)


@pytest.mark.parametrize("prefix", sorted(EXPECTED_PREFIXES))
def test_context_prefixes(context, prefix):
    assert context[prefix] == EXPECTED_PREFIXES[prefix]


def test_context_prefixes_agree_with_the_graph_prefixes():
    """The prefixes the context shares with the ones bound on written graphs name the same IRIs."""
    bound = prefixes(IRIs())
    for prefix, ns in EXPECTED_PREFIXES.items():
        if prefix in bound:
            assert bound[prefix] == ns, prefix


def test_context_has_no_vocab(context):
    assert "@vocab" not in context and "@base" not in context


def _expand(context: dict, curie: str) -> URIRef:
    prefix, _, local = curie.partition(":")
    return URIRef(context[prefix] + local)


def test_context_terms(context, onto):
    object_props = set(onto.subjects(RDF.type, OWL.ObjectProperty))
    data_props = set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    fk_terms = 0
    for term, definition in context.items():
        if term.startswith("@") or term in EXPECTED_PREFIXES or definition in ("@id", "@type"):
            continue
        curie = definition if isinstance(definition, str) else definition["@id"]
        iri = _expand(context, curie)
        if _ns(iri):
            fk_terms += 1
            assert iri in set(ALL_TERMS), term
            assert term == str(iri)[len(str(FK._NS)):], f"term {term!r} should be named after {iri}"
        kind = None if isinstance(definition, str) else definition.get("@type")
        if kind == "@id":
            assert iri in object_props or iri == PROV.wasDerivedFrom, f"{term}: @id on a literal property"
        elif iri in data_props:
            assert kind == COERCIONS.get(onto.value(iri, RDFS.range)), term
        else:
            assert kind is None, term
    assert fk_terms > 100


@pytest.mark.parametrize("term, expected", [
    ("label", "rdfs:label"), ("director", {"@id": "fk:director", "@type": "@id"}),
    ("credit", {"@id": "fk:credit", "@type": "@id"}), ("date", "fk:date"),
    ("year", {"@id": "fk:year", "@type": "xsd:gYear"}),
    ("runtimeMinutes", {"@id": "fk:runtimeMinutes", "@type": "xsd:decimal"}),
    ("line", {"@id": "fk:line", "@type": "xsd:integer"}),
])
def test_context_common_terms(context, term, expected):
    assert context[term] == expected


def test_jsonld_round_trip_of_seed_and_ontology(seed_graph, context):
    text = seed_graph.serialize(format="json-ld", context=context, auto_compact=True)
    doc = json.loads(text)
    assert "@graph" in doc
    back = Graph().parse(data=text, format="json-ld")
    assert isomorphic(back, seed_graph)
    # Short terms are actually used.
    assert any("credit" in node for node in doc["@graph"])


def test_the_extractor_and_the_ontology_know_the_same_credit_roles():
    """Regression: three roles of the ontology (animation director, sound editor, visual effects
    supervisor) were missing from the extractor's table, so a prose credit in them raised KeyError."""
    from graph import lexicon
    from ontology.roles import ROLE_TERMS

    assert set(lexicon.ROLES) == set(ROLE_TERMS)
