"""Credits that prose states without "<verb> by NAMES".

People: "with Nils Aven as executive producer", "Ida Lund served as director of photography",
"Lumen's Teo Brae, an admirer of Lind who acted as its executive producer", "Cora Vey was the
cinematographer", "the production designer Pia Dahl", "Rune Falk edited the film", "Tove Berg,
Lind's regular collaborator, wrote the score", "Eli Sand recorded the sound and Ola Fors mixed
it", "the inventor Per Ness supplied the special effects".

Effects houses: "Spark & Glass produced the visual effects". Distributors, studio facilities and
publishers of the same sentences are read by :mod:`graph.extract.org_credits`.

Short mentions resolve to the full names the article has given ("Brae" -> "Teo Brae").
"""

from __future__ import annotations

import itertools
import re

from ..facts import FILM
from ..normalize import name_key
from .context import Context
from .org_credits import add_credit as _add, org_credits
from .crew_deeds import (DEED, DEED_HINT, DEED_WITH, DOING_ROLES, PARTNER_ROLES, PARTNERS_IN, SHARED_CREDIT, SHARED_ROLES,
                         WITH_DOING, HIRED_TO, JOBS, MIXED_IT, SOUND_BY, SOUND_ROLES)
from .crew_forms import CRAFT_ROLES, FORMS
from .crew_groups import CREW_GROUP, CREW_WERE, GROUP_CRAFTS, GROUPS, MORE_CRAFTS, MORE_ROLES, SHARED_HEAD
from .crew_patterns import (CLOTHES, CREW_LIST_RE, CRAFTS, DESIGNED, DRESSED, EXTRA_BY, PEOPLE, PEOPLE_HINT, ROLE_NOUNS,
                            TITLED_RE, VETO)
from .surnames import shared_surnames
from .names import NAME1, UPPER, blank_nicknames, names_before_verb, resolve_names, split_names, strip_nationality


