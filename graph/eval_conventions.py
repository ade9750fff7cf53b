"""The conventions under which gold facts and graph facts compare: one canonical word per role,
one spelling per rating, one name per award body, characters without titles.

Gold files written by different people disagree on these spellings, not on the facts; each
convention here is one such disagreement settled once, for the gold side and the graph side alike.
Input: a role, rating, body or character string; output: its canonical form (or a comparison).
"""

from __future__ import annotations

import re

from . import lexicon
from .normalize import loose_key, name_key

# Role names compared through one canonical word each.
ROLE_SYNONYMS = {
    "music": "composer", "music by": "composer", "score": "composer", "editing": "editor",
    "film editor": "editor", "edited by": "editor", "screenplay": "screenwriter",
    "writer": "screenwriter", "written by": "screenwriter", "cinematography": "cinematographer",
    "director of photography": "cinematographer", "story by": "story",
    "characterdesigner": "character designer", "character design": "character designer",
    "executiveproducer": "executive producer", "studio": "production company",
    "productioncompany": "production company", "animation studio": "production company",
    "studio hired": "production company", "the studio hired": "production company",
    "home video licensor": "licensee", "licensor": "licensee", "home video licensee": "licensee",
    "distribution": "distributor", "home video distributor": "distributor", "streaming distributor": "distributor", "co-director": "director", "supervising animator": "animation director",
    "supervising sound editor": "sound editor", "re-recording mixer": "sound mixer",
    "production sound mixer": "sound recordist", "martial arts choreographer": "choreographer",
    "fight choreographer": "choreographer", "costume design": "costume designer",
    "production design": "production designer", "art direction": "art director",
    "set decoration": "set decorator", "casting": "casting director", "make-up artist": "makeup artist",
    "makeup effects": "makeup artist", "special makeup effects": "makeup artist", "makeup": "makeup artist",
    "special effects supervisor": "special effects", "lyrics": "lyricist", "co-producer": "producer",
    "first assistant director": "assistant director", "continuity supervisor": "script supervisor",
    "dubbing director": "voice director", "supervising editor": "editor", "dub director": "voice director",
    "english dub director": "voice director", "voice recording director": "voice director",
    "colour designer": "color designer", "color design": "color designer", "colour design": "color designer",
    "additional music": "composer", "vocalist": "singer", "playback singer": "singer",
    "theme song performer": "singer", "theme song singer": "singer", "orchestration": "orchestrator",
}
# The sound department is one role: gold files write "sound" for the person an article says
# "recorded and mixed the sound", others split it into recordist, mixer, editor and designer.
ROLE_SYNONYMS.update({role: "sound" for role in (
    "sound mixer", "re-recording mixer", "production sound mixer", "sound recordist", "sound recording",
    "sound editor", "supervising sound editor", "sound effects editor", "sound designer", "sound design",
    "sound director", "audiography", "sound engineer")})


_NUMBERS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten".split())}


def canonical_rating(rating: str | None) -> str | None:
    """One spelling per rating: "three and a half stars out of four" and "3.5/4" are both "3.5/4";
    "four stars" is "4 stars"; letter grades are kept (with "−" and "–" as "-")."""
    if not rating:
        return rating
    text = rating.casefold().replace("−", "-").replace("–", "-").strip()
    text = re.sub(r"\b(\w+) and a half\b", lambda m: _NUMBERS.get(m.group(1), m.group(1)) + ".5", text)
    text = re.sub(r"\b[a-z]+\b", lambda m: _NUMBERS.get(m.group(0), m.group(0)), text)
    m = re.fullmatch(r"([\d.]+)\s*(?:stars?\s*)?(?:out of|/)\s*([\d.]+)(?:\s*stars)?", text)
    if m:
        return f"{m.group(1)}/{m.group(2)}"
    m = re.fullmatch(r"([\d.]+)\s*stars?", text)
    return f"{m.group(1)} stars" if m else text


def same_rating(gold: str | None, graph: str | None) -> bool:
    """Two canonical ratings are one: equal, or "4 stars" (the article gives no scale) against a
    gold file's "4/4" or "4/5" (its writer supplied the publication's scale)."""
    if gold is None or graph is None:
        return gold is None and graph is None
    if re.sub(r"\s+", "", gold).casefold() == re.sub(r"\s+", "", graph).casefold():
        return True  # a grade's sign counts: "B+" is not "B"
    stars = [re.fullmatch(r"([\d.]+) stars", r) for r in (gold, graph)]
    scaled = [re.fullmatch(r"([\d.]+)/[\d.]+", r) for r in (gold, graph)]
    return any(a and b and a.group(1) == b.group(1) for a, b in ((stars[0], scaled[1]), (stars[1], scaled[0])))


# A genre is compared word by word: gold files cut one description differently ("romantic drama"
# as one genre or as "romantic" and "drama", "black comedy-drama" as "black comedy" and "drama"),
# and a graph must cut it one way. The words that say "a film" carry no genre.
_GENRE_FILLER = frozenset({"film", "films", "movie", "picture", "and", "of", "the", "a"})
_GENRE_WORDS = {"animation": "animated", "romance": "romantic", "satirical": "satire"}


def genre_words(genre: str) -> list[str]:
    """The genre words of one genre string, in order: "Romantic comedy-drama film" ->
    ["romantic", "comedy", "drama"]; "animation" and "animated" are one word."""
    words = re.findall(r"[^\W_]+", genre.casefold())
    return [_GENRE_WORDS.get(w, w) for w in words if w not in _GENRE_FILLER]


