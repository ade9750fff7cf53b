"""The crew patterns of prose as data: role nouns, the sentence shapes that credit a person with a
role, the crafts a person handles. The deeds that imply a role ("Rune Falk edited the film") are in
:mod:`graph.extract.crew_deeds`, the groups of people with one role in :mod:`graph.extract.crew_groups`.

Read by :mod:`graph.extract.crew`; no functions here, only the vocabulary and the compiled forms.
"""

from __future__ import annotations

import re

from .names import NAME1, UPPER

# Crew nouns of prose -> credit role.
ROLE_NOUNS: dict[str, str] = {
    "executive producer": "executive producer", "executive producers": "executive producer",
    "producer": "producer", "producers": "producer", "co-producer": "producer",
    "director of photography": "cinematographer", "cinematographer": "cinematographer",
    "cameraman": "cinematographer", "cameramen": "cinematographer",
    "editor": "editor", "film editor": "editor", "composer": "composer", "narrator": "narrator",
    "screenwriter": "screenwriter", "director": "director", "co-director": "director",
    "production designer": "production designer", "set designer": "set designer",
    "set designers": "set designer", "character designer": "character designer",
    "sound recordist": "sound recordist", "sound mixer": "sound mixer",
    "re-recording mixer": "sound mixer", "production sound mixer": "sound recordist",
    "costume designer": "costume designer", "art director": "art director",
    "set decorator": "set decorator", "animation director": "animation director",
    "supervising animator": "animation director", "directing animator": "animation director",
    "sound designer": "sound designer", "sound editor": "sound editor",
    "supervising sound editor": "sound editor", "choreographer": "choreographer",
    "martial arts choreographer": "choreographer", "fight choreographer": "choreographer",
    "action choreographer": "choreographer", "action director": "choreographer", "visual effects supervisor": "visual effects supervisor",
    "casting director": "casting director", "makeup artist": "makeup artist", "make-up artist": "makeup artist",
    "associate producer": "associate producer", "lyricist": "lyricist",
    "make-up and hair designer": "makeup artist", "makeup and hair designer": "makeup artist",
    "hair and make-up designer": "makeup artist", "make-up designer": "makeup artist",
    "makeup designer": "makeup artist",
    "assistant director": "assistant director", "first assistant director": "assistant director",
    "second assistant director": "assistant director",
    "script supervisor": "script supervisor", "continuity supervisor": "script supervisor",
    "music supervisor": "music supervisor", "key animator": "key animator", "voice director": "voice director",
    "dubbing director": "voice director", "songwriter": "songwriter",
    "color designer": "color designer", "colour designer": "color designer",
    "playback singer": "singer", "orchestrator": "orchestrator",
    "title designer": "title designer", "title sequence designer": "title designer",
}
# Plurals name the same roles: "the art directors X and Y", "were the executive producers".
ROLE_NOUNS.update({noun + "s": role for noun, role in list(ROLE_NOUNS.items()) if not noun.endswith("men")})
ROLE_NOUNS.update({"producing": "producer", "co-producing": "producer"})  # "with Scott Rudin producing"
# Roles whose bare title before a name ("the production designer Pia Dahl") credits this film.
# "Director", "producer", "composer", "editor" and "writer" are left out: prose calls many people
# that ("inspired by the composer X", "the editor of a magazine") who did not make the film.
_TITLE_ROLES = [noun for noun, role in ROLE_NOUNS.items()
                if role not in ("director", "producer", "composer", "editor", "screenwriter", "narrator")
                and not noun.startswith(("co-", "executive"))]
