"""Reconciliation: filmkg's entities -> Wikidata items, most reliable evidence first.

Input: a :class:`~graph.linking.local.LocalGraph` and a :class:`~graph.linking.client.SparqlClient`;
output: :class:`Link` records (local IRI, Wikidata IRI, score in 0..1, method, time). Stages:

1. each film by its Wikipedia sitelink when the article title can be a Wikipedia title — accepted
   only if the item is a film (the article of a manga of the same title is refused) of a year within
   one of the article's; else by label or alias + instance of film (or a subclass) + year + director;
2. the people, organisations, works, countries and languages of the article among the values of
   the linked film's own statements (and then of each linked work's), by normalised label or alias,
   type-checked (a person is a human, a work is not the film) and scored higher when the statement's
   property matches the credited role;
3. the rest by exact label or alias + type + context: a candidate scores only when a Wikidata
   statement ties it to the item of an entity it appears with here (the critic of a review to the
   publication, an award recipient to the film the award was for). A link needs ``threshold`` and a
   lead of ``margin`` over any other candidate, so two same-named people without context get none.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import URIRef

from ..normalize import loose_key, name_key
from . import queries as Q
from .client import SparqlClient, now_iso
from .local import Entity, LocalGraph

log = logging.getLogger("filmkg.linking")

REST_KINDS = ("person", "organization", "work", "periodical")
HUB_KINDS = ("country", "language")  # too general to be anyone's context
ANCHOR_KINDS = ("film", "work", "periodical")  # kinds whose statements name the entities of stage 2
CHUNK = 40


@dataclass(frozen=True)
class Link:
    local: URIRef
    target: URIRef
    score: float
    method: str
    time: str  # ISO 8601, UTC: when the Wikidata answers the link rests on were fetched


@dataclass(frozen=True)
class _Proposal:
    target: str
    score: float
    method: str


def compatible(entity: Entity, human: bool, film: bool) -> bool:
    """The type constraint: a person is a human, a film is a film, nothing else is either, except
    a work whose form says it is a film."""
    if entity.kind == "person":
        return human
    if entity.kind == "film":
        return film and not human
    if entity.kind in ("work", "periodical"):
        return not human and film == ("film" in entity.form.casefold())
    return not human and not film


def _flag(row: dict, name: str) -> bool:
    return row.get(name, {}).get("value") in ("true", "1")


def _year(value: str) -> int | None:
    m = re.match(r"^([+-]?)0*(\d{1,4})-", value)
    return None if not m else int(m.group(2)) * (-1 if m.group(1) == "-" else 1)


def _base_title(title: str) -> str:
    """``"Harbour Lights (1931 film)"`` -> ``"Harbour Lights"``: the disambiguation is not part of a label."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", title).strip() or title


