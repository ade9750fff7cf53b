"""Award sentences of fixed shape, read apart from the category-by-category reader.

"won X's 2018 A and B awards in the C category", "part of the Official Selection of the 2000 Cannes
Film Festival", "the Library of Congress selected it for the National Film Registry"; honours in
lower case ("named it the best film of 1950", "received nominations from the Directors Guild of
America", "received an honorary award as ...", "selected it as its entry for Best Foreign Language
Film at the Academy Awards"). Input: the extraction context and a sentence's text; output: award
outcomes. Split from :mod:`graph.extract.awards`.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import AwardOutcome
from ..normalize import name_key
from .award_bodies import _attached_body, _bodies, _body_before
from .award_lists import year_lists
from .award_patterns import (
    _BEST_OF,
    _CATEGORY,
    _PNAME,
    _ENTRY,
    _FROM_BODIES,
    _PLAIN_PRIZE,
    _PRIZES_OF,
    _REGISTRY,
    _SELECTION,
    _int,
    _loose_years,
    _singular,
    _suffix,
    _year_after,
    _year_before,
    _day_year,
    best_title,
)
from .award_crafts import CRAFT
from .award_people import _people, _subject
from .award_sections import CUE as SECTION_CUE, festival_sections
from .context import Context
from .names import NAME1, clean, split_names


def _outcome(verb: str) -> str:
    verb = verb.casefold()
    if "nominat" in verb:
        return "nominated"
    if verb in ("declined", "refused"):
        return "declined"
    return "won"


# "was selected for the main competition at the Cannes Film Festival", "was shown in competition at
# ...": a festival's competition ("competed for the Golden Lion" is a nomination, read elsewhere)
_COMPETING = re.compile(
    r"\b(?:(?:was|were)\s+(?:then\s+|later\s+|also\s+)?(?:selected|chosen)\s+for\s+(?:the\s+)?(?:main\s+|official\s+)?competition"
    # "had its world premiere in competition at the 67th Cannes Film Festival", "went on to screen in competition at"
    r"|(?:shown|screened|screen|entered|presented|played|premi[eè]red?)\s+in\s+(?:the\s+)?(?:main\s+|official\s+)?competition"
    # "Villain competed at the Montreal World Film Festival"
    r"|competed(?=\s+at\s)"
    # "where it became the first stop-motion feature ever shown in the festival's official selection"
    r"|(?P<selection>(?:shown|screened|included)\s+in\s+the\s+festival['’]s\s+(?:official\s+)?selection)"
    # "was presented out of competition at the Cannes Film Festival": in the official selection, for no prize
    r"|(?P<out>(?:shown|screened|screen|presented|played|premi[eè]red?)\s+out\s+of\s+competition)"
    # "was selected to compete for the Grand Prix at the 1953 Cannes Film Festival": the prize it names
    r"|(?P<compete>(?:selected|chosen|invited)\s+to\s+compete\s+for\s+(?:the\s+)?(?P<for>[A-Z][\w'’]*(?:\s+(?:d['’])?[A-Z][\w'’]*){0,3}))"
    # "was then selected for the 1995 New York Film Festival": the festival's programme, no category
    # ("was later an official selection of the Toronto International Film Festival")
    # ("chosen for the main slate of the 1994 New York Film Festival", "part of the official selection at",
    # "chosen as the closing film of", "entered in the feature competition of")
    r"|(?P<bare>(?:was|were)\s+(?:then\s+|later\s+|also\s+)?(?:(?:selected|chosen)\s+for(?:\s+the\s+main\s+slate\s+of)?|"
    r"(?:part\s+of\s+the\s+|an?\s+)?official\s+selection\s+(?:of|at)|chosen\s+as\s+the\s+(?:opening|closing)\s+film\s+of|"
    r"entered\s+in\s+the\s+(?:[\w-]+\s+)?competition\s+of)"
    r"\s+(?:the\s+)?(?=[A-Z0-9])))")
# "presented out of competition in the official selection of the 2008 Cannes Film Festival"
_IN_SELECTION_OF = re.compile(r"\s+in\s+the\s+(?:festival['’]s\s+)?(?:official\s+)?selection\s+(?:of|at)\s+(?:the\s+)?")


def _competing(text: str) -> list[AwardOutcome]:
    """A festival's competition the sentence names, as a selection for the competition's prize where
    it is known ("in competition at Cannes": the Palme d'Or; an official selection: no category),
    dated by the festival's edition year or the sentence's own date."""
    found: list[AwardOutcome] = []
    bodies, years = _bodies(text, None), _loose_years(text)
    for m in _COMPETING.finditer(text):
        if m.group("bare"):
            body = next((b for b in bodies if b.start >= m.start() and re.fullmatch(r"[\s\w]*", text[m.end():b.start])
                         and b.start - m.end() < 12), None)
        else:
            gap = _IN_SELECTION_OF.match(text, m.end())
            body = (_attached_body(text, bodies, gap.end() if gap else m.end(), len(text))
                    or next((b for b in bodies if gap and b.start == gap.end()), None) or _body_before(bodies, m.start()))
        if body is None or not re.search(r"Festival|Biennale|Berlinale", body.name):
            continue
        year = body.year or _day_year(text) or _year_before(years, m.start()) or _year_after(years, m.end(), len(text))
        prize = None if m.group("selection") or m.group("out") or m.group("bare") else m.group("for") or _competition_prize(body.name)
        found.append(AwardOutcome(award=body.name, outcome="selected", year=year, category=prize))
    return found


def _competition_prize(festival: str) -> str | None:
    """The prize a festival's main competition is for ("Cannes Film Festival" -> "Palme d'Or"), if known."""
    key = festival.casefold()
    return next((prize for start, prize in lexicon.COMPETITION_PRIZES.items() if key.startswith(start)), None)


def _fixed_forms(text: str) -> list[AwardOutcome]:
    """"won X's 2018 A and B awards in the C category" and "part of the Jury Selections of ..."."""
    found: list[AwardOutcome] = []
    for m in _PRIZES_OF.finditer(text):
        for prize in split_names(m.group("prizes")):
            found.append(AwardOutcome(
                award=clean(m.group("award")), outcome=_outcome(m.group("verb")),
                category=m.group("cat"), year=_int(m.group("year")), prize=f"{prize} award"))
    for m in _SELECTION.finditer(text):
        award = clean(m.group("award"))
        edition = _int(m.group("ed"))
        selection = _singular(m.group("sel"))
        category = m.group("cat")
        if not category:
            # "part of the Official Selection of the 2000 Cannes Film Festival, screening out of competition"
            competition = re.search(r"\b(out of competition|in competition)\b", text[m.end():])
            category = f"{selection} ({competition.group(1)})" if competition else selection
        found.append(AwardOutcome(
            award=award, outcome="selected", category=category,
            ceremony=f"{m.group('ed')}{_suffix(edition)} {award}" if edition else None,
            edition=edition, year=_int(m.group("year")), prize=selection))
    return found


def _registries(text: str) -> list[AwardOutcome]:
    """A registry's selection ("the Library of Congress chose X for the National Film Registry"),
    read beside whatever else the sentence says ("Finch was named Best Actor ..., and in 2000 ...")."""
    years = _loose_years(text)
    return [AwardOutcome(award=clean(m.group("award")), outcome="selected",
                         year=_year_before(years, m.start()) or _year_after(years, m.end(), len(text)))
            for m in _REGISTRY.finditer(text)]


_NAMED_PRIZE = r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:Award|Prize)\b"
# "gave its Best Actor prize to Steiger", "gave its awards for Best Actress to A and Best Screenplay
# to B"; "the Nastro d'Argento awards went to A for Best Cinematography, to B for Best Costume Design"
_HANDED = re.compile(rf"\bgave\s+its\s+(?:awards?\s+for\s+|prizes?\s+for\s+)?(?=(?:{_CATEGORY})\s+(?:(?:prize|award)\s+)?(?:jointly\s+)?to\s)"
                     # "gave Zaillian its award for Best Adapted Screenplay", "chose Pesci as Best Supporting Actor"
                     rf"|\bgave\s+(?=(?:{_PNAME})(?:\s+and\s+{_PNAME})?\s+its\s+(?:award|prize)\s+for\s+(?:{_CATEGORY}))"
                     rf"|\b(?:chose|named|voted|picked|honou?red)\s+(?=(?:{_PNAME}|it|the\s+film)\s+(?:as\s+)?(?:its\s+|their\s+)?(?:{_CATEGORY}))"
                     # "gave Ronan its Best Actress prize", "had given the film its Best Film award for 2013"
                     # "honoured Milland with its Best Actor award", "gave Borgnine its best actor award for 1955"
                     rf"|\b(?:gave|given|honou?red)\s+(?=(?:{_PNAME}|it|the\s+film)(?:\s+with)?\s+its\s+(?:{_CATEGORY}|best\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:award|prize)\b)"
                     # "the Toronto International Film Festival gave Diop its inaugural Mary Pickford Award"
                     rf"|\bgave\s+(?=(?:{_PNAME})\s+its\s+(?:[a-z]+\s+)?{_NAMED_PRIZE})"
                     # "also gave awards to Lynch for Best Director, to Hopper for ..."
                     rf"|\b(?:awards?|prizes?|honours|honors)\s+went\s+to\s+(?={_PNAME}\s+for\s+(?:{_CATEGORY}))"
                     rf"|\bgave\s+(?:its\s+)?(?:awards?|prizes?)\s+to\s+(?={_PNAME}\s+for\s+(?:{_CATEGORY}))")
