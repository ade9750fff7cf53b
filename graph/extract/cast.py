"""Performances stated in prose: "Mara Lind voices Oren", "Teo Brae as her fellow rebel Sef",
"X provides the voice of Y", "Oren is voiced by the actress Cora Vey", "Lind and Brae repeated
their roles in English".

The character is the name at the end of the role phrase ("the scientist Doctor Pell" is
"Doctor Pell"); an age word stays with it ("the young Oren" is "young Oren"); a possessive phrase
without a name is the character itself ("Oren's mother"). A paragraph that names a
version ("In the original French version", "in the German dub") gives its performances that
language. Cast sections are read in full; elsewhere (the lead, production) a performance is only
added for a billed star the tables and lists have not already cast.
"""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import Performance
from ..normalize import loose_key, name_key
from .cast_patterns import (
    _APPOSED, SHARED_PART, VOICE_BELONGS, _AS_DO, _TITLE_WENT, _WITH_KIN, _CASTING, _DETERMINERS, _AS_ITEM,
    _FORWARD, _GAPPED_ACTOR, _IS, _LANGUAGE, _NOT_CASTING, _NOT_CHARACTERS, _NOT_PAREN_ROLES, _PAIRS,
    _DESCRIBED_GIVEN, _PAREN_ROLE, _PARTS_WENT_TO, _PART_APPOSED_WENT, _PART_PAREN, _REPRISE, _REVERSE, _REVERSE_GAPPED,
    _REVERSE_MORE, _REVERSE_PAIRS, _REVERSE_PART, _NOT_PARTS, _SECOND_ROLE, _TITLE_ROLE, _VOICE_VERB, _WENT_TO,
    PLAY_GROUP, ALSO_APPEAR, PRONOUNS, without_occupation,
)
from .character_names import _capital, _character
from .full_characters import full_character, kin_surname
from .context import Context
from .names import UPPER, clean, resolve_names, split_names, strip_nationality

# "plays Winfried and his alter ego Toni": a second part of one actor
_ALTER_EGO = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:alter\s+ego|twin(?:\s+(?:brother|sister))?|double|doppelg[äa]nger)\b")


def extract_prose_cast(ctx: Context) -> None:
    """Add the performances stated in prose to ``ctx.facts``."""
    cast_before = {name_key(p.performer) for p in ctx.facts.performances}
    stars = {name_key(c.agent) for c in ctx.facts.credits if c.role == "starring"}
    # Characters already known, by spelling-insensitive key without "the".
    characters = {_character_key(p.character): p.character for p in ctx.facts.performances if p.character}
    # "Steve Bulen voices Tejima in the dub": the dub is the article's one dub language, if it has one
    original = {name_key(str(v)) for v in ctx.facts.values("language")}
    dubs = {p.language for p in ctx.facts.performances if p.language and name_key(p.language) not in original}
    for section in ctx.article.walk():
        label = section.path_label.casefold()
        if any(w in label for w in lexicon.NARRATIVE_SECTIONS):
            continue
        in_cast = any(t.casefold().startswith(c) for t in section.path for c in lexicon.CAST_SECTIONS)
        if not in_cast and section is not ctx.article.lead and not any(
                w in label for w in lexicon.PRODUCTION_SECTIONS):
            continue
        voice_section = "voice" in label
        recent: list[str] = []  # the characters of full names read so far in the section, in order
        for paragraph in section.paragraphs:
            language = None
            for sentence in paragraph.sentences:
                if in_cast:
                    language = _language(sentence.text) or language
                    if language is None and len(dubs) == 1 and re.search(r"\b(?:the|its)\s+dub\b", sentence.text):
                        language = next(iter(dubs))
                evidence = ctx.sentence_evidence(section, sentence)
                for actor, character, voice in _read(ctx, sentence.text, in_cast):
                    actor = resolve_names([without_occupation(actor)], ctx.names)[0]
                    if not _is_performer(ctx, actor, characters):
                        continue
                    if not in_cast and (name_key(actor) in cast_before or (
                            name_key(actor) not in stars and not _CASTING.search(sentence.text))
                            or _NOT_CASTING.search(sentence.text)):
                        continue
                    ctx.names.add(actor, "person")
                    key = _character_key(character)
                    if key not in characters:
                        full = full_character(ctx, character, characters)
                        characters[key] = kin_surname(sentence.text, full, characters, recent) if full == character else full
                    character = characters[key]
                    if " " in character and _capital(character):
                        recent.append(character)
                    ctx.facts.performances.append(Performance(
                        performer=actor, character=character,
                        language=language if in_cast else None, voice=voice or voice_section,
                        evidence=[evidence]))
                if in_cast and language:
                    _reprises(ctx, sentence.text, language, evidence)
                for m in (m for form in (PLAY_GROUP, ALSO_APPEAR) for m in form.finditer(sentence.text)) if in_cast else ():
                    cast_now = {name_key(p.performer) for p in ctx.facts.performances}
                    for actor in resolve_names(split_names(m.group("names")), ctx.names):
                        if name_key(actor) not in cast_now and _is_performer(ctx, actor, characters):
                            ctx.names.add(actor, "person")
                            ctx.facts.performances.append(Performance(performer=clean(actor), character=None,
                                                                      evidence=[evidence]))


