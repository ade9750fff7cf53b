"""Finding proper names in English prose, and telling people from organisations (pure)."""

from __future__ import annotations

import re

from .. import lexicon, places
from ..normalize import name_key, without_nickname

UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
# "Antonio de la Torre", "Rob van der Berg": two particles in a row, tried before single ones
_PAIRS = r"de\s+la|de\s+las|de\s+los|van\s+der|van\s+den|van\s+de|von\s+der|para\s+el|para\s+la|per\s+il|per\s+la|pour\s+le|pour\s+la"
# ("Fondo para el Desarrollo Cinematográfico", "Bundesministerium für Kultur": a body's own small words)
_PARTICLES = rf"(?:{_PAIRS}|de|van|von|der|den|da|di|du|del|della|le|la|bin|al|dos|das|ten|ter|y|i|of|and|et|und|im|para|per|pour|für)"
# "Canal+": a plus ends a company's name (not a grade's: "an A+")
# "Brian d'Arcy James": an elided particle before a capital belongs to the token
# "MCA/Universal Home Video": a slash between two capitals joins them
# "Shout! Factory": an exclamation mark inside a name, before its next capitalised word
_TOKEN = rf"(?:(?:[dl]['’](?=[{UPPER}]))?[{UPPER}][\w'’.\-]*(?:/[{UPPER}][\w'’.\-]*)*(?:(?<=\w{{4}})\+|!(?=\s[{UPPER}]))?|\d+[\w.\-]*|&)"
# A proper name: capitalised tokens, with lower-case particles only between two of them. The
# repetitions are bounded so that a long run of capitalised words costs linear, not quadratic, time.
NAME = rf"(?:{_TOKEN}(?:\s+(?:{_PARTICLES}\s+)?{_TOKEN}){{0,8}})"
# A name that may not contain " and " (used in lists, where "and" separates names).
NAME1 = rf"(?:{_TOKEN}(?:\s+(?:(?:{_PAIRS}|de|van|von|der|den|da|di|du|del|della|le|la|bin|al|dos|das|ten|ter|y)\s+)?{_TOKEN}){{0,6}})"
# A name that may start with a lower-case particle ("van Dorn", "de Vries"), as surnames do.
PNAME1 = rf"(?:(?:{_PAIRS}|de|del|della|van|von|da|di|du|le|la)\s+)?{NAME1}"
NAMES = rf"(?:{PNAME1}(?:\s*,\s*(?:and\s+)?{PNAME1}|\s+and\s+{PNAME1}){{0,11}})"
# A list of companies: "Harbor Films, Rook Pictures and Lumen" (names may hold "and": "Simon and Schuster").
# ("Film i Väst, the Swedish Film Institute and SVT": a later company may take "the")
ORGS = rf"{NAME}(?:\s*,\s*(?:the\s+)?{NAME})*(?:,?\s+and\s+(?:the\s+)?{NAME})?"

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"}
_SUFFIX = re.compile(r",?\s+(?:jr|sr|ii|iii|iv)\.?$")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


_DATE_BEFORE = re.compile(r"(?:(?:On|In|By|From|Since|Until)\s+)?(?:(?:\d{1,2}\s+)?(?P<month>[A-Z][a-z]+)\.?\s+"
                          r"(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d\d,?\s+(?=[A-Z])")


def clean(name: str) -> str:
    """Trim a captured name: sentence punctuation off, initials and suffixes kept."""
    name = re.sub(r"\s{2,}", " ", name.strip().strip(",;:"))
    # "the Australian-born Christopher Doyle", "the Athens-based Anemos VFX", "the Frenchman Paul Soulignac"
    name = re.sub(r"^(?:[A-Z][\w.]*-(?:born|based)|(?:French|English|Irish|Scots|Welsh|Dutch|Scottish)(?:man|woman))\s+(?=[A-Z])",
                  "", name)
    dated = _DATE_BEFORE.match(name)
    if dated and (not dated.group("month") or is_month(dated.group("month"))):
        name = name[dated.end():]  # "On 23 February 1997 NBC", "in 2013 Flicker Alley": the date opens the clause
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|Jr|Sr|Inc|Ltd|Co|Bros)\.$", name):
        name = name[:-1]
    return name.strip()


# 'E. Y. "Yip" Harburg': a nickname in quotes between a person's names
_NICKNAME = re.compile(rf'(?P<first>\b(?!(?:The|A|An|In|On|At|Of|For|And|But|Its|His|Her|Their|This|That)\b)[{UPPER}][\w.]*)(?P<nick>\s+["“][{UPPER}][\w.-]*["”])(?=\s+[{UPPER}])')


