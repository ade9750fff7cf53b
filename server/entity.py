"""What an entity page shows, read from the store: pure data for the template and the pictures.

Input: a dataset and an IRI; output: an :class:`EntityView` — label, types, outgoing facts
(asserted and inferred apart), incoming links, the sentences or rows the facts came from, Wikidata
links, neighbours (for the SVG picture) and dated events (for a film's timeline).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from ontology import FK

WIKIDATA = "http://www.wikidata.org/entity/"
PROV_DERIVED = URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")
HIDDEN = {FK.evidence, PROV_DERIVED}


@dataclass
class Fact:
    predicate: URIRef
    predicate_label: str
    value: object
    value_label: str
    inferred: bool = False


@dataclass
class Source:
    section: str
    line: int | None
    text: str
    claim: str


@dataclass
class EntityView:
    iri: URIRef
    label: str
    types: list[tuple[URIRef, str]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    incoming: list[Fact] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    wikidata: list[str] = field(default_factory=list)
    events: list[tuple[str, str, str]] = field(default_factory=list)  # (date, kind, label)

    @property
    def exists(self) -> bool:
        return bool(self.facts or self.incoming or self.types)


def label_of(ds: Dataset, term) -> str:
    if isinstance(term, Literal):
        return str(term)
    for _, _, label in ds.triples((term, RDFS.label, None)):
        return str(label)
    for _, _, label in ds.triples((term, FK.title, None)):
        return str(label)
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or text


DEFAULT_GRAPH = "urn:x-rdflib:default"


def predicate_label(ds: Dataset, p) -> str:
    """Our own properties by their label; others by prefixed name (``wdt:P57``, ``schema:actor``)."""
    if str(p).startswith(str(FK)):
        return label_of(ds, p)
    try:
        return ds.namespace_manager.normalizeUri(p)
    except Exception:  # rdflib raises bare exceptions for IRIs it cannot split
        return str(p)


def _graph_of(ds: Dataset, triple) -> set[str]:
    """The named graphs holding ``triple`` (rdflib also lists its default graph: left out)."""
    return {str(g.identifier) for g in ds.graphs(triple)} - {DEFAULT_GRAPH}


def entity_view(ds: Dataset, iri: URIRef, inferred_graph: URIRef) -> EntityView:
    view = EntityView(iri, label_of(ds, iri))
    seen = set()
    for _, p, o in ds.triples((iri, None, None)):
        if p in HIDDEN or (p, o) in seen:
            continue
        seen.add((p, o))
        only_inferred = _graph_of(ds, (iri, p, o)) == {str(inferred_graph)}
        if p == RDF.type:
            view.types.append((o, label_of(ds, o)))
            continue
        if p == OWL.sameAs and str(o).startswith(WIKIDATA):
            view.wikidata.append(str(o))
        view.facts.append(Fact(p, predicate_label(ds, p), o, label_of(ds, o), only_inferred))
    for s, p, _ in ds.triples((None, None, iri)):
        if p in HIDDEN or p == RDF.type:
            continue
        if _graph_of(ds, (s, p, iri)) == {str(inferred_graph)}:
            continue
        view.incoming.append(Fact(p, predicate_label(ds, p), s, label_of(ds, s)))
    view.facts.sort(key=lambda f: (f.inferred, f.predicate_label, f.value_label))
    view.incoming.sort(key=lambda f: (f.predicate_label, f.value_label))
    view.sources = _sources(ds, iri)
    view.events = _events(ds, iri)
    return view


def _sources(ds: Dataset, iri: URIRef) -> list[Source]:
    """Evidence of the entity itself and of the claim nodes it links to (its credits, releases...)."""
    claims = [iri] + [o for _, p, o in ds.triples((iri, None, None))
                      if isinstance(o, URIRef) and p not in HIDDEN and (o, FK.evidence, None) in ds]
    out, seen = [], set()
    for claim in claims:
        for _, _, ev in ds.triples((claim, FK.evidence, None)):
            text = ds.value(ev, FK.text)
            key = (str(claim), str(ev))
            if text is None or key in seen:
                continue
            seen.add(key)
            line = ds.value(ev, FK.line)
            out.append(Source(str(ds.value(ev, FK.sectionPath) or ""), int(line) if line is not None else None,
                              str(text), label_of(ds, claim)))
    out.sort(key=lambda s: (s.line or 0, s.claim))
    return out


def _events(ds: Dataset, iri: URIRef) -> list[tuple[str, str, str]]:
    """Dated events of a film: releases, production events and award outcomes."""
    events = []
    for link, kind, date_prop in ((FK.release, "release", FK.date), (FK.productionEvent, "production", FK.date),
                                  (FK.awardOutcome, "award", FK.year)):
        for _, _, node in ds.triples((iri, link, None)):
            for _, _, date in ds.triples((node, date_prop, None)):
                events.append((str(date), kind, label_of(ds, node)))
    return sorted(set(events))


def neighbours(view: EntityView, limit: int = 24) -> list[tuple[str, str, str, bool]]:
    """``(iri, label, relation, outgoing)`` for the picture: named neighbours only, asserted first."""
    out, seen = [], set()
    for f in view.facts:
        if isinstance(f.value, URIRef) and not f.inferred and str(f.value) not in seen:
            seen.add(str(f.value))
            out.append((str(f.value), f.value_label, f.predicate_label, True))
    for f in view.incoming:
        if str(f.value) not in seen:
            seen.add(str(f.value))
            out.append((str(f.value), f.value_label, f.predicate_label, False))
    return out[:limit]


__all__ = ["EntityView", "entity_view", "label_of", "neighbours"]
