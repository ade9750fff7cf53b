"""Source works and adaptations from prose: "based on the 1989 manga by X", "a manga adaptation of
the film, Y, written by Z and serialized in W's Q from April to October 2017".

Input: a sentence of a credit section and its match; output: Work facts and their credits in the
extraction context. Read by :mod:`graph.extract.prose`.
"""

from __future__ import annotations

import re

from ..facts import Credit, Work
from ..normalize import find_dates, name_key
from .context import Context
from .names import NAME, NAMES, clean, split_names

_FORMS = (r"(?:manga series|manga|light novel|graphic novel|novella|novel|short story|stage play|play|"
          r"comic book series|comic book|comic series|comics?|video game|picture book|memoir|book|"
          r"musical|television series|series|poem|opera|article|fairy tale|story)")
BASED = re.compile(
    rf"\bbased on (?:the |a |an )?(?:(?P<year>\d{{4}}) )?(?:[\w-]+ )??(?P<form>{_FORMS})"
    r"(?P<same> of the same name)?"
    r"(?: (?!by )(?P<title>.+?))?(?=,\s*which\b|,\s*written\b| by |,|\.$|$| and (?=[a-z]))"
    rf"(?:,?\s*(?:which (?:was|were|is) )?(?P<verbs>(?:written|illustrated|created|drawn|authored)"
    rf"(?: and (?:written|illustrated|created|drawn))?)? by (?P<authors>{NAMES}))?"
)
_WORK_ROLES = {"written": "author", "created": "author", "authored": "author",
               "illustrated": "illustrator", "drawn": "illustrator"}
_ADAPTATION = re.compile(
    r"\b(?P<form>[\w -]*?)\s*adaptation of the film,\s*(?P<title>.+?),\s*(?P<rest>.*)$")


def based_on(ctx: Context, m: re.Match, evidence) -> None:
    """A source work (and its authors) from a match of BASED."""
    title = clean(m.group("title") or "") if not m.group("same") else ctx.facts.label
    if not title or re.search(r"\s[a-z]+ed\b", title):
        return  # "based on a story O'Bannon developed with Shusett": a clause, not a title
    work = Work(key=name_key(title), title=title, form=m.group("form"), relation="source",
                evidence=[evidence])
    ctx.facts.works.append(work)
    if m.group("authors"):
        roles = [_WORK_ROLES[v] for v in re.split(r"\s+and\s+", m.group("verbs") or "written")]
        for author in split_names(m.group("authors")):
            ctx.names.add(author, "person")
            for role in roles:
                ctx.facts.credits.append(Credit(work=work.key, agent=author, agent_kind="person",
                                                role=role, evidence=[evidence]))


def adaptation(ctx: Context, text: str, evidence) -> bool:
    """An adaptation of the film that ``text`` describes, added to the context; whether there was one."""
    # The keyword test first: the pattern's lazy prefix would cost quadratic time on long text.
    m = _ADAPTATION.search(text) if "adaptation of the film" in text else None
    if not m:
        return False
    title = clean(m.group("title"))
    form = m.group("form").strip().split(" ")[-1].casefold() or None
    work = Work(key=name_key(title), title=title, form=form, relation="adaptation", evidence=[evidence])
    rest = m.group("rest")
    for verb, role in (("illustrated", "illustrator"), ("written", "author"), ("drawn", "illustrator")):
        by = re.search(rf"\b{verb} by ({NAMES})", rest)
        if by:
            for person in split_names(by.group(1)):
                ctx.names.add(person, "person")
                ctx.facts.credits.append(Credit(work=work.key, agent=person, agent_kind="person",
                                                role=role, evidence=[evidence]))
    serial = re.search(rf"serialized in (?:(?P<pub>{NAME})['’]s? )?(?P<mag>{NAME})", rest)
    if serial:
        work.serialized_in = clean(serial.group("mag"))
        if serial.group("pub"):
            work.publisher = clean(serial.group("pub"))
            ctx.names.add(work.publisher, "organization")
            ctx.facts.credits.append(Credit(work=work.key, agent=work.publisher,
                                            agent_kind="organization", role="publisher",
                                            evidence=[evidence]))
    span = re.search(r"\bfrom (.+?) (?:to|until|through) (.+)$", rest)
    if span:
        end = find_dates(span.group(2))
        work.serialization_end = end[0][0] if end else None
        start = find_dates(span.group(1))
        if not start and end:  # "from April 26 to October 26, 2017": the year is written once
            start = find_dates(f"{span.group(1).strip()}, {end[0][0].year}")
        work.serialization_start = start[0][0] if start else None
    volumes = re.search(r"collected (?:into|in) (\w+) (?:[\w ]+ )?volumes?", rest)
    if volumes:
        work.volumes = _number(volumes.group(1))
        later = find_dates(rest[volumes.end():])
        work.collected_date = later[0][0] if later else None
    ctx.facts.works.append(work)
    return True


_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBERS.get(word.casefold())