def blank_nicknames(text: str) -> str:
    """``text`` with quoted nicknames inside names blanked out, offsets kept: 'E. Y. "Yip" Harburg'
    reads as one name ("E. Y. Harburg" once :func:`clean` folds the spaces)."""
    return _NICKNAME.sub(lambda m: m.group("first") + " " * len(m.group("nick")), text)


def company_pair(known: "Gazetteer", name: str) -> list[str]:
    """``name`` as the companies it names: "GKIDS and Shout! Factory" is two when one half is a
    company by its name and neither is a person the article (its gazetteer ``known``) knows;
    "Simon and Schuster" stays one."""
    pair = split_names(name) if " and " in name else []
    if len(pair) == 2 and any(known.kind(p) == "organization" for p in pair) \
            and not any(known.known(p) and known.kind(p) == "person" for p in pair):
        return pair
    return [name]


def without_owner(known: "Gazetteer", name: str) -> str:
    """``name`` without an owner before a company's name: "Roger Corman's New World Pictures" ->
    "New World Pictures" (when the rest is a company by its name or to the gazetteer ``known``)."""
    owned = re.match(rf"(?:[{UPPER}][\w.\-]*\s+){{0,2}}[{UPPER}][\w.\-]*['’]s\s+(?P<org>.+)$", name)
    return owned.group("org") if owned and known.kind(owned.group("org")) == "organization" else name


def split_names(text: str) -> list[str]:
    """``"A, B and C"`` -> ``["A", "B", "C"]``."""
    return [clean(re.sub(r"^(?:the|Both)\s+", "", p)) for p in _SPLIT.split(text.strip()) if clean(p)]  # ("Both A and B won")


_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ed|was|were|is|had|has|did|made|built|shot|wrote|took|ran|led|voices|plays|sang|sings|"
                        r"gave|went|came|became|left|found|kept|got|began|"
                        r"portrays|stars|cut)\b"
                        # "..., and B, a veteran of many features, cut the film", "..., and B, who scored X, wrote the music"
                        r"|,\s+(?:an?|the|his|her|their|[A-Z][\w-]*['’]s)\s+[^,;]{1,80},\s+(?:[a-z]+ed|cut|shot|wrote|took|made|was|were)\b"
                        r"|,\s+who\s+[^,;]{1,80},\s+(?:[a-z]+ed|cut|shot|wrote|took|made)\s+(?:the|an?|it|its|his|her|their)\b")


def names_before_verb(raw: str, after: str, after_by: bool = False) -> str:
    """The list a title introduces, without a last name that begins a new clause: "the make-up
    artist Dick Smith, and A. D. Flowers supervised the effects" credits Smith alone. After "by"
    (``after_by``) a plain "and" opens the clause too: "designed by A and B served as ..."."""
    if not _VERB_NEXT.match(after):
        return raw
    if after_by and not re.search(r",\s*and\s+", raw) and re.search(r"\s+and\s+", raw):
        return raw[:list(re.finditer(r"\s+and\s+", raw))[-1].start()]
    cut = list(re.finditer(r",\s*and\s+|,\s*", raw))
    return raw[:cut[-1].start()] if cut and re.search(r",\s*and\s+", raw[cut[-1].start():cut[-1].end()]) else raw


# "Coppola's company American Zoetrope", "the regional fund Filmstiftung NRW", "the broadcasters
# WDR and Arte", "Telecinco's film arm Estudios Picasso", "the German broadcaster's film arm Degeto Film":
# a descriptor before a company's name
_ORG_DESCRIPTOR = re.compile(
    rf"(?:\b(?:[{UPPER}][\w.\-]*\s+)*[{UPPER}][\w.\-]*['’]s\s+(?:own\s+)?|\b[Tt]he\s+|\b(?:its|their)\s+(?=(?:sister|parent|own|new)\s))(?:(?!(?:through|of|for|with|by|from|at|in|on|to|and|or|her|his|their|its|the|an?)\b)[a-z][\w-]*(?:['’]s)?\s+|[{UPPER}]\w+(?:-[{UPPER}]?\w+)*\s+){{0,3}}?"
    r"(?:company|companies|studio|firm|label|laboratory|lab|fund|broadcasters?|channel|network|agency|bank|arm|"
    rf"division|subsidiary|distributor|banner|outfit|house)(?:,(?=\s+[{UPPER}][^,;]{{0,40}},))?\s+(?=[{UPPER}])")


