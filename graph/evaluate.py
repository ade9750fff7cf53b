"""Scoring a built graph against gold facts (``../shared/gold/README.md`` format).

Input: a dataset built from one or more articles, and gold files; output: per-list and micro-averaged
precision, recall and F1, split into facts from the infobox/tables/lists ("structured") and facts
from prose, with every missed and spurious fact listed. The graph is read with SPARQL, never the
extractor's objects, so what is scored is what a user can query.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .eval_conventions import (award_body, canonical_org_role, canonical_rating, canonical_role, gold_character,
                               genre_words, same_character, same_rating, voice_track)
from .normalize import loose_key, without_nickname

LISTS = ("film", "crew", "cast", "organizations", "awards", "reviews", "release_dates")
STRUCTURED = ("infobox", "table", "list")

@dataclass
class Item:
    """One fact as a tuple of fields, where it came from, and a readable form."""

    fields: tuple
    source: str = "structured"  # or "prose"

    def __str__(self) -> str:
        return " | ".join("∅" if f is None else str(f) for f in self.fields)


@dataclass
class Score:
    matched: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.matched += other.matched
        self.missed += other.missed
        self.spurious += other.spurious

    @property
    def precision(self) -> float:
        n = len(self.matched) + len(self.spurious)
        return len(self.matched) / n if n else 1.0

    @property
    def recall(self) -> float:
        n = len(self.matched) + len(self.missed)
        return len(self.matched) / n if n else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "matched": len(self.matched),
                "missed": [str(i) for i in self.missed], "spurious": [str(i) for i in self.spurious]}


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    # ('Julie "Bob" Lombardi' and "Julie Lombardi" are one person: gold files write either)
    return loose_key(without_nickname(str(a))) == loose_key(without_nickname(str(b)))


def _near(a, b) -> bool:
    """Loose containment, for free-text fields like an award's name or a release place."""
    if a is None or b is None:
        return a is None and b is None
    a, b = loose_key(str(a)), loose_key(str(b))
    return bool(a) and bool(b) and (a in b or b in a)


def _no_the(name):
    """A company's name without a leading "The" ("The Criterion Collection" = "Criterion Collection")."""
    return re.sub(r"^[Tt]he\s+", "", name) if isinstance(name, str) else name


def _optional(gold, graph) -> bool:
    return gold is None or graph is None or _same(gold, graph)


MATCHERS = {
    "film": lambda g, x: g.fields[0] == x.fields[0] and (
        _near(g.fields[1], x.fields[1]) if g.fields[0] == "based_on" else _same(g.fields[1], x.fields[1])),
    "crew": lambda g, x: _same(g.fields[0], x.fields[0]) and g.fields[1] == x.fields[1],
    "cast": lambda g, x: _same(g.fields[0], x.fields[0]) and same_character(g.fields[1], x.fields[1])
    and _same(g.fields[2], x.fields[2]),
    "organizations": lambda g, x: _same(_no_the(g.fields[0]), _no_the(x.fields[0])) and g.fields[1] == x.fields[1],
    "awards": lambda g, x: (_near(award_body(g.fields[0]), award_body(x.fields[0])) or _near(g.fields[0], x.fields[5]))
    and _category(g.fields[1], x.fields[1], x.fields[6]) and _optional(g.fields[2], x.fields[2])
    and g.fields[3] == x.fields[3] and _recipients(g.fields[4], x.fields[4]),
    "reviews": lambda g, x: _optional(g.fields[0], x.fields[0]) and _near(g.fields[1], x.fields[1])
    and same_rating(g.fields[2], x.fields[2]),
    "release_dates": lambda g, x: g.fields[0] == x.fields[0] and (
        any(_near(w, g.fields[1]) for w in x.fields[1]) or not x.fields[1]),
}


# "A, B and C", "A & B": the people a gold recipient string names
_NAME_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _recipients(gold, graph) -> bool:
    """Every person the gold names ("A, B and C") is among the graph's recipients."""
    if gold is None:
        return True
    names = [n for n in _NAME_LIST.split(gold) if n]
    return all(any(_same(n, r) for r in graph or ()) for n in names)


