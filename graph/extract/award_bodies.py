"""Award bodies named in a sentence: "the 81st Academy Awards", "the 2002 César Awards", "the
Oscars", "the 72nd ceremony" (the body named before), and which body a category belongs to.

Input: sentence text and offsets; output: :class:`Body` spans. Split from
:mod:`graph.extract.awards`, which reads the sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lexicon
from .award_patterns import _BODY, _BODY_YEAR, _ITEM, _int
from .names import clean


@dataclass
class Body:
    name: str
    start: int
    end: int
    year: int | None = None
    edition: int | None = None


def _bodies(text: str, carried: Body | None) -> list[Body]:
    """Every mention of an award body in ``text``, in order; "the 72nd ceremony" is the body before."""
    bodies: list[Body] = []
    for m in _BODY.finditer(text):
        if re.search(r"\b(?:before|after|than|since|until)\s+(?:the\s+)?$", text[:m.start()]):
            continue  # "held the day before the Oscars": a date, not where the prizes were given
        if m.group("cer"):
            previous = bodies[-1] if bodies else carried
            if previous is None or not (m.group("ed") or m.group("year") or _BODY_YEAR.match(text, m.end())):
                continue
            name = previous.name
        elif m.group("single"):
            single = clean(m.group("single"))
            if re.sub(r"^the\s+", "", single.casefold()) in lexicon.SUB_PRIZES:
                continue  # a prize of the ceremony the sentence names, not a body
            name = _canonical(single + "s" if single.endswith("Award") else single)
        elif m.group("alias"):
            name = _canonical(m.group("alias"))
        elif m.group("prize"):
            if not (m.group("ed") or re.search(r"\bat\s+the\s+$", text[:m.start()])):
                continue
            name = _canonical(clean(m.group("prize")))
        elif m.group("gala"):
            name = _canonical(clean(m.group("gala")))
        else:
            name = _canonical(re.sub(r"\bawards$", "Awards", clean(m.group("body"))))
            if not name:
                continue
        body = Body(name=name, start=m.start(), end=m.end(), edition=_int(m.group("ed")),
                     year=_int(m.group("year")))
        after = _BODY_YEAR.match(text, m.end())
        if body.year is None and after:
            body.year = _int(after.group("y1") or after.group("y2"))
            body.end = after.end()
        bodies.append(body)
    return bodies


def _canonical(name: str) -> str:
    name = re.sub(r"^(?:The|At|In|At the|In the)\s+", "", name.strip())
    name = re.sub(r"(?<=\s)Award$", "Awards", name)  # "the Directors Guild of America Award for ..."
    alias = lexicon.AWARD_ALIASES.get(name.casefold())
    return alias or name


def _attached_body(text: str, bodies: list[Body], end: int, limit: int) -> Body | None:
    """The body named right after a category: "Best Documentary at the Independent Spirit Awards"."""
    for body in bodies:
        if end <= body.start < limit:
            gap = text[end:body.start]
            return body if _ATTACHED.fullmatch(gap) else None
    return None


def _bodies_listed_after(text: str, bodies: list[Body], body: Body) -> list[Body]:
    """The bodies listed right after ``body`` ("at the Golden Globe Awards, the BAFTA Awards and
    the Screen Actors Guild Awards"): one prize won at each."""
    listed, at = [], body.end
    for other in bodies:
        if other.start < at:
            continue
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", text[at:other.start]):
            break
        if re.match(r"\s+for\s+(?:the\s+)?[A-Z]", text[other.end:]):
            break  # "at the 1949 Cannes Film Festival and the BAFTA Award for Best British Film": its own prize
        listed.append(other)
        at = other.end
    return listed


def _bodies_listed_before(text: str, bodies: list[Body], body: Body) -> list[Body]:
    """The bodies listed right before ``body`` when one category follows them all ("received both
    the Bodil Award and the Robert Award for Best Danish Film"): one prize won at each."""
    listed, at = [], body.start
    for other in reversed([b for b in bodies if b.end <= body.start]):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", text[other.end:at]):
            break
        if re.search(r"\b(?:at|from|by|in)\s+(?:the\s+)?$", text[:other.start]):
            break  # "the Grand Prix at the 1949 Cannes Film Festival and the BAFTA Award for X": a venue, not a prize
        listed.append(other)
        at = other.start
    return listed


# ("the Caméra d'Or for best first feature at the ...", "the Grand Coral, the top prize of the ...")
_ATTACHED = re.compile(r"\s*,?\s*(?:for\s+(?:the\s+)?(?:best|most)\s+[a-z][a-z -]{2,40}?\s+)?(?:(?:award|prize|trophy|honou?r|statuette)\s+)?"
                       r"(?:at|from|by|of)\s+(?:the\s+)?"
                       r"|,\s+the\s+(?:[a-z-]+\s+){0,2}(?:prize|award|honou?r)\s+(?:of|at)\s+(?:the\s+)?")


def _prize_body(category: str, at: int) -> Body | None:
    """The body a named prize belongs to when the sentence names no body ("won the Golden Lion")."""
    key = category.casefold().split(" for ")[0].strip()
    name = lexicon.PRIZE_BODIES.get(key)
    return Body(name=name, start=at, end=at) if name else None


def _body_before(bodies: list[Body], start: int) -> Body | None:
    before = [b for b in bodies if b.end <= start]
    return before[-1] if before else None


def _body_ending_list(text: str, bodies: list[Body], end: int) -> Body | None:
    """The body after a list of categories that ends with it: "nominated for Best Film, Best
    Director and Best Actress at the 45th César Awards" (each of the three is the César's)."""
    after = next((b for b in bodies if b.start >= end), None)
    if after is None:
        return None
    between = _ITEM.sub("", text[end:after.start])
    return after if re.fullmatch(r"(?:\s*,\s*|\s+and\s+|\s*)*\s*(?:at|from|by)\s+(?:the\s+)?", between) else None


def _is_item(text: str, m: re.Match) -> bool:
    """A category or prize, not the "Academy Award" of "the Academy Award for Best ...", nor a
    ranking ("named it one of the Best Films of the Year"), nor a film's title ("went to The Best
    Years of Our Lives")."""
    if re.search(r"\s+The\s+$", text[:m.start()]):
        return False
    if re.search(r"\b(?:one of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", text[:m.start()]) \
            and not re.search(r"\b(?:among|one\s+of)\s+(?:them|the\s+(?:[\w-]+\s+)?(?:nominees|finalists|winners)\s+for)\s+$", text[:m.start()]):
        # "ten nominations, among them Best Film", "among (one of) the nominees for Best Film" name categories
        return False
    if m.group("prize"):
        prize = m.group("prize")
        bodies = {b.casefold() for b in lexicon.AWARD_ALIASES.values()}
        if prize.casefold() in lexicon.AWARD_ALIASES or re.sub(r"\s+Award$", "", prize).casefold() in lexicon.AWARD_ALIASES \
                or (prize + "s").casefold() in bodies:
            # "nominated for the Academy Award in the same category", "won the Golden Globe Award and
            # the BAFTA Award for best foreign-language film": a body, not a prize
            return False
        after = text[m.end():]
        if re.match(r"(?:Award|Prize)$", prize.split()[-1]) and prize.casefold() not in lexicon.SUB_PRIZES and re.match(r"\s+(?:nominations?\s+)?for\s+(?:the\s+)?(?:Best|Outstanding|Most)\b", after):
            return False
        if re.match(r"\s*(?:winners?|nominees?|-winning|-nominated)\b", after):
            return False
    return True