# "Germany's MMC Independent": a country owning a company's name is its place
_COUNTRY_OWNER = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(c) for c in places.COUNTRIES), key=len, reverse=True))
    + rf")['’]s\s+(?=[{UPPER}])")


# "Bogotá's Colibrí Producciones": a place owning a name that says it is a company
_PLACE_OWNER = re.compile(rf"\b(?:[{UPPER}][\w-]+\s+){{0,2}}[{UPPER}][\w-]+['’]s\s+(?=(?:[{UPPER}][\w'’.-]*\s+){{0,3}}(?:Films?|Filmes|Pictures|Productions|"
                          rf"Producciones|Produções|Produzioni|Studios?|Entertainment|Media|Filmproduktion)\b)")


# "The Munich-based Stella Film came in as co-producer": a company's seat before its name
_BASED = re.compile(rf"\b(?:[Tt]he\s+)?(?:[{UPPER}][\w.]*\s+){{0,2}}[{UPPER}][\w.]*-based\s+(?=[{UPPER}])")


def strip_country_owner(text: str) -> str:
    """``text`` without a country owning a company's name: "Argentina's Pampa Cine" -> "Pampa Cine"."""
    return _COUNTRY_OWNER.sub("", text)


def strip_org_descriptors(text: str) -> str:
    """``text`` without the descriptors before company names, so that a list of companies reads
    as names alone: "by Paramount and Coppola's company American Zoetrope" -> "by Paramount and
    American Zoetrope"; an acronym in parentheses after a name goes too."""
    text = _ORG_DESCRIPTOR.sub("", _OWNER_OF.sub("", _ACRONYM.sub("", text)))
    return _KIND_AFTER.sub("", _BASED.sub("", _PLACE_OWNER.sub("", _COUNTRY_OWNER.sub("", text))))


# "the Council of Europe's Eurimages fund": an owner named with "of" before a company's name, and
# the kind of body after it
_OWNER_OF = re.compile(rf"\b(?:[Tt]he\s+)?(?:[{UPPER}][\w.\-]*\s+)+of\s+(?:the\s+)?(?:[{UPPER}][\w.\-]*\s+)*[{UPPER}][\w.\-]*['’]s\s+(?=[{UPPER}])")
_KIND_AFTER = re.compile(r"(?<=[\w+])\s+(?:fund|programme|program|initiative)\b(?=\s*(?:[,.;]|\s+and\b|$))")


# "Sveriges Television (SVT) and Yle": an acronym after a name would stop a list of names
_ACRONYM = re.compile(rf"(?<=[\w.])\s+\([{UPPER}][{UPPER}\d&]{{1,6}}\)")


