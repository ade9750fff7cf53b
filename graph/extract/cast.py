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

from .. import lexicon
from ..facts import Performance
from ..normalize import loose_key, name_key
from .context import Context
from .names import NAME1, UPPER, clean, resolve_names, split_names

_PNAME = rf"(?:(?:de|del|della|van|von|da|di|du|le|la)\s+)?{NAME1}"
_PNAMES = rf"{_PNAME}(?:\s*,\s*(?:and\s+)?{_PNAME}|\s+and\s+{_PNAME}){{0,11}}"
_LEAD_IN = (r"(?:^|[,;:]\s*|\b(?:and|with|features|featured|featuring|including|includes|include|included|by|starring|stars|"
            r"cast|casting|(?:the\s+)?(?:sisters|brothers|siblings|twins|couple)|"
            r"while|whereas|alongside|opposite|also)\s+"
            # "the former wrestler Lenny Montana", "The eleven-year-old Ivana Baquero"
            r"|\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:actor|actress|singer|wrestler|comedian|musician|dancer|star|newcomer|"
            r"performer|boxer|model|[\w-]+-year-old)\s+)")
# Between the actor and the verb: "Song Kang-ho, who plays", "Conrad Veidt, a refugee from Nazi
# Germany, plays", "Dooley Wilson, as the pianist Sam".
_BETWEEN = (r"(?:,\s+who\s+|,\s+(?:an?|the|one of|himself|herself|then|still|already)\s+[^,;]{1,60}?,\s+"
            r"|,\s+(?=as\s|in the (?:[\w-]+ )?role of\s)|\s+)")
# "as well as", "as such": "as" that does not introduce a role
_NOT_ROLE = r"(?!(?:well|such|of|if|though|soon|long|much|part|a result|far|opposed)\b)"
_FORWARD = re.compile(rf"{_LEAD_IN}(?P<actor>{_PNAME}){_BETWEEN}(?:also\s+|again\s+)?"
                      rf"(?P<verb>{lexicon.CAST_VERBS})\s+{_NOT_ROLE}")
# Outside cast sections only a casting statement credits an actor the billing did not name ("Lind
# was cast as Oren"), and not one about another production or a change of plan.
_CASTING = re.compile(r"\b(?:was|were)\s+cast\s+(?:as|in the)\b|\bcast\s+(?:[A-Z][\w'’.-]*\s+){1,3}as\b|"
                      r"\b(?:chosen|hired|signed(?: on)?|selected)\s+to\s+play\b|\b(?:role|part)\s+of\b[^.;]*\b(?:went|was given)\s+to\b")
_NOT_CASTING = re.compile(r"\b(?:originally|initially|first choice|replaced|replacing|considered|turned down|declined|"
                          r"auditioned|stage|Broadway|remake|sequel|series|musical|would have)\b")
_SECOND_ROLE = re.compile(rf"\s+and\s+(?:of\s+)?(?:(?:his|her|their|its)\s+[a-z][\w\s-]{{0,30}}?,?\s+)?"
                          rf"(?P<second>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}})(?=\s*[,.;:]|\s*$|\s+(?:and|in)\b)")
# "Ada Quill plays the title role": the character is the film's own title
_TITLE_ROLE = re.compile(rf"{_LEAD_IN}(?P<actor>{_PNAME}){_BETWEEN}(?:also\s+)?(?:plays|played|portrays|portrayed|stars in|"
                         rf"starred in|has|had|took|takes|was cast in|is cast in|landed)\s+the\s+title\s+(?:role|part|character)\b")
# Cast sections only: "The film also stars Rune Falk (Oren) and Tove Berg (Ilsa)"
_PAREN_ROLE = re.compile(rf"(?P<actor>{_PNAME})\s+\((?P<char>[{UPPER}][^()\d]{{0,40}}?)\)")
_NOT_PAREN_ROLES = re.compile(r"^(?:voice|uncredited|credited|archive|cameo|singing|also|then|later|né|née|born|"
                              r"English|Japanese|French|German|Spanish|Italian|Korean|Chinese)\b", re.I)
# Cast sections only: "Madeleine Lebeau is Yvonne, Rick's discarded girlfriend".
_IS = re.compile(rf"{_LEAD_IN}(?P<actor>{_PNAME})\s+(?:is|was)\s+(?=(?:the\s+(?:[a-z-]+\s+){{1,3}})?[{UPPER}])")
# "Serrano, played by César Vea"
_APPOSED = re.compile(rf"(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}}),\s+(?P<verb>played|portrayed|voiced)"
                      rf"\s+by\s+(?P<actor>{_PNAME})(?![\w'’])")
