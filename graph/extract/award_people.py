"""Who an award sentence honours: the people named after a category, before its verb, or in a
gapped list ("X for Best A, Y for Best B").

Input: the extraction context and pieces of a sentence; output: resolved person names. Split from
:mod:`graph.extract.awards`, which reads the sentences.
"""

from __future__ import annotations

import re

from ..facts import FILM, AwardOutcome
from ..normalize import name_key
from .award_patterns import _FOR_NAMES, _JOB_BEFORE_NAME, _NAMED_BEFORE, _PNAME, _PRONOUN, _SUBJECT, _WORK_OF
from .context import Context
from .names import UPPER, names_before_verb, resolve_names, split_names

# ", von Stroheim for Best Supporting Actor", ", Holden as Best Actor", " and Rahman Best Film Music"
# (the verb left out)
_GAPPED = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*|:\s*)(?:both\s+)?(?P<name>{_PNAME}(?:\s*,\s*{_PNAME}){{0,6}}(?:,?\s+and\s+{_PNAME})?)\s+"
    rf"(?:the\s+(?:award|prize|trophy)\s+)?(?:(?:for|as)\s+(?:the\s+)?)?")


# A category's craft -> the credit roles of the people it honours, to tell namesakes apart.
_CATEGORY_ROLES = ((r"cinematograph|photograph", ("cinematographer",)), (r"direct", ("director",)),
                   (r"documentary|animated", ("producer", "director")),
                   (r"screenplay|writing|script|story", ("screenwriter", "story")), (r"editing", ("editor",)),
                   (r"score|music|song", ("composer", "lyricist")), (r"costume", ("costume designer",)),
                   (r"production design|art direction|set decoration", ("production designer", "art director",
                                                                        "set decorator")),
                   (r"make-?up", ("makeup artist",)), (r"picture|film\b", ("producer",)),
                   (r"actor|actress|performance", ("starring",)))


def _resolve(ctx: Context, names: list[str], category: str | None = None) -> list[str]:
    """Short mentions resolved to full names: through the article's known people; when a surname
    fits several ("Navarro": the cinematographer or the producer), the one credited in the
    category's craft; when it fits none, the one full name the article writes anywhere."""
    out = []
    for name in resolve_names(names, ctx.names):
        if " " not in name.strip() and not ctx.names.known(name):
            roles = {r for pattern, rs in _CATEGORY_ROLES if category and re.search(pattern, category, re.I)
                     for r in rs}
            fits = {c.agent for c in ctx.facts.credits if c.role in roles
                    and name_key(c.agent).endswith(" " + name_key(name))}
            if len(fits) == 1:
                name = fits.pop()
            else:
                name = ctx.sole_mention(name) or name
        out.append(name)
    return out


def _people(ctx: Context, raw: str, category: str | None = None) -> list[str]:
    """``raw`` as a list of people ("Ada Quill, Teo Brae and Cora Vey"), or [] if it is not one."""
    raw = re.sub(r"^(?:shared with|shared by|awarded to|given to|with|to|for)\s+", "", raw.strip())
    if re.search(r"['’]s$", raw):
        # "for Lind, and Rana and Lark's nomination ...": a possessive opens the next clause
        cut = list(re.finditer(r",\s*and\s+", raw))
        raw = raw[:cut[-1].start()] if cut else raw
    names = split_names(re.sub(r"\s*&\s*", ", ", raw))
    if not names or not all(_looks_like_person(ctx, n) for n in names):
        return []
    resolved = _resolve(ctx, names, category)
    # A single unknown word in parentheses ("(Black-and-White)") qualifies a category.
    if all(" " not in n and not ctx.names.known(n) for n in resolved):
        return []
    return resolved


def _gapped_recipient(ctx: Context, gap: str, category: str | None = None) -> list[str]:
    """The person of a gapped clause between two categories: "Holden was nominated for Best Actor,
    von Stroheim for Best Supporting Actor and Olson for Best Supporting Actress"."""
    m = _GAPPED.fullmatch(_JOB_BEFORE_NAME.sub("", gap))  # "and the set decorator Anna Pinnock for"
    if not m:
        return []
    names = _resolve(ctx, split_names(m.group("name")), category)
    return names if all(_subject_person(ctx, n) for n in names) else []


