"""Who an award sentence honours: the people named after a category, before its verb, or in a
gapped list ("X for Best A, Y for Best B").

Input: the extraction context and pieces of a sentence; output: resolved person names. Split from
:mod:`graph.extract.awards`, which reads the sentences.
"""

from __future__ import annotations

import re

from ..normalize import name_key
from .award_patterns import _FOR_NAMES, _JOB_BEFORE_NAME, _NAMED_BEFORE, _PNAME, _PRONOUN, _SUBJECT
from .context import Context
from .names import UPPER, resolve_names, split_names

# ", von Stroheim for Best Supporting Actor", " and Rahman Best Film Music" (the verb left out)
_GAPPED = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?P<name>{_PNAME}(?:\s+and\s+{_PNAME})?)\s+(?:for\s+(?:the\s+)?)?")


def _people(ctx: Context, raw: str) -> list[str]:
    """``raw`` as a list of people ("Ada Quill, Teo Brae and Cora Vey"), or [] if it is not one."""
    raw = re.sub(r"^(?:shared with|with|to)\s+", "", raw.strip())
    names = split_names(re.sub(r"\s*&\s*", ", ", raw))
    if not names or not all(_looks_like_person(ctx, n) for n in names):
        return []
    # A single unknown word in parentheses ("(Black-and-White)") qualifies a category.
    if all(" " not in n and not ctx.names.known(ctx.names.resolve(n)) for n in names):
        return []
    return resolve_names(names, ctx.names)


def _gapped_recipient(ctx: Context, gap: str) -> list[str]:
    """The person of a gapped clause between two categories: "Holden was nominated for Best Actor,
    von Stroheim for Best Supporting Actor and Olson for Best Supporting Actress"."""
    m = _GAPPED.fullmatch(gap)
    if not m:
        return []
    names = resolve_names(split_names(m.group("name")), ctx.names)
    return names if all(_subject_person(ctx, n) for n in names) else []


def _recipients_after(ctx: Context, text: str, end: int, limit: int) -> tuple[list[str], int]:
    m = _FOR_NAMES.match(text, end, limit)
    if not m:
        return [], end
    names = _people(ctx, m.group("names") or m.group("paren") or m.group("by") or "")
    return (names, m.end()) if names else ([], end)


def _looks_like_person(ctx: Context, name: str) -> bool:
    if not re.match(rf"(?:(?:de|del|della|van|von|da|di|du|le|la)\s+)?[{UPPER}]", name):
        return False
    if re.search(r"['’]s?$", name) or re.search(r"\d", name):
        return False
    key = name_key(name)
    film = ctx.film_keys()
    if key in film or any(k and k in key for k in film if len(k) > 3):
        return False
    return ctx.names.kind(ctx.names.resolve(name)) == "person"


def _subject(ctx: Context, before: str) -> tuple[list[str], bool]:
    """The people a clause is about ("Quill was named", "Quill and Brae were nominated"),
    and whether they were honoured each on their own ("were both nominated")."""
    m = _SUBJECT.search(before)
    if not m:
        return [], False
    names = resolve_names(split_names(m.group("subj")), ctx.names)
    # "... Best Story and Screenplay, Franz Waxman won": the list starts after the last non-person
    while names and not all(_subject_person(ctx, n) for n in names):
        names = names[1:]
    if not names:
        return [], False
    return names, bool(re.search(r"\b(?:each|both)\b", (m.group("adv") or "") + (m.group("adv2") or "")))


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


def _possessive_nominee(ctx: Context, before: str) -> list[str]:
    """The person named right before a category (``before`` ends where the category starts):
    "Rains's nomination for", "earned Lee a nomination for", "beat Wilder for", "named Zhang Ziyi"."""
    m = _NAMED_BEFORE.search(before)
    if not m:
        return []
    return _people(ctx, m.group("owner") or m.group("object") or m.group("beaten") or m.group("named"))


def _subject_text(before: str, person: str | None) -> str:
    """The text before a cue, read for its subject: jobs before names dropped ("and the set
    decorator Cho Won-woo were"), a subject pronoun ("and he and Han were nominated") replaced by
    ``person``, whom the paragraph's last award went to (kept when there is none)."""
    before = _JOB_BEFORE_NAME.sub("", before)
    return _PRONOUN.sub(person, before) if person else before