_WENT_TO = re.compile(
    rf"\b(?:role|part)\s+of\s+(?P<char>[^,;]+?)(?:,\s+[^,;]+,)?\s+(?:went|was given|fell)\s+to\s+(?:the\s+)?(?:[a-z]+\s+){{0,3}}?"
    rf"(?P<actor>{_PNAME})(?![\w'’])")
# "Joy Page and Helmut Dantine play Annina and Jan", "... cast as Peppy's maid and Peppy's butler respectively"
_PAIRS = re.compile(rf"{_LEAD_IN}(?P<names>{_PNAME}(?:\s*,\s*{_PNAME})*,?\s+and\s+{_PNAME}),?\s+(?:are\s+|were\s+)?"
                    rf"(?:play|played|voice|voiced|portray|portrayed|cast\s+as|appear\s+as|star\s+as|starred\s+as|"
                    rf"co-?star\s+as|as)\s+"
                    rf"(?P<chars>[^;:.]+?)(?:\s+respectively\b|(?=\s*[;:.]|\s*$|,\s+(?:who|whom|while|and|an?|the)\b))")
_NOT_CHARACTERS = {"role", "roles", "part", "parts", "lead", "character", "characters", "cameo", "version",
                   "film", "scene", "scenes", "title", "villain", "hero", "heroine",
                   # a person, not a part: "plays the woman who runs the shop"
                   "man", "woman", "men", "women", "girl", "boy", "child", "person", "lady", "guy", "stranger",
                   # an age: "by André Holland as an adult"
                   "adult", "teenager", "teen", "infant", "baby", "youth", "youngster"}
# Words that never name a part, even with an adjective ("a small role", "a brief scene")
_NOT_PARTS = {"role", "roles", "part", "parts", "lead", "character", "characters", "cameo", "version", "film",
              "scene", "scenes", "title", "adult", "teenager", "child", "baby", "infant"}
# Cast sections only: "the aunt is played by Akemi Yamaguchi"
_REVERSE_PART = re.compile(rf"\b[Tt]he\s+(?P<char>[a-z][\w-]*)\s+(?:is|was)\s+(?P<verb>voiced|played|portrayed)\s+by\s+"
                           rf"(?P<actor>{_PNAME})(?![\w'’])")
_REVERSE = re.compile(
    rf"(?:\b(?:[Tt]he\s+)?(?P<age>young|younger|teenage|adult|elderly|old|older)\s+)?(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,5}}(?:['’]s\s+[a-z]+)?),?(?:\s+[a-z]+,)?\s+(?P<be>is|was|are|were)\s+"
    rf"(?P<verb>voiced|played|portrayed|performed)\s+by\s+(?:the\s+)?(?:[a-z]+\s+){{0,4}}?(?P<actor>{_PNAME})(?![\w'’])")
# "Kevin is played by A at nine, by B at sixteen, and by C as an adult": more actors of one part
_REVERSE_MORE = re.compile(rf"[^;.,]*?,\s+(?:and\s+)?by\s+(?:the\s+)?(?P<actor>{_PNAME})(?![\w'’])")
# "... and the young Ellie by Elie Docter": a second pair after a passive one, its verb left out
_REVERSE_GAPPED = re.compile(
    rf",?\s+and\s+(?:(?:the\s+)?(?P<age>young|younger|teenage|adult|elderly|old|older)\s+)?"
    rf"(?P<char>[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,3}})\s+by\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}?"
    rf"(?P<actor>{_PNAME})(?![\w'’])")
_REPRISE = re.compile(rf"(?P<names>{_PNAMES})\s+(?:also\s+)?(?:repeated|reprised|repeat|reprise)\s+(?:their|his|her)\s+roles?\b")
# A full stop after an initial or a title ("M. Martin", "Dr. Pell") does not end the role.
_ROLE_END = re.compile(r",|;|:|(?<!\b[A-Z])(?<!\bMr|\bDr|\bSt|\bMs)(?<!\bMrs)\.(?:\s|$)|\s+(?:and|while|whereas|with|who|whose|but|—|–|-)\s+|\s+\(|$")
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its"}
_AGES = {"young", "younger", "old", "older", "adult", "teenage", "teen", "elderly", "little", "child",
         "baby", "infant", "middle-aged", "aged"}