def _category(gold, graph, prize) -> bool:
    if gold is None:
        return True
    m = re.match(r"^(?P<base>.*?)\s*(?:\((?P<detail>[^)]*)\))?$", gold)
    base, detail = m.group("base"), m.group("detail")
    if base and not _near(base, graph):
        return False
    return detail is None or _near(detail, prize) or _near(detail, graph)


def score(gold: dict[str, list[Item]], graph: dict[str, list[Item]]) -> dict[str, Score]:
    """Match gold items to graph items one to one, list by list, as many pairs as possible; a cast
    fact in the film's original language (the gold's first) counts as one with no dub."""
    scores = {}
    original = next((i.fields[1] for i in gold.get("film", []) if i.fields[0] == "language"), None)
    gold, graph = ({**items, "cast": [Item(i.fields[:2] + (voice_track(i.fields[2], original),), i.source)
                                      for i in items.get("cast", [])]} for items in (gold, graph))
    gold, graph = (_genres_as_words(_narrator_as_crew(items)) for items in (gold, graph))
    for name in LISTS:
        s = Score()
        # the store's order varies: equal facts from the infobox and from prose are ordered by source
        # too, or the structured/prose split of a score changed with the hash seed
        candidates = sorted(graph.get(name, []), key=lambda x: (repr(x.fields), x.source))
        wanted = gold.get(name, [])
        origin: dict[int, int] = {}  # id of an award's per-person item -> index of the outcome it came from
        if name == "awards":
            parts = [(k, part) for k, whole in enumerate(candidates) for part in _per_person([whole], graph=True)]
            origin = {id(part): k for k, part in parts}
            candidates, wanted = [part for _, part in parts], _per_person(wanted, graph=False)
        if name == "release_dates":
            # The gold format holds full dates only: a graph release known to the month or year
            # ("released on Blu-ray in November 2012") can be neither right nor wrong against it.
            candidates = [x for x in candidates if re.fullmatch(r"\d{4}-\d\d-\d\d", str(x.fields[0]))]
            # "opened in the United States and the United Kingdom on 16 July 2010" is one release
            # node with two places and two gold facts: one item per place, and the node is
            # spurious only when none of its places is matched (a festival's venue and country are
            # two places of one fact)
            groups = [(x, [Item((x.fields[0], [p]), x.source) for p in x.fields[1]] or [x]) for x in candidates]
            candidates = [part for _, parts in groups for part in parts]
        pairs = _pairs(wanted, candidates, MATCHERS[name])
        for i, g in enumerate(wanted):
            if i in pairs:
                g.source = candidates[pairs[i]].source
                s.matched.append(g)
            else:
                s.missed.append(g)
        taken = set(pairs.values())
        s.spurious = [x for j, x in enumerate(candidates) if j not in taken]
        if name == "cast":
            # "X is in the cast" (a billed star the article gives no part the graph found) is not
            # false where the gold has X play a part: the gold fact counts as missed, this not as wrong
            parted = {loose_key(str(g.fields[0])) for g in wanted}
            s.spurious = [x for x in s.spurious if x.fields[1] is not None or loose_key(str(x.fields[0])) not in parted]
        if name == "awards":
            # a gold fact that names no recipient (the film's prize) matched by one person of a
            # graph outcome naming several ("Best Screenplay" for both credited writers) is the
            # whole outcome: its other people add detail, not false facts
            whole_matched = {origin.get(id(candidates[j])) for i, j in pairs.items() if wanted[i].fields[4] is None}
            s.spurious = [x for x in s.spurious if origin.get(id(x)) not in whole_matched]
            # a gold file that records no festival selection at all was written without them (older
            # gold files leave "in competition at Cannes" out): a graph's selection is unscored there
            if not any(g.fields[3] == "selected" for g in wanted):
                s.spurious = [x for x in s.spurious if x.fields[3] != "selected"]
        if name == "release_dates":
            matched_parts = {id(candidates[j]) for j in taken}
            s.spurious = [whole for whole, parts in groups if not any(id(p) in matched_parts for p in parts)]
        scores[name] = s
    return scores


