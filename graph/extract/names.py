"""Finding proper names in English prose, and telling people from organisations (pure)."""

from __future__ import annotations

import re

from .. import lexicon
from ..normalize import name_key

UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_PARTICLES = r"(?:de|van|von|der|den|da|di|du|del|della|le|la|bin|al|dos|das|ten|ter|y|of|and)"
_TOKEN = rf"(?:[{UPPER}][\w'’.\-]*|\d+[\w.\-]*|&)"
# A proper name: capitalised tokens, with lower-case particles only between two of them.
NAME = rf"(?:{_TOKEN}(?:\s+(?:{_PARTICLES}\s+)?{_TOKEN})*)"
# A name that may not contain " and " (used in lists, where "and" separates names).
NAME1 = rf"(?:{_TOKEN}(?:\s+(?:(?:de|van|von|der|den|da|di|du|del|della|le|la|bin|al|dos|das|ten|ter|y)\s+)?{_TOKEN})*)"
NAMES = rf"(?:{NAME1}(?:\s*,\s*(?:and\s+)?{NAME1}|\s+and\s+{NAME1})*)"

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"}
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def clean(name: str) -> str:
    """Trim a captured name: sentence punctuation off, initials and suffixes kept."""
    name = name.strip().strip(",;:")
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr|Inc|Ltd|Co)\.$", name):
        name = name[:-1]
    return name.strip()


def split_names(text: str) -> list[str]:
    """``"A, B and C"`` -> ``["A", "B", "C"]``."""
    return [clean(p) for p in _SPLIT.split(text.strip()) if clean(p)]


def is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTHS


class Gazetteer:
    """What this article itself says about names: who is an organisation, who is a person.

    Built from the infobox (a "Studio" value is an organisation, a "Director" value a person) and
    added to while reading; unknown names are judged by words like "Pictures" or "Studios".
    """

    def __init__(self) -> None:
        self._kinds: dict[str, str] = {}

    def add(self, name: str, kind: str) -> None:
        self._kinds.setdefault(name_key(name), kind)

    def kind(self, name: str) -> str:
        known = self._kinds.get(name_key(name))
        if known:
            return known
        words = re.findall(r"[\w.]+", name)
        if any(w.lower().strip(".") in lexicon.ORG_WORDS for w in words):
            return "organization"
        if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
            return "organization"
        return "person"

    def known(self, name: str) -> bool:
        return name_key(name) in self._kinds