_AFTER_NAME = {"from", "in", "of", "who", "whose", "at", "on", "during", "throughout", "until",
               "before", "after", "when", "while", "for", "to", "opposite", "alongside", "onwards", "himself",
               "herself", "themselves", "again", "too", "as", "the"}
_PARTICLES = {"of", "the", "de", "von", "van", "da", "del", "di", "du", "le", "la", "al", "bin"}
_VOICE_VERB = re.compile(r"voice|heard")
_LANGUAGE = re.compile(
    rf"\b(?P<a>[{UPPER}][a-z]+)(?:-language)?\s+(?:version|dub|dubbing|soundtrack|voice track|track|release)\b"
    rf"|\b(?:in|into)\s+(?P<b>[{UPPER}][a-z]+)\b")


def extract_prose_cast(ctx: Context) -> None:
    """Add the performances stated in prose to ``ctx.facts``."""
    cast_before = {name_key(p.performer) for p in ctx.facts.performances}
    stars = {name_key(c.agent) for c in ctx.facts.credits if c.role == "starring"}
    # Characters already known, by spelling-insensitive key without "the".
    characters = {_character_key(p.character): p.character for p in ctx.facts.performances if p.character}
    for section in ctx.article.walk():
        label = section.path_label.casefold()
        if any(w in label for w in lexicon.NARRATIVE_SECTIONS):
            continue
        in_cast = any(t.casefold().startswith(c) for t in section.path for c in lexicon.CAST_SECTIONS)
        if not in_cast and section is not ctx.article.lead and not any(
                w in label for w in lexicon.PRODUCTION_SECTIONS):
            continue
        voice_section = "voice" in label
        for paragraph in section.paragraphs:
            language = None
            for sentence in paragraph.sentences:
                if in_cast:
                    language = _language(sentence.text) or language
                evidence = ctx.sentence_evidence(section, sentence)
                for actor, character, voice in _read(ctx, sentence.text, in_cast):
                    actor = resolve_names([actor], ctx.names)[0]
                    if not _is_performer(ctx, actor, characters):
                        continue
                    if not in_cast and (name_key(actor) in cast_before or (
                            name_key(actor) not in stars and not _CASTING.search(sentence.text))
                            or _NOT_CASTING.search(sentence.text)):
                        continue
                    ctx.names.add(actor, "person")
                    character = characters.setdefault(_character_key(character), _full_character(ctx, character, characters))
                    ctx.facts.performances.append(Performance(
                        performer=actor, character=character,
                        language=language if in_cast else None, voice=voice or voice_section,
                        evidence=[evidence]))
                if in_cast and language:
                    _reprises(ctx, sentence.text, language, evidence)