def extract_prose_crew(ctx: Context, sections) -> None:
    """Add the credits of the prose forms of :mod:`graph.extract.crew_patterns`, from ``sections``
    (the credit sections)."""
    for section, sentence in ctx.sentences(sections):
        if sentence.start in ctx.consumed:
            continue
        evidence = ctx.sentence_evidence(section, sentence)
        text = shared_surnames(ctx.names, blank_nicknames(strip_nationality(sentence.text)))
        text = SHARED_HEAD.sub(r"\1 design and \2 design", text)
        plain = _without_companies(ctx, text)
        veto = VETO.search(plain)
        for pattern in PEOPLE if PEOPLE_HINT.search(text) else ():
            for m in pattern.finditer(plain):
                if veto and m.start("names") < veto.start() or EXTRA_BY.search(plain, 0, m.start("names")):
                    continue
                if pattern is CREW_LIST_RE and re.search(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}[a-z]+\s+and\s+$", plain[:m.start()]):
                    continue  # "the Polish-Jewish pianist and composer X": one person's description, no list of the crew
                names = names_before_verb(m.group("names"), plain[m.end():],
                                          after_by=bool(re.search(r"\bby\s+$", plain[:m.start("names")])))
                if re.search(r"\band\s+(?:the\s+[a-z-]+\s+)?$", plain[:m.start("names")]) and ", and " in names:
                    # "... by A and B, and C and D worked as X", "between A and the veteran B, and C was the
                    # production designer": only C and D, only C
                    names = names.rsplit(", and ", 1)[1]
                said = (m.groupdict().get("role") or m.groupdict().get("role_cap") or "").casefold()
                role = ((DRESSED if "dressed by" in m.group(0) else DESIGNED).get(said) or CRAFTS.get(said)
                        or ("costume designer" if said in CLOTHES else ROLE_NOUNS[said]))
                if role == "visual effects" and re.search(r"\b(?:supervised|oversaw|in charge of|took charge of)\b", m.group(0)):
                    role = "visual effects supervisor"  # a person who supervised the effects, not an effects house
                _people(ctx, role, names, evidence)
                at = m.end("role") if m.groupdict().get("role") else -1
                while at >= 0 and (more := MORE_ROLES.match(plain, at)):
                    _people(ctx, ROLE_NOUNS[more.group("role").casefold()], names, evidence)
                    at = more.end()
                while said in CRAFTS and at >= 0 and (more := MORE_CRAFTS.match(plain, at)):
                    _people(ctx, CRAFTS[more.group("role").casefold()], names, evidence)
                    at = more.end()
        deed_text = ctx.film_as_object(text)
        for pattern, role in DEED if DEED_HINT.search(text) else ():
            for m in pattern.finditer(deed_text):
                names = m.group("names")
                parts = re.split(r",\s*and\s+", names)
                titled = deed_text[m.start():m.start("names")].split()
                if re.search(rf"[{UPPER}][\w'’.-]*\s+and\s+$", deed_text[:m.start("names")]):
                    # "written by A and B, and C composed the score": only C composed it
                    if len(parts) < 2:
                        continue
                    names = parts[-1]
                elif len(parts) == 2 and "," not in parts[0]:
                    names = parts[1]  # "by the cinematographer A, and B edited it": two of a list would not take a comma
                elif any(ROLE_NOUNS.get(" ".join(titled[-n:]).casefold(), role) != role for n in (1, 2, 3) if len(titled) >= n):
                    # "the art directors A and B designed the sets": the title says what they were (but
                    # "The Icelandic composer A wrote the score" says it twice)
                    continue
                _people(ctx, role, names, evidence, any_kind=role in ("special effects", "visual effects"))
                partner = DEED_WITH.match(deed_text, m.end())
                if partner:
                    _people(ctx, role, names_before_verb(partner.group("names"), deed_text[partner.end():]), evidence)
        for m in HIRED_TO.finditer(text) if not veto else ():
            if m.group("what") is None and (m.group("job") not in ("produce", "direct")
                                            or re.match(r"\s+(?:the|a|an|his|her|its)\b", text[m.end():])):
                continue  # "brought in X to compose the songs": a songwriter, not the composer
            role = next((r for jobs, what, r in JOBS if re.fullmatch(jobs, m.group("job"))
                         and (not what or re.search(what, m.group("what") or ""))), None)
            if role:
                _people(ctx, role, m.group("names") or m.group("object"), evidence)
        if re.search(r"\bsound\b", text):
            for m in MIXED_IT.finditer(text):
                _people(ctx, "sound mixer", m.group("names"), evidence)
        for m in PARTNERS_IN.finditer(deed_text):
            _people(ctx, PARTNER_ROLES[m.group("verb")], names_before_verb(m.group("names"), deed_text[m.end():]), evidence)
        for m in SHARED_CREDIT.finditer(text):
            subject = re.search(rf"(?:^|[,;]\s+|\band\s+)(?P<names>{NAME1})\s+$", text[:m.start()]) if m.group("tail") else None
            people = [subject.group("names")] if subject else []
            # ("A, the co-founder of X, B of Y, and C": each person without the aside or company after it)
            # ("the photographer Masayoshi Sukita": a description before a name goes too)
            parts = [re.sub(r"^(?:with\s+)?(?:(?:the|a|an)\s+(?:[a-z-]+\s+){1,2}(?=[A-Z]))?|\s+of\s+.*$", "", p)
                     for p in _list_parts(m.group("tail") or m.group("tail2") or m.group("tail3"))]
            people += [p for p in parts if _A_NAME.fullmatch(p)]
            craft = (m.group("craft") or m.group("craft2") or m.group("craft3")).casefold()
            _people(ctx, SHARED_ROLES[craft], ", ".join(people), evidence)
        for m in WITH_DOING.finditer(deed_text):
            _people(ctx, DOING_ROLES[m.group("verb") or m.group("work")], m.group("names"), evidence)
        for m in SOUND_BY.finditer(text):
            _people(ctx, SOUND_ROLES[m.group("verb")], m.group("names"), evidence)
        _crew_listed(ctx, text, evidence)
        _crew_group(ctx, text, evidence)
        for pattern, fixed in _ONE_ROLE_FORMS:
            for m in pattern.finditer(plain):
                # "handled by A, and B was hired to ...": B is the next clause's subject ("pair": two named after a plural title)
                group = "names" if m.group("names") else "pair"
                names = names_before_verb(m.group(group), plain[m.end(group):]) + (
                    f", {m.group('also')}" if m.groupdict().get("also") else "")
                said = re.sub(r"^digital ", "", " ".join((m.groupdict().get("role") or "").casefold().split()))
                _people(ctx, fixed or CRAFT_ROLES.get(said) or ROLE_NOUNS[said], names, evidence)
        org_credits(ctx, text, evidence)


