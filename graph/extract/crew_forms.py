"""More prose forms that give people one crew role each, kept as data (pure): read by
:mod:`graph.extract.crew` after the forms of :mod:`graph.extract.crew_patterns`.

"Eli Sand came on as editor"; "the score was commissioned from the musician Eli Sand"; "Filming
was handled by Eli Sand"; "Quill chose Eli Sand, a young cinematographer making her debut"; "A and
B produced for Kite Films and C for Lumen"; "Eli Sand co-produced through his Paris company Vela".
Each entry is a compiled form with a group ``names`` and either a group ``role`` (a role noun of
:data:`graph.extract.crew_patterns.ROLE_NOUNS`, or a craft of :data:`CRAFT_ROLES`) or a fixed role.
"""

from __future__ import annotations

import re

from .crew_patterns import _ROLE
from .names import NAME1, NAMES, PNAME1, UPPER

_NAMES_AT = rf"(?<![\w'’-])(?P<names>{NAMES})"
# One clause's subject, one or two people: "..., and B was responsible for the editing" is B's alone
_SUBJECT = rf"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bwhere\s)|(?<=\bwhile\s))(?:and\s+)?(?P<names>{PNAME1}(?:\s+and\s+{PNAME1})?)"
# A description before a name: "the Chilean-American electronic musician Nicolas Jaar"
_DESCRIBED = r"(?:the\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+)?"
CRAFT_ROLES = {"filming": "cinematographer", "shooting": "cinematographer", "photography": "cinematographer",
               "cinematography": "cinematographer", "camera": "cinematographer", "editing": "editor", "cutting": "editor",
               "cut": "editor", "edit": "editor", "music": "composer", "score": "composer", "sound": "sound designer",
               "casting": "casting director", "make-up": "makeup artist", "makeup": "makeup artist",
               "hair and make-up": "makeup artist", "hair and makeup": "makeup artist",
               "editing duties": "editor", "camera duties": "cinematographer",
               "costumes": "costume designer", "production design": "production designer"}
_CRAFT = (r"(?:digital\s+)?(?:photography|cinematography|camera|editing|cutting|cut|edit|music|score|costumes|production\s+design|"
          r"hair\s+and\s+make-?up|make-?up)")
# "produced for the Spanish company Vela": what the company is, before its name
_HOUSE = r"(?:the\s+(?:[\w-]+\s+){0,2}(?:company|firm|studio|broadcaster)\s+)?"
# Verbs of bringing a person onto the film: "approached the Italian composer X", "turned to X for the score"
_HIRING = r"(?:hired|approached|commissioned|engaged|recruited|enlisted|turned\s+to|brought\s+in|signed|invited)"
_CRAFT_FOR = r"(?:score|music|photography|cinematography|camera|editing|costumes|production\s+design)"
# "Quill's regular editor", "the director's longtime casting director": a collaborator's title
_REGULAR = rf"(?:[{UPPER}][\w'’-]*['’]s|the\s+director['’]s|his|her|their)\s+(?:longtime\s+|long-time\s+|regular\s+|usual\s+|frequent\s+)"

