"""Split an infobox value into its comma-separated values, keeping qualifiers (pure).

``"Kite Pictures (France), Lumen Films (United States)"`` gives two values, each with its
parenthesised qualifier; commas inside parentheses, in dates (``May 20, 2017``) and before name
suffixes (``, Jr.``) do not split.
"""

from __future__ import annotations

import re

from .model import Value

_SUFFIX = re.compile(r"\s*(Jr\.?|Sr\.?|Inc\.?|Ltd\.?|LLC|S\.A\.|II|III)\b")
_YEAR_AFTER = re.compile(r"\s*\d{4}\b")
_QUALIFIED = re.compile(r"^(?P<text>.*?)\s*\((?P<qualifier>[^()]*)\)$")


def split_values(raw: str) -> list[Value]:
    """``raw`` is an infobox value string; returns its values in order.

    Raises ``ValueError`` for unbalanced parentheses.
    """
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for i, ch in enumerate(raw):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                raise ValueError("unbalanced ')'")
        if ch == "," and depth == 0 and not _joins(raw, i):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    if depth:
        raise ValueError("unbalanced '('")
    parts.append("".join(current))
    return [_qualified(p.strip()) for p in parts if p.strip()]


def _joins(raw: str, comma_at: int) -> bool:
    rest = raw[comma_at + 1 :]
    if _SUFFIX.match(rest) and not re.match(r"\s*\w+\s+\w", rest[: len(rest)]) or _SUFFIX.fullmatch(rest):
        return True
    # "May 20, 2017": a comma between a day and a year.
    return bool(_YEAR_AFTER.match(rest)) and bool(re.search(r"\b\d{1,2}$", raw[:comma_at].rstrip()))


def _qualified(text: str) -> Value:
    m = _QUALIFIED.match(text)
    if m and m.group("text"):
        return Value(text=m.group("text").strip(), qualifier=m.group("qualifier").strip())
    return Value(text=text)
