"""The character a role phrase names: "the scientist Doctor Pell, ..." is "Doctor Pell", "Oren's
sister Ilsa" is "Ilsa", "his wife, Choi Yeon-gyo" is "Choi Yeon-gyo", "the young Oren" is
"young Oren", and in a cast section "a pickpocket" is "pickpocket".

Input: the text after a cast verb; output: the character's name, or None. Pure string work for
:mod:`graph.extract.cast`.
"""

from __future__ import annotations

import re

from .. import places
from .cast_patterns import (
    _AFTER_NAME,
    _AGES,
    _DETERMINERS,
    _NOT_CHARACTERS,
    _NOT_PARTS,
    _PARTICLES,
    _ROLE_END,
)
from .names import UPPER, clean


# Common nouns a credit may capitalise after an owner ("Merrick's Mother"): a part, not a name
_COMMON_PARTS = frozenset("""mother father wife husband son daughter sister brother girl boy girlfriend boyfriend
    friend lover maid servant nurse driver assistant secretary widow fiancée fiancé""".split())


# Nouns that head an epithet used as a character's name ("the Man in the Planet")
_EPITHET_HEADS = frozenset("man woman lady girl boy stranger figure men women king queen lord prince princess master".split())


def _character(rest: str, unnamed: bool = False) -> str | None:
    """The character named at the start of ``rest`` ("the scientist Doctor Pell, ..."; "the mother,
    Chung-sook"), or None. With ``unnamed``, a role without a name ("a pickpocket") is one too."""
    end = _ROLE_END.search(rest)
    phrase = rest[:end.start()].strip()
    # "the Bird Woman on the steps of St Paul's Cathedral": a named part ends before its place
    # ("Beckert's defender at the underworld trial": an owner's part too)
    phrase = re.sub(rf"^(.*\b[{UPPER}][\w'’-]*(?:\s+[a-z][\w-]*){{0,2}})\s+(?:on|at|in|outside|inside|near)\s+the\s+[a-z].*$",
                    r"\1", phrase)
    # "the pious and corrupt Warden Samuel Norton": two adjectives joined by "and" describe the name
    # "his colleague and partner Ellie Sattler": two nouns joined by "and" describe one person too
    # ("the basketball player and would-be hacker Shinji Mimura": two descriptions of two words)
    paired = re.match(rf"((?:the|an?|his|her|their|[{UPPER}][\w'’-]*['’]s)\s+[a-z]+(?:\s+[a-z]+)?)\s+and\s+"
                      rf"((?!(?:the|an?|his|her|their|its)\s)(?:[a-z][\w-]*\s+){{1,2}}[{UPPER}])", rest)
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
            if placed.group("part") in ("voice", "speaking voice", "singing voice") and placed.group("rest"):
                return clean(placed.group("rest"))  # "as the voice of Kiki"
            if placed.group("rest"):
                return f"{placed.group('part')} of {placed.group('rest')}"
    words = phrase.split()
    if words and words[0] in _DETERMINERS and re.fullmatch(r"[a-z][\w'’-]*", words[-1]) and len(words) <= 5 \
            and end.group().startswith(",") and not all(re.fullmatch(r"[a-z][\w'’-]*", w) for w in words):
        # "the family's Jesuit chaplain, Father Pirrone": a description with a proper adjective, then the name
        named = _apposed(rest[end.end():].lstrip())
        if named:
            return named
    if words and all(re.fullmatch(r"[a-z][\w'’-]*", w) for w in words) and len(words) <= 4 \
            and words[0] in _DETERMINERS:
        after = rest[end.end():].lstrip() if end.group().startswith(",") else ""
        named = _apposed(after)
        if named:
            return named  # an apposition names the character: "his wife, Choi Yeon-gyo"
        if unnamed and len(words) == 3 and re.fullmatch(r"[a-z]+['’]s?", words[1]) and words[0] == "the" \
                and words[-1] not in _NOT_CHARACTERS:
            # "as the rancher's wife" keeps its owner; a group's part is the part alone ("voices the
            # children's mother", "plays the family's maid")
            group = re.fullmatch(r"[a-z]+s['’]|[a-z]+(?:ren|men|ple)['’]s|(?:family|household|gang|village|town|house)['’]s", words[1])
            return words[-1] if group else " ".join(words[1:])
        if unnamed and 2 <= len(words) <= 4 and words[0] in ("a", "an", "the") and (
                words[-1] not in _NOT_CHARACTERS or len(words) >= 3 and words[-1] not in _NOT_PARTS):
            # "a pickpocket", "the chief bosun", "a charitable lady", "a pachinko parlour attendant"
            return " ".join(words[1:])
        return None
    if words and words[0].casefold() in _DETERMINERS:
        det, words = words[0].casefold(), words[1:]
    else:
        det = None
    if not words or len(words) > 8:
        return None
    # ("as the Syrian prisoner": a nationality after "the" describes the part too)
    if unnamed and (det in ("a", "an") or det == "the" and words[0].casefold() in places.DEMONYMS) \
            and len(words) in (2, 3) and _capital(words[0]) \
            and all(re.fullmatch(r"[a-z][\w-]*", w) for w in words[1:]) and words[-1] not in _NOT_CHARACTERS:
        return " ".join(words)  # "appears as a Southern general": an adjective with a capital, no name
    family = next((i for i, w in enumerate(words[:3]) if (i or det == "the") and re.fullmatch(r"[a-z][\w-]*['’]s", w)
                   and all(_capital(v) for v in words[:i])), None)
    if family is not None:
        # "the Banks family's maid Ellen", "the soap's ageing heartthrob John Van Horn": an owner in
        # lower case too, after "the"
        # "the Banks family's maid Ellen": an owner with a common noun, a description, then the name
        tail = words[family + 1:]
        at = next((i for i, w in enumerate(tail) if _capital(w)), None)
        if at and all(re.fullmatch(r"[a-z][\w-]*", w) for w in tail[:at]) and (named := _name_run(tail, at)):
            return named
    owner = next((i for i in range(min(3, len(words))) if re.fullmatch(rf"[{UPPER}][\w.\-]*['’]s", words[i])
                  and all(_capital(w) for w in words[:i])), None)
    if owner:
        words = [" ".join(words[:owner + 1])] + words[owner + 1:]  # "the DC Mini's creator Kōsaku Tokita"
    if re.fullmatch(rf"[{UPPER}][\w. \-]*['’]s", words[0]):
        # "Oren's mother", or "Oren's sister Ilsa".
        tail = words[1:]
        named = _name_run(tail, next((i for i, w in enumerate(tail) if _capital(w)), len(tail)))
        if named and len(tail) == 1 and named.casefold() in _COMMON_PARTS:
            return f"{words[0]} {named}"  # "the Captain's Girl", "Merrick's Mother": a credited part, no name
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
    first = next((i for i, w in enumerate(words) if _capital(w) and w.casefold() not in places.DEMONYMS
                  and not (w.isupper() and len(w) > 1 and i + 1 < len(words) and words[i + 1][:1].islower())), None)
    if first is None or first > 4 or any(not re.fullmatch(r"[a-z][\w-]*", w) and w.casefold() not in places.DEMONYMS
                                         and not w.isupper() for w in words[:first]):
        return None
    if first > 0 and words[first - 1] in ("from", "in", "at", "near", "on", "to", "into"):
        return None  # "plays a quarrelsome family from Albuquerque": a place the part comes from
    name = _name_run(words, first)
    later = next((j for j in range(first + 2, min(first + 4, len(words))) if _capital(words[j])), None)
    if not name and later and all(re.fullmatch(r"[a-z][\w-]*", w) for w in words[first + 1:later]):
        return _name_run(words, later)  # "Harvard president Larry Summers": a name after its description
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
    # "her husband, the crime boss Marsellus Wallace": a description may come before the name
    # ("a devoted follower of Tapasvi Maharaj": a name after "of" is someone else's)
    after = re.sub(r"^(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}(?!(?:of|to|for|from|with|by|in|at|on)\s)[a-z-]+\s+(?=[" + UPPER + "])",
                   "", after or "")
    if not after or not re.match(rf"[{UPPER}]", after):
        return None
    name = _name_run(after[:_ROLE_END.search(after).start()].split(), 0)
    # "..., Gena Rowlands as ...", "the minister, Ernst Vey the chief of police": the next of a list
    if name and re.match(rf"{re.escape(name)}\s+(?:as|plays|played|voices|voiced|is|was|the|an?)\b", after):
        return None
    return name