# "Ada Lund of the Oslo company Kite Films": a person and the company she came with
# ("A of Film4 and B of the BFI": the "and" after a company begins the next person, not a description)
_OF_COMPANY = re.compile(rf"(?P<person>{NAME1})\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?!and\s)[a-z-]+\s+){{0,2}}"
                         rf"(?P<org>[{UPPER}0-9][\w&.'’-]*(?:\s+[{UPPER}0-9][\w&.'’-]*){{0,4}})(?![\w/&]|\s*[/&]|\s+[{UPPER}])")


def _without_companies(ctx: Context, text: str) -> str:
    """``text`` with each person's company left out ("A of Road Movies and B of Tornasol were
    credited as co-producers" -> "A and B were ..."), so that the one-role forms see the people.
    Whatever the name after "of" is (a company the article has not called one, "Esther García of
    El Deseo", or a place), it is no part of the person's credit; only a person's name stays."""
    def person(m: re.Match) -> str:
        who, org = m.group("person"), m.group("org")
        if " " not in who or ctx.names.kind(who) == "organization" or ctx.names.known(org) and ctx.names.kind(org) == "person":
            return m.group(0)
        return who
    return _OF_COMPANY.sub(person, text) if " of " in text else text


# The group and one-role forms, each with its fixed role or None (the role is read from the match)
_ONE_ROLE_FORMS = [(p, None) for p in GROUPS] + FORMS

# One person's name in a list, and the list's parts ("A, B and C" -> "A", "B", "C")
_A_NAME = re.compile(rf"(?:(?:de|van|von|le|la)\s+)?{NAME1}")


def _list_parts(text: str) -> list[str]:
    return [p.strip().rstrip(".") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text)]


def _crew_listed(ctx: Context, text: str, evidence) -> None:
    """"The executive producers were A and B of Yellow Bird, C, and D of the German partner": the
    people of a crew list whose members carry their companies."""
    m = CREW_WERE.search(text)
    parts = [re.sub(r"\s+of\s+.*$", "", p) for p in _list_parts(m.group("tail"))] if m else []
    # "..., and Charles S. Cohen, whose company would later release it": the last person's aside goes
    parts = list(itertools.takewhile(lambda p: not re.match(r"(?:who|whose|which)\b", p), parts))
    if parts and all(_A_NAME.fullmatch(p) for p in parts):
        _people(ctx, ROLE_NOUNS[m.group("role").casefold()], ", ".join(parts), evidence)


def _crew_group(ctx: Context, text: str, evidence) -> None:
    """The people listed after a clause about a crew ("Four producers shepherded the project: A, B
    and C"); the list's asides ("A, whose credits included ..., and B") are passed over. After a
    comma rather than a colon the list comes first, and only a clause in lower case may follow it
    ("shared the work, A and B, sometimes alternating from one year to the next")."""
    m = CREW_GROUP.match(text)
    if not m or (m.group("role") and not m.group("role").endswith("s")):
        return
    parts = [re.sub(r"\s+(?:himself|herself)$", "", p) for p in _list_parts(m.group("tail"))]
    if m.group("mark") == ",":
        names = list(itertools.takewhile(_A_NAME.fullmatch, parts))
        asides = [] if len(names) == len(parts) or re.match(r"[a-z]", parts[len(names)]) else parts[len(names):]
    else:
        names = [p for p in parts if _A_NAME.fullmatch(p)]
        asides = [p for p in parts if p not in names]
    if not names or m.group("mark") == "," and asides \
            or not all(re.match(r"(?:who|whose|whom|which|an?|the|his|her|their|its|both|then|later)\b", p) for p in asides):
        return  # "The producers faced a problem: Orr, the star, refused to travel": a clause, no list
    role = GROUP_CRAFTS[m.group("craft")] if m.group("craft") else ROLE_NOUNS[m.group("role").casefold()]
    _people(ctx, role, ", ".join(names), evidence)


