"""A one-word character completed from the rest of the article: "Mima" is the plot's "Mima
Kirigoe", "his son Bruno" is "Bruno Corleone" after "Vito Corleone".

Input: the extraction context (its plot names and people), the sentence, the characters read so
far; output: the fuller character name, or the one given. Used by :mod:`graph.extract.cast`.
"""

from __future__ import annotations

import re

from ..normalize import name_key
from .character_names import _capital
from .context import Context
from .names import UPPER


def full_character(ctx: Context, character: str, characters: dict) -> str:
    """A one-word character ("Mima") as the one full name that begins or ends with it among the
    characters the tables gave, else among the names the plot writes ("Mima Kirigoe"); a name
    that fits none or several, or that is a performer's, stays as it is."""
    if " " in character.strip() or not _capital(character):
        return character
    key = name_key(character)
    # a full name that is a performer's is no character ("Szpilman" of a biopic is still its subject,
    # whom the infobox names as the source's author)
    performers = {name_key(p.performer) for p in ctx.facts.performances} | {
        name_key(c.agent) for c in ctx.facts.credits if c.role == "starring"}
    for pool in ([c for c in characters.values() if " " in c], ctx.plot_names(character)):
        fits = {c for c in pool if key in (name_key(c.split()[0]), name_key(c.split()[-1]))
                and _capital(c.split()[0])  # "older Yuki" is an age of Yuki, not her full name
                and not re.search(r"\([^)]*\)\s*$", c)  # "Puyi (adult)": one age of Puyi, not his full name
                and name_key(c) not in performers}
        if len(fits) == 1:
            return fits.pop()
        if fits:
            return character
    return character


_KIN = (r"(?:daughter|son|brother|sister|wife|husband|father|mother|twin|grandson|granddaughter|grandfather|"
        r"grandmother|children|sons|daughters|brothers|sisters|parents)")


def kin_surname(text: str, character: str, characters: dict, recent: list[str]) -> str:
    """A one-word character introduced as kin ("Vito's wife Carmela", "his son Bruno", "their young
    sister Mary") with the family's surname: that of the named character ("Vito Corleone"), or for
    "his", "her" or "their" that of the last character read with a full name ("Abel Sunday"). An
    "estranged" or "former" wife may have kept her own name, and stays as written."""
    if " " in character or not _capital(character):
        return character
    m = re.search(rf"(?:\b(?P<pronoun>his|her|their)|(?P<owner>[{UPPER}][\w'’-]*)['’]s?)\s+(?!estranged\b|former\b|divorced\b)(?:[a-z]+\s+)?{_KIN},?\s+"
                  rf"{re.escape(character)}\b", text)
    if not m:
        return character
    if m.group("owner"):
        owner = name_key(m.group("owner"))
        family = [c for c in list(characters.values()) + recent
                  if " " in c and _capital(c) and name_key(c.split()[0]) == owner]
    else:
        family = recent[-1:]
    surnames = {c.split()[-1] for c in family if _capital(c.split()[-1])}  # "Szpilman's father" has none
    if len(surnames) != 1:
        return character
    surname = surnames.pop()
    return character if name_key(surname) == name_key(character) else f"{character} {surname}"