class Reconciler:
    def __init__(self, client: SparqlClient, *, site: str = "https://en.wikipedia.org/wiki/",
                 languages: tuple[str, ...] = ("en", "mul"), threshold: float = 0.8, margin: float = 0.1):
        self.client, self.site, self.languages = client, site, languages
        self.threshold, self.margin = threshold, margin
        self.links: dict[URIRef, _Proposal] = {}

    def run(self, local: LocalGraph) -> list[Link]:
        """Every link that clears the bar, sorted by local IRI."""
        self.local = local
        for article in local.articles:
            self._link_film(article)
        self._link_by_statements()
        self._link_rest()
        when = self.client.as_of or now_iso()
        return [Link(iri, URIRef(p.target), round(p.score, 2), p.method, when)
                for iri, p in sorted(self.links.items())]

    def _accept(self, entity: Entity, proposals: list[_Proposal], stage: str) -> None:
        """Link ``entity`` to the best proposal if it clears the threshold and the margin."""
        best: dict[str, _Proposal] = {}
        for p in proposals:
            if p.target not in best or p.score > best[p.target].score:
                best[p.target] = p
        ranked = sorted(best.values(), key=lambda p: (-p.score, p.target))
        if not ranked:
            return
        top = ranked[0]
        if round(top.score, 6) < self.threshold:
            log.info("%s: no link for %s <%s>: best %s scores %.2f < %.2f", stage, entity.label,
                     entity.iri, top.target, top.score, self.threshold)
        elif len(ranked) > 1 and round(top.score - ranked[1].score, 6) < self.margin:
            log.info("%s: no link for %s <%s>: %s (%.2f) and %s (%.2f) are too close", stage,
                     entity.label, entity.iri, top.target, top.score, ranked[1].target, ranked[1].score)
        else:
            self.links[entity.iri] = top
            log.info("%s: linked %s <%s> -> %s (%s, %.2f)", stage, entity.label, entity.iri,
                     top.target, top.method, top.score)

    # -- stage 1: films ----------------------------------------------------------------------
    def _link_film(self, article) -> None:
        film = self.local.entities[article.film]
        if film.iri in self.links:
            return
        url = Q.wikipedia_url(article.title, self.site)
        if url:
            items: dict[str, dict] = defaultdict(lambda: {"film": False, "years": set()})
            for row in self.client.select(Q.sitelink_query(url)):
                c = items[row["item"]["value"]]
                c["film"] |= _flag(row, "film")
                if "date" in row and (y := _year(row["date"]["value"])) is not None:
                    c["years"].add(y)
            for target, c in sorted(items.items()):
                years = c["years"]
                if not c["film"]:
                    log.info("films: %s is about %s, which is not a film: refused", url, target)
                    continue
                gap = min((abs(y - x) for y in years for x in article.years), default=0)
                if gap > 1:
                    log.info("films: %s is about %s, a film of %s, not %s: refused", url, target,
                             sorted(years), sorted(article.years))
                    continue
                self._accept(film, [_Proposal(target, 1.0 if gap == 0 else 0.95, "sitelink")], "films")
                if film.iri in self.links:
                    return
        self._film_by_label(film, article)

    def _film_by_label(self, film: Entity, article) -> None:
        names = {film.label, _base_title(article.title), *film.names}
        found: dict[str, dict] = defaultdict(lambda: {"label": False, "years": set(), "directors": set()})
        for row in self.client.select(Q.film_label_query(names, self.languages)):
            c = found[row["item"]["value"]]
            c["label"] |= row["kind"]["value"] == "label"
            if "date" in row and (y := _year(row["date"]["value"])) is not None:
                c["years"].add(y)
            if "dname" in row:
                c["directors"].add(name_key(row["dname"]["value"]))
        local_directors = {name_key(d) for d in article.directors}
        proposals = []
        for target, c in sorted(found.items()):
            gap = min((abs(y - x) for y in c["years"] for x in article.years), default=None)
            if gap is not None and gap > 1:
                log.info("films: %s is a film of %s, not %s: refused", target, sorted(c["years"]),
                         sorted(article.years))
                continue
            score = 0.1 + (0.3 if c["label"] else 0.2)
            score += 0.05 if gap is None else 0.3 if gap == 0 else 0.15
            if not local_directors or not c["directors"]:
                score += 0.05
            elif local_directors & c["directors"]:
                score += 0.3
            proposals.append(_Proposal(target, score, "label+type+year+director"))
        self._accept(film, proposals, "films")

    # -- stage 2: the linked items' own statements -------------------------------------------
    def _link_by_statements(self) -> None:
        queue = sorted(iri for iri in self.links if self.local.entities[iri].kind in ANCHOR_KINDS)
        done: set[URIRef] = set()
        while queue:
            anchor = queue.pop(0)
            if anchor in done:
                continue
            done.add(anchor)
            values = self._statement_values(self.links[anchor].target)
            members = set().union(*(a.members for a in self.local.articles_with(anchor)))
            for iri in sorted(members - set(self.links) - {anchor}):
                entity = self.local.entities[iri]
                if entity.kind == "film":
                    continue
                expected = {(x.prop, x.reverse) for x in self.local.expect.get(iri, ()) if x.anchor == anchor}
                proposals = self._match_values(entity, values, expected)
                if proposals:
                    self._accept(entity, proposals, f"statements of {Q.item(self.links[anchor].target)}")
                    if iri in self.links and entity.kind in ANCHOR_KINDS:
                        queue.append(iri)

    def _statement_values(self, target: str) -> dict[str, dict]:
        values: dict[str, dict] = defaultdict(lambda: {"props": set(), "names": {}, "human": False, "film": False})
        for row in self.client.select(Q.statements_query(target, self.languages)):
            v = values[row["item"]["value"]]
            v["props"].add((row["prop"]["value"], row["dir"]["value"] == "in"))
            kind = row["kind"]["value"]
            name = row["name"]["value"]
            if v["names"].get(name) != "label":
                v["names"][name] = kind
            v["human"], v["film"] = _flag(row, "human"), _flag(row, "film")
        values.pop(target, None)  # the film is never its own cast member
        return values

    def _match_values(self, entity: Entity, values: dict[str, dict], expected: set) -> list[_Proposal]:
        keys = {name_key(n) for n in entity.names}
        loose = {loose_key(n) for n in entity.names}
        proposals = []
        for target, v in sorted(values.items()):
            if not compatible(entity, v["human"], v["film"]):
                continue
            exact = [kind for name, kind in v["names"].items() if name_key(name) in keys]
            if exact:
                score = 0.9 if "label" in exact else 0.85
            elif any(loose_key(name) in loose for name in v["names"]):
                score = 0.8  # "Acme Bros" for "Acme Bros.": safe only among one film's statements
            else:
                continue
            props = v["props"] & expected
            if props:
                score += 0.05
            prop, inverse = min(props or v["props"])
            proposals.append(_Proposal(target, score, f"statement:{prop}{'-inverse' if inverse else ''}"))
        return proposals

    # -- stage 3: the rest, by label + type + context ----------------------------------------
    def _link_rest(self) -> None:
        pending = [e for iri, e in sorted(self.local.entities.items())
                   if e.kind in REST_KINDS and iri not in self.links]
        if not pending:
            return
        candidates = self._candidates(pending)
        strong = {e.iri: {self.links[n].target for n in self.local.neighbours.get(e.iri, ())
                          if n in self.links and self.local.entities[n].kind not in HUB_KINDS}
                  for e in pending}
        mutual = {e.iri: {t for n in self.local.neighbours.get(e.iri, ()) if n not in self.links
                          for t, _ in candidates.get(n, ())} for e in pending}
        items = sorted({t for cands in candidates.values() for t, _ in cands})
        others = sorted(set().union(*strong.values(), *mutual.values()))
        tied = self._connections(items, others)
        for e in pending:
            proposals = []
            for target, is_label in candidates.get(e.iri, ()):
                score, why = (0.5 if is_label else 0.4), "label" if is_label else "alias"
                if tied[target] & strong[e.iri]:
                    score, why = score + 0.4, why + "+type+context"
                elif tied[target] & (mutual[e.iri] - {target}):
                    score, why = score + 0.3, why + "+type+mutual-context"
                proposals.append(_Proposal(target, score, why))
            self._accept(e, proposals, "label and context")

    def _candidates(self, pending: list[Entity]) -> dict[URIRef, list[tuple[str, bool]]]:
        by_key: dict[str, list[Entity]] = defaultdict(list)
        for e in pending:
            for key in {name_key(n) for n in e.names}:
                by_key[key].append(e)
        names = sorted({n for e in pending for n in e.names})
        found: dict[URIRef, dict[str, bool]] = defaultdict(dict)
        for i in range(0, len(names), CHUNK):
            for row in self.client.select(Q.candidates_query(names[i:i + CHUNK], self.languages)):
                target, is_label = row["item"]["value"], row["kind"]["value"] == "label"
                for e in by_key.get(name_key(row["name"]["value"]), ()):
                    if compatible(e, _flag(row, "human"), _flag(row, "film")):
                        found[e.iri][target] = found[e.iri].get(target, False) or is_label
        return {iri: sorted(c.items()) for iri, c in found.items()}

    def _connections(self, items: list[str], others: list[str]) -> dict[str, set[str]]:
        tied: dict[str, set[str]] = defaultdict(set)
        if not items or not others:
            return tied
        for i in range(0, len(items), CHUNK):
            for j in range(0, len(others), 4 * CHUNK):
                query = Q.connections_query(items[i:i + CHUNK], others[j:j + 4 * CHUNK])
                for row in self.client.select(query):
                    tied[row["item"]["value"]].add(row["other"]["value"])
        return tied
