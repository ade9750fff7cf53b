"""Sentence splitting for article prose (pure: strings in, offsets out).

The rules are written for encyclopedic English: a full stop after an abbreviation or an initial
does not end a sentence, and a title that itself ends in ``!`` or ``?`` (the article knows its own
titles) ends a sentence only when a typical sentence opener follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Tokens after which a full stop is part of the word, not the end of a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st vs etc no vol vols approx mt ft gen col lt capt prof
    rev sgt fig pp ca cf e.g i.e u.s u.k u.n jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Company endings and a name's generation: "Warner Bros. Home Entertainment" goes on, "distributed by
# Warner Bros. The film" ends, and so does "played by Elisha Cook Jr. The director's father ...".
COMPANY_ENDINGS = frozenset("bros inc ltd co corp jr sr".split())

# Words that open a new sentence after a title ending in ! or ? ("... rights to Airplane! They ...").
SENTENCE_OPENERS = frozenset(
    """a an the it its they their he she his her we this that these those there in on at after
    before during when while however although though following since later then upon as by for
    with despite according""".split()
)

_BOUNDARY = re.compile(r"([.!?])([\"”’')\]]*)(\s+)(?=[\"“‘(\[]?[A-Z0-9À-Ý])")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


def split_sentences(text: str, titles: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Split ``text`` into sentences.

    Returns ``(start, end)`` offsets into ``text`` for each sentence, whitespace trimmed.
    ``titles`` are names that may end in ``!`` or ``?`` without ending the sentence.
    """
    exclaiming = [t for t in titles if t and t[-1] in "!?"]
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        mark_end = m.end(2)
        if not _is_boundary(text, m.start(1), m.group(1), m.end(), exclaiming):
            continue
        spans.append((start, mark_end))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _is_boundary(text: str, mark_at: int, mark: str, next_at: int, exclaiming: list[str]) -> bool:
    before = text[:mark_at]
    if mark == ".":
        word = _WORD_BEFORE.search(before)
        if word:
            token = word.group(1).lower().strip(".")
            # "Min-jun." or "O'Brien." end a sentence: only a whole word can be an abbreviation.
            if token in ABBREVIATIONS and not re.search(r"[-'’]", token):
                return False
            if token in COMPANY_ENDINGS:
                return _opens_sentence(text, next_at)
            # An initial ("J. R. R. Tolkien") or a dotted acronym ("U.S.").
            if len(token) == 1 and token.isalpha() and word.group(1)[-1:].isupper():
                return False
            if re.fullmatch(r"(?:[a-z]\.)+[a-z]", token):
                return False
        return True
    for title in exclaiming:
        if (before + mark).endswith(title):
            return _opens_sentence(text, next_at)
    word = _WORD_BEFORE.search(before)
    if mark == "!" and word and word.group(1)[:1].isupper():
        return _opens_sentence(text, next_at)  # "Shout! Factory": a name's "!" before its next word
    return True


def _opens_sentence(text: str, at: int) -> bool:
    following = re.match(r"[\"“‘(\[]?([A-Za-z]+)", text[at:])
    return bool(following) and following.group(1).lower() in SENTENCE_OPENERS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
