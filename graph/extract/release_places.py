"""Where a release sentence puts the film: the countries and places of one clause.

Input: a clause of a release sentence and the places the infobox already gives releases; output:
the region names, in the order written. Split from :mod:`graph.extract.releases`.
"""

from __future__ import annotations

import re

from ..places import COUNTRIES, COUNTRY_ALIASES, DEMONYMS

COUNTRY = r"\b(?:" + "|".join(re.escape(c) for c in sorted(COUNTRIES, key=len, reverse=True)) + r")\b"
# "in France", "in the United States", "in France and Belgium", "in Spain, Portugal and Italy".
# ("In Britain, X put it into cinemas on ...": an opening place with its comma is the clause's too)
IN_COUNTRIES = re.compile(rf"(?:\b(?:in|reached) |^In (?=(?:the )?{COUNTRY},))(?:the )?{COUNTRY}(?:(?:,\s*|,?\s+and\s+)(?:the )?{COUNTRY})*")
# Where a clause passes to another event: ", and X brought it to American cinemas the following month"
NEXT_EVENT = re.compile(r",\s+(?:and|while|but|whereas)\s+")


def regions(clause: str, places) -> list[str]:
    """The countries (and the infobox's other ``places``) ``clause`` releases the film in."""
    folded, found = clause.casefold(), []
    for demonym, country in DEMONYMS.items():
        if re.search(rf"\b{demonym} (?:(?:limited|wide|theatrical)\s+)*(?:theaters|theatres|cinemas|audiences|release|premiere|opening|run)\b", folded):
            found.append(country)
    for alias, country in COUNTRY_ALIASES.items():
        # "The US release came on 18 June 1999"
        if country not in found and re.search(rf"(?<![\w.]){re.escape(alias)} (?:release|premiere|opening)\b", folded):
            found.append(country)
    for m in IN_COUNTRIES.finditer(clause):
        for country in re.findall(COUNTRY, m.group(0)):
            country = COUNTRY_ALIASES.get(country.casefold(), country)
            if country not in found:
                found.append(country)
    return found + [p for p in places if re.search(rf"\bin {re.escape(p)}\b", clause) and p not in found]
