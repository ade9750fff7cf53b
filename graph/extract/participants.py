"""People who appear as themselves: "José Vey appears as himself", and the participants of a
documentary that its cast section names in sentences rather than in a list; and cast members
without a part: a cast section's cameo ("Dario Vey makes an uncredited cameo"), a bare list ("The
supporting cast also includes A and B") and an infobox star no sentence gives a part.

A documentary's cast section ("Participants", "Cast") is read person by person: a full name that
opens a clause ("Tom Vey speaks at a protest"), follows a description ("the sociologist Ada
Quill"), or is the subject of "footage of" or "a routine by" is a participant. Names after other
prepositions ("a spokesman for Harbor Works", "the co-creator of Kite Park") are not, nor are
organisations, places and the film's characters. Input: the extraction context after the other
cast readers; output: performances with ``as_self`` in ``ctx.facts``.
"""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import Performance
from ..normalize import name_key
from .cast_patterns import without_occupation
from .context import OPENERS, Context
from .names import NAME1, UPPER, clean, split_names, strip_nationality

# "Arthur \"Bo\" Agee": a nickname in quotes is part of the name
_PERSON = rf"[{UPPER}][\w'’\-]+(?:\s+(?:[{UPPER}]\.|[{UPPER}][\w'’\-]+|[\"“][{UPPER}][\w'’\-]+[\"”])){{1,3}}"
_SELF_VERB = r"(?:appears?|appeared|appearing|plays?|played|is seen|cameos?|turns up|shows up|features)"
_AS_SELF = re.compile(
    # "Cliff Smith, better known as Method Man, plays himself": an aside, and "as" left out after "plays"
    rf"(?P<names>{NAME1}(?:\s*,\s*{NAME1})*(?:,?\s+and\s+{NAME1})?)(?:,\s+(?:better\s+known|known|an?|the)\s[^,;]{{1,60}},)?"
    rf"\s+(?:also\s+|briefly\s+)?{_SELF_VERB}\s+"
    r"(?:briefly\s+|in\s+(?:a\s+)?cameos?\s+)?(?:as\s+|(?<=play\s)|(?<=plays\s)|(?<=played\s))(?:himself|herself|themselves)\b"
    # "Fanny Ardant makes a brief appearance as herself"
    rf"|(?P<appearing>{NAME1})\s+(?:also\s+)?(?:makes|made|has|had)\s+an?\s+(?:[\w-]+\s+)?(?:appearance|cameo)\s+as\s+(?:himself|herself)\b"
    # a cast list's line "Gérard Vey as himself"
    rf"|^(?P<line>{NAME1})\s+as\s+(?:himself|herself)\b")
# "Footballer Dario Vey makes an uncredited cameo": an appearance without a part
_CAMEO = re.compile(rf"(?P<names>{NAME1})\s+(?:also\s+)?(?:makes|made|has|had)\s+an?\s+(?:uncredited\s+|brief\s+|short\s+)*"
                    r"cameo(?:\s+appearance)?(?!\s+as\b)")
_WORD = (rf"(?:(?!(?:of|for|at|in|to|from|with|by|on|and|or|through|into|across|near|about|after|before|during|over|"
         rf"under|against|between|without|within|around|towards?|like|as|than|via|past)\b)[a-z][\w-]*|[{UPPER}]{{2,}})")
_OPENS = (r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bare\s)|(?<=\binclude\s)|(?<=\bincluding\s)"
          # "the musician X", "the former NRA archivist X", "his co-worker X", "Vey's daughters X":
          # a description without a preposition
          rf"|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[{UPPER}][\w'’-]*['’]s)\s+(?:{_WORD}\s+){{0,2}}(?=[a-z])(?:{_WORD}\s+)"
          # "St. Joseph coach X", "the Indiana University coach X": a place or team before the job
          rf"|\b(?:the\s+)?(?:[{UPPER}][\w.'’-]*\s+){{1,3}}(?:{_WORD}\s+)(?=[{UPPER}])"
          r"|\bfootage\s+of\s+|\broutine\s+by\s+|\binterviews?\s+with\s+)")
# "the local Pancasila Youth leader Safit Pardede": a name followed by a job and a name describes the second
_PARTICIPANT = re.compile(rf"{_OPENS}(?P<name>{_PERSON})(?![\w'’])(?!['’]s)(?!\s+(?!(?:and|or)\b)[a-z]+\s+[{UPPER}][\w'’-]+\s+[{UPPER}])")
_THEMSELVES = re.compile(r"\bas\s+themselves\b")
_LISTED = re.compile(rf"(?P<names>{NAME1}(?:\s+and\s+{NAME1})?)\s*(?:,|[–—-]\s|\(|$)")
# "The supporting cast also includes A, B and C.": cast members the article gives no part
_CAST_INCLUDES = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:(?:supporting|ensemble|remaining|main|principal)\s+)?cast\s+(?:also\s+)?(?:includes|included|"
    rf"features|featured|comprises|comprised|is\s+rounded\s+out\s+by|was\s+rounded\s+out\s+by)\s+"
    rf"(?P<names>{NAME1}(?:\s*,\s*{NAME1})*(?:,?\s+and\s+{NAME1})?)\s*\.?$"
    # "..., with A, B and C in smaller parts"
    rf"|\bwith\s+(?P<minor>{NAME1}(?:\s*,\s*{NAME1})*(?:,?\s+and\s+{NAME1})?)\s+in\s+(?:smaller|minor|small|"
    rf"supporting|brief|bit)\s+(?:parts|roles)\b"
    # "Stage actors filled out the rest of the cast, with A, B and the theatre director C"
    rf"|\b(?:filled|fill|fills|rounded|round|rounds)\s+out\s+the\s+(?:rest\s+of\s+the\s+)?cast,?\s+with\s+"
    rf"(?P<filled>{NAME1}(?:\s*,\s*{NAME1})*(?:,?\s+and\s+(?:the\s+(?:[a-z-]+\s+){{1,3}})?{NAME1})?)\s*\.?$")


