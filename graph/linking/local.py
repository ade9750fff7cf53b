"""What the reconciler knows about filmkg's own entities, read from a built dataset (pure).

Input: an rdflib ``Dataset`` built by :func:`graph.build.build_dataset` (or loaded from a TriG
file); output: a :class:`LocalGraph` — every film, person, organisation, work, periodical,
country and language of the article graphs, and per article: the film, its article title, its
years and directors, which Wikidata property each entity is expected under (a director credit on
the film -> P57 on the film's item) and which entities appear together on one claim node (the
critic and the publication of one review), the context the last linking stage scores with.
Only article graphs are read: the inferred, ontology and links graphs add nothing an entity needs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Dataset, Graph, URIRef
from rdflib.namespace import SKOS

from ontology.namespace import FK, ROLE

KINDS = {FK.Film: "film", FK.Person: "person", FK.Organization: "organization", FK.Work: "work",
         FK.Periodical: "periodical", FK.Country: "country", FK.Language: "language"}

CLAIMS = (FK.Credit, FK.Performance, FK.ReleaseEvent, FK.AwardOutcome, FK.Review, FK.ProductionEvent)

# The Wikidata property under which an agent credited in a role is expected on the credited work.
ROLE_PROPERTIES = {
    ROLE.director: "P57", ROLE.screenwriter: "P58", ROLE.producer: "P162",
    ROLE.executiveProducer: "P1431", ROLE.starring: "P161", ROLE.cinematographer: "P344",
    ROLE.editor: "P1040", ROLE.composer: "P86", ROLE.productionCompany: "P272",
    ROLE.distributor: "P750", ROLE.author: "P50", ROLE.illustrator: "P110", ROLE.publisher: "P123",
}


@dataclass(frozen=True)
class Entity:
    iri: URIRef
    kind: str  # one of KINDS' values
    label: str
    names: tuple[str, ...]  # the label first, then skos:altLabel values
    form: str = ""  # a work's fk:workForm ("manga series", "novel", ...)


@dataclass(frozen=True)
class Expectation:
    """``entity`` is expected as the value of ``prop`` on ``anchor``'s item (``reverse``: the other way)."""

    anchor: URIRef
    prop: str | None  # None: credited in a role that has no Wikidata property here
    reverse: bool = False


@dataclass
class ArticleView:
    film: URIRef
    title: str  # the article's page title, e.g. "Harbour Lights (1931 film)"
    years: set[int]
    directors: list[str]
    members: set[URIRef] = field(default_factory=set)


@dataclass
class LocalGraph:
    entities: dict[URIRef, Entity]
    articles: list[ArticleView]
    expect: dict[URIRef, set[Expectation]]
    neighbours: dict[URIRef, set[URIRef]]

    def articles_with(self, iri: URIRef) -> list[ArticleView]:
        return [a for a in self.articles if iri in a.members]


def read_local(ds: Dataset) -> LocalGraph:
    """The entities and per-article context of every article graph in ``ds``."""
    local = LocalGraph({}, [], defaultdict(set), defaultdict(set))
    for g in sorted(ds.graphs(), key=lambda g: str(g.identifier)):
        if next(g.subjects(RDF.type, FK.Article), None) is not None:
            _read_article(g, local)
    local.articles.sort(key=lambda a: str(a.film))
    return local


def _read_article(g: Graph, local: LocalGraph) -> None:
    members: set[URIRef] = set()
    for cls, kind in KINDS.items():
        for s in g.subjects(RDF.type, cls):
            labels = sorted(str(label) for label in g.objects(s, RDFS.label))
            if not isinstance(s, URIRef) or not labels:
                continue
            members.add(s)
            if s not in local.entities:
                alts = sorted(str(a) for a in g.objects(s, SKOS.altLabel))
                form = min((str(f) for f in g.objects(s, FK.workForm)), default="")
                local.entities[s] = Entity(s, kind, labels[0], (*labels, *alts), form)
    for article in sorted(g.subjects(RDF.type, FK.Article)):
        film = g.value(article, FK.describes)
        if film not in members:
            continue
        years = {int(m.group(0)) for y in g.objects(film, FK.year) if (m := re.match(r"\d{4}", str(y)))}
        title = str(g.value(article, RDFS.label) or local.entities[film].label)
        local.articles.append(ArticleView(film, title, years, _directors(g, film), members))
    _expectations(g, local, members)
    _neighbours(g, local, members)


def _directors(g: Graph, film) -> list[str]:
    found = set()
    for credit in g.objects(film, FK.credit):
        if g.value(credit, FK.role) == ROLE.director:
            label = g.value(g.value(credit, FK.agent), RDFS.label)
            if label is not None:
                found.add(str(label))
    return sorted(found)


def _expectations(g: Graph, local: LocalGraph, members: set[URIRef]) -> None:
    """Where each entity of the article should turn up among the statements of another's item."""
    add = local.expect
    for subject, credit in g.subject_objects(FK.credit):
        agent = g.value(credit, FK.agent)
        if subject in members and agent in members:
            add[agent].add(Expectation(subject, ROLE_PROPERTIES.get(g.value(credit, FK.role))))
    for film, perf in g.subject_objects(FK.performance):
        performer = g.value(perf, FK.performer)
        if performer in members:
            add[performer].add(Expectation(film, "P161"))
            if g.value(perf, FK.voicePerformer) is not None:
                add[performer].add(Expectation(film, "P725"))
    for s, o in g.subject_objects(FK.basedOn):
        if s in members and o in members:
            # A film's source work is its P144 value; an adaptation names the film in its own P144.
            if local.entities[s].kind == "film":
                add[o].add(Expectation(s, "P144"))
            else:
                add[s].add(Expectation(o, "P144", reverse=True))
    for prop, wd in ((FK.serializedIn, "P1433"), (FK.publisher, "P123"), (FK.country, "P495"),
                     (FK.originalLanguage, "P364")):
        for s, o in g.subject_objects(prop):
            if s in members and o in members:
                add[o].add(Expectation(s, wd))
    for film, release in g.subject_objects(FK.release):
        for prop in (FK.releasedBy, FK.platform):
            for org in g.objects(release, prop):
                if org in members:
                    add[org].add(Expectation(film, "P750"))


def _neighbours(g: Graph, local: LocalGraph, members: set[URIRef]) -> None:
    """Entities named on one claim node (a credit, a review, an award outcome, ...) are each other's
    context, and so are two entities one triple links (a work and the periodical that serialized it)."""
    claims = {n for cls in CLAIMS for n in g.subjects(RDF.type, cls)}
    groups: dict = defaultdict(set)
    for s, p, o in g:
        if p == RDF.type:
            continue
        if s in members and o in members:
            groups[(s, o)] |= {s, o}
        elif s in members and o in claims:
            groups[o].add(s)
        elif s in claims and o in members:
            groups[s].add(o)
    for group in groups.values():
        for e in group:
            local.neighbours[e] |= group - {e}
