"""Music a film uses that is not its score, and the songs a sentence is about: the guards of the
"<verb> by NAMES" credits of :mod:`graph.extract.prose`.

Input: a sentence's text (and where a credit's noun starts); output: whether the credit is the
score's, or the match of a song phrase. Pure string work.
"""

from __future__ import annotations

import re

# A film scored with music written for something else: its composers are not the film's
NO_SCORE = re.compile(r"\b(?:no|instead of an?|without an?|in place of an?)\s+(?:original\s+)?(?:film\s+)?score\b"
                      r"|\b(?:pre-)?existing\s+(?:concert\s+|classical\s+)?(?:music|pieces|works|recordings)\b")
# "the opening number, "U", was written by X": a song's writer
SONG_WRITTEN = re.compile(r"\b(?:song|number|theme song|title song|track|anthem)\b(?:,?\s+[\"“][^\"”]{1,40}[\"”],?)?\s+"
                          r"(?:was|is)\s+(?:\w+\s+)?$")
SONG_NEAR = re.compile(r"\b(?:songs?|theme|number|track|anthem|ballad|lullaby)\b|[\"“][^\"”]{1,60}[\"”]")
OLD_SONG = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:song|recording|number|track)\b")


def used_not_scored(noun: str, text: str, start: int) -> bool:
    """Whether "<noun> by X" at ``start`` is music the film uses rather than its score: "There is no
    original score; the music comes from pieces by X", "arrangements of pieces by X", "pieces by A
    and B are also heard", "the soundtrack also uses pieces by X" (a composer whose music "is used sparingly" is still the film's)."""
    if noun not in ("pieces", "compositions", "music"):
        return False
    return bool(NO_SCORE.search(text) or re.search(r"\barrangements?\s+of\s+(?:[\w-]+\s+)?$", text[:start])
                or re.search(r"\b(?:soundtrack|film|it|picture|movie)\s+(?:also\s+)?(?:uses|used|features|featured|includes|included|"
                             r"borrows|borrowed)\s+(?:[\w-]+\s+)?$", text[:start])
                or noun != "music" and re.match(r"[^.;]{0,120}?\s(?:are|were)\s+(?:also\s+)?(?:heard|used|featured|played)\b",
                                                text[start:]))
