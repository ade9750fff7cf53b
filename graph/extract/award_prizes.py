"""Prizes that are their own award body, won by the film: "It won the Prix Jean Vigo", "In France it
was also awarded the Louis Delluc Prize that year", "was awarded the Tanit d'Or, the principal prize
of the Carthage Film Festival" (a prize whose festival an apposition names is that festival's).

Input: the extraction context, a sentence's text and the paragraph's reading state (its last body and year);
output: award outcomes. Read only where the film is the subject ("It", "The film", its title) and
the sentence names no award body the category readers attach prizes to: a person who "won the
Nobel Prize" is not the film, and "won the Grand Prix at Cannes" is read with its festival.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import AwardOutcome
from .award_bodies import _bodies, _bodies_listed_after
from .award_patterns import _loose_years, best_title
from .award_people import _subject
from .context import Context

_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
# "the Prix Jean Vigo", "the Louis Delluc Prize", "the Peabody Award", "the Tanit d'Or"
_PRIZE = (rf"(?P<prize>Prix\s+(?:{_WORD}\s+){{0,2}}{_WORD}|(?:{_WORD}\s+){{1,3}}(?:Prize|Award|Trophy|Medal)"
          rf"|{_WORD}\s+d['’]Or)")
_WON = re.compile(r"\b(?:won|received|collected|took|earned|(?:was|were)\s+(?:also\s+)?(?:awarded|given|presented\s+with))\s+"
                  rf"(?:both\s+)?the\s+{_PRIZE}"
                  # "the Tanit d'Or, the principal prize of the newly founded Carthage Film Festival"
                  r"(?P<apposed>,\s+the\s+(?:[a-z-]+\s+)?(?:prize|award|honour|honor)\s+of\s+the\s+[^,;.]+)?")
# Words that make a prize generic: such a prize is a festival's category, read with its festival
_GENERIC = frozenset("""grand jury special audience best golden silver bronze crystal honorary people's choice critics
    critics' international main top award prize trophy medal prix first second young new film director's public youth
    ecumenical fipresci netpac signis academy national european world jury's students' student gold cinema""".split())
_AT_PLACE = re.compile(r"\b[Aa]t\s+(?:the\s+)?(?:\d{4}\s+)?[A-Z]")
_FILM_SUBJECT = r"(?:[Ii]t|[Tt]he\s+film|[Tt]he\s+picture|[Tt]he\s+movie)"


def standalone_prizes(ctx: Context, text: str, state: dict) -> list[AwardOutcome]:
    """The film's wins of prizes named as their own bodies, dated by the sentence's year or, for
    "that year", the paragraph's."""
    matches = list(_WON.finditer(text))
    if not matches:
        return []
    # the film as the subject of the verb: "It", "The film" or one of its titles, after an opening phrase
    subjects = "|".join([_FILM_SUBJECT] + [re.escape(t) for t in sorted(ctx.film_titles(), key=len, reverse=True) if t])
    subject = re.compile(rf"(?:^|[,;]\s+|\band\s+)(?:[A-Z][\w\s]{{0,20}}?,?\s+)?(?:{subjects})"
                         rf"(?:\s+[a-z]+ly|\s+also|\s+then|\s+later)*\s+$")
    found: list[AwardOutcome] = []
    years, bodies = _loose_years(text), _bodies(text, None)
    for m in matches:
        prize = m.group("prize").rstrip(".")  # ("won the Prix Jean Vigo."; a name's own full stop ends the sentence)
        before = text[:m.start()]
        # "It won A, a French award, and was awarded B": a second verb of the sentence's subject
        second = re.search(r"\band\s+$", before) and subject.search(re.split(r"\s+(?:won|received|was|were)\b", before)[0] + " ")
        if not subject.search(before) and not second:
            continue
        festival = None
        if m.group("apposed"):
            named = _bodies(m.group("apposed"), None)
            festival = named[0].name if named else None
        elif state.get("body") is not None or prize.casefold() in lexicon.PRIZE_BODIES \
                or all(w.casefold().strip("'’") in _GENERIC for w in re.findall(r"[\w'’]+", prize)) \
                or any(b.start < m.end() for b in bodies) or _AT_PLACE.search(text, 0, m.start()) \
                or re.search(r"\b(?:Awards?|Festival|Berlinale|Biennale)\b", text[m.end():].split(",")[0]):
            # "won the Grand Prix" and "won the Jury Prize at Cannes" belong to a festival, and so does a
            # prize won where a festival was named before it ("At the Berlin festival ... the Teddy
            # Award", "At Cannes, ...") or in its own clause ("... Film at the 12th National Film Awards")
            continue
        # ("received the Prix Louis-Delluc for 1954, and in 1956 ...": the prize's own year first)
        own = re.match(r"\s+for\s+((?:19|20)\d{2})\b", text[m.end():])
        year = int(own.group(1)) if own else years[0][0] if years else (
            state.get("year") if re.search(r"\bthat year\b|\bthe same year\b", text) else None)
        found.append(AwardOutcome(award=festival or prize, outcome="won", category=prize if festival else None, year=year))
    return found


# "won audience awards at the Cleveland International Film Festival and the Philadelphia Film
# Festival": a prize in lower case at each festival listed; "won the award for best film at the
# Valdivia International Film Festival"
_KIND_AT = re.compile(r"\b(?:won|received|took|picked\s+up|collected)\s+(?:the\s+|an?\s+)?(?:(?P<kind>audience|jury|critics['’]?)\s+"
                      r"(?:awards?|prizes?)|(?:award|prize)\s+for\s+(?:the\s+)?best\s+(?P<best>[a-z][a-z -]{2,30}?))\s+at\s+(?:the\s+)?")
_KINDS = {"audience": "Audience Award", "jury": "Jury Prize", "critics": "Critics' Award", "critics'": "Critics' Award",
          "critics’": "Critics' Award"}


def lower_case_prizes(ctx: Context, text: str) -> list[AwardOutcome]:
    """"won audience awards at A and B": the prize as its usual title, won at each festival named;
    "X won the award for the best young performer at B": X's, as "Best Young Performer"."""
    found: list[AwardOutcome] = []
    bodies = _bodies(text, None)
    years = _loose_years(text)
    for m in _KIND_AT.finditer(text):
        first = next((b for b in bodies if b.start >= m.end() and not text[m.end():b.start].strip()), None)
        if first is None:
            continue
        for body in [first, *_bodies_listed_after(text, bodies, first)]:
            year = body.year or (years[0][0] if years else None)
            category = _KINDS[m.group("kind").casefold()] if m.group("kind") else best_title(m.group("best"))
            people = _subject(ctx, text[:m.start()], category)[0] if m.group("best") else []
            found.append(AwardOutcome(award=body.name, outcome="won", category=category, year=year, recipients=people))
    return found
