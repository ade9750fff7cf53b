"""Honours named in lower case by their craft, at a ceremony the sentence or its paragraph names.

"A. R. Rahman was named best music director and Javed Akhtar best lyricist", "Desai took the prize
for art direction", "Alekan won for his cinematography", "Miyazaki was honoured for best director",
"Sridhar and Kamte shared the award for audiography", "Vey was nominated for best actress". The
category reader of :mod:`graph.extract.awards` reads only capitalised categories ("Best Art
Direction"); these name the craft in running text, so the category is rebuilt from a closed list
of crafts ("best lyricist" -> "Best Lyricist", "his cinematography" -> "Best Cinematography").

Input: the extraction context, a sentence's text and the paragraph's state (its ceremony and year
so far); output: award outcomes, each with the people the clause is about.
"""

from __future__ import annotations

import re

from ..facts import AwardOutcome
from .award_bodies import Body, _attached_body, _bodies, _body_before
from .award_patterns import _loose_years, _suffix, _year_before
from .award_people import _people, _subject, _subject_text
from .context import Context
from .names import PNAME1

# The crafts a category can name in lower case; a closed list, so "won for his courage" is nothing.
CRAFT = (r"(?:(?:supporting|lead|leading)\s+)?(?:actor|actress)|(?:male|female)\s+playback\s+singer"
          r"|music\s+director|(?:art|music)\s+direction|director|direction|directing"
          r"|(?:original\s+|adapted\s+)?(?:screenplay|score|story)|script|cinematography|photography|editing"
          r"|(?:costume|production|sound)\s+design|costumes|choreography|sound|audiography|lyrics|lyricist"
          r"|make-?up|(?:visual|special)\s+effects|dialogues?|music")
# the craft as a category's name: "his direction" is the Best Director prize
_NAMES = {"direction": "Director", "directing": "Director", "script": "Screenplay", "photography": "Cinematography",
          "costumes": "Costume Design", "dialogues": "Dialogue", "makeup": "Make-up", "lead actor": "Actor",
          "leading actor": "Actor", "lead actress": "Actress", "leading actress": "Actress"}
_OWN = r"(?:(?:his|her|their)\s+(?:work\s+on\s+the\s+)?)?"
_FORMS = re.compile(
    # "was honoured for his choreography", "won for his cinematography", "was nominated for best actress"
    rf"\b(?P<verb>(?:was|were)\s+(?:also\s+)?(?:honou?red|recogni[sz]ed|awarded|rewarded|nominated)|won|shared)\s+"
    rf"(?:(?:the|an?)\s+(?:award|prize|trophy|honou?r)\s+)?for\s+{_OWN}(?:the\s+)?(?P<best>best\s+)?(?P<cat>{CRAFT})\b"
    # "took the prize for art direction", "received the award for best male playback singer"
    rf"|\b(?P<verb2>took|received|collected|earned|got|won|was\s+given|was\s+awarded)\s+(?:the|an?)\s+"
    rf"(?:award|prize|trophy|honou?r)\s+for\s+(?:the\s+)?(?P<best2>best\s+)?(?P<cat2>{CRAFT})\b"
    # "was named best music director"
    rf"|\b(?:was|were)\s+(?:also\s+)?(?:named|voted|chosen)\s+(?:the\s+)?(?:year['’]s\s+)?best\s+(?P<cat3>{CRAFT})\b")
# "... best music director and Javed Akhtar best lyricist": the verb left out; "for best director
# and best original story": the same people again
_GAPPED = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?P<who>{PNAME1})\s+)?best\s+(?P<cat>{CRAFT})\b")
# "won for his direction of the second unit", "honoured for best actor in a short film": another prize
_NOT_THIS = re.compile(r"\s+(?:of|in|on)\s+(?:a|an|the|his|her|their)\b|\s+(?:award|prize)s?\s+(?:at|from|of)\b")


def craft_honours(ctx: Context, text: str, state: dict) -> list[AwardOutcome]:
    """The lower-case craft honours of one sentence (``state``: the paragraph's ``body`` and
    ``year`` so far; left unchanged)."""
    if not _FORMS.search(text):
        return []
    carried: Body | None = state.get("body")
    bodies = _bodies(text, carried)
    found: list[AwardOutcome] = []
    for m in _FORMS.finditer(text):
        craft = m.group("cat") or m.group("cat2") or m.group("cat3")
        verb = m.group("verb") or m.group("verb2") or "named"
        if _NOT_THIS.match(text, m.end()) or ("nominated" in verb and not m.group("best")):
            continue  # "nominated for his direction" reads like a review, not a category
        body = _attached_body(text, bodies, m.end(), len(text)) or _body_before(bodies, m.start()) or carried
        if body is None:
            continue
        who = _subject(ctx, _subject_text(text[:m.start()], state.get("person")))[0]
        if not who:
            continue
        outcome = "nominated" if "nominated" in verb else "won"
        found.append(_outcome(body, craft, outcome, who, _year(text, m.start(), body, carried, state)))
        at = m.end()
        for gap in iter(lambda: _GAPPED.match(text, at), None):
            people = _people(ctx, gap.group("who")) if gap.group("who") else found[-1].recipients
            if not people:
                break
            found.append(_outcome(body, gap.group("cat"), outcome, people, found[-1].year))
            at = gap.end()
    return found


def _outcome(body: Body, craft: str, outcome: str, people: list[str], year: int | None) -> AwardOutcome:
    name = re.sub(r"\s+", " ", craft.casefold())
    name = _NAMES.get(name) or name.title().replace("Make-Up", "Make-up")
    ceremony = f"{body.edition}{_suffix(body.edition)} {body.name}" if body.edition else None
    return AwardOutcome(award=body.name, outcome=outcome, category=f"Best {name}", year=year,
                        ceremony=ceremony, edition=body.edition, recipients=list(people))


def _year(text: str, at: int, body: Body, carried: Body | None, state: dict) -> int | None:
    """The ceremony's own year, else the sentence's last year before the clause, else the
    paragraph's when the ceremony is the one it was talking about."""
    if body.year:
        return body.year
    year = _year_before(_loose_years(text), at)
    if year is None and body is carried:
        year = state.get("year")
    return year