_ROLE = "|".join(sorted(map(re.escape, ROLE_NOUNS), key=len, reverse=True))
_TITLE_ROLE = "|".join(sorted(map(re.escape, _TITLE_ROLES), key=len, reverse=True))
_ROLE_CAP = "|".join(sorted((re.escape(n[0].upper() + n[1:]) for n in ROLE_NOUNS), key=len, reverse=True))
_PNAME = rf"(?:(?:de|del|della|van|von|da|di|du|le|la)\s+)?{NAME1}"
_PNAMES = rf"{_PNAME}(?:\s*,\s*(?:and\s+)?{_PNAME}|\s+and\s+{_PNAME}){{0,11}}"
# A department a person heads -> its craft ("the sound department")
_DEPARTMENTS = "sound|makeup|make-up|art|special effects|visual effects|costume|camera|editing|music"
_CRAFT = ("set decoration|production design|costume design|costumes|art direction|sound design|choreography|colou?r design|"
          "cinematography|editing|score|casting|make-?up|special effects|visual effects")
# A role ends the clause: "was the cinematographer," but not "was the director's first choice",
# "served as an assistant director" or "was the editor of a magazine".
_ROLE_END = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|while|but|with|alongside|together|along|under|on behalf|shortly|soon|after|responsible|who|through|"
             r"before|when|once|because|since|until|during|throughout)\b"
             r"|\s+(?:of|on|for)\s+(?:the\s+)?(?:film|picture|movie|project|production)\b|\s+on\s+(?:both|all|each|every)\b"
             r"|\s+for\s+the\s+(?:[\w-]+\s+){0,2}(?:scenes|sequences|segments?|side|version|partner|co-producer|backers?|financiers?|companies)\b)")
_START = r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\bbut\s)|(?<=,\swhere\s))"
# ("X, the younger brother of Y and a regular Fellini collaborator since the mid-1960s, cut the film")
_APPOSITIVE = r"(?:,\s+[^,;]{1,120}?,)?"
# "Kartemquin founder Gordon Quinn was an executive producer": a company's leader before the name
# "The designer Rochus Gliese was in charge of ...": a description before the name
_LEADER = (rf"(?:(?:(?:[{UPPER}][\w'’.\-]*\s+){{1,3}}|[Tt]he\s+(?:studio|company|firm)['’]s\s+)(?:founder|co-founder|head|president|chief|chairman|owner|boss|co-chairman|co-chairmen|chairmen|co-head)s?\s+"
           rf"|[Tt]he\s+(?:[{UPPER}][\w-]*\s+(?=[a-z]))?(?:[a-z-]+\s+){{1,3}}(?=[{UPPER}]))?")
# "served as one of the animation directors": one of several people in the role
_DET = (r"(?:one\s+of\s+)?(?:(?:the film's|the film['’]s|its|their|the|an?|his|her)\s+)?(?:uncredited\s+)?"
        r"(?:(?:overall|chief|lead|senior|principal)\s+)?")
# "the director's long-time sound designer, X,": a regular collaborator
_REGULAR = r"(?:long-time|longtime|long-standing|regular|usual|frequent)"
_LONGTIME = rf"(?:{_REGULAR}\s+)?"
_TEAM_OF = r"(?:was\s+made\s+up\s+of|comprised|consisted\s+of|included)"
# "worked at his side as", "served alongside Hart as": where the verb and its "as" may part
_BESIDE = rf"(?:\s+(?:at\s+(?:his|her|their)\s+side|alongside\s+{NAME1}|closely|again|once\s+more|on\s+the\s+(?:picture|film|project|production)))?"
# "Seiji Okuda of Nippon Television served as ...": the person's company between name and verb
_OF_COMPANY = rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*){{0,4}})?"

# "the production designer Pia Dahl"; at a sentence's start "Production designer Pia Dahl"
_TITLE_ROLE_CAP = "|".join(sorted((re.escape(n[0].upper() + n[1:]) for n in _TITLE_ROLES), key=len, reverse=True))
# "worked with set decorator Gene Vey", "while costume designer Eli Sand dressed them": no article
_TITLED = (rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|film's|film['’]s|by|[Ww]ith|while|and|under|(?<=the work )of|(?<=belongs )to|(?<=largely )to|(?<=fell )to)\s+(?P<role>{_TITLE_ROLE})"
           rf"|(?:^|(?<=[;:]\s))(?P<role_cap>{_TITLE_ROLE_CAP}|{_TITLE_ROLE}))"
           rf"\s+(?P<names>{_PNAMES})")