def _capital(word: str) -> bool:
    """Whether ``word`` is capitalised, a nickname in quotes too (Walter "Robby" Robinson), an
    elided particle before a capital too ("Jeanne d'Arc")."""
    return bool(re.match(rf"[\"“‘]?(?:[dl]['’])?[{UPPER}]", word))


def _name_run(words: list[str], first: int) -> str | None:
    """The capitalised name starting at ``words[first]``, if nothing but a preposition follows it."""
    if first >= len(words):
        return None
    run = [words[first]]
    kept = 0  # words an epithet keeps in lower case ("the King of the underworld")
    i = first + 1
    while i < len(words):
        if _capital(words[i]) or words[i].isdigit():
            run.append(words[i])  # "Cop 663"
        elif (words[i] in ("in", "of") and len(run) == 1 and run[0].casefold() in _EPITHET_HEADS and i + 2 < len(words)
              and words[i + 1] == "the" and (_capital(words[i + 2]) or words[i] == "of")):
            # "the Man in the Planet", "the King of the underworld": an epithet as a name
            run += words[i:i + 3]
            kept = len(run)
            i += 2
        elif words[i] in _PARTICLES and i + 1 < len(words) and (
                _capital(words[i + 1]) or words[i + 1] in _PARTICLES):
            run.append(words[i])
        else:
            break
        i += 1
    while len(run) > kept and not (_capital(run[-1]) or run[-1].isdigit()):
        run.pop()
    if i < len(words) and words[i].casefold() not in _AFTER_NAME:
        return None  # "a young American soldier": the capitalised word is an adjective
    name = clean(" ".join(run))
    if not name or name.casefold() in places.DEMONYMS or name.casefold() in places.LANGUAGES:
        return None
    if re.search(r"['’]s$", name):
        return None
    return name