def _narrator_as_crew(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """A narrator is one fact whether it is written as crew ("narrator") or as cast with the part
    "Narrator" (gold files do both): the cast form moves to the crew list, once."""
    narrators = [i for i in items.get("cast", []) if re.fullmatch(r"(?:the\s+)?narrator", str(i.fields[1] or ""), re.I)]
    if not narrators:
        return items
    crew = list(items.get("crew", []))
    known = {loose_key(str(i.fields[0])) for i in crew if i.fields[1] == "narrator"}
    crew += [Item((i.fields[0], "narrator"), i.source) for i in narrators if loose_key(str(i.fields[0])) not in known]
    return {**items, "crew": crew, "cast": [i for i in items["cast"] if i not in narrators]}


def _genres_as_words(items: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """Each genre item becomes one item per genre word, once per film ("romantic drama" and
    "crime drama" are three facts: romantic, drama, crime), on the gold side and the graph side alike."""
    film, seen = [], set()
    for i in items.get("film", []):
        if i.fields[0] != "genre":
            film.append(i)
            continue
        for word in genre_words(str(i.fields[1])):
            if word not in seen:
                seen.add(word)
                film.append(Item(("genre", word), i.source))
    return {**items, "film": film}


def _per_person(items: list[Item], graph: bool) -> list[Item]:
    """One award item per recipient: "Best Original Song, won, A, B and C" is three facts, whether
    a gold file writes them as one entry or three, and a graph that names two of the three gets
    two right instead of none."""
    out = []
    for i in items:
        people = list(i.fields[4] or ()) if graph else [n for n in _NAME_LIST.split(i.fields[4] or "") if n]
        if len(people) < 2:
            out.append(i)
            continue
        for person in people:
            fields = list(i.fields)
            fields[4] = [person] if graph else person
            out.append(Item(tuple(fields), i.source))
    return out


def _pairs(gold: list[Item], graph: list[Item], match) -> dict[int, int]:
    """A maximum one-to-one matching, gold index -> graph index (augmenting paths). First-fit
    matching let a loose match ("Best Film" within "Best Film Music") take the graph item a later
    gold fact needed, so a score depended on the order the store returned rows in."""
    edges = [[j for j, x in enumerate(graph) if match(g, x)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def load_gold(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def gold_items(gold: dict, structured_text: str) -> dict[str, list[Item]]:
    """The gold file's facts as items; a fact's source is a guess refined by matching."""

    def item(*fields):
        key = next((f for f in fields if isinstance(f, str)), "")
        structured = bool(key) and loose_key(key) in loose_key(structured_text)
        return Item(tuple(fields), "structured" if structured else "prose")

    film = gold.get("film", {})
    items = {n: [] for n in LISTS}
    items["film"] = (
        [item("year", str(film["year"]))] if film.get("year") else []) + (
        [item("runtime", str(film["runtime_minutes"]))] if film.get("runtime_minutes") else []) + [
        item("country", c) for c in film.get("countries", [])] + [
        item("language", x) for x in film.get("languages", [])] + [
        item("genre", x) for x in film.get("genres", [])] + [
        item("based_on", b["title"]) for b in film.get("based_on", [])] + [
        item(k, f"{int(gold[k]['amount'])} {gold[k]['currency']}")
        for k in ("budget", "box_office") if gold.get(k)]
    items["crew"] = [item(c["person"], canonical_role(c["role"])) for c in gold.get("crew", [])]
    items["cast"] = [item(c["person"], gold_character(c.get("character")), c.get("language")) for c in gold.get("cast", [])]
    items["organizations"] = [item(o["name"], canonical_org_role(o["role"])) for o in gold.get("organizations", [])]
    items["awards"] = [item(a["award"], a.get("category"), a.get("year"), a["outcome"], a.get("recipient"))
                       for a in gold.get("awards", [])]
    items["reviews"] = [item(r.get("critic"), r["publication"], canonical_rating(r.get("rating")))
                        for r in gold.get("reviews", [])]
    items["release_dates"] = [item(r["date"], r["region_or_platform"]) for r in film.get("release_dates", [])]
    return {k: _unique(v) for k, v in items.items()}


def _unique(items: list[Item]) -> list[Item]:
    seen, out = set(), []
    for i in items:
        key = tuple(loose_key(str(f)) for f in i.fields)
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


__all__ = ["LISTS", "Item", "Score", "score", "load_gold", "gold_items"]
