"""A body's list of the year's best films as an honour: "The National Board of Review named the
film one of its Top Ten Films of 2013", "included it among its top ten films of 2015", "was named
one of the top ten independent films of 2015 by the National Board of Review".

Input: a sentence's text with the film's title already written "the film"; output: award outcomes
(won, the list as its category: "Top Ten Films", "Top Ten Independent Films"), the body named
before the verb or after "by", dated by the year the list is of.
"""

from __future__ import annotations

import re

from ..facts import AwardOutcome
from .award_bodies import _bodies
from .award_patterns import _int

_TEN = r"(?:top\s+(?:ten|10)|ten\s+best|10\s+best)"
_LIST = re.compile(
    r"\b(?:named|included|placed|listed|chose|selected|picked)\s+(?:(?:it|the\s+film)\s+)?"
    r"(?:as\s+)?(?:one\s+of|among|in)\s+(?:its|their|the)\s+(?:list\s+of\s+(?:the\s+)?)?"
    rf"(?P<ten>{_TEN})\s+(?P<kind>(?:[a-zA-Z-]+\s+)?)(?:films|pictures|movies)"
    r"(?:\s+of\s+(?:the\s+year|(?P<year>(?:19|20)\d{2})))?", re.I)
# "was named one of the top ten films of 2015 by the National Board of Review": the body after
_BY = re.compile(r"\s+by\s+(?:the\s+)?")


def year_lists(text: str) -> list[AwardOutcome]:
    """Each year-end list the sentence places the film on, one won outcome per list whose body
    the sentence names (before the verb, or right after the list with "by")."""
    found: list[AwardOutcome] = []
    if not re.search(_TEN, text, re.I):
        return found
    bodies = _bodies(text, None)
    for m in _LIST.finditer(text):
        before = [b for b in bodies if b.end <= m.start()]
        by = _BY.match(text, m.end())
        after = next((b for b in bodies if by and b.start == by.end()), None)
        body = after or (before[-1] if before else None)
        if body is None:
            continue
        kind = m.group("kind").strip()
        category = "Top Ten " + (kind[:1].upper() + kind[1:] + " " if kind and kind.casefold() != "best" else "") + "Films"
        found.append(AwardOutcome(award=body.name, outcome="won", category=category,
                                  year=_int(m.group("year")) or body.year))
    return found
