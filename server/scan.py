"""A SPARQL token scan: the query form and the dangerous keywords, without parsing.

rdflib's parser costs about 1.2 ms for a one-line query, five times what Oxigraph needs to parse
and answer it. When Oxigraph answers, the request thread only needs two facts before dispatching:
the query form (to negotiate SPARQL results or RDF) and whether the text could ask for something
that leaves the machine (``SERVICE``, ``LOAD``). Both are decided by SPARQL's lexical grammar:
keywords are the bare words left after removing comments, string literals, IRIs, variables,
prefixed names, language tags and blank node labels.

Input: the query text; output: a :class:`Scan`. ``confident`` is False whenever the text holds
anything the scan does not fully understand (a ``\\u`` escape, which SPARQL decodes before lexing,
or an unknown character); the caller then falls back to the full parser.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
FORBIDDEN = ("SERVICE", "LOAD")

_PN_CHARS = r"[\w\u00B7\u0300-\u036F\u203F-\u2040.-]"
_TOKEN = re.compile(
    r"""(?P<skip>\s+|\#[^\n\r]*)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                   |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
      | (?P<bnode>_:""" + _PN_CHARS + r"""+)
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<pname>(?:[^\W\d_]""" + _PN_CHARS + r"""*)?:(?:[\w:%\u00B7\u0300-\u036F\u203F-\u2040.-]|\\[^\s])*)
      | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
      | (?P<word>[^\W\d_]\w*)
      | (?P<punct>\^\^|\|\||&&|!=|<=|>=|[{}()\[\];,.*=<>!+\-/|^?])
    """,
    re.VERBOSE | re.UNICODE,
)


@dataclass(frozen=True)
class Scan:
    kind: str | None  # SELECT, ASK, CONSTRUCT, DESCRIBE, or None: not a query (an update, or junk)
    forbidden: str | None  # the first forbidden keyword found, upper case
    has_dataset_clause: bool  # FROM or FROM NAMED appears
    confident: bool  # every character was accounted for by a token


@functools.lru_cache(maxsize=4096)
def scan(text: str) -> Scan:
    """Classify ``text`` (cached: the same query text is scanned once)."""
    if "\\u" in text or "\\U" in text:
        return Scan(None, None, False, False)
    words: list[str] = []
    pos, end = 0, len(text)
    while pos < end:
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            return Scan(None, None, False, False)
        if m.lastgroup == "word":
            words.append(m.group().upper())
        pos = m.end()
    kind = next((w for w in words if w in FORMS), None)
    forbidden = next((w for w in words if w in FORBIDDEN), None)
    return Scan(kind, forbidden, "FROM" in words, True)


__all__ = ["Scan", "scan", "FORMS", "FORBIDDEN"]