# "The crew included cinematographer A, editor B and production designer C", "after which editor
# A and composer B began", "Producer A brought the script to ...": a bare title before a name, any
# role, in a list of the crew or opening a sentence
_ANY_ROLE_CAP = "|".join(sorted((re.escape(n[0].upper() + n[1:]) for n in ROLE_NOUNS if not n.endswith("s")),
                                key=len, reverse=True))
_CREW_LIST = (rf"(?:\b(?:included|including|includes|which|where)\s+|(?<=,\s)|(?<=\band\s)"
              rf"|^(?=(?:{_ANY_ROLE_CAP})\s+[{UPPER}]))"
              rf"(?P<role>(?:{_ROLE})|(?:{_ANY_ROLE_CAP}))\s+(?P<names>{_PNAME})"
              r"(?=\s*[,;.]|\s+and\b|\s+(?!of\b|in\b|at\b|for\b|from\b|on\b|to\b)[a-z]+\b)")
CREW_LIST_RE = re.compile(_CREW_LIST)
PEOPLE = [
    # "with Nils Aven as executive producer", "with Nils Aven of Harbor Films as executive producer"
    re.compile(rf"\b[Ww]ith\s+(?P<names>{_PNAMES})(?:\s+of\s+(?P<org>[^,;]{{1,60}}?)|,\s+[a-z][^,;]{{1,60}},)?\s+as\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "with Rune Falk as producer and Tove Berg and Eli Sand as executive producers"
    re.compile(rf"\b[Ww]ith\s+{_PNAMES}\s+as\s+{_DET}(?:{_ROLE})\s+and\s+(?P<names>{_PNAMES})\s+as\s+{_DET}"
               rf"(?P<role>{_ROLE}){_ROLE_END}"),
    # "The production designer was Terence Marsh"
    # "The producers were the publisher Angelo Rizzoli and Giuseppe Amato": a description before the names
    re.compile(rf"\b[Tt]he\s+(?:(?:film|production|picture|movie)['’]s\s+)?(?P<role>{_ROLE})\s+(?:was|were)\s+"
               rf"(?:the\s+[a-z-]+\s+(?=[{UPPER}]))?(?P<names>{_PNAMES})"
               rf"(?=\s*[,.;:]|\s+and\b|$)"),
    # "Yoshifumi Kondō designed the characters and served as animation director"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+[a-z]+\b[^,;]{{0,80}}?\s+and\s+(?:also\s+)?(?:served|acted|worked)\s+as\s+"
               rf"{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "Ida Lund served as director of photography"
    re.compile(rf"{_START}{_LEADER}(?P<names>{_PNAMES}){_OF_COMPANY}{_APPOSITIVE},?\s+(?:also\s+|again\s+)?(?:(?:served|acted|worked){_BESIDE}|was credited|"
               rf"(?:is|are|was|were)\s+(?:also\s+)?credited(?:\s+alongside\s+{NAME1})?|signed on|returned|joined|came on board|came aboard|"
               rf"stayed\s+(?:on|with\s+the\s+(?:project|production|film))|remained|took\s+charge|stepped\s+in|"
               rf"(?:was|were)\s+(?:hired|brought in|brought on|engaged|appointed|recruited|chosen|selected|assigned\s+to\s+the\s+(?:project|film|picture|production)))\s+as\s+(?:both\s+)?{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "X was appointed animation director"
    re.compile(rf"{_START}(?P<names>{_PNAMES}){_APPOSITIVE},?\s+(?:was|were)\s+appointed\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "... served as executive producers together with A, B and C": the people after the role
    re.compile(rf"\b(?:served|acted|worked|were credited|was credited)\s+as\s+{_DET}(?P<role>{_ROLE}),?\s+"
               rf"(?:(?:(?:together|along)\s+)?with|alongside)\s+(?:the\s+(?:[a-z-]+\s+){{1,3}}(?=[{UPPER}]))?(?P<names>{_PNAMES})"
               r"(?=\s*[,.;:]|\s+and\b|$)"),
    # "with A, B and C serving as executive producers", "with A producing and B serving as ..."
    re.compile(rf"\b(?:with|(?<=ing\s)and|(?<=camera\s)and)\s+(?:the\s+[{UPPER}][\w.\-]*['’]s\s+)?(?P<names>{_PNAMES}){_OF_COMPANY}\s+(?:also\s+)?(?:serving|acting|credited|working|supervising|overseeing\s+(?:it|the\s+film|the\s+project))"
               rf"(?:\s+(?:under|beside|alongside)\s+(?:him|her|them|[{UPPER}][\w'’.\-]*))?\s+as\s+{_DET}"
               rf"(?P<role>{_ROLE}){_ROLE_END}"),
    re.compile(rf"\bwith\s+(?P<names>{_PNAMES})\s+(?P<role>producing|co-producing)\b"),
    # "with A and B serving as executive producers and C as co-producer", "with A among the executive producers"
    re.compile(rf"\bwith\s+{_PNAMES}\s+(?:(?:serving|acting|credited)\s+as|among)\s+{_DET}(?:{_ROLE})\s+and\s+"
               rf"(?P<names>{_PNAMES})\s+as\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    re.compile(rf"\bwith\s+(?P<names>{_PNAMES})\s+(?:credited\s+|listed\s+)?among\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "A and B were among the executive producers", "X, ..., took an executive producer credit"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:was|were|is|are)\s+(?:also\s+)?(?:credited\s+|listed\s+)?among\s+(?:the|its)\s+(?P<role>{_ROLE})"
               rf"(?:\s+credited(?=\s+(?:alongside|with)\b))?{_ROLE_END}"),
    re.compile(rf"{_START}(?P<names>{_PNAMES}){_APPOSITIVE},?\s+(?:also\s+)?(?:took|received|earned|got|shared)\s+(?:an?\s+|the\s+)?(?P<role>{_ROLE})\s+credits?\b"),
    # "Madhouse, whose co-founder Rune Falk also served as a producer"
    re.compile(rf"\bwhose\s+(?:[a-z-]+\s+){{0,2}}(?P<names>{_PNAMES})\s+(?:also\s+)?(?:served|acted|worked)\s+as\s+"
               rf"{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "Quill hired Rune Falk as the film's editor"
    re.compile(rf"\b(?:hired|brought in|engaged|recruited|chose|picked|enlisted|signed)\s+(?P<names>{_PNAMES})\s+as\s+"
               rf"{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "The cinematographer, Rune Falk, shot the film in black and white"
    # "Kore-eda asked his director of photography, Masao Nakabori, to ..."
    re.compile(rf"\b(?:[Tt]he\s+(?:(?:film|director)['’]s\s+)?|(?<=\s)(?:his|her|their)\s+){_LONGTIME}(?P<role>{_ROLE}),\s+(?P<names>{_PNAMES})"
               r"(?=,|\.?$)"),
    # "Wenders's long-time editor Peter Przygodda put the film together": a regular collaborator
    # ("a cousin of Pixar's longtime composer Randy Newman" describes someone else)
    re.compile(rf"(?<!\bof\s)\b(?:[{UPPER}][\w'’.\-]*['’]s?|(?:the|his|her|their)\s+[a-z]+['’]s?)\s+{_REGULAR}\s+(?P<role>{_ROLE})"
               rf"\s+(?P<names>{_PNAMES})"),
    # "Lynch turned to Freddie Francis, the veteran cinematographer who had shot The Elephant Man",
    # "reunited with Yutaka Yamasaki, the cinematographer of Nobody Knows,": a described person
    re.compile(rf"(?:{_START}|\b(?:turned to|reunited with|hired|recruited|enlisted|brought in)\s+)(?P<names>{_PNAME}),\s+"
               rf"(?:the|an?)\s+(?:(?!of\b|and\b|son\b|daughter\b|wife\b|husband\b|brother\b|sister\b|father\b|mother\b)[\w-]+\s+){{0,3}}?"
               rf"(?P<role>{_ROLE})(?=\s+who\b|\s+of\s+[{UPPER}]|,)"),
    # "A served as assistant director and B as script supervisor": the second person, verb left out
    re.compile(rf"\b(?:served|acted|worked)\s+as\s+{_DET}(?:{_ROLE})\s*,?\s+and\s+(?P<names>{_PNAMES})\s+as\s+{_DET}"
               rf"(?P<role>{_ROLE}){_ROLE_END}"),
    # "Rune Falk, the film's production designer, built the sets"
    re.compile(rf"(?P<names>{_PNAME}),\s+(?:the film['’]s|its)\s+(?P<role>{_ROLE}),"),
    # "Lothar Holler, the production designer, had to ...": the bare role as an apposition
    re.compile(rf"{_START}(?P<names>{_PNAME}),\s+the\s+(?P<role>{_ROLE}),"),
    # "Executive producers included Rune Falk and Tove Berg"
    re.compile(rf"(?:^|(?<=[;:]\s))(?:The\s+(?:film['’]s\s+)?)?(?P<role_cap>{_ROLE_CAP})\s+(?:included|were|was)\s+"
               rf"(?P<names>{_PNAMES})(?=\s*[,.;:]|\s+and\b|$)"),
    # "Lumen's Teo Brae, an admirer of Lind who acted as its executive producer"
    # "James Schamus, his longtime producing partner, who served as co-producer": a lower-case aside
    re.compile(rf"(?P<names>{_PNAME}),\s+(?:[^,;]{{0,80}}?|(?:his|her|their|an?|the)\s+[a-z][a-z\s'’-]{{0,60}},\s+)\bwho\s+(?:also\s+)?(?:served|acted|worked|serves|acts|works)\s+as\s+"
               rf"{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "Cora Vey was the cinematographer"
    # "A and B were executive producers for Participant Media": no article, on behalf of a company
    re.compile(rf"{_START}{_LEADER}(?P<names>{_PNAMES}){_APPOSITIVE}\s+(?:was|were|is)\s+(?:(?:the film's|the film['’]s|the|its|an?)\s+)?"
               r"(?:(?:overall|chief|lead|senior|principal|original|initial|credited|sole)\s+)?"
               rf"(?P<role>{_ROLE})(?:{_ROLE_END}|(?<=producer|roducers)(?=\s+for\s+[{UPPER}]))"),
    # "the production designer Pia Dahl", "the cameramen Ida Lund and Eli Sand"
    re.compile(_TITLED),
    CREW_LIST_RE,
    # "fell to the editors A and B", "shaped in the cutting room with the editor X": not "the editor of"
    re.compile(rf"\b(?:[Tt]he|with|by)\s+(?P<role>(?:film\s+)?editors?)\s+(?P<names>{_PNAMES})(?!\s+of\b)"),
    # "The project was developed at The Lamp by producer Park Eun-kyung": a bare title after "by"
    re.compile(rf"\bby\s+(?P<role>producers?|executive producers?|editors?|composer)\s+(?P<names>{_PNAMES})"),
    # "Gibney's executive producers included A, B and C"; "persuaded the producers A and B to take it on"
    re.compile(rf"(?<!\bof\s)\b[{UPPER}][\w'’.\-]*['’]s?\s+(?P<role>{_ROLE})\s+(?:included|were)\s+(?P<names>{_PNAMES})"),
    re.compile(rf"\b(?:persuaded|convinced)\s+(?:the\s+)?(?P<role>producers?)\s+(?P<names>{_PNAMES})\s+to\b"),
    # "The producers—A, B and C—had met as students"
    re.compile(rf"\b[Tt]he\s+(?:film['’]s\s+)?(?P<role>{_ROLE})\s*[—–]\s*(?P<names>{_PNAMES})\s*[—–]"),
    # "Tim Yip was both production designer and costume designer" (the second role below)
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:was|were)\s+(?:both\s+|also\s+)?(?P<role>{_ROLE})"
               rf"(?=\s+and\s+(?:{_ROLE})\b|\s*[,.;])"),
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:was|were)\s+(?:both\s+|also\s+)?{_DET}(?:{_ROLE})\s+and\s+"
               rf"(?:the\s+)?(?P<role>{_ROLE}){_ROLE_END}"),
    # "the team of art directors included Ada Quill and Teo Brae"
    re.compile(rf"\b(?:team|group|crew) of (?P<role>{_TITLE_ROLE})\s+(?:included|comprised|was)\s+(?P<names>{_PNAMES})"),
    # "put together by a team of editors including A, B and C"
    re.compile(rf"\b(?:team|group) of (?P<role>{_ROLE})\s+(?:including|among them|led by)\s+(?P<names>{_PNAMES})"),
    # "Costumes were designed by Ada Quill", "the sets were designed by Teo Brae"
    # ("The sets, including the warm, cramped rooms of the house, were designed by": an aside with commas)
    re.compile(rf"\b(?P<role>[Cc]ostumes|[Tt]he costumes|[Tt]he sets|[Ss]ets|[Tt]he characters)(?:\s+for\s+[^,;]{{1,40}}?)?"
               rf"(?:{_APPOSITIVE}|,\s+(?:including|such\s+as|notably)\s+[^;.]{{1,120}}?,)(?:\s+(?:were|was|are|is)|,)\s+"
               rf"(?:(?:designed|created|made|supplied|provided)\s+by|the work of)\s+(?P<names>{_PNAMES})"),
    # "Amélie's red dresses and cardigans were designed by Madeline Fontaine"
    re.compile(rf"\b(?P<role>dresses|gowns|wardrobe|outfits|clothes|clothing)\b[^.;]{{0,50}}?\s+(?:were|was)\s+"
               rf"(?:designed|created|made)\s+by\s+(?P<names>{_PNAMES})"),
    # "Philip Smith handled the set decoration", "Aline Bonetto was responsible for production design"
    re.compile(rf"(?:{_START}|(?<=\band\s)){_LEADER}(?P<names>{_PNAMES}){_APPOSITIVE}(?:,\s+who)?\s+(?:also\s+|again\s+)?(?:handled|handling|oversaw|did|supervised|"
               rf"(?:was|were)\s+(?:again\s+|also\s+)?(?:responsible for|in charge of)|took charge of)\s+"
               rf"(?:both\s+)?(?:the\s+)?(?:film['’]s\s+)?(?P<role>{_CRAFT})\b"),
    # "Carlo Simi handled both the production design and the costumes": the second craft
    re.compile(rf"{_START}(?P<names>{_PNAMES}){_APPOSITIVE}\s+(?:also\s+)?(?:handled|oversaw|supervised)\s+both\s+(?:the\s+)?(?:{_CRAFT})"
               rf"\s+and\s+(?:the\s+)?(?P<role>{_CRAFT})\b"),
    # "The sound design, supervised by Paul Ottosson, ...", "the animation of Scar was supervised by X"
    re.compile(rf"\b(?P<role>[Ss]ound design|[Cc]ostume design|[Pp]roduction design|[Ss]et decoration|[Aa]rt direction|"
               rf"[Cc]horeography),?\s+(?:was\s+|were\s+)?(?:supervised|overseen|handled|led)\s+by\s+(?P<names>{_PNAMES})"),
    # "Masashi Ando served as character designer and animation director": the second role
    re.compile(rf"{_START}(?P<names>{_PNAMES}){_APPOSITIVE}\s+(?:also\s+)?(?:served|acted|worked)\s+as\s+(?:both\s+)?{_DET}(?:{_ROLE})\s+and\s+"
               rf"{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "Marie-Laure Valla dressed them as set decorator", "X supervised the animation as animation director"
    re.compile(rf"{_START}{_LEADER}(?P<names>{_PNAMES})\s+[a-z]+(?:\s+(?:it|them|(?:the|its)\s+[a-z]+(?:\s+and\s+[a-z]+)?))?\s+as\s+{_DET}"
               rf"(?P<role>{_TITLE_ROLE}){_ROLE_END}"),
    # "The dances were staged by Bobby Connolly"
    re.compile(rf"\b(?P<role>[Tt]he dances|[Dd]ances|[Tt]he dance numbers|[Tt]he musical numbers|[Tt]he fights|[Tt]he fight scenes)"
               rf"\s+(?:were|was)\s+(?:staged|choreographed|arranged)\s+by\s+(?P<names>{_PNAMES})"),
    # "Douglas Shearer headed the studio's sound department", "Jack Dawn's makeup department produced"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:also\s+)?(?:headed|led|ran|supervised)\s+(?:the\s+)?(?:(?:studio|film)['’]s\s+)?"
               rf"(?P<role>{_DEPARTMENTS})\s+department\b(?!\s+(?:on|of|for)\s+(?:the\s+)?second)"),
    re.compile(rf"{_START}(?P<names>{_PNAMES})['’]s\s+(?P<role>{_DEPARTMENTS})\s+department\s+(?:also\s+)?[a-z]+ed\b"),
    # "A and B shared the duties of director of photography", "Chris Menges was behind the camera"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:shared|split|divided)\s+the\s+(?:duties|role|job|post|work)\s+of\s+"
               rf"{_DET}(?P<role>{_ROLE})\b"),
    re.compile(rf"{_START}(?P<names>{_PNAMES}){_APPOSITIVE}\s+(?:again\s+|also\s+|once\s+more\s+)?(?:was|were|stood)\s+(?:again\s+)?behind\s+the\s+(?P<role>camera)\b"),
    # "J. Russell Spencer, as art director, designed the halls", "Behind the camera was Binod Pradhan"
    re.compile(rf"{_START}(?P<names>{_PNAMES}),\s+as\s+{_DET}(?P<role>{_ROLE}),"),
    re.compile(rf"\b[Bb]ehind\s+the\s+(?P<role>camera)\s+(?:was|were|stood)\s+(?P<names>{_PNAMES})"),
    # "shot by two cinematographers, Hans Charles and Kira Kelly"
    re.compile(rf"\bby\s+(?:two|three|four|five|six|several)\s+(?P<role>{_ROLE}),\s+(?P<names>{_PNAMES})(?=\s*[,.;]|$)"),
    # "A and B joined Linklater and his partner C as producers"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:also\s+)?joined\s+[^,;]{{1,80}}?\s+as\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "the production design was credited to A and B"
    # "The editing was again the work of Dulal Dutta"
    re.compile(rf"\b(?P<role>{_CRAFT})\s+(?:was|were)\s+(?:jointly\s+|also\s+|again\s+)?(?:credited\s+to|the\s+work\s+of)\s+"
               rf"(?P<names>{_PNAMES})"),
    # "The producing team was made up of A and B together with Aardman's founders, C and D"
    re.compile(rf"\b(?P<role>producing|camera|editing)\s+team\s+{_TEAM_OF}\s+(?P<names>{_PNAMES})"),
    re.compile(rf"\b(?P<role>producing|camera|editing)\s+team\s+{_TEAM_OF}\s+{_PNAMES}\s+(?:together|along)\s+with\s+"
               rf"(?:[\w'’]+\s+){{0,3}}?(?:founders?|partners?|heads?|colleagues?|owners?),?\s+(?P<names>{_PNAMES})"),
    # "Harris, who bought the rights and served as producer": a clause before the credit
    re.compile(rf"(?P<names>{_PNAME}),\s+who\s+[^,;]{{1,80}}?\s+and\s+(?:also\s+)?(?:served|acted|worked)\s+as\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "with A and B also taking producer credits"
    re.compile(rf"\bwith\s+(?P<names>{_PNAMES})\s+(?:also\s+)?(?:taking|receiving|sharing|getting)\s+(?:an?\s+)?(?P<role>{_ROLE})\s+credits?\b"),
    # "X oversaw the production as producer"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:also\s+)?(?:oversaw|supervised|ran|managed|steered|guided)\s+(?:the\s+)?"
               rf"(?:production|project|film|picture)\s+as\s+{_DET}(?P<role>{_ROLE}){_ROLE_END}"),
    # "Epstein and Carter Wilson are credited with the script"
    re.compile(rf"{_START}(?P<names>{_PNAMES})\s+(?:is|are|was|were)\s+(?:also\s+|jointly\s+|solely\s+)?credited\s+with\s+"
               rf"(?:the\s+)?(?:film['’]s\s+)?(?P<role>script|screenplay|score|music|editing|cinematography)\b"),
    # "represented on screen by the co-producers A, B, C and D": a plural producer title before a list
    re.compile(rf"\b(?:the|its|film['’]s)\s+(?P<role>co-producers|executive producers)\s+"
               rf"(?P<names>{_PNAME}(?:\s*,\s*{_PNAME})*(?:\s*,?\s+and\s+{_PNAME}))"),
    # "whose sets were dressed by Robert Gould"
    re.compile(rf"\b(?P<role>sets)\s+(?:were|was)\s+dressed\s+by\s+(?P<names>{_PNAMES})"),
]
# What was designed -> the designer's role.
DESIGNED = {"costumes": "costume designer", "the costumes": "costume designer", "the sets": "set designer",
             "sets": "set designer", "the characters": "character designer"}