def _recipients_after(ctx: Context, text: str, end: int, limit: int,
                      category: str | None = None) -> tuple[list[str], int]:
    m = _FOR_NAMES.match(text, end, limit)
    if not m:
        return [], end
    raw = (m.group("names") or m.group("paren") or m.group("by") or m.group("won_by") or m.group("which")
           or m.group("which_as") or m.group("shared") or "")
    if not m.group("paren"):
        # "went to Ben Hart, and Cleo Marsh was named ...": the last name opens the next clause
        raw = names_before_verb(raw, text[m.end():])
    names = _people(ctx, raw, category)
    if m.group("which") or m.group("which_as") or m.group("shared"):
        return names, end  # the ceremony named between the category and its people still attaches
    return (names, m.end()) if names else ([], end)


def _looks_like_person(ctx: Context, name: str) -> bool:
    if not re.match(rf"(?:(?:de|del|della|van|von|da|di|du|le|la)\s+)?[{UPPER}]", name):
        return False
    if re.search(r"['’]s?$", name) or re.search(r"\d", name):
        return False
    if re.match(r"(?:Best|Outstanding|Most)\b", name) or re.search(r"\b(?:Design|Effects|Direction|Editing|Score)$", name):
        return False  # "including Best Feature and Best Director, and Ali received ...": a category, or its tail
    if re.match(r"(?:In|At|On|By|For|From|After|Before|During|With|Of|To|Since|Until)\s", name):
        return False  # "In Italy, De Sica was named ...": a place, not a second person
    key = name_key(name)
    film = ctx.film_keys()
    if key in film or any(k and k in key for k in film if len(k) > 3):
        return False
    return ctx.names.kind(ctx.names.resolve(name)) == "person"


def _subject(ctx: Context, before: str, category: str | None = None) -> tuple[list[str], bool]:
    """The people a clause is about ("Quill was named", "Quill and Brae were nominated"),
    and whether they were honoured each on their own ("were both nominated")."""
    m = _SUBJECT.search(before)
    if not m:
        return [], False
    names = _resolve(ctx, split_names(m.group("subj")), category)
    # "... Best Story and Screenplay, Franz Waxman won": the list starts after the last non-person
    while names and not all(_subject_person(ctx, n) for n in names):
        names = names[1:]
    if not names:
        return [], False
    return names, bool(m.group("both") or re.search(r"\b(?:each|both)\b", (m.group("adv") or "") + (m.group("adv2") or "")))


def _subject_person(ctx: Context, name: str) -> bool:
    """A known person, or an unknown full name ("Ada Quill won Best Costume Design") that is not
    a part of the film's own title ("Fury Road won ...")."""
    if not _looks_like_person(ctx, name):
        return False
    if ctx.names.known(name):
        return True
    title = ctx.film_keys()
    words = name.split()
    return (len(words) >= 2 and all(w[:1].isupper() or w in ("de", "van", "von", "del", "da") for w in words)
            and not any(name_key(name) in t for t in title) and words[0] not in ("The", "It", "This", "A", "An"))


def _possessive_nominee(ctx: Context, before: str, category: str | None = None) -> list[str]:
    """The person named right before a category (``before`` ends where the category starts):
    "Rains's nomination for", "earned Lee a nomination for", "beat Wilder for", "named Zhang Ziyi"."""
    m = _NAMED_BEFORE.search(before)
    if not m:
        return []
    return _people(ctx, m.group("owner") or m.group("object") or m.group("beaten") or m.group("named")
                   or m.group("given") or m.group("given2") or m.group("earner") or m.group("foras") or m.group("with") or m.group("gave")
                   or m.group("through"),
                   category)


def _subject_text(before: str, person: str | None) -> str:
    """The text before a cue, read for its subject: jobs before names dropped ("and the set
    decorator Cho Won-woo were"), a work for its maker ("Quill's script also won"), a subject pronoun ("and he and Han were nominated") replaced by
    ``person``, whom the paragraph's last award went to (kept when there is none)."""
    before = _JOB_BEFORE_NAME.sub("", before)
    before = _WORK_OF.sub(lambda m: m.group("maker") or m.group("by"), before)
    # "X's screenplay, which many reviewers praised, went on to win": the clause between is aside
    before = re.sub(r",\s+(?:which|who)\s+[^,;]+,", "", before)
    before = re.sub(r"\bwent on to\s+$", "", before)
    # "She did, however, win", "Lind went on to win": the subject stands before the helper words
    before = re.sub(r"\s*,\s*however\s*,\s*|\s+however\s+", " ", before)
    before = re.sub(r"\b(?:did|would|went on to|also)\s+$", "", before)
    return _PRONOUN.sub(person, before) if person else before