def extract_titled_crew(ctx: Context, sections) -> None:
    """"the set decorator Anna Pinnock" in ``sections`` other than the credit sections (awards,
    reception): a crew title right before a name is this film's credit wherever it is written."""
    for section, sentence in ctx.sentences(sections):
        veto = VETO.search(sentence.text)
        for m in TITLED_RE.finditer(sentence.text):
            if veto and m.start("names") < veto.start() or EXTRA_BY.search(sentence.text, 0, m.start("names")):
                continue
            _people(ctx, ROLE_NOUNS[(m.group("role") or m.group("role_cap")).casefold()],
                    names_before_verb(m.group("names"), sentence.text[m.end():]),
                    ctx.sentence_evidence(section, sentence))


# "Composer Alfonso de Vilallonga wrote a score": a title at a sentence's start is no part of the name
_TITLE_FIRST = re.compile(r"^(?:" + "|".join(sorted((re.escape(n.capitalize()) for n in ROLE_NOUNS if " " not in n),
                                                     key=len, reverse=True)) + r")\s+(?=\S+\s)")


def _people(ctx: Context, role: str, raw: str, evidence, any_kind: bool = False) -> None:
    film = ctx.film_keys()
    for name in resolve_names(split_names(raw), ctx.names):
        name = re.sub(rf"^[{UPPER}][\w.\-]*['’]s\s+", "", name)  # "Lumen's Teo Brae"
        name = _TITLE_FIRST.sub("", name)
        if not name or re.search(r"['’]s?$", name) or name_key(name) in film:
            continue
        kind = ctx.names.kind(name)
        if not any_kind and kind != "person":
            continue
        if kind == "person" and " " not in name and not ctx.names.known(name) \
                and not re.fullmatch(rf"[{UPPER}][a-z]+-[{UPPER}][a-z]+", name):  # "Orry-Kelly" is a name
            full = ctx.sole_mention(name)
            if full is None:
                continue  # a lone unknown word is more likely a character or a place than a credit
            name = full  # "Korda" where the article wrote "for Alexander Korda" and no credit
        ctx.names.add(name, kind)
        _add(ctx, FILM, name, kind, role, evidence)


# "X designed the sets", "the sets were designed by X": on most films the production designer's
# work, and gold files write it so; a film that names another production designer keeps X as its
# set designer, and so does a film made before the title existed (it was first given in 1939)
# ("The sets, including the brothel's rooms, were designed by X": an aside may stand between)
_SETS_DEED = re.compile(r"\bdesigned\s+(?:the\s+|its\s+)?(?:film['’]s\s+)?sets\b|\bsets(?:,\s+[^;.]{1,120}?,)?\s+(?:were|was)\s+(?:designed|built)\s+by\b")


def sets_as_production_design(ctx: Context) -> None:
    """Make the one set designer read from a "designed the sets" sentence the film's production
    designer when no one else is credited with the production design (in place)."""
    credits = [c for c in ctx.facts.credits if c.work == FILM]
    years = [y for y in ctx.facts.values("year") if isinstance(y, int)]
    if any(c.role == "production designer" for c in credits) or years and min(years) < 1939:
        return
    deeds = [c for c in credits if c.role == "set designer" and c.evidence
             and all(e.kind == "prose" and _SETS_DEED.search(e.text) for e in c.evidence)]
    if len(deeds) == 1:  # a team of set designers ("designed by A and B") works under someone else
        deeds[0].role = "production designer"