def extract_participants(ctx: Context) -> None:
    """Add self-appearances: stated ones anywhere a cast is read, and in a documentary's (or a
    "themselves" section's) cast section every participant its sentences name."""
    performers = {name_key(p.performer) for p in ctx.facts.performances}
    documentary = any("documentary" in str(g).casefold() for g in ctx.facts.values("genre"))
    characters = {name_key(p.character) for p in ctx.facts.performances if p.character}
    for section in ctx.article.walk():
        label = section.path_label.casefold()
        if any(w in label for w in lexicon.NARRATIVE_SECTIONS):
            continue
        in_cast = any(t.casefold().startswith(c) for t in section.path for c in lexicon.CAST_SECTIONS)
        whole = " ".join(s.text for p in section.paragraphs for s in p.sentences)
        every = in_cast and (documentary or bool(_THEMSELVES.search(whole)))
        for item in (i for blist in section.lists for i in blist.items) if every else ():
            # a documentary's list: "- John Rogers and Jim Rogers, his sons", "- Yo-Yo Ma, a frequent guest"
            listed = _LISTED.match(item.text)
            for name in split_names(listed.group("names")) if listed else ():
                if name_key(name) not in performers and _person(ctx, name):
                    performers.add(name_key(name))
                    ctx.names.add(name, "person")
                    ctx.facts.performances.append(Performance(performer=name, character=None, as_self=True,
                                                              evidence=[ctx.item_evidence(section, item)]))
        for _, sentence in ctx.sentences([section]):
            text = strip_nationality(sentence.text)
            found = [n for m in _AS_SELF.finditer(text) for n in split_names(m.group("names") or m.group("line") or m.group("appearing"))]
            cameo_names = [m.group("names") for m in _CAMEO.finditer(text)] if in_cast else []
            # a cameo or a listed member of the cast appears in the film, not as themselves
            in_role = {name_key(without_occupation(clean(n))) for n in cameo_names}
            found += cameo_names
            if every:
                found += [m.group("name") for m in _PARTICIPANT.finditer(text)]
            listed = [n for m in _CAST_INCLUDES.finditer(text) for n in split_names(m.group("names") or m.group("minor") or m.group("filled"))] \
                if in_cast and not every else []
            in_role |= {name_key(clean(n)) for n in listed}
            found += listed
            for raw in found:
                if len(raw.split()) > 2 and raw.split()[0].casefold() in OPENERS:
                    raw = raw.split(None, 1)[1]  # "Besides Tom Vey and ...": the opening word is no first name
                shared = re.search(rf"\b{re.escape(raw)}\s+and\s+[{UPPER}][\w'’-]+\s+(?P<sur>[{UPPER}][\w'’-]+)\b", text) \
                    if re.fullmatch(r"\w+", raw) else None
                raw = f"{raw} {shared.group('sur')}" if shared else raw  # "Val and Carol Dexter": Val Dexter
                name = ctx.names.resolve(without_occupation(clean(raw)))
                # "Rodriguez appears as himself": the first full name the article gives the surname
                # (its subject is introduced before the relatives who share it)
                full_names = ctx.mentioned(name) if " " not in name else []
                name = full_names[0] if full_names else name
                key = name_key(name)
                if key in performers or key in characters or not _person(ctx, name):
                    continue
                performers.add(key)
                ctx.names.add(name, "person")
                ctx.facts.performances.append(Performance(
                    performer=name, character=None, as_self=key not in in_role,
                    evidence=[ctx.sentence_evidence(section, sentence)]))


def extract_unparted_stars(ctx: Context) -> None:
    """A star the infobox bills whom no sentence, table or list gives a part is still in the cast:
    a performance without a character (as themselves in a documentary). Runs after every other
    cast reader."""
    performers = {name_key(ctx.names.resolve(p.performer)) for p in ctx.facts.performances}
    documentary = any("documentary" in str(g).casefold() for g in ctx.facts.values("genre"))
    for credit in ctx.facts.credits:
        if credit.role == "starring" and credit.agent_kind == "person" and name_key(credit.agent) not in performers:
            performers.add(name_key(credit.agent))
            ctx.facts.performances.append(Performance(
                performer=credit.agent, character=None, as_self=documentary, billing=credit.billing,
                evidence=list(credit.evidence)))


def _person(ctx: Context, name: str) -> bool:
    """A person's full name: not an organisation, place, language or the film's own title."""
    if " " not in name or ctx.names.kind(name) != "person" or name.split()[0].casefold() in OPENERS:
        return False  # "Besides Treadwell and Huguenard, ...": a sentence's opening word is no first name
    if name_key(name) in ctx.film_keys():
        return False
    words = name.casefold().split()
    return not any(w in places.DEMONYMS or w in places.LANGUAGES for w in words) and \
        name not in places.COUNTRIES and not re.search(r"\b(?:High|School|University|City|County|Street|House|Palace|Senate|Congress|Department|Ministry|Bureau|"
                                                        r"Pentagon|Church|Hospital|Museum|Park|Square|Bridge|Station)\b", name)
