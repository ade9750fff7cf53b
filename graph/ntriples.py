"""Writing triples as N-Triples lines, fast: what a corpus build writes millions of.

Input: rdflib terms or triples; output: text in N-Triples / N-Quads syntax (one statement per
line, W3C escaping). Graph blocks of these lines are also valid TriG, which lets a corpus build
write TriG by concatenation.
"""

from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_IRI_ESCAPES = str.maketrans({c: f"\\u{ord(c):04X}" for c in '<>"{}|^`\\ '})


def term(t) -> str:
    """One term in N-Triples syntax."""
    if isinstance(t, URIRef):
        text = str(t)
        return f"<{text.translate(_IRI_ESCAPES) if _IRI_BAD.search(text) else text}>"
    if isinstance(t, Literal):
        body = f'"{str(t).translate(_ESCAPES)}"'
        if t.language:
            return f"{body}@{t.language}"
        if t.datatype is not None and str(t.datatype) != _XSD_STRING:
            return f"{body}^^<{t.datatype}>"
        return body
    if isinstance(t, BNode):
        return f"_:{t}"
    raise TypeError(f"not an RDF term: {t!r}")


_IRI_BAD = re.compile(r'[<>"{}|^`\\ ]')


def lines(triples, graph=None, sort: bool = False) -> str:
    """Triples as N-Triples lines, or as N-Quads lines in ``graph`` when it is given; ``sort``
    orders the lines (as text, which is cheap) so that the same triples give the same bytes."""
    tail = f" {term(graph)} .\n" if graph is not None else " .\n"
    seen: dict = {}  # an article repeats its subjects and predicates many times: write each once

    def written(t) -> str:
        text = seen.get(t)
        if text is None:
            text = seen[t] = term(t)
        return text

    out = [f"{written(s)} {written(p)} {term(o)}{tail}" for s, p, o in triples]
    if sort:
        out.sort()
    return "".join(out)


def trig_block(graph, body: str) -> str:
    """A TriG graph block around N-Triples lines."""
    return f"{term(graph)} {{\n{body}}}\n"


__all__ = ["term", "lines", "trig_block"]
