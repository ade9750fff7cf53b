"""Emission of the dated and judged facts about a film: releases, award outcomes, reviews and
production events, each a node linked to the film and to its evidence.

A mixin of :class:`graph.emit._Emitter` (it uses the emitter's ``g``, ``iris``, ``film``,
``film_slug``, ``node``, ``agent``, ``add`` and ``evidence``). Input: one fact; output: its
triples in the article's graph. Split from :mod:`graph.emit`.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Literal

from ontology.namespace import FK

from . import facts as F
from .literals import date_literal

_RELEASE_KINDS = {"theatrical": FK.Theatrical, "streaming": FK.Streaming,
                  "home video": FK.HomeVideo, "premiere": FK.Premiere,
                  "television": FK.Television, "festival": FK.FestivalScreening}
_OUTCOMES = {"won": (FK.Won, FK.awardWon), "nominated": (FK.Nominated, FK.awardNominated),
             "selected": (FK.Selected, FK.awardSelection), "declined": (FK.Declined, None)}
_EVENTS = {"announcement": FK.Announcement, "bankruptcy": FK.Bankruptcy,
           "filming start": FK.FilmingStart, "filming end": FK.FilmingEnd,
           "completion": FK.Completion}


class EventEmitter:
    """Releases, award outcomes, reviews and production events of one article."""

    def release(self, r: F.Release) -> None:
        where = r.platform or "-".join(r.regions) or "-".join(r.media) or r.venue or "unspecified"
        node = self.iris.resource("release", self.film_slug, f"{r.date.iso}-{where}")
        g = self.g
        g.add((self.film, FK.release, node))
        g.add((node, RDF.type, FK.ReleaseEvent))
        g.add((node, FK.date, date_literal(r.date)))
        for region in r.regions:
            g.add((node, FK.region, self.node("country", region, FK.Country)))
        if r.platform:
            g.add((node, FK.platform, self.agent(r.platform, "organization")))
        for medium in r.media:
            g.add((node, FK.medium, Literal(medium)))
        if r.kind:
            g.add((node, FK.releaseKind, _RELEASE_KINDS[r.kind]))
        if r.released_by:
            g.add((node, FK.releasedBy, self.agent(r.released_by, "organization")))
        self.add(node, FK.scope, r.scope)
        self.add(node, FK.runDescription, r.run)
        self.add(node, FK.venue, r.venue)
        g.add((node, RDFS.label, Literal(f"{r.date.iso} release ({where})")))
        self.evidence(node, r.evidence)

    def award(self, a: F.AwardOutcome) -> None:
        award = self.node("award", a.award, FK.Award)
        parts = [a.award, str(a.year or a.edition or ""), a.category or "", a.prize or "", a.outcome, *sorted(a.recipients)]
        node = self.iris.resource("award-outcome", self.film_slug, "-".join(p for p in parts if p))
        concept, specific = _OUTCOMES[a.outcome]
        g = self.g
        g.add((self.film, FK.awardOutcome, node))
        g.add((node, RDF.type, FK.AwardOutcome))
        g.add((node, FK.award, award))
        if specific is not None:
            g.add((node, specific, award))
        g.add((node, FK.outcome, concept))
        self.add(node, FK.category, a.category)
        self.add(node, FK.ceremony, a.ceremony)
        self.add(node, FK.edition, a.edition)
        self.add(node, FK.prize, a.prize)
        if a.year:
            g.add((node, FK.year, Literal(str(a.year), datatype=XSD.gYear)))
        if a.date:
            g.add((node, FK.date, date_literal(a.date)))
        for r in a.recipients:
            g.add((node, FK.recipient, self.agent(r, "person")))
        label = " ".join(p for p in (a.ceremony or a.award, a.category, a.prize, f"({a.outcome})") if p)
        g.add((node, RDFS.label, Literal(label)))
        self.evidence(node, a.evidence)

    def review(self, r: F.Review) -> None:
        node = self.iris.resource("review", self.film_slug, f"{r.critic or ''}-{r.publication or ''}")
        g = self.g
        g.add((self.film, FK.review, node))
        g.add((node, RDF.type, FK.Review))
        if r.critic:
            g.add((node, FK.critic, self.agent(r.critic, "person")))
        if r.publication:
            g.add((node, FK.publication, self.agent(r.publication, "organization")))
        self.add(node, FK.rating, r.rating)
        self.add(node, FK.quote, r.quote)
        g.add((node, RDFS.label, Literal(f"Review by {r.critic or r.publication}")))
        self.evidence(node, r.evidence)

    def event(self, e: F.Event) -> None:
        node = self.iris.resource("event", self.film_slug, f"{e.date.iso}-{e.kind}")
        g = self.g
        g.add((self.film, FK.productionEvent, node))
        g.add((node, RDF.type, FK.ProductionEvent))
        g.add((node, FK.eventKind, _EVENTS.get(e.kind, FK.OtherEvent)))
        g.add((node, FK.date, date_literal(e.date)))
        g.add((node, FK.description, Literal(e.description)))
        if e.agent:
            g.add((node, FK.agent, self.agent(e.agent, e.agent_kind or "organization")))
        self.add(node, FK.agentDescription, e.agent_description)
        g.add((node, RDFS.label, Literal(f"{e.date.iso} {e.kind}")))
        self.evidence(node, e.evidence)
