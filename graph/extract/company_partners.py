"""Companies prose names as partners of a co-production, as the house behind a project, or as the
makers of effects and broadcasts, in forms the readers of :mod:`graph.extract.companies` do not
cover (pure: text in, (name, role) pairs out).

"It was assembled as a co-production: Kite Films and Lumen joined from Sweden, Vela from France"
(every company of the list); "The French partner was Vela, and the Italian co-producer was Rook
Film" and "the French side of the co-production was taken on by Vela" (production companies);
"The project was developed by Kite, the Oslo company founded by ..." and "working through Kite, the
company through which he had made ..." (production companies); "whose company Kite had backed"
(a production company); "Weta Digital created the computer-generated effects" (visual effects);
"the broadcaster Channel 9 aired a dubbed version" (a broadcaster).
"""

from __future__ import annotations

import re

from .. import places
from .context import Context
from .names import NAME, UPPER, clean, split_names

# A company by the words its names end or are made of, when the article does not know it already
_COMPANY_WORD = re.compile(r"\b(?:Films?|Filmproduktion|Productions?|Pictures|Studios?|Entertainment|Media|"
                           r"Cin[ée]ma|Television|TV|Promotion|Company|Releasing|Distribution|Group|Workshop|"
                           r"Digital|Fund|Foundation|Institute|Centre|Center|Väst|Nord|Machine)\b")
_COLON_LIST = re.compile(r"\bco-?production\s*:\s*(?P<rest>[^.;]+)")
_LISTED = re.compile(rf"(?<![\w'’-])(?:the\s+(?:[\w-]+\s+){{0,3}}?(?:fund|broadcaster|company|studio|institute)\s+)?(?P<org>{NAME})")
_PARTNER_WAS = re.compile(
    rf"\b[Tt]he\s+[{UPPER}][\w-]+\s+(?:co-?producer|co-production\s+partner|production\s+partner|partner|"
    rf"side\s+of\s+the\s+co-?production)\s+(?:was|were)\s+(?:taken\s+on\s+by\s+|handled\s+by\s+|provided\s+by\s+)?"
    rf"(?:the\s+)?(?P<org>{NAME})")
_HOUSE = re.compile(
    rf"\b(?:project|film|picture)\s+was\s+(?:developed|initiated|set\s+up|packaged)\s+(?:by|at)\s+(?P<dev>{NAME}),\s+"
    rf"(?:the|a|an)\s+[^,;.]{{0,40}}?\b(?:company|studio|firm|banner|outfit)\b"
    rf"|\b(?:working|worked|produced|producing)\s+through\s+(?P<via>{NAME}),\s+(?:the|a|an|his|her|their)\s+"
    rf"[^,;.]{{0,40}}?\b(?:company|studio|firm|banner|outfit)\b"
    rf"|\bwhose\s+(?:[{UPPER}][\w-]+\s+)?(?:company|studio|firm|banner)\s+(?P<whose>{NAME})\s+(?:had\s+)?"
    rf"(?:already\s+|also\s+|previously\s+)?(?:backed|produced|co-produced|financed)\b")
_EFFECTS = re.compile(
    rf"(?P<org>{NAME})\s+(?:created|designed|produced|handled|supplied|provided|built)\s+(?:the\s+|its\s+|all\s+the\s+)?"
    rf"[^.;]{{0,50}}?\b(?:effects|creatures|miniatures|prosthetics|CGI|computer-generated\s+imagery)\b")
# ("the Tunisian broadcaster Nessma TV aired a dubbed version": the descriptor is gone by now)
_BROADCAST = re.compile(rf"(?P<org>{NAME})\s+(?:aired|broadcast|televised)\s+(?:the\s+film|it|a\s+(?:[\w-]+\s+)?version)\b")


def partner_companies(ctx: Context, text: str) -> list[tuple[str, str]]:
    """The (name, role) pairs of the forms above in one sentence's ``text``; a name the article
    knows as a person's is left out."""
    found: list[tuple[str, str]] = []
    for m in _COLON_LIST.finditer(text):
        found += [(org, "production company") for org in _listed(m.group("rest"))]
    for m in _PARTNER_WAS.finditer(text):
        found += [(org, "production company") for org in split_names(m.group("org")) if _company(ctx, org)]
    for m in _HOUSE.finditer(text):
        found.append((m.group("dev") or m.group("via") or m.group("whose"), "production company"))
    found += [(m.group("org"), "visual effects") for m in _EFFECTS.finditer(text) if _company(ctx, m.group("org"))]
    found += [(m.group("org"), "broadcaster") for m in _BROADCAST.finditer(text)]
    return [(clean(org), role) for org, role in found if not _known_person(ctx, clean(org))]


def _listed(rest: str) -> list[str]:
    """The companies of a co-production's list, without the places they joined from."""
    names = []
    for m in _LISTED.finditer(rest):
        for org in split_names(m.group("org")):
            if org in places.COUNTRIES or org.casefold() in places.DEMONYMS or org in ("The", "It"):
                continue
            names.append(org)
    return names


def _company(ctx: Context, name: str) -> bool:
    """A name the article knows as a company's, or one that reads as a company's."""
    return ctx.names.kind(clean(name)) == "organization" or bool(_COMPANY_WORD.search(name))


def _known_person(ctx: Context, name: str) -> bool:
    full = ctx.names.resolve(name)
    return ctx.names.known(full) and ctx.names.kind(full) == "person"