_NATIONALITY = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]n?)\s+(?:(?:[" + UPPER + r"][\w]*-born|"
    + "|".join(sorted((re.escape(d.title()) for d in places.DEMONYMS), key=len, reverse=True)) + r")\s+)+"
    r"(?=[a-z])")


def strip_nationality(text: str, before_name: bool = False) -> str:
    """``text`` without the nationality before a person's job, so that the job and name read as
    usual: "by the German-born British composer Max Vey" -> "by the composer Max Vey". With
    ``before_name`` only where a name follows the job: "plays an American doctor who ..." keeps
    the part whole."""
    def strip(m: re.Match) -> str:
        if before_name and not re.match(rf"[a-z-]+(?:\s+[a-z-]+)?\s+[{UPPER}]", text[m.end():]):
            return m.group(0)
        return m.group("det") + " "
    return _NATIONALITY.sub(strip, text)


def resolve_names(names: list[str], gazetteer: "Gazetteer") -> list[str]:
    """Resolve each of ``names`` through ``gazetteer``; "Ada and Bo Quill"-style pairs,
    where a lone first name shares the next name's surname, become two full names when the
    article knows the full form."""
    out = []
    for i, name in enumerate(names):
        if " " not in name.strip() and i + 1 < len(names) and " " in names[i + 1].strip():
            paired = f"{name.strip()} {names[i + 1].split()[-1]}"
            if gazetteer.known(paired):
                out.append(gazetteer.resolve(paired))
                continue
        out.append(gazetteer.resolve(name))
    return out


def _key(name: str) -> str:
    """A gazetteer key: a name's key without a final full stop ("AOI Pro." in an infobox is "AOI Pro"
    at a sentence's end)."""
    return name_key(name).rstrip(".").rstrip()


def is_month(word: str) -> bool:
    return word.lower().rstrip(".") in _MONTHS


class Gazetteer:
    """What this article itself says about names: who is an organisation, who is a person.

    Built from the infobox (a "Studio" value is an organisation, a "Director" value a person) and
    added to while reading; unknown names are judged by words like "Pictures" or "Studios".
    It also resolves short mentions of people ("Quill", "van Dorn", "Ada") to the one full name
    the article has already given them.
    """

    def __init__(self) -> None:
        self._kinds: dict[str, str] = {}
        self._spelling: dict[str, str] = {}
        self._unquoted: dict[str, str] = {}  # 'Julie Lombardi' -> 'Julie "Bob" Lombardi'

    def add(self, name: str, kind: str) -> None:
        key = _key(name)
        if not key:
            return
        self._kinds.setdefault(key, kind)
        self._spelling.setdefault(key, name.strip())
        bare = without_nickname(name)
        if bare != name:
            self._unquoted.setdefault(_key(bare), name.strip())

    def people(self) -> list[str]:
        """The full spellings of every name known to be a person, in the order they were learnt."""
        return [self._spelling[k] for k, kind in self._kinds.items() if kind == "person"]

    def ambiguous(self, name: str) -> bool:
        """Whether a short mention fits more than one known person ("Quill" for two Quills)."""
        return self.resolve(name) == name and len(self._candidates(name)) > 1

    def resolve(self, name: str) -> str:
        """The full name a short mention stands for, or ``name`` itself.

        A known name stays as it is. A mention of one or two words that is the surname ("Quill",
        "van Dorn") or the first name ("Ada") of exactly one known person becomes that person's
        full name; an ambiguous or unknown mention is returned unchanged.
        """
        if not _key(name) or _key(name) in self._kinds:
            return name
        if _key(name) in self._unquoted:
            return self._unquoted[_key(name)]  # the name the article gave with a quoted nickname
        found = self._candidates(name)
        return found[0] if len(found) == 1 else name

    def resolve_organization(self, name: str) -> str:
        """The known organisation a short mention begins ("Kite" -> "Kite Pictures") or names without
        its parenthesised aside, if exactly one; else ``name``."""
        key = _key(name)
        if not key or key in self._kinds:
            return name
        found = [self._spelling[k] for k, kind in self._kinds.items()
                 if kind == "organization" and (k.startswith(key + " ")
                                                # "Tomson Films" is "Tomson (HK) Films" without its aside
                                                or _key(re.sub(r"\s*\([^)]*\)", "", self._spelling[k])) == key)]
        return found[0] if len(found) == 1 else name

    def _candidates(self, name: str) -> list[str]:
        key = _key(name)
        words = key.split()
        # "Van de Moortel" is one surname: its particles do not count as words of a full name
        core = [w for w in words if not re.fullmatch(_PARTICLES, w)]
        if not key or len(core) > 2 or not core or not re.search(r"\w", key):
            return []
        found = []
        for full in self.people():
            # "Marshman" is the surname of "D. M. Marshman Jr.": a generational suffix is no surname
            fk = _SUFFIX.sub("", _key(full))
            if len(fk.split()) <= len(words):
                continue
            if fk.endswith(" " + key) or fk.startswith(key + " "):
                found.append(full)
            elif len(words) == 1 and len(fk.split()) >= 3 and key in fk.split()[1:-1]:
                found.append(full)  # "Leung" in "Tony Leung Chiu-wai": a surname between two given names
        return found

    def kind(self, name: str) -> str:
        known = self._kinds.get(_key(name))
        if known:
            return known
        words = re.findall(r"[\w.]+", name)
        if any(w.lower().strip(".") in lexicon.ORG_WORDS for w in words):
            return "organization"
        if any(len(w) > 6 and w.lower().endswith(("works", "films", "media", "pictures", "studios")) for w in words):
            return "organization"  # "Sentai Filmworks", "DreamWorks", "Hanway Films" written as one word
        if "&" in name or "/" in name:  # "Spark & Glass", "The Holt/Vance Company"
            return "organization"
        if len(words) >= 2 and words[0] == "The":  # "The Jokers": no one's name starts with "The"
            return "organization"
        if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
            return "organization"
        return "person"

    def known(self, name: str) -> bool:
        return _key(name) in self._kinds

    def company_by_act(self, name: str) -> bool:
        """Whether ``name`` is a company's when the sentence has it do what only a company does
        (distribute a film, put it on Blu-ray): a name of two or more words the article does not
        already know ("Curzon Artificial Eye"); a lone word or a known person stays as it is."""
        return " " in name.strip() and not self.known(name)
