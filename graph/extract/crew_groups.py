"""The crew patterns of prose that read a group of people with one role: a list of roles after a
person's first ("served as production designer, costume designer and editor"), a clause about a
crew followed by its people ("Four producers shepherded the project: A, B, C and D"), a list of
people carrying their companies ("The executive producers were A and B of Yellow Bird, C, and D").

Read by :mod:`graph.extract.crew`; no functions here, only the compiled forms. The role nouns are in
:mod:`graph.extract.crew_patterns`.
"""

from __future__ import annotations

import re

from .crew_patterns import _CRAFT, _ROLE
from .names import NAME1, NAMES, PNAME1

# A list of more roles after the first: "served as production designer, costume designer and editor"
MORE_ROLES = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|an?\s+)?(?P<role>{_ROLE})(?=\s*[,.;:]|\s+and\b|$)")
# ... and of more crafts after the first: "was in charge of production design and the costumes"
MORE_CRAFTS = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<role>{_CRAFT})(?=\s*[,.;:]|\s+and\b|$)")
# "production and costume design": two crafts that share their head noun, written out one by one
SHARED_HEAD = re.compile(r"\b(production|costume|sound|set|lighting|title)\s+and\s+(production|costume|sound|set|lighting|title)\s+design\b")
# "Four producers shepherded the project: A, B, C and D himself", "The photography was shared
# between two men: A, <who ...>, and B, <who ...>", "Two of Lind's regular cinematographers shared the
# work, A and B": a clause about a crew that a list of its people follows
_COUNT = r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal)"
GROUP_CRAFTS = {"photography": "cinematographer", "cinematography": "cinematographer", "camera work": "cinematographer",
                "editing": "editor", "producing": "producer", "production design": "production designer"}
CREW_GROUP = re.compile(
    rf"^(?:(?:[Tt]he|[Ii]ts)\s+|{_COUNT}\s+(?:of\s+[\w'’]+\s+)?)?(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:(?P<role>{_ROLE})\b(?<=s)|(?P<craft>{'|'.join(GROUP_CRAFTS)})\s+(?:was|were)\s+(?:shared|split|divided))"
    r"(?P<rest>[^:;,]{0,60})(?P<mark>[:,])\s*(?P<tail>[^;]+)")
# "The executive producers were A and B of Yellow Bird, C, and D of the German partner": a list
# whose people carry their companies
CREW_WERE = re.compile(rf"(?:^(?:The|Its)|(?<=,\sand\s)(?:the|its))\s+(?:film['’]s\s+)?(?P<role>{_ROLE})\s+(?:were|included)\s+(?P<tail>[^;]+)")
# "Editing involved five editors: A, B, C, D and E": a count of a crew's people, then their names
COUNTED = re.compile(rf"\b{_COUNT}\s+(?P<role>{_ROLE})(?<=s)\s*:\s*(?P<names>{NAMES})")
# "A and B were among the credited co-producers"
AMONG = re.compile(rf"(?<![\w'’-])(?P<names>{NAMES})\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the|its)\s+(?:credited\s+|film['’]s\s+)?"
                   rf"(?P<role>{_ROLE})(?<=s)\b")
# "A and B of Wild Bunch were executive producers, as was C": people with their company, and one more
WERE_ROLES = re.compile(rf"(?<![\w'’-])(?P<names>{NAMES})(?:\s+of\s+{NAME1})?\s+were\s+(?:the\s+)?(?P<role>{_ROLE})(?<=s)\b"
                        rf"(?:,\s+as\s+was\s+(?P<also>{PNAME1}))?")
GROUPS = (COUNTED, AMONG, WERE_ROLES)