def _read(ctx: Context, text: str, in_cast: bool = False):
    """``(actor, character, voice)`` for each performance the sentence states. In a cast section a
    role without a name counts ("plays a pickpocket"), and so does "X is Y"."""
    paired = set()
    for m in _PAIRS.finditer(text):
        actors = split_names(m.group("names"))
        parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("chars")) if p]
        if len(parts) == len(actors) + 1 and (parts[0].split()[0].casefold() in _DETERMINERS
                                              or re.match(r"\S+['’]s?\s+[a-z]", parts[0])):
            parts = parts[1:]  # "the Park children, Da-hye and Da-song", "Rose's parents, Dean and Missy"
        if len(parts) == 2 and re.fullmatch(rf"[{UPPER}][\w'’-]*", parts[0]) and re.fullmatch(
                rf"[{UPPER}][\w'’-]*\s+[{UPPER}][\w'’-]*", parts[1]):
            # "Dean and Missy Armitage": the couple shares the surname written once
            parts = [f"{parts[0]} {parts[1].split()[1]}", parts[1]]
        characters = [_character(p, in_cast) for p in parts]
        if len(characters) == len(actors) and all(characters):
            voice = "voice" in text[m.start("chars") - 12:m.start("chars")]
            for actor, character in zip(actors, characters):
                paired.add(name_key(actor))
                yield clean(actor), character, voice
    for m in _FORWARD.finditer(text):
        if name_key(m.group("actor")) in paired:
            continue
        character = _character(text[m.end():], in_cast)
        if character:
            yield clean(m.group("actor")), character, bool(_VOICE_VERB.search(m.group("verb")))
            second = _SECOND_ROLE.match(text, m.end() + len(character)) if m.group("verb").endswith(" of") \
                and text.startswith(character, m.end()) else None
            if second:
                # "provides the voice of Dr. Chiba and of her alter ego, Paprika", "the dual role of A and B"
                yield clean(m.group("actor")), clean(second.group("second")), bool(_VOICE_VERB.search(m.group("verb")))
    for pattern in (_REVERSE, _WENT_TO, _APPOSED):
        for m in pattern.finditer(text):
            voiced = m.groupdict().get("verb") == "voiced"
            if pattern is _REVERSE and m.group("be") in ("are", "were") and re.search(r"['’]s\s+[a-z]+$", m.group("char")):
                continue  # "The members of Costello's gang are played by A, who appears as ...": a group
            for found in (m, _REVERSE_GAPPED.match(text, m.end()) if pattern is _REVERSE else None):
                character = _character(found.group("char")) if found else None
                if character:
                    age = found.groupdict().get("age")
                    yield clean(found.group("actor")), f"{age} {character}" if age else character, voiced
            if pattern is _REVERSE and _character(m.group("char")) and m.group("be") not in ("are", "were"):
                more, at = _REVERSE_MORE.match(text, m.end()), m.end()
                while more:
                    yield clean(more.group("actor")), _character(m.group("char")), voiced
                    at = more.end()
                    more = _REVERSE_MORE.match(text, at)
    title = re.sub(r"\s*\([^)]*\)$", "", ctx.facts.label or ctx.facts.title)
    for m in _TITLE_ROLE.finditer(text):
        # the title role is the title's name only when the plot calls someone by it ("Amélie")
        if title and not title.startswith(("The ", "A ", "An ")) and ctx.in_plot(title):
            yield clean(m.group("actor")), title, False
    if in_cast:
        for m in _PAREN_ROLE.finditer(text):
            char = clean(m.group("char"))
            if not _NOT_PAREN_ROLES.match(char) and " " in clean(m.group("actor")):
                yield clean(m.group("actor")), char, False
        for m in _REVERSE_PART.finditer(text):
            if m.group("char") not in _NOT_CHARACTERS:
                yield clean(m.group("actor")), m.group("char"), m.group("verb") == "voiced"
        for m in _IS.finditer(text):
            character = _character(text[m.end():])
            if character and "'" not in character and "’" not in character:
                yield clean(m.group("actor")), character, False


def _character(rest: str, unnamed: bool = False) -> str | None:
    """The character named at the start of ``rest`` ("the scientist Doctor Pell, ..."; "the mother,
    Chung-sook"), or None. With ``unnamed``, a role without a name ("a pickpocket") is one too."""
    end = _ROLE_END.search(rest)
    phrase = rest[:end.start()].strip()
    # "the pious and corrupt Warden Samuel Norton": two adjectives joined by "and" describe the name
    paired = re.match(rf"((?:the|an?)\s+[a-z]+)\s+and\s+([a-z]+\s+[{UPPER}])", rest)
    if paired:
        return _character(paired.group(1) + " " + paired.group(2) + rest[paired.end():], unnamed)
    if unnamed:
        # "appears as a waiter at the diner where ...": the part ends before its place;
        # "the captain of the Weser" keeps the name it belongs to
        placed = re.match(r"(?:an?|the)\s+(?P<part>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<prep>at|in|on|from|of|with|for|"
                          rf"where|that)\s+(?P<rest>(?:the\s+)?[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)*$)?", phrase)
        if placed and placed.group("part").split()[-1] not in _NOT_CHARACTERS:
            if placed.group("prep") != "of":
                return placed.group("part")
            if placed.group("rest"):
                return f"{placed.group('part')} of {placed.group('rest')}"
    words = phrase.split()
    if words and all(re.fullmatch(r"[a-z][\w'’-]*", w) for w in words) and len(words) <= 4 \
            and words[0] in _DETERMINERS:
        after = rest[end.end():].lstrip() if end.group().startswith(",") else ""
        named = _apposed(after)
        if named:
            return named  # an apposition names the character: "his wife, Choi Yeon-gyo"
        if unnamed and len(words) == 3 and re.fullmatch(r"[a-z]+['’]s?", words[1]) and words[0] == "the" \
                and words[-1] not in _NOT_CHARACTERS:
            return words[-1]  # "voices the children's mother"
        if unnamed and 2 <= len(words) <= 3 and words[0] in ("a", "an", "the") and (
                words[-1] not in _NOT_CHARACTERS or len(words) == 3 and words[-1] not in _NOT_PARTS):
            return " ".join(words[1:])  # "a pickpocket", "the chief bosun", "a charitable lady"
        return None
    if words and words[0].casefold() in _DETERMINERS:
        det, words = words[0].casefold(), words[1:]
    else:
        det = None
    if not words or len(words) > 8:
        return None
    owner = next((i for i in range(min(3, len(words))) if re.fullmatch(rf"[{UPPER}][\w.\-]*['’]s", words[i])
                  and all(_capital(w) for w in words[:i])), None)
    if owner:
        words = [" ".join(words[:owner + 1])] + words[owner + 1:]  # "the DC Mini's creator Kōsaku Tokita"
    if re.fullmatch(rf"[{UPPER}][\w. \-]*['’]s", words[0]):
        # "Oren's mother", or "Oren's sister Ilsa".
        tail = words[1:]
        named = _name_run(tail, next((i for i, w in enumerate(tail) if _capital(w)), len(tail)))
        if named:
            return named
        after = rest[end.end():].lstrip() if end.group().startswith(",") else ""
        apposed = _apposed(after) if all(re.fullmatch(r"[a-z][\w-]*", w) for w in tail) else None
        if apposed:
            return apposed  # "Ofelia's frail mother, Carmen Cardoso"
        nouns = [w for w in tail if re.fullmatch(r"[a-z][\w-]*", w)]
        if 1 <= len(nouns) <= 2 and len(nouns) == len(tail):
            return " ".join(words[:1] + nouns)
        return None
    # A nationality before the name describes it: "the German officer Major Heinrich Strasser".
    first = next((i for i, w in enumerate(words) if _capital(w) and w.casefold() not in lexicon.DEMONYMS
                  and not (w.isupper() and len(w) > 1 and i + 1 < len(words) and words[i + 1][:1].islower())), None)
    if first is None or first > 3 or any(not re.fullmatch(r"[a-z][\w-]*", w) and w.casefold() not in lexicon.DEMONYMS
                                         and not w.isupper() for w in words[:first]):
        return None
    name = _name_run(words, first)
    if not name:
        return None
    desc = [w.casefold() for w in words[:first]]
    if desc and all(w in _AGES for w in desc):
        return " ".join(desc + [name])
    if not desc and det == "the":
        return "the " + name
    return name