def _read(ctx: Context, text: str, in_cast: bool = False):
    """``(actor, character, voice)`` for each performance the sentence states. In a cast section a
    role without a name counts ("plays a pickpocket"), and so does "X is Y"."""
    # "Jon Vey (credited as John Wey) plays", "played by the Dutch actor X": asides read past
    text = strip_nationality(re.sub(r"\s*\((?:credited|billed)\s+as\s+[^)]*\)", "", text), before_name=True)
    paired = set()
    for m in _PAIRS.finditer(text):
        actors = split_names(m.group("names"))
        shared = SHARED_PART.match(m.group("chars"))
        if shared and len(actors) > 1:  # (read in a cast section only: a lead names the parts elsewhere)
            # "A and B were cast as the two pimps who torment C and D": one kind of part for each,
            # whatever names the clause after it holds
            for actor in actors:
                paired.add(name_key(actor))
                if in_cast and not shared.group("noun").endswith(("ves", "ies", "ches", "shes", "xes", "sses")):
                    yield clean(actor), shared.group("noun")[:-1], False
            continue
        parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("chars")) if p]
        if len(parts) == len(actors) + 1 and (parts[0].split()[0].casefold() in _DETERMINERS
                                              or re.match(r"\S+['’]s?\s+[a-z]|(?:two|three|four|both)\s+of\b", parts[0])):
            # "the Park children, Da-hye and Da-song", "Rose's parents, Dean and Missy", "two of the teachers, A and B"
            parts = parts[1:]
        elif len(parts) == len(actors) + 1 and re.match(r"\S+['’]s?\s+[a-z]", parts[-1]):
            parts = parts[:-1]  # "Mr. and Mrs. Lachance, Gordie's grieving parents": a description after the pair
        parts = _one_surname(parts)
        owner = re.match(r"(\S+['’]s?)\s+[a-z]+$", parts[0]) if parts else None
        if owner and all(re.fullmatch(r"[a-z]+", p) for p in parts[1:]):
            parts = parts[:1] + [f"{owner.group(1)} {p}" for p in parts[1:]]  # "Oren's father and mother"
        characters = [_character(p, in_cast) for p in parts]
        if len(characters) == len(actors) and all(characters):
            voice = "voice" in text[m.start("chars") - 12:m.start("chars")]
            for actor, character in zip(actors, characters):
                paired.add(name_key(actor))
                yield clean(actor), character, voice
    for m in _PARTS_WENT_TO.finditer(text):
        previous = ""
        for item in re.split(rf",\s*(?:and\s+)?|\s+and\s+(?=[{UPPER}]|to\s)", m.group("list")):
            item = re.sub(r"^to\s+", "", item.strip().rstrip("."))  # "... and to Louie Anderson as a florist"
            # "Richard Edson, who plays the garage attendant": the part in a clause after the actor
            clause = re.match(r"who\s+(?:plays|played|portrays|portrayed)\s+(?P<part>.+)$", item)
            named = _AS_ITEM.match(f"{previous} as {clause.group('part')}" if clause and previous else item)
            previous = item
            character = _character(named.group("part"), True) if named else None
            if character:
                paired.add(name_key(named.group("actor")))
                yield clean(named.group("actor")), character, False
    forward_ends = [m.end() for m in _FORWARD.finditer(text)] + [m.end() for m in _IS.finditer(text) if in_cast]
    for g in _GAPPED_ACTOR.finditer(text):
        # "X plays the dealer Lance and Rosanna Arquette his wife Jody": the verb is the clause's before
        character = _character(text[g.end():], in_cast)
        if character and any(end <= g.start() for end in forward_ends):
            paired.add(name_key(g.group("actor")))
            yield clean(g.group("actor")), character, False
    for m in _FORWARD.finditer(text):
        if name_key(m.group("actor")) in paired:
            continue
        character = _character(text[m.end():], in_cast)
        if character:
            yield clean(m.group("actor")), character, bool(_VOICE_VERB.search(m.group("verb")))
            after = text.find(character, m.end()) + len(character) if character in text[m.end():] else -1
            also, kin = (_AS_DO.match(text, after), _WITH_KIN.match(text, after)) if after >= 0 else (None, None)
            for other in split_names(also.group("names")) if also else ():
                yield clean(other), character, bool(_VOICE_VERB.search(m.group("verb")))
            if kin and kin.group("kin") not in _NOT_CHARACTERS:
                yield clean(kin.group("actor")), kin.group("named") or f"{character}'s {kin.group('kin')}", False
            both = text.startswith("both ", m.end())  # "plays both Ada and her twin sister, Ivy"
            at = m.end() + (5 if both else 0)
            # the part as written, maybe after "the " that the character's name drops
            end = text.find(character, at, at + len(character) + 4) + len(character)
            second = _SECOND_ROLE.match(text, end) if end >= len(character) and (
                m.group("verb").endswith(" of") or both or _ALTER_EGO.match(text, end)) else None
            if second:
                # "provides the voice of Dr. Chiba and of her alter ego, Paprika", "the dual role of A and B"
                yield clean(m.group("actor")), clean(second.group("second")), bool(_VOICE_VERB.search(m.group("verb")))
    for m in _REVERSE_PAIRS.finditer(text):
        characters = [_character(p, True) or clean(p) for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("chars"))]
        actors = split_names(m.group("actors"))
        if len(actors) > len(characters) and ", and " in m.group("actors"):
            # "are played by A and B, and C appears as ...": the pairs end where the next clause starts
            actors = split_names(m.group("actors").rsplit(", and ", 1)[0])
        if len(characters) == len(actors) + 1 and re.search(r"\b[a-z]+\s+$", text[:m.start("chars")]):
            characters = characters[1:]  # "the women they meet in New Orleans, Karen and Mary, are played by": a place first
        characters = _one_surname(characters) if len(actors) == 2 else characters
        if len(characters) == len(actors):
            for actor, character in zip(actors, characters):
                paired.add(name_key(actor))
                yield clean(actor), character, m.group("verb") == "voiced"
    for m in VOICE_BELONGS.finditer(text):
        if m.group("char") not in PRONOUNS:
            yield clean(m.group("actor")), m.group("char"), True
    for pattern in (_REVERSE, _WENT_TO, _PART_APPOSED_WENT, _DESCRIBED_GIVEN, _APPOSED):
        for m in pattern.finditer(text):
            if pattern is _REVERSE and name_key(clean(m.group("actor"))) in paired:
                continue
            voiced = m.groupdict().get("verb") == "voiced"
            if pattern is _REVERSE and m.group("be") in ("are", "were") and re.search(r"['’]s\s+[a-z]+$", m.group("char")):
                continue  # "The members of Costello's gang are played by A, who appears as ...": a group
            for found in (_gapped(m, text) if pattern is _REVERSE else (m,)):
                # the apposition is the part's name only when the part is described ("Hanna's
                # stepdaughter, Lauren Gustafson"), not named ("Ilsa, Oren's mother")
                named = found.groupdict().get("named") if found else None
                named = re.sub(r"^(?:known|called)\s+(?:only\s+|simply\s+)?as\s+", "", named) if named else None
                named = named if named and re.search(r"\s[a-z]", found.group("char")) and not re.search(r"\s[a-z]", named) \
                    else None
                # "The role of the lawyer, who ..., went to X": in a cast section an unnamed part counts
                character = _character(named or found.group("char"), in_cast and pattern is _WENT_TO) if found else None
                if pattern in (_PART_APPOSED_WENT, _DESCRIBED_GIVEN):
                    character = re.sub(r"^the\s+", "", clean(found.group("char")))  # "the German Girl": the part as named
                if character and character not in PRONOUNS:
                    age = found.groupdict().get("age")
                    yield clean(found.group("actor")), f"{age.lower()} {character}" if age else character, voiced
            if pattern is _REVERSE and _character(m.group("char")) and m.group("be") not in ("are", "were"):
                more, at = _REVERSE_MORE.match(text, m.end()), m.end()
                while more:
                    yield clean(more.group("actor")), _character(m.group("char")), voiced
                    at = more.end()
                    more = _REVERSE_MORE.match(text, at)
    title = re.sub(r"\s*\([^)]*\)$", "", ctx.facts.label or ctx.facts.title)
    for m in [*_TITLE_ROLE.finditer(text), *_TITLE_WENT.finditer(text)]:
        # the title role is the title's name only when the plot calls someone by it ("Amélie")
        if title and not title.startswith(("The ", "A ", "An ")) and ctx.in_plot(title):
            yield clean(m.group("actor")), title, False
    if in_cast:
        for m in _PAREN_ROLE.finditer(text):
            char, actor = clean(m.group("char")), clean(m.group("actor"))
            if _NOT_PAREN_ROLES.match(char) or " " not in actor:
                continue
            if actor.split()[0].casefold().rstrip(".") in lexicon.TITLES or re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?$",
                                                                                      text[:m.start()]):
                # "the widowed Mrs. Pengelly (Morwenna Vey)": the character stands outside
                actor, char = char, actor
            yield actor, char, False
        for m in _PART_PAREN.finditer(text):
            if m.group("char").split()[-1] not in _NOT_CHARACTERS:
                yield clean(m.group("actor")), m.group("char"), False
        for m in _REVERSE_PART.finditer(text):
            if m.group("char") not in _NOT_CHARACTERS and m.group("char") not in _NOT_PARTS:
                yield clean(m.group("actor")), m.group("char"), m.group("verb") == "voiced"
        for m in _IS.finditer(text):
            character = _character(text[m.end():], True)
            if character and "'" not in character and "’" not in character:
                yield clean(m.group("actor")), character, False