# ("and its Best Actor award to Guinness": the second item repeats "its")
_HANDED_ITEM = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:(?:(?<=and\s)its\s+)?(?P<cat>{_CATEGORY})\s+(?:(?:prize|award)\s+)?to\s+(?P<who>{_PNAME})"
                          rf"|(?:to\s+)?(?P<who2>{_PNAME}(?:\s+and\s+{_PNAME}(?=\s+its\s))?)\s+(?:for|its\s+(?:award|prize)\s+for|as)\s+(?P<cat2>{_CATEGORY})"
                          rf"|(?P<it>it|the\s+film)\s+(?:as\s+)?(?P<cat4>{_CATEGORY})"
                          rf"|(?:(?P<it5>it|the\s+film)|(?P<who5>{_PNAME}))(?:\s+with)?\s+its\s+(?P<cat5>{_CATEGORY}|best\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:award|prize)\b"
                          r"(?:\s+for\s+(?P<for_year>(?:19|20)\d{2})\b)?"
                          rf"|(?P<who6>{_PNAME})\s+its\s+(?:[a-z]+\s+)?(?P<cat6>{_NAMED_PRIZE})"
                          rf"|(?P<who3>{_PNAME})\s+(?:its\s+|their\s+)?(?P<cat3>{_CATEGORY}))")


