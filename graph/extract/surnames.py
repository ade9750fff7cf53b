"""Two people of one surname written once: "the producers Robert and Raymond Hakim", "music by
the brothers Evgueni and Sacha Galperine" (pure: text in, text out).

Read before the credit forms of :mod:`graph.extract.crew` and :mod:`graph.extract.prose`, which
then see "Robert Hakim and Raymond Hakim".
"""

from __future__ import annotations

import re

from .names import UPPER

# The surname is shared only after a plural title: "written by Falk and Tove Berg" may name two
# people (a surname the article has not given yet), and a first word the article knows is a person
# of its own
_SHARED_SURNAME = re.compile(rf"(?P<lead>\b(?:the\s+)?(?:brothers|sisters|siblings|twins|producers|directors|screenwriters|writers|"
                             rf"composers|editors|cinematographers)\s+)(?P<first>[{UPPER}][\w'’-]+)\s+and\s+"
                             rf"(?P<second>[{UPPER}][\w'’-]+)\s+(?P<surname>[{UPPER}][\w'’-]+)\b(?!\s+[{UPPER}]|['’])")


def shared_surnames(known, text: str) -> str:
    """``text`` with a surname two first names share written out for both ("Robert and Raymond
    Hakim" -> "Robert Hakim and Raymond Hakim"); ``known`` is the article's name table: a first
    word it knows, or a surname it resolves ("by Quill and Eli Sand"), is a person of its own."""
    def expand(m: re.Match) -> str:
        if known.known(m.group("first")) or known.resolve(m.group("first")) != m.group("first"):
            return m.group(0)
        return f"{m.group('lead')}{m.group('first')} {m.group('surname')} and {m.group('second')} {m.group('surname')}"
    return _SHARED_SURNAME.sub(expand, text) if " and " in text else text