def _apposed(after: str) -> str | None:
    """The name that opens ``after`` (the text after a role's comma), unless it is the next
    performer of a list ("..., Gena Rowlands as Marjane's grandmother")."""
    if not after or not re.match(rf"[{UPPER}]", after):
        return None
    name = _name_run(after[:_ROLE_END.search(after).start()].split(), 0)
    if name and re.match(rf"{re.escape(name)}\s+(?:as|plays|played|voices|voiced|is|was)\b", after):
        return None
    return name


def _full_character(ctx: Context, character: str, characters: dict) -> str:
    """A one-word character ("Mima") as the one full name that begins or ends with it among the
    characters the tables gave, else among the names the plot writes ("Mima Kirigoe"); a name
    that fits none or several, or that is a performer's, stays as it is."""
    if " " in character.strip() or not _capital(character):
        return character
    key = name_key(character)
    for pool in ([c for c in characters.values() if " " in c], ctx.plot_names(character)):
        fits = {c for c in pool if key in (name_key(c.split()[0]), name_key(c.split()[-1]))
                and not (ctx.names.known(c) and ctx.names.kind(c) == "person")}
        if len(fits) == 1:
            return fits.pop()
        if fits:
            return character
    return character


def _capital(word: str) -> bool:
    return bool(re.match(rf"[{UPPER}]", word))


def _name_run(words: list[str], first: int) -> str | None:
    """The capitalised name starting at ``words[first]``, if nothing but a preposition follows it."""
    if first >= len(words):
        return None
    run = [words[first]]
    i = first + 1
    while i < len(words):
        if _capital(words[i]):
            run.append(words[i])
        elif words[i] in _PARTICLES and i + 1 < len(words) and (
                _capital(words[i + 1]) or words[i + 1] in _PARTICLES):
            run.append(words[i])
        else:
            break
        i += 1
    while run and not _capital(run[-1]):
        run.pop()
    if i < len(words) and words[i].casefold() not in _AFTER_NAME:
        return None  # "a young American soldier": the capitalised word is an adjective
    name = clean(" ".join(run))
    if not name or name.casefold() in lexicon.DEMONYMS or name.casefold() in lexicon.LANGUAGES:
        return None
    if re.search(r"['’]s$", name):
        return None
    return name


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
        if word.casefold() in lexicon.LANGUAGES:
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
