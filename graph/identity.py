"""Identity across articles: one IRI per name, unless the articles' evidence tells namesakes apart.

Names are normalised into IRIs, so "Tom Harlow" in two articles is one person. That is wrong when
the articles say otherwise: a Tom Harlow "(born 1931)" and another "(born 1984)", or a Tom Harlow
credited in a 1925 film when the only Tom Harlow whose birth is stated was born in 1931. Input:
the :class:`Mention` of every person in every article (its IRI, the years stated beside the name,
the film's year); output: :class:`Plan` — per article, the IRIs to rename
(``person/tom-harlow`` -> ``person/tom-harlow-1931``), and one recorded decision per IRI that
several articles share, merged or split, with its evidence. Pure: no rdflib, no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

SAME_YEAR = 1  # stated birth years this close are one person (sources disagree by a year)


@dataclass(frozen=True)
class Mention:
    article: str
    iri: str
    name: str
    film_year: int | None = None
    born: int | None = None
    died: int | None = None


@dataclass
class Plan:
    renames: dict[str, dict[str, str]] = field(default_factory=dict)  # article -> {old IRI: new IRI}
    decisions: dict[str, dict] = field(default_factory=dict)  # IRI -> names, articles, decision, evidence


def _birth_groups(years: set[int]) -> list[int]:
    """Birth years clustered (within SAME_YEAR); each cluster named by its earliest year."""
    groups: list[int] = []
    last = None
    for year in sorted(years):
        if last is None or year - last > SAME_YEAR:
            groups.append(year)
        last = year
    return groups


def _group_of(born: int, groups: list[int]) -> int:
    return max(g for g in groups if g <= born)


def _compatible(group: int, film_year: int | None) -> bool:
    """A person born in ``group`` could have worked on a film of ``film_year``."""
    return film_year is None or film_year >= group


def plan_identities(mentions: list[Mention]) -> Plan:
    """Decide, for every person IRI, whether its mentions are one person or several."""
    by_iri: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_iri[m.iri].append(m)
    plan = Plan()
    for iri, found in sorted(by_iri.items()):
        articles = sorted({m.article for m in found})
        names = sorted({m.name for m in found})
        groups = _birth_groups({m.born for m in found if m.born is not None})
        late = [m for m in found if m.born is None and groups and not _compatible(groups[0], m.film_year)]
        if len(groups) < 2 and not late:
            if len(articles) > 1 or len(names) > 1:
                plan.decisions[iri] = {"names": names, "articles": articles, "decision": "merged",
                                       "evidence": "same normalised name; nothing stated tells them apart"}
            continue
        members: dict[str, list[Mention]] = defaultdict(list)
        for m in found:
            if m.born is not None:
                target = f"{iri}-{_group_of(m.born, groups)}"
            else:
                fits = [g for g in groups if _compatible(g, m.film_year)]
                target = f"{iri}-{fits[0]}" if len(fits) == 1 else iri
            members[target].append(m)
            if target != iri:
                plan.renames.setdefault(m.article, {})[iri] = target
        for target, ms in sorted(members.items()):
            stated = sorted({f"born {m.born} ({m.article})" for m in ms if m.born is not None})
            films = sorted({f"a {m.film_year} film ({m.article})" for m in ms if m.born is None and m.film_year})
            plan.decisions[target] = {
                "names": sorted({m.name for m in ms}), "articles": sorted({m.article for m in ms}),
                "decision": f"split from {iri}" if target != iri else f"kept apart from {iri}-*",
                "evidence": "; ".join(stated + films) or "no stated years"}
    return plan


__all__ = ["Mention", "Plan", "plan_identities"]