DRESSED = {"sets": "set decorator"}
# Crafts a person "handled" -> role.
CRAFTS = {"the dances": "choreographer", "dances": "choreographer", "the dance numbers": "choreographer",
          "the musical numbers": "choreographer", "the fights": "choreographer", "the fight scenes": "choreographer",
          "sound": "sound designer", "art": "art director", "costume": "costume designer", "camera": "cinematographer",
          "music": "composer", "set decoration": "set decorator", "production design": "production designer",
          "costume design": "costume designer", "costumes": "costume designer", "art direction": "art director",
          "sound design": "sound designer", "choreography": "choreographer", "cinematography": "cinematographer",
          "editing": "editor", "score": "composer", "casting": "casting director", "makeup": "makeup artist",
          "make-up": "makeup artist", "special effects": "special effects", "visual effects": "visual effects",
          "color design": "color designer", "colour design": "color designer",
          "script": "screenwriter", "screenplay": "screenwriter"}
# "was originally attached but withdrew", "her music was rejected": a credit named before these
# words did not last (one named after them, "replaced by X", did)
VETO = re.compile(r"\b(?:withdrew|dropped out|left the (?:project|production|film)|was (?:fired|dismissed)|"
                  r"(?:was|were) rejected|originally attached|initially (?:hired|attached)|turned (?:it|the job) down|"
                  r"declined|was replaced)\b")
# "an audio commentary by cinematographer John Bailey": an extra of a home release, not a credit
EXTRA_BY = re.compile(r"\b(?:commentary|commentaries|interview|introduction|essay|featurette|appreciation)\s+"
                      r"(?:track\s+)?(?:by|with|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$")
# Every pattern above needs one of these words: most sentences are passed over with one search.
PEOPLE_HINT = re.compile(rf"(?i:{_ROLE})|department|credited with|[Bb]ehind the camera|[Dd]ances|numbers|[Ff]ights|fight scenes|[Cc]ostumes|[Ss]ets\b|[Cc]haracters|{_CRAFT}|dresses|gowns|wardrobe|outfits|clothes|clothing")
TITLED_RE = re.compile(_TITLED)
CLOTHES = {"dresses", "gowns", "wardrobe", "outfits", "clothes", "clothing"}