def _one_surname(parts: list[str]) -> list[str]:
    """Two parts of a couple that share the surname written once ("Dean and Missy Armitage",
    "Monsieur and Madame Herboux") as two full names; other parts as they are."""
    if len(parts) == 2 and re.fullmatch(rf"[{UPPER}][\w'’-]*\.?", parts[0]) and re.fullmatch(
            rf"[{UPPER}][\w'’-]*\.?\s+[{UPPER}][\w'’-]*", parts[1]):
        return [f"{parts[0]} {parts[1].split()[1]}", parts[1]]
    return parts


def _gapped(m: re.Match, text: str):
    """``m`` and each pair after it whose verb is left out ("Oren is voiced by A, his henchman Jodo by
    B, and Ilsa by C")."""
    yield m
    at = m.end()
    while (more := _REVERSE_GAPPED.match(text, at)):
        yield more
        at = more.end()


def _is_performer(ctx: Context, actor: str, characters: dict) -> bool:
    key = name_key(actor)
    if not key or key in {name_key(ctx.facts.label), name_key(ctx.facts.title)}:
        return False
    if ctx.names.kind(actor) != "person":
        return False
    if _character_key(actor) in characters:
        return False  # a character of the film, not an actor
    return " " in actor.strip() or ctx.names.known(actor)


def _character_key(character: str) -> str:
    """A character's key: "the Ferryman" and "Ferryman" are one character, and the spelling the
    tables and lists use is kept."""
    return loose_key(re.sub(r"^the\s+", "", character, flags=re.I))


def _language(text: str) -> str | None:
    for m in _LANGUAGE.finditer(text):
        word = m.group("a") or m.group("b")
        if word.casefold() in places.LANGUAGES:
            return word
    return None


def _reprises(ctx: Context, text: str, language: str, evidence) -> None:
    """"Lind and Brae repeated their roles in English": their roles again, in English."""
    for m in _REPRISE.finditer(text):
        for actor in resolve_names(split_names(m.group("names")), ctx.names):
            roles = {p.character for p in ctx.facts.performances
                     if name_key(p.performer) == name_key(actor) and p.character}
            for character in sorted(roles):
                ctx.facts.performances.append(Performance(
                    performer=actor, character=character, language=language, voice=True,
                    evidence=[evidence]))
