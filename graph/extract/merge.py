"""Merging repeated claims: one node per credit, performance, release, award and review.

The same credit stated in the infobox, the lead and a later section becomes one fact with three
pieces of evidence. Releases merge when they agree on date, platform, places and media; a release
that gives only a date joins the one other release of that date that says where. Claims that
disagree (two dates for one platform) are all kept.
"""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import Facts
from ..normalize import loose_key, name_key


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
    facts.performances = [p for p in facts.performances if not _described_beside_named(p, facts.performances)]
    facts.awards = _merge_awards(facts.awards)
    facts.reviews = _merge(facts.reviews, lambda r: _key(r.critic or "", r.publication or ""))
    facts.works = _merge(facts.works, lambda w: _key(w.key))
    facts.events = _merge(facts.events, lambda e: _key(e.kind, e.date.iso, e.agent or ""))
    facts.releases = _merge_releases(facts.releases)
    return facts


def _described_beside_named(p, performances) -> bool:
    """Whether prose only describes the part ("who played the German explorer") of a performer whom
    a cast table or list gives a named part: the same performance, told twice."""
    words = (p.character or "").split()
    if not words or not (words[0].islower() or words[0].casefold() in places.DEMONYMS and len(words) > 1) \
            or any(w[:1].isupper() for w in words[1:]) or not all(e.kind == "prose" for e in p.evidence):
        return False
    return any(q is not p and q.performer == p.performer and q.character and q.character[:1].isupper()
               and any(e.kind in ("table", "list") for e in q.evidence) for q in performances)


def award_key(name: str) -> str:
    """An award body's comparison key: "the 81st Academy Awards", "Academy Award" -> "academy";
    "Screen Actors Guild" and "Screen Actors Guild Awards" -> "screenactorsguild"."""
    name = re.sub(r"^(?:the\s+)?(?:(?:18|19|20)\d\d\s+)?(?:\d+(?:st|nd|rd|th)\s+)?", "", name.strip(), flags=re.I)
    name = lexicon.AWARD_ALIASES.get(name.casefold(), name)  # a table's "BAFTA Awards" is prose's body
    key = re.sub(r"s$", "", loose_key(name))
    return re.sub(r"(?<=.)award$", "", key)


def _merge_awards(awards):
    """One outcome per award, category, prize, outcome and year; an outcome that gives no year
    (the lead's "won the Academy Award for Best X") joins the one dated outcome it repeats."""
    def key(a):
        return (award_key(a.award), loose_key(a.category or ""), loose_key(a.prize or ""), a.outcome)

    # Outcomes that name different people are different nominations ("A and B were both
    # nominated for Best Actor"); one that names nobody, or some of the same people ("Best Picture
    # for Hart" beside the table's "Hart, Quill and Lark"), joins the one that names more.
    merged: list = []
    for a in awards:
        people = {name_key(r) for r in a.recipients}
        same = [m for m in merged if key(m) + (m.year or 0,) == key(a) + (a.year or 0,)
                and _nested(people, {name_key(r) for r in m.recipients})]
        if same:
            kept = same[0]
            _absorb(kept, a)
            known = {name_key(r) for r in kept.recipients}
            kept.recipients += [r for r in a.recipients if name_key(r) not in known]
        else:
            merged.append(a)
    dated: dict = {}
    for a in merged:
        if a.year:
            dated.setdefault(key(a), []).append(a)
    kept = []
    for a in merged:
        same = dated.get(key(a), [])
        if not a.year and len(same) == 1:
            _absorb(same[0], a)
        else:
            kept.append(a)
    return [a for a in kept if not _implied(a, kept) and not _bare_selection(a, kept)]


def _bare_selection(a, awards) -> bool:
    """Whether ``a`` is a selection at a festival with no section or prize ("screened out of
    competition at Cannes") where the article also names the film's section there ("in the
    Midnight Screenings section of the 2016 Cannes Film Festival"), or a win of a body's prize with
    no category ("won an Independent Spirit Award") where the article names the category won there
    by the same people: one outcome, said twice."""
    if a.outcome not in ("selected", "won") or a.category:
        return False
    people = {name_key(r) for r in a.recipients}
    return any(b is not a and b.outcome == a.outcome and b.category and award_key(b.award) == award_key(a.award)
               and (not a.year or not b.year or a.year == b.year) and people <= {name_key(r) for r in b.recipients}
               for b in awards)


def _implied(a, awards) -> bool:
    """Whether nomination ``a`` is one that another outcome implies: the same category won (a win
    implies the nomination: "won four of its six nominations, including Best Picture" beside the
    table's win), or, for a nomination that names no category ("Neeson was also nominated"), the
    same person's nomination or win in a named category of the same body. Its evidence joins that
    outcome."""
    if a.outcome != "nominated" or not a.category and not a.recipients:
        return False
    people = {name_key(r) for r in a.recipients}
    for w in awards:
        same_category = (w.outcome == "won" and a.category and loose_key(w.category or "") == loose_key(a.category)
                         or not a.category and w.category and w.outcome in ("won", "nominated"))
        if (w is not a and same_category and award_key(w.award) == award_key(a.award)
                and (not a.year or not w.year or a.year == w.year)
                and people <= {name_key(r) for r in w.recipients}):
            w.evidence.extend(e for e in a.evidence if e not in w.evidence)
            return True
    return False


def _nested(a: set, b: set) -> bool:
    return a <= b or b <= a


def _absorb(kept, item) -> None:
    kept.evidence.extend(e for e in item.evidence if e not in kept.evidence)
    for name, value in vars(item).items():
        if value and not getattr(kept, name):
            setattr(kept, name, value)


def _places(r) -> list[str]:
    return [p for p in [r.platform, r.venue, *r.regions] if p]


def _near(a: str, b: str) -> bool:
    a, b = loose_key(a), loose_key(b)
    return bool(a) and bool(b) and (a in b or b in a)


def _covers(big, small) -> bool:
    """Whether release ``big`` says everything ``small`` says about where and how (same day)."""
    if big.date != small.date:
        return False
    if small.media and not set(map(name_key, small.media)) <= set(map(name_key, big.media)):
        return False
    if small.platform and not (big.platform and _near(small.platform, big.platform)):
        return False
    return all(any(_near(p, q) for q in _places(big)) for p in _places(small))


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
    kept = _merge(kept, lambda r: _key(r.date.iso, r.platform or "", *sorted(r.regions),
                                       *sorted(r.media), r.venue or ""))
    # "1999-05-03 (Cannes)" in the infobox and "premiere at the Cannes Film Festival on 3 May
    # 1999" in the prose are one release: merge a release into the one other release of its day
    # that names the same places (by containment) and media.
    out = []
    for r in kept:
        target = [o for o in out if _covers(o, r) or _covers(r, o)]
        if len(target) == 1:
            _absorb(target[0], r)
            for region in r.regions:
                if not any(_near(region, q) for q in _places(target[0])):
                    target[0].regions.append(region)
        else:
            out.append(r)
    return out
