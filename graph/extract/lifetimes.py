"""People's lifetimes stated beside their names: evidence for telling namesakes apart.

"the composer Ada Quill (born 1932)", "Teo Brae (b. 4 May 1950)", "Cora Vey (1906–1967)". Only
names the article already knows as people (credits, cast) are read, so a film's "(2004)" or a
place's dates are never taken for a person's. Input: the extraction context; output: entries in
``ctx.facts.lifetimes``.
"""

from __future__ import annotations

import re

from ..facts import Lifetime
from .context import Context
from .names import NAME1, clean

_YEAR = r"(?:1[6-9]|20)\d{2}"
_LIFE = re.compile(
    rf"(?P<name>{NAME1})\s*\(\s*(?:"
    rf"(?:born|b\.)\s+(?:[^()]{{0,20}}?\s)?(?P<born>{_YEAR})"
    rf"|(?P<from>{_YEAR})\s*[–—-]\s*(?P<to>{_YEAR})"
    rf"|(?:died|d\.)\s+(?:[^()]{{0,20}}?\s)?(?P<died>{_YEAR})"
    r")\s*[);,]")


def extract_lifetimes(ctx: Context) -> None:
    """Add every stated lifetime of a known person, once per person and article."""
    seen: set[str] = set()
    for section, sentence in ctx.sentences():
        for m in _LIFE.finditer(sentence.text):
            name = ctx.names.resolve(clean(m.group("name")))
            if ctx.names.kind(name) != "person" or not ctx.names.known(name) or name in seen:
                continue
            born = m.group("born") or m.group("from")
            died = m.group("died") or m.group("to")
            seen.add(name)
            ctx.facts.lifetimes.append(Lifetime(name, int(born) if born else None, int(died) if died else None,
                                                ctx.sentence_evidence(section, sentence)))