# "its four screenwriters were nominated for ...", "and the four writers shared the award": the
# film's people of one craft ("the" only with a count, which must then be the number credited)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_CREW_SUBJECT = re.compile(r"\b(?:(?:[Ii]ts|[Tt]he film['’]s)\s+(?:(?P<count>two|three|four|five|six|seven)\s+)?"
                           r"|[Tt]he\s+(?P<the_count>two|three|four|five|six|seven)\s+)(?P<role>screenwriters|writers|"
                           r"producers|directors|editors|composers|cinematographers)\s+(?:(?:were|are)\s+)?(?:also\s+)?"
                           r"(?:jointly\s+)?$")
_CREW_ROLES = {"screenwriters": ("screenwriter",), "writers": ("screenwriter",), "producers": ("producer",),
               "directors": ("director",), "editors": ("editor",), "composers": ("composer",),
               "cinematographers": ("cinematographer",)}


def _crew_subject(ctx: Context, before: str) -> list[str]:
    """The people a subject like "its four screenwriters" stands for: the film's credits in that
    role, when the article has credited two or more."""
    m = _CREW_SUBJECT.search(before)
    if not m:
        return []
    people = list(dict.fromkeys(c.agent for c in ctx.facts.credits if c.work == FILM and c.agent_kind == "person"
                                and c.role in _CREW_ROLES[m.group("role")]))
    count = _COUNTS.get(m.group("count") or m.group("the_count") or "")
    return people if len(people) > 1 and count in (None, len(people)) else []


# "taking Best Film, Best Director and Best Screenwriter": a craft's prize no one is named for goes to
# the people the film credits in that craft
_CRAFT_PRIZES = ((re.compile(r"(?:Best|Outstanding)\s+(?:Director|Direction|Directing)\b(?!\s+(?:of|for|in)\s+(?:a\s+)?"
                             r"(?:Photography|Documentary|Short|Animated|Television|TV|Series|Music|Art))|Director of the Year|"
                             r"European Director"), "director"),
                 (re.compile(r"(?:Best|Outstanding)\s+(?:(?:Original|Adapted)\s+)?(?:Screenplay|Screenwriter|Writing)\b"
                             r"|European Screenwriter|Screenplay of the Year"), "screenwriter"),
                 (re.compile(r"(?:Best|Outstanding)\s+Cinematography\b|European Cinematographer"), "cinematographer"),
                 (re.compile(r"(?:Best|Outstanding)\s+(?:Film\s+)?Editing\b|European Editor"), "editor"),
                 (re.compile(r"(?:Best|Outstanding)\s+(?:Original\s+)?(?:Score|Music)\b(?!.*\bSong)|European Composer"), "composer"),
                 (re.compile(r"(?:Best|Outstanding)\s+Costume\s+Design"), "costume designer"))
# The Academy's picture prize is its producers' (the statuettes are theirs); a critics' "Best
# Picture" is the film's
_PICTURE = re.compile(r"Best\s+Picture$|Outstanding\s+(?:Production|Motion\s+Picture)$")


def _craft_people(ctx: Context, category: str | None, before: str, after: str, body: str | None = None) -> list[str]:
    """The film's credited people of the craft a category honours, when the category names no
    one ("Best Director", "Best Screenwriter"), else []; ``before`` is the text before the cue (a
    subject like "the three writers" that fits no credits names someone else), ``after`` the text
    from the category on ("Best Director went to X for another film": not this film's), ``body``
    the award's name."""
    role = next((r for pattern, r in _CRAFT_PRIZES if category and pattern.match(category)), None)
    if role is None and body == "Academy Awards" and category and _PICTURE.match(category):
        role = "producer"
    if role is None or _CREW_SUBJECT.search(before) or re.match(rf"{re.escape(category)}\s+(?:went|was\s+given|was\s+awarded)\s+to\b", after):
        return []
    return list(dict.fromkeys(c.agent for c in ctx.facts.credits
                              if c.work == FILM and c.agent_kind == "person" and c.role == role))


_ACTING = re.compile(r"act(?:or|ress)|performance", re.I)


def _pair_up(found: list[AwardOutcome], respectively: bool) -> None:
    """People and categories in pairs: "A and B were nominated for Best Lead Actress and Best
    Supporting Actor, respectively", and without the word when every category is an acting one
    ("Pesci and Moriarty were nominated for Best Supporting Actor and Best Supporting Actress")."""
    groups: dict[tuple[str, ...], list[AwardOutcome]] = {}
    for outcome in found:
        if len(outcome.recipients) > 1:
            groups.setdefault(tuple(outcome.recipients), []).append(outcome)
    for people, outcomes in groups.items():
        if len(outcomes) == len(people) and (respectively and len(outcomes) == len(found)
                                             or all(_ACTING.search(o.category or "") for o in outcomes)):
            for outcome, person in zip(outcomes, people):
                outcome.recipients = [person]