FORMS: list[tuple[re.Pattern, str | None]] = [
    (re.compile(rf"{_NAMES_AT}\s+came\s+(?:on|on\s+board|aboard)\s+(?:again\s+)?as\s+(?:the\s+|an?\s+)?(?:film['’]s\s+)?(?P<role>{_ROLE})\b"), None),
    (re.compile(rf"\b(?:score|music)\s+was\s+commissioned\s+from\s+{_DESCRIBED}(?P<names>{NAMES})"), "composer"),
    (re.compile(rf"\b(?P<role>[Ff]ilming|[Ss]hooting|[Pp]hotography|[Cc]inematography|[Ee]diting|[Cc]utting|[Mm]usic|[Ss]core)"
                rf"\s+was\s+(?:handled|done|carried\s+out)\s+by\s+{_DESCRIBED}(?P<names>{NAMES})"), None),
    # "chose X, a young cinematographer making her feature debut" (not "a former editor", "a cinematographer by
    # training"; and only after a choice: "Holden plays Joe Gillis, a struggling screenwriter who ..." is a part)
    (re.compile(rf"\b(?:chose|hired|picked|engaged|recruited|enlisted|turned\s+to|brought\s+in)\s+(?P<names>{PNAME1}),\s+an?\s+(?:(?!former\b|retired\b|fellow\b|onetime\b)[a-z][\w-]*\s+){{0,2}}"
                rf"(?P<role>{_ROLE})\s+(?=making|who\b|then\b|known\b|with\b)"), None),
    (re.compile(rf"{_NAMES_AT}\s+(?:co-)?produced\s+for\s+{_HOUSE}{NAME1}(?:\s+and\s+(?P<also>{PNAME1})\s+for\s+{_HOUSE}{NAME1})?"), "producer"),
    (re.compile(rf"{_NAMES_AT}\s+(?:co-)?produced\s+(?:it\s+|the\s+film\s+)?through\s+(?:his|her|their)\s+"), "producer"),
    # "produced for Kite Films by A and B"; "produced the film through his company, Kite, alongside A and B"
    (re.compile(rf"\b(?:co-)?produced\s+for\s+{NAME1}\s+by\s+(?P<names>{NAMES})"), "producer"),
    (re.compile(rf"\b(?:co-)?produced\s+(?:the\s+film|it)\b[^.;]{{0,80}}?,?\s+alongside\s+(?P<names>{NAMES})"), "producer"),
    # "B co-produced from Switzerland", "C producing on behalf of El Deseo"
    # ("A and B co-produced for the Viennese company X")
    (re.compile(rf"{_SUBJECT}\s+(?:also\s+)?(?:co-)?produc(?:ed|ing)\s+(?:from\s+[{UPPER}]|on\s+behalf\s+of\b|on\s+(?:its|their|his|her)\s+behalf"
                rf"|for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:company|studio|firm)\b)"),
     "producer"),
    # "... and Cecilia Bossi produced."
    (re.compile(rf"{_SUBJECT}\s+(?:co-)?produced"
                r"(?=\s*[.;]|\s*$)"), "producer"),
    # "entrusted the cut to editor X", "X was responsible for the digital photography"
    (re.compile(rf"\b(?:entrusted|handed|passed)\s+the\s+(?P<role>{_CRAFT}|cutting)\s+to\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<names>{NAMES})"), None),
    # ("X, a veteran of Italian cinema, was responsible for the cut": an aside after the subject)
    (re.compile(rf"{_SUBJECT}(?:,\s+[^,;]{{3,80}},)?\s+(?:was|were)\s+(?:responsible\s+for|in\s+charge\s+of)\s+the\s+(?P<role>{_CRAFT})\b"), None),
    # "Ronaldo Abreu looked after the make-up"; "Editing duties were split between A and B"
    (re.compile(rf"{_SUBJECT}\s+(?:looked\s+after|took\s+care\s+of)\s+the\s+(?P<role>{_CRAFT})\b"), None),
    (re.compile(rf"\b(?P<role>[Ee]diting\s+duties|[Cc]amera\s+duties)\s+were\s+(?:split|shared|divided)\s+between\s+{_DESCRIBED}"
                rf"(?P<names>{NAMES})"), None),
    # "X, the director's longtime casting director, ...", "Quill's regular editor, X, cut the film"
    (re.compile(rf"(?<![\w'’-])(?P<names>{PNAME1}),\s+{_REGULAR}(?P<role>{_ROLE})(?=\s*[,.;]|$)"), None),
    (re.compile(rf"\b{_REGULAR}(?P<role>{_ROLE}),\s+(?P<names>{PNAME1}),"), None),
    # "Production was overseen by X"; "The photography, heavy with shadow, was the work of X"
    (re.compile(rf"^(?:The\s+)?[Pp]roduction\s+was\s+(?:overseen|supervised|managed)\s+by\s+{_DESCRIBED}(?P<names>{NAMES})"), "producer"),
    (re.compile(rf"\b(?P<role>(?i:{_CRAFT_FOR}))\b(?:,\s+[^,;]{{3,80}},)?\s+(?:was|were)\s+(?:largely\s+|chiefly\s+)?the\s+work\s+of\s+"
                rf"{_DESCRIBED}(?P<names>{NAMES})"), None),
    # "The sparse music came from X"; "The producer attached to the project was X"; "X was assigned to it as producer"
    (re.compile(rf"\b(?:music|score)(?:,\s+[^,;]{{1,90}},)?\s+came\s+from\s+{_DESCRIBED}(?P<names>{NAMES})"), "composer"),
    # "The task of scoring the film fell to X"
    (re.compile(rf"\b(?:task|job)\s+of\s+scoring\s+(?:the\s+(?:film|picture)|it)\s+fell\s+to\s+{_DESCRIBED}(?P<names>{NAMES})"), "composer"),
    (re.compile(rf"\b[Tt]he\s+(?P<role>{_ROLE})\s+(?:attached\s+to|assigned\s+to|on|for)\s+the\s+(?:project|film|picture|shoot|production)\s+"
                rf"(?:was|were)\s+(?P<names>{NAMES})"), None),
    (re.compile(rf"{_NAMES_AT}\s+(?:was|were)\s+assigned\s+to\s+(?:it|the\s+(?:project|film|picture))\s+as\s+(?:the\s+|an?\s+)?"
                rf"(?P<role>{_ROLE})\b"), None),
    # "with ERA's X serving as producer alongside A and B": the partners share the role
    (re.compile(rf"\b(?:serving|served|acting|acted|working|worked)\s+as\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE})\s+alongside\s+"
                rf"(?P<names>{NAMES})"), None),
    # "the sound team of A, B and C"
    (re.compile(rf"\b(?P<role>sound|casting)\s+team\s+(?:of|was|included|comprised)\s+(?P<names>{NAMES})"), None),
    # "with its founder X taking an executive producer credit", "with the company's heads A and B serving as
    # executive producers"; "where X acted as producer"
    (re.compile(rf"\bwith\s+(?:(?:its|his|her|their|the\s+company['’]s)\s+[a-z]+\s+)?(?P<names>{NAMES})\s+"
                rf"(?:serving\s+as\s+|credited\s+as\s+(?:an?\s+)?|taking\s+(?:an?\s+)?)(?P<role>{_ROLE})(?=s?\b)"), None),
    # "the associate producers included A, B and C"
    (re.compile(rf"\b[Tt]he\s+(?P<role>{_ROLE})(?<=s)\s+included\s+(?P<names>{NAMES})"), None),
    # "its head Luis Collar joined the team as a producer" (a company "joins the project as co-producer")
    (re.compile(rf"{_NAMES_AT}\s+joined\s+the\s+(?:team|crew)\s+as\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE})\b"), None),
    # "the Paris company 3B Productions, whose partners A and B produced it"
    (re.compile(rf"\bwhose\s+(?:[a-z-]+\s+){{1,2}}(?P<names>{NAMES})\s+(?:co-)?produced\s+(?:it|the\s+film)\b"), "producer"),
    # "American Playhouse, whose head X took an executive producer credit"
    (re.compile(rf"\bwhose\s+(?:[a-z-]+\s+){{1,2}}(?P<names>{PNAME1})\s+(?:took|received|got|earned)\s+(?:an?\s+)?(?P<role>{_ROLE})\s+credit"),
     None),
    (re.compile(rf"{_SUBJECT}\s+acted\s+as\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE})\b"), None),
    # "... and William Chang, whose production design evoked 1960s Hong Kong": the person's craft did it
    (re.compile(rf"(?<![\w'’-])(?P<names>{PNAME1}),\s+whose\s+(?P<role>photography|cinematography|editing|costumes|production\s+design)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b"
                rf"(?!\s+(?:on|in|for)\s+[{UPPER}])"), None),
    # "Nakashima worked with X, who is credited as composer and who ...": a clause gives the credit
    (re.compile(rf"(?<![\w'’-])(?P<names>{PNAME1}),\s+who\s+(?:is|was)\s+(?:also\s+|solely\s+)?credited\s+as\s+(?:the\s+|an?\s+)?"
                rf"(?:film['’]s\s+)?(?P<role>{_ROLE})(?=\s*[,.;]|\s+and\b|$)"), None),
    # "Quill approached the Italian composer X", "commissioned the avant-garde composer X": a title after a
    # hiring verb is this film's, though "admired the composer X" is not; "turned to the pioneer X for the
    # score", "For the music, Quill engaged the violinist X"
    (re.compile(rf"\b{_HIRING}\s+(?:again\s+)?(?:the\s+|an?\s+)?(?:(?!former\b|fellow\b|retired\b|onetime\b)[\w-]+\s+){{0,3}}?"
                rf"(?P<role>{_ROLE})\s+(?P<names>{NAMES})"), None),
    (re.compile(rf"\b{_HIRING}\s+(?:again\s+)?{_DESCRIBED}(?P<names>{PNAME1})\s+for\s+(?:the\s+|its\s+)?(?P<role>{_CRAFT_FOR})\b"), None),
    (re.compile(rf"^For\s+(?:the\s+|its\s+)?(?P<role>{_CRAFT_FOR}),?\s+(?:[^,;]{{0,40}}?\s)?{_HIRING}\s+(?:again\s+)?{_DESCRIBED}"
                rf"(?P<names>{PNAME1})"), None),
    # "Photography was again in the hands of X"; "additional photography was credited to A, B and C"
    (re.compile(rf"\b(?P<role>(?i:{_CRAFT_FOR}))\s+(?:was|were)\s+(?:again\s+|once\s+more\s+)?in\s+the\s+hands\s+of\s+{_DESCRIBED}"
                rf"(?P<names>{NAMES})"), None),
    (re.compile(rf"\b(?P<role>(?i:{_CRAFT_FOR}))\s+(?:was|were)\s+credited\s+to\s+{_DESCRIBED}(?P<names>{NAMES})"), None),
    # "Editing duties fell to X", "The camera work went to X"
    (re.compile(rf"\b(?P<role>(?i:editing duties|camera duties|editing|photography|cinematography|costumes))\s+(?:fell|went)\s+to\s+"
                rf"{_DESCRIBED}(?P<names>{NAMES})"), None),
    # "Longtime collaborator X served as cinematographer": a description before the subject
    (re.compile(rf"^[{UPPER}][a-z-]+(?:\s+[a-z-]+){{1,2}}\s+(?P<names>{PNAME1})\s+(?:served|worked|acted)\s+(?:again\s+)?as\s+"
                rf"(?:the\s+|an?\s+)?(?:film['’]s\s+)?(?P<role>{_ROLE})\b"), None),
    # "The producer Patrick Vey, himself a director, oversaw the production", "the producer Ada Lund of
    # Kite Films acquired the rights": a producer by title doing a producer's deed (not "cast as the
    # producer X", "the role went to the producer X", an executive or line producer)
    (re.compile(rf"(?<!\bas\s)(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)(?:\b(?:[Tt]he|and)\s+(?:(?!executive|associate|line|co-)[a-z]+\s+)?|^(?=Producers?\s))"
                rf"(?:[Pp]roducer\s+(?P<names>{PNAME1})|[Pp]roducers\s+(?P<pair>{PNAME1}\s+and\s+{PNAME1}))(?:,\s+(?:himself|herself)\s+[^,;]+,|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}[{UPPER}][^,;]*?)?"
                rf"\s+(?:had\s+(?:been\s+)?)?(?:oversaw|brought|acquired|optioned|bought|secured|raised|paid|initiated|"
                rf"developed|approached|persuaded|took|set\s+up|found|proposed|pitched|trying)\b"), "producer"),
] + [
    # "The film was produced by A, a longtime producer for B, together with C and D", "edited by A, the
    # director under whom Wong had worked, together with B": the second people share the first's work
    (re.compile(rf"\b{verb}\s+by\s+{PNAME1},\s+(?:a|an|the|his|her)\s+[^,;]{{3,80}},\s+(?:together|along)\s+with\s+(?P<names>{NAMES})"),
     role) for verb, role in (("produced", "producer"), ("edited", "editor"), ("photographed", "cinematographer"))
]
