"""Nominations that name people but no category: "..., while Neeson, Fiennes and Williams were also
nominated", "Neeson and Kingsley were nominated as well".

Input: the extraction context, a sentence and the award body the paragraph carries; output: one
nomination without a category per person the article knows, at the body named last before the
clause (else the carried one). Read by :mod:`graph.extract.awards`.
"""

from __future__ import annotations

import re

from ..facts import AwardOutcome
from .award_bodies import Body, _bodies
from .award_patterns import _suffix
from .award_people import _resolve
from .context import Context
from .names import NAMES, split_names

# The clause ends at the verb: "were nominated for Best X" names its category and is read elsewhere.
_BARE = re.compile(rf"(?:^|[,;:]\s*|\b(?:while|and|but|whereas)\s+)(?P<subj>{NAMES})\s+(?:were|was)\s+(?:also\s+|both\s+)?"
                   r"nominated(?:\s+as\s+well|\s+too)?(?=\s*[,.;]|$)")


def bare_nominations(ctx: Context, text: str, carried: Body | None) -> list[AwardOutcome]:
    """The category-less nominations of ``text`` (see the module's docstring)."""
    found = []
    for m in _BARE.finditer(text):
        people = [p for p in _resolve(ctx, split_names(m.group("subj")))
                  if ctx.names.known(p) and ctx.names.kind(p) == "person"]
        before = [b for b in _bodies(text[:m.start()], carried) if b.name]
        body = before[-1] if before else carried
        if not people or body is None:
            continue
        ceremony = f"{body.edition}{_suffix(body.edition)} {body.name}" if body.edition else None
        found += [AwardOutcome(award=body.name, outcome="nominated", ceremony=ceremony, edition=body.edition,
                               year=body.year, recipients=[p]) for p in people]
    return found