def canonical_role(role: str) -> str:
    role = name_key(re.sub(r"\s*\([^)]*\)", "", role or ""))
    return ROLE_SYNONYMS.get(role, role)


# An organisation's role: one that produces or finances the film is a production company (gold
# files write "producer", "co-producer" or "financier" for the company a graph credits as
# either); the rest are spellings of one role.
ORG_ROLE_SYNONYMS = {
    "producer": "production company", "co-producer": "production company",
    "associate producer": "production company", "financier": "production company",
    "co-financier": "production company", "production committee member": "production company",
    "international sales": "sales agent", "world sales": "sales agent", "sales": "sales agent",
    "international sales agent": "sales agent", "soundtrack label": "record label",
    "soundtrack": "record label", "label": "record label", "soundtrack album": "record label",
    "restoration": "restorer", "dubbing": "dubbing studio", "dub": "dubbing studio",
    "english dub": "dubbing studio", "television broadcaster": "broadcaster",
    "dub producer": "dubbing studio", "english dub producer": "dubbing studio", "funder": "production company",
    # gold files split a distributor by medium, a graph does by its release's qualifier
    "home media distributor": "distributor", "home video distributor": "distributor",
    "home-media distributor": "distributor", "home entertainment distributor": "distributor",
    "funding body": "production company", "music label": "record label",
    "visual effects company": "visual effects", "visual effects studio": "visual effects",
    "co-production": "production company", "co-production partner": "production company",
}


def canonical_org_role(role: str) -> str:
    """An organisation's role in its canonical word: canonical_role first, then the conventions
    for organisations ("co-producer" and "financier" are "production company")."""
    role = canonical_role(role)
    return ORG_ROLE_SYNONYMS.get(role, role)


_AGE_OR_ARTICLE = re.compile(r"^(?:(?:the|an?|young|younger|old|older|adult|teenage|elderly)\s+)+", re.I)


_SELF = re.compile(r"^(?:him|her|them)sel(?:f|ves)$|^self$|^as (?:him|her)self$", re.I)


def gold_character(character: str | None) -> str | None:
    """A gold character as the graph writes it: "Himself" (a self-appearance) is no character."""
    return None if character is None or _SELF.match(character.strip()) else character


def voice_track(language: str | None, original: str | None) -> str | None:
    """A cast fact's language with the film's original language read as no dub: a gold file writes
    the Japanese voices of a Japanese film "Japanese" or null ("the dub / voice track, else null"),
    and a graph tags them or not by whether the article's cast table names the track; both mean
    the original version's performance."""
    if language is not None and original is not None and loose_key(language) == loose_key(original):
        return None
    return language


def same_character(gold, graph) -> bool:
    """Characters compare without a leading "the", age word or title ("the Young Writer" = "Young
    Writer", "young Zero Moustafa" = "Zero Moustafa", "Dr. Atsuko Chiba" = "Atsuko Chiba": gold
    files differ in these conventions), a first name matches the full name it begins ("Kavitha" =
    "Kavitha Desai"),
    a gold name with its other name in parentheses ("Rocket (Buscapé)") or after a slash
    ("Miles Morales / Spider-Man"), which the graph keeps as an alias, matches either name, and a
    name with its title after a comma ("Glinda, the Good Witch of the North") matches the name."""
    if gold is None or graph is None:
        return gold is None and graph is None
    graph_key = _character_key(str(graph))
    m = re.fullmatch(r"(?P<a>.+?)\s*\((?P<b>[^()]+)\)", str(gold))
    names = [m.group("a"), m.group("b")] if m else re.split(r"\s+/\s+", str(gold))
    names += [n.split(",")[0] for n in names if "," in n]
    return any(_character_key(n) == graph_key or _first_name_of(n, str(graph)) or _first_name_of(str(graph), n)
               for n in names)


def _first_name_of(short: str, full: str) -> bool:
    """Whether ``short`` is one capitalised word that begins the name ``full`` ("Kavitha" of
    "Kavitha Desai"): gold files write a character by the first name the sentence uses, or by
    the full name the family gives it."""
    short_words = _AGE_OR_ARTICLE.sub("", short).split()
    full_words = _AGE_OR_ARTICLE.sub("", full).split()
    while len(full_words) > 1 and full_words[0].casefold().rstrip(".") in lexicon.TITLES:
        full_words = full_words[1:]
    return (len(short_words) == 1 and len(full_words) >= 2 and short_words[0][:1].isupper()
            and all(w[:1].isupper() for w in full_words)
            and loose_key(short_words[0]) == loose_key(full_words[0]))


def _character_key(name: str) -> str:
    """A character's key without a leading "the", age word, title or rank ("Dr. Atsuko Chiba",
    "Sergeant Matt Thompson": gold files write them or not)."""
    words = _AGE_OR_ARTICLE.sub("", name).split()
    while len(words) > 1 and words[0].casefold().rstrip(".") in lexicon.TITLES:
        words = words[1:]
    return loose_key(" ".join(words))


def award_body(name):
    """An award body under its one name: "BAFTA Awards" and "British Academy Film Awards" are one
    body, as are "Oscars" and "Academy Awards" (gold files write either)."""
    if name is None:
        return None
    bare = re.sub(r"^the\s+", "", str(name).strip(), flags=re.I)
    return lexicon.AWARD_ALIASES.get(bare.casefold(), bare)