def _handed(ctx: Context, text: str) -> list[AwardOutcome]:
    """The categories a body "gave" to people or that "went to" them ("gave its Best Actor prize to
    X", "chose X as Best Actor", "voted it Best Film"), one win per person, the body the last one
    named before the verb."""
    found: list[AwardOutcome] = []
    all_bodies, years = _bodies(text, None), _loose_years(text)
    for m in _HANDED.finditer(text):
        bodies = [b for b in all_bodies if b.start < m.start()]  # "the Nastro d'Argento awards went to"
        if not bodies:
            continue
        body = bodies[-1]
        year = body.year or _year_before(years, m.start())
        at = m.end()
        while item := _HANDED_ITEM.match(text, at):
            whole_film = item.group("it") or item.group("it5")
            people = [] if whole_film else _people(ctx, item.group("who") or item.group("who2") or item.group("who3")
                                                         or item.group("who5") or item.group("who6"))
            said = next(item.group(k) for k in ("cat", "cat2", "cat3", "cat4", "cat5", "cat6") if item.group(k))
            if people or whole_film:  # ("its best actor award": a category in lower case)
                own = re.match(r"\s+(?:of|for)\s+((?:19|20)\d{2})\b", text[item.end():])  # "the Best Director of 1979"
                found.append(AwardOutcome(award=body.name, outcome="won", year=_int(own.group(1) if own else item.group("for_year")) or year,
                                          recipients=people,
                                          category=best_title(said[5:]) if said.startswith("best ") else clean(said)))
            at = item.end()
    return found


# ("honoured A as best director, B as best actress and C for his cinematography": a list, its verb
# said once or again after "and")
_GAPPED_BEST = re.compile(rf"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(?:(?:also\s+)?(?:honou?red|named|voted|chose)\s+)?(?P<who>(?:(?:de|van|von|da|di|du|le|la)\s+)?{NAME1})\s+"
                          r"(?:(?:as\s+)?(?:the\s+)?(?:year['’]s\s+)?best\s+(?P<cat>[a-z][a-z\- ]*?[a-z])"
                          r"|for\s+(?:his|her|their)\s+(?P<craft>cinematography|screenplay|editing|direction|score|"
                          r"production design|costume design))(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|at|by)\b)")


