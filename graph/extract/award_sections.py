"""A festival's named section or sidebar as a selection: "premiered in the Directors' Fortnight
section of the 2016 Cannes Film Festival", "was selected for the Directors' Fortnight, a parallel
section of ...", "the opening film of the International Film Critics' Week at the 75th Venice ...".

Input: a sentence's text; output: award outcomes ("selected", the section as written as category).
A section is a known section name (:data:`graph.lexicon.FESTIVAL_SECTIONS`) or a capitalised name
the sentence itself calls a section, sidebar, strand or programme, and the sentence must name the
festival after it: "screened in the United States at the ... Festival" names a country, not a section.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import AwardOutcome
from .award_bodies import _bodies
from .award_patterns import _day_year, _loose_years, _year_after, _year_before

_KIND = r"(?:section|sidebar|strand|programme|program|showcase|selection)"
_KNOWN = "|".join(re.escape(s) for s in sorted(lexicon.FESTIVAL_SECTIONS, key=len, reverse=True))
_SECTION = re.compile(
    r"\b(?:premi[eè]red?|screened|screen|screenings?|shown|show|presented|played|selected\s+for|chosen\s+for|"
    r"included\s+in|invited\s+to|opened|open|opening\s+film\s+of|closing\s+film\s+of|closed)\s+"
    # ("had its premiere in May 2012 in the Directors' Fortnight": when, then where)
    r"(?:in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?\d{4}\s+)?"
    # ("presented in Un Certain Regard at the 2011 Cannes Film Festival": a known section needs no "the")
    r"(?:in\s+)?(?:the\s+(?:festival['’]s\s+)?|(?=(?:International\s+)?(?:" + _KNOWN + r")\b))"
    # ("the Generation 14plus section": a known section's numbered strand)
    rf"(?:(?P<known>(?:International\s+)?(?:{_KNOWN})(?:\s+\w*\d\w*)?)(?:\s+{_KIND})?"
    rf"|(?P<named>(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z0-9][\w'’.-]*)\s+{_KIND}"
    rf"|(?P<apposed>(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*)(?=,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_KIND}\b))\b")
# what may stand between the section and its festival: "of the 2016", ", a parallel section of the 2006"
# (", the independent section that runs alongside the Cannes Film Festival")
_TO_FESTIVAL = re.compile(r"(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}" + _KIND + r")?"
                          r"\s+(?:of|at|during|(?:that\s+runs\s+|running\s+)?alongside)\s+(?:the\s+)?")
CUE = re.compile(rf"\b(?:{_KNOWN}|{_KIND})\b")


def festival_sections(text: str) -> list[AwardOutcome]:
    """Each festival section the sentence says the film was shown in, as a selection at the
    festival named right after it, dated by the festival's edition year or the sentence's date."""
    found: list[AwardOutcome] = []
    bodies = [b for b in _bodies(text, None) if re.search(r"Festival|Biennale|Berlinale", b.name)]
    years = _loose_years(text)
    for m in _SECTION.finditer(text):
        section = m.group("known") or m.group("named") or m.group("apposed")
        if re.search(r"Festival|Biennale|Berlinale|Competition|Official", section):
            continue  # the festival itself or its competition: read by the competition reader
        gap = _TO_FESTIVAL.match(text, m.end())
        if gap is None:
            continue
        body = next((b for b in bodies if b.start >= gap.end() and b.start - gap.end() <= 12), None)
        if body is None:
            continue
        year = (body.year or _day_year(text) or next((y for y, at in years if m.start() <= at < m.end()), None)
                or _year_before(years, m.start()) or _year_after(years, m.end(), len(text)))
        found.append(AwardOutcome(award=body.name, outcome="selected", category=section, year=year))
    return found

