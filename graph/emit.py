"""Emission: one article's :class:`~graph.facts.Facts` -> triples in its own named graph.

Input: facts, the article (for provenance) and an :class:`~graph.iris.IRIs`; output: an rdflib
``Graph`` whose identifier is the article's graph IRI. Every credit, performance, release, award
outcome, review, work and event links to the evidence it was read from (``fk:evidence`` and
``prov:wasDerivedFrom``).
"""

from __future__ import annotations

from pathlib import PurePath

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from ontology.namespace import FK
from ontology.roles import ROLE_TERMS

from . import facts as F
from .emit_events import EventEmitter
from .iris import IRIs
from .literals import date_literal, decimal_literal
from .model import Article
from .normalize import name_key


class Triples(set):
    """A named set of triples: cheap to fill (a corpus build emits millions), iterable like a graph.

    ``identifier`` is the article's graph IRI; :func:`emit` turns it into an rdflib ``Graph``.
    """

    def __init__(self, identifier: URIRef):
        super().__init__()
        self.identifier = identifier


class _Emitter(EventEmitter):
    def __init__(self, facts: F.Facts, article: Article, iris: IRIs):
        self.facts, self.article, self.iris = facts, article, iris
        self.g = Triples(iris.article_graph(article.title))
        self.film_slug = article.title
        self.film = iris.resource("film", article.title)
        self.article_node = iris.resource("article", article.title)
        self.labels: dict[URIRef, str] = {}
        self.works: dict[str, URIRef] = {}

    def node(self, kind: str, name: str, rdf_type: URIRef) -> URIRef:
        """The IRI of a named thing (person, organisation, ...), typed and labelled once."""
        iri = self.iris.resource(kind, name)
        if iri not in self.labels:
            self.labels[iri] = name
            self.g.add((iri, RDF.type, rdf_type))
            self.g.add((iri, RDFS.label, Literal(name)))
        return iri

    def agent(self, name: str, kind: str) -> URIRef:
        if kind == "organization":
            return self.node("organization", name, FK.Organization)
        return self.node("person", name, FK.Person)

    def evidence(self, subject: URIRef, evidence: list[F.Evidence]) -> None:
        for ev in evidence:
            tail = f"L{ev.line}" if ev.start is None else f"L{ev.line}-{ev.start}"
            node = self.iris.resource("evidence", self.article.title, tail)
            self.g.add((subject, FK.evidence, node))
            self.g.add((subject, PROV.wasDerivedFrom, node))
            if (node, RDF.type, FK.Evidence) in self.g:
                continue
            g = self.g
            g.add((node, RDF.type, FK.Evidence))
            g.add((node, FK.sourceArticle, self.article_node))
            g.add((node, FK.sectionPath, Literal(ev.section)))
            g.add((node, FK.text, Literal(ev.text)))
            g.add((node, FK.line, Literal(ev.line)))
            g.add((node, FK.evidenceKind, Literal(ev.kind)))
            if ev.start is not None:
                g.add((node, FK.startOffset, Literal(ev.start)))
                g.add((node, FK.endOffset, Literal(ev.end)))

    def add(self, s, p, o) -> None:
        if o is not None:
            self.g.add((s, p, o if isinstance(o, (URIRef, Literal, BNode)) else Literal(o)))

    def emit(self) -> Triples:
        self.film_and_article()
        for work in self.facts.works:
            self.work(work)
        for credit in self.facts.credits:
            self.credit(credit)
        for p in self.facts.performances:
            self.performance(p)
        for r in self.facts.releases:
            self.release(r)
        for a in self.facts.awards:
            self.award(a)
        for r in self.facts.reviews:
            self.review(r)
        for e in self.facts.events:
            self.event(e)
        for life in self.facts.lifetimes:
            self.lifetime(life)
        return self.g

    def lifetime(self, life: F.Lifetime) -> None:
        person = self.agent(life.person, "person")
        for prop, year in ((FK.birthYear, life.born), (FK.deathYear, life.died)):
            if year is not None:
                self.g.add((person, prop, Literal(str(year), datatype=XSD.gYear)))

    def film_and_article(self) -> None:
        f, g, facts = self.film, self.g, self.facts
        g.add((f, RDF.type, FK.Film))
        g.add((f, RDFS.label, Literal(facts.label)))
        g.add((f, FK.title, Literal(facts.label)))
        for year in facts.values("year"):
            g.add((f, FK.year, Literal(str(year), datatype=XSD.gYear)))
        for minutes in facts.values("runtime"):
            g.add((f, FK.runtimeMinutes, decimal_literal(minutes)))
        for reels in facts.values("reels"):
            g.add((f, FK.runtimeReels, Literal(reels, datatype=XSD.integer)))
        for country in facts.values("country"):
            g.add((f, FK.country, self.node("country", country, FK.Country)))
        for language in facts.values("language"):
            g.add((f, FK.originalLanguage, self.node("language", language, FK.Language)))
        for genre in facts.values("genre"):
            g.add((f, FK.genre, self.node("genre", genre, FK.Genre)))
        for name, prop in (("budget", FK.budget), ("box office", FK.boxOffice)):
            for i, money in enumerate(facts.values(name), start=1):
                node = self.iris.resource("amount", self.film_slug, f"{name}-{i}")
                g.add((f, prop, node))
                g.add((node, RDF.type, FK.MonetaryAmount))
                g.add((node, FK.amount, decimal_literal(money.amount)))
                g.add((node, FK.currency, Literal(money.currency)))
                g.add((node, FK.amountText, Literal(money.text)))
        a = self.article_node
        g.add((a, RDF.type, FK.Article))
        g.add((a, RDFS.label, Literal(self.article.title)))
        g.add((a, FK.sourceFile, Literal(PurePath(self.article.source).name)))
        g.add((a, FK.sha256, Literal(self.article.sha256)))
        g.add((a, FK.describes, f))

    def work(self, w: F.Work) -> None:
        iri = self.node("work", w.title, FK.Work)
        self.works[w.key] = iri
        self.add(iri, FK.workForm, w.form)
        if w.relation == "source":
            self.g.add((self.film, FK.basedOn, iri))
        else:
            self.g.add((iri, FK.basedOn, self.film))
        if w.serialized_in:
            mag = self.node("periodical", w.serialized_in, FK.Periodical)
            self.g.add((iri, FK.serializedIn, mag))
            if w.publisher:
                self.g.add((mag, FK.publisher, self.agent(w.publisher, "organization")))
        for prop, date in ((FK.serializationStart, w.serialization_start),
                           (FK.serializationEnd, w.serialization_end),
                           (FK.collectedEditionDate, w.collected_date)):
            if date:
                self.g.add((iri, prop, date_literal(date)))
        if w.volumes is not None:
            self.g.add((iri, FK.volumeCount, Literal(w.volumes)))
        self.evidence(iri, w.evidence)

    def credit(self, c: F.Credit) -> None:
        subject = self.film if c.work == F.FILM else self.works[c.work]
        subject_path = ("film", self.film_slug) if c.work == F.FILM else ("work", self.labels[subject])
        node = self.iris.resource("credit", *subject_path, c.role, c.agent)
        concept, credit_prop, _direct = ROLE_TERMS[c.role]
        agent = self.agent(c.agent, c.agent_kind)
        g = self.g
        g.add((subject, FK.credit, node))
        g.add((node, RDF.type, FK.Credit))
        g.add((node, FK.role, concept))
        g.add((node, FK.agent, agent))
        g.add((node, credit_prop, agent))
        g.add((node, RDFS.label, Literal(f"{c.agent} — {c.role}")))
        self.add(node, FK.billingOrder, c.billing)
        if c.announced_on:
            g.add((node, FK.announcedOn, date_literal(c.announced_on)))
        self.add(node, FK.announcedAt, c.announced_at)
        self.add(node, FK.scope, c.qualifier)
        self.evidence(node, c.evidence)

    def performance(self, p: F.Performance) -> None:
        parts = [self.film_slug, p.character or "self", p.performer] + ([p.language] if p.language else [])
        node = self.iris.resource("performance", *parts)
        performer = self.agent(p.performer, "person")
        g = self.g
        g.add((self.film, FK.performance, node))
        g.add((node, RDF.type, FK.Performance))
        g.add((node, FK.performer, performer))
        if p.voice:
            g.add((node, FK.voicePerformer, performer))
        if p.character:
            g.add((node, FK.character, self.character(p.character)))
        if p.language:
            g.add((node, FK.dubLanguage, self.node("language", p.language, FK.Language)))
        if p.as_self:
            g.add((node, FK.appearsAsSelf, Literal(True)))
        self.add(node, FK.billingOrder, p.billing)
        label = f"{p.performer} as {p.character or 'self'}" + (f" ({p.language})" if p.language else "")
        g.add((node, RDFS.label, Literal(label)))
        self.evidence(node, p.evidence)

    def character(self, name: str) -> URIRef:
        iri = self.iris.resource("character", self.film_slug, name)
        if iri not in self.labels:
            self.labels[iri] = name
            self.g.add((iri, RDF.type, FK.Character))
            self.g.add((iri, RDFS.label, Literal(name)))
            for alias in self.facts.aliases:
                if name_key(alias.character) == name_key(name):
                    self.g.add((iri, SKOS.altLabel, Literal(alias.alias)))
        return iri


def emit_triples(facts: F.Facts, article: Article, iris: IRIs | None = None) -> Triples:
    """The triples of one article's named graph (its facts, with provenance), as a plain set."""
    return _Emitter(facts, article, iris or IRIs()).emit()


def emit(facts: F.Facts, article: Article, iris: IRIs | None = None) -> Graph:
    """The named graph of one article: its facts as triples, with provenance."""
    triples = emit_triples(facts, article, iris)
    g = Graph(identifier=triples.identifier)
    for t in triples:
        g.add(t)
    return g


__all__ = ["emit", "emit_triples", "Triples", "date_literal", "decimal_literal"]