def _best_of(ctx: Context, text: str) -> list[AwardOutcome]:
    """Honours written in lower case: a critics' group's "The National Board of Review named it
    the best film of 1950 and chose Swanson as the year's best actress" (two wins, the second
    Swanson's; the year is the one the first names); "X received nominations from the Directors
    Guild of America and the Writers Guild of America" (one per body, without a category); "received
    an honorary award as the most outstanding ..." (an Honorary Award with what it honoured)."""
    text = ctx.film_as_object(text)  # "voted Breaking the Waves the best film of 1996"
    found: list[AwardOutcome] = _handed(ctx, text) if re.search(r"\bgave\b|\bgiven\b|\bwent to\b|\bchose\b|\bnamed\b|\bvoted\b|\bpicked\b|"
                                                                r"\bhonou?red\b", text) else []
    found += _competing(text) if re.search(r"compet|festival['’]s (?:official )?selection|official selection|(?:selected|chosen) for|"
                                           r"(?:opening|closing) film", text) else []
    found += festival_sections(text) if SECTION_CUE.search(text) else []
    found += year_lists(text)
    if not any(p.search(text) for p in (_BEST_OF, _FROM_BODIES, _ENTRY, _PLAIN_PRIZE)):
        return found  # most sentences: no need to look for award bodies at all
    bodies = _bodies(text, None)
    year = None
    for m in _BEST_OF.finditer(text):
        # "was named the best musical or comedy at the Golden Globe Awards": the body after it first
        body = _attached_body(text, bodies, m.end(), len(text)) or _body_before(bodies, m.start())
        if body is None:
            continue
        # "Lind was named best supporting player": the passive's subject is whom it honours
        subject = _subject(ctx, text[:m.start()])[0] if m.group("who") is None else []
        if subject and re.fullmatch(CRAFT, m.group("cat")):
            continue  # "Lind was named best actress": read with the other craft honours
        # "In January 1997 the society voted it the best film of 1996": the date the sentence opens
        # with is when the prize was given; "of 1996" is the year the film was judged among
        opening = re.match(r"\s*(?:In|On)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b", text)
        year = _int(opening.group(1)) if opening else _int(m.group("year")) or body.year or year
        who = m.group("who") or "it"
        if name_key(who) in ctx.film_keys():
            who = "it"  # "named The Irishman the best film of 2019"
        recipients = subject or ([] if who in ("it", "the film", "this film") else _people(ctx, who))
        if who not in ("it", "the film", "this film") and not recipients:
            continue
        category = best_title(m.group("cat"))
        # "both the Los Angeles Film Critics Association and the National Board of Review named it ..."
        joined = [b for b in bodies if b.end <= body.start < m.start() and re.fullmatch(r",?\s+and\s+(?:by\s+)?(?:the\s+)?", text[b.end:body.start])
                  and not re.search(r"\bwhich\b", text[body.end:m.start()])]  # "A and B, which also named it": B's
        if body.start >= m.end():
            # "named best picture of the year by the National Board of Review and by the New York Film
            # Critics Circle": more bodies after the first ("by A, by B and by C")
            last = body
            for b in (b for b in bodies if b.start > body.end):
                if not re.fullmatch(r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:by\s+)?(?:the\s+)?", text[last.end:b.start]):
                    break
                joined.append(b)
                last = b
        for one in joined + [body]:
            found.append(AwardOutcome(award=one.name, outcome="won", category=category, year=year,
                                      recipients=recipients))
        at = m.end()
        while gapped := _GAPPED_BEST.match(text, at):
            # "voted Bergman best director and Andersson best actress": the verb left out before the second
            at = gapped.end()
            if people := _people(ctx, gapped.group("who")):
                found.append(AwardOutcome(award=body.name, outcome="won", year=year, recipients=people,
                                          category=best_title(gapped.group("cat") or gapped.group("craft"))))
    for m in _FROM_BODIES.finditer(text):
        recipients = _people(ctx, m.group("who"))
        if not recipients:
            continue
        outcome = "nominated" if m.group("what").startswith("nomination") else "won"
        for body in _bodies(m.group("bodies"), None):
            found.append(AwardOutcome(award=body.name, outcome=outcome, year=body.year, recipients=recipients))
    for m in _ENTRY.finditer(text):
        body = _attached_body(text, bodies, m.end(), len(text)) or _body_before(bodies, m.start())
        if body is not None:
            found.append(AwardOutcome(award=body.name, outcome="selected", category=clean(m.group("cat")),
                                      year=body.year, edition=body.edition,
                                      ceremony=f"{body.edition}{_suffix(body.edition)} {body.name}" if body.edition else None))
    for m in _PLAIN_PRIZE.finditer(text):
        body = _body_before(bodies, m.start()) or (bodies[0] if bodies else None)
        if body is None:
            continue
        category = f"{m.group('kind').capitalize()} Award"
        if m.group("detail"):
            category += f" ({clean(m.group('detail'))})"
        found.append(AwardOutcome(award=body.name, outcome="won", category=category, year=body.year,
                                  ceremony=f"{body.edition}{_suffix(body.edition)} {body.name}" if body.edition else None,
                                  edition=body.edition))
    return found
