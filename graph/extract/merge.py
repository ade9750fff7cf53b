"""Merging repeated claims: one node per credit, performance, release, award and review.

The same credit stated in the infobox, the lead and a later section becomes one fact with three
pieces of evidence. Releases merge when they agree on date, platform, places and media; a release
that gives only a date joins the one other release of that date that says where. Claims that
disagree (two dates for one platform) are all kept.
"""

from __future__ import annotations

from ..facts import Facts
from ..normalize import name_key


def _key(*parts) -> tuple:
    return tuple(name_key(p) if isinstance(p, str) else p for p in parts)


def _merge(items, key):
    merged: dict = {}
    for item in items:
        k = key(item)
        if k in merged:
            kept = merged[k]
            kept.evidence.extend(e for e in item.evidence if e not in kept.evidence)
            for name, value in vars(item).items():
                if value and not getattr(kept, name):
                    setattr(kept, name, value)
        else:
            merged[k] = item
    return list(merged.values())


def merge(facts: Facts) -> Facts:
    """Return ``facts`` with duplicate claims merged (in place; the object is returned)."""
    facts.credits = _merge(facts.credits, lambda c: _key(c.work, c.agent, c.role))
    facts.performances = _merge(
        facts.performances, lambda p: _key(p.performer, p.character or "", p.language or ""))
    facts.awards = _merge(facts.awards, lambda a: _key(a.award, a.category or "", a.prize or "",
                                                       a.outcome, a.year or 0))
    facts.reviews = _merge(facts.reviews, lambda r: _key(r.critic or "", r.publication or ""))
    facts.works = _merge(facts.works, lambda w: _key(w.key))
    facts.events = _merge(facts.events, lambda e: _key(e.kind, e.date.iso, e.agent or ""))
    facts.releases = _merge_releases(facts.releases)
    return facts


def _merge_releases(releases):
    placed = [r for r in releases if r.platform or r.regions or r.media or r.venue]
    bare = [r for r in releases if r not in placed]
    placed = _merge(placed, lambda r: _key(r.date.iso, r.platform or "", *sorted(r.regions),
                                          *sorted(r.media)))
    kept = list(placed)
    for r in bare:
        same_day = [p for p in placed if p.date == r.date]
        if len(same_day) == 1:
            target = same_day[0]
            target.evidence[:0] = [e for e in r.evidence if e not in target.evidence]
        else:
            kept.append(r)
    return _merge(kept, lambda r: _key(r.date.iso, r.platform or "", *sorted(r.regions),
                                       *sorted(r.media), r.venue or ""))
