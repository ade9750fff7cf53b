"""The crew patterns of prose that read a deed, not a title: "Rune Falk edited the film", "was hired
to compose the score", "The sound effects were mixed by A and B" (verb phrase -> credit role).

Read by :mod:`graph.extract.crew`; no functions here, only the vocabulary and the compiled forms.
The role nouns and title shapes are in :mod:`graph.extract.crew_patterns`.
"""

from __future__ import annotations

import re

from .. import places
from .crew_patterns import _APPOSITIVE, _PNAMES, _START
from .names import UPPER

# "was hired to compose the score", "Quill brought in Rune Falk to edit the film": the job -> role
HIRED_TO = re.compile(
    rf"(?:{_START}(?P<names>{_PNAMES}){_APPOSITIVE}\s+(?:was|were)\s+(?:hired|chosen|brought in|brought on|engaged|recruited|signed|asked|assigned)"
    rf"|\b(?:hired|brought in|engaged|recruited|chose|asked|enlisted|assigned|commissioned)\s+(?P<object>{_PNAMES}))\s+to\s+"
    # "was assigned to produce": the job alone names the role; "commissioned X to supply additional music"
    r"(?P<job>compose|score|write|co-write|edit|cut|shoot|photograph|design|choreograph|produce|direct|speak|read|deliver|"
    r"supply|provide)\b"
    r"(?:\s+(?P<what>(?:(?:the|its)\s+(?:film['’]s\s+)?|(?=(?:additional|original|new)\s+music\b))"
    r"(?:[\w-]+\s+)?(?:score|music|screenplay|script|film|picture|footage|material|costumes|sets|production|dances|fights|narration))\b)?")
JOBS = (("compose|score", "", "composer"), ("write|co-write", "screenplay|script", "screenwriter"),
         ("edit|cut", "", "editor"), ("shoot|photograph", "", "cinematographer"), ("design", "costumes", "costume designer"),
         ("design", "sets", "set designer"), ("design", "production", "production designer"),
         ("choreograph", "", "choreographer"), ("produce", "", "producer"), ("direct", "", "director"),
         ("speak|read|deliver", "narration", "narrator"), ("supply|provide", "score|music", "composer"))
# What a deed is done to when the film itself is meant
_THE_FILM = r"(?:the film|the picture|the movie|it)\b"
_SHOT_AND_EDITED = r"(?:both\s+)?(?:shot|photographed)\s+and\s+(?:co-)?edited"
# "<name> edited the film", "<name> wrote the score": verb phrase -> role.
DEEDS: tuple[tuple[str, str], ...] = (
    (r"(?:co-)?edited|re-edited|cut|assembled|(?:returned|came back) to (?:cut|edit)", r"(?:the film|the picture|the movie|it|the\s+(?:[\w-]+\s+)?(?:footage|material)"
     r"|the\s+(?:first|rough|initial|final)\s+cut)\b",
     "editor"),
    # "A, B and C contributed the music", "X wrote the small amount of original music"
    (r"composed|wrote|scored|created|contributed|supplied|provided", r"(?:(?:most|much|part)\s+of\s+)?(?:the film['’]s|the|its|a|an)(?:\s+[\w-]+){0,4}?\s+"
                                       r"(?:score|music|soundtrack)\b", "composer"),
    (r"contributed|provided|supplied|wrote|composed", r"(?:the\s+|some\s+)?additional\s+music\b", "composer"),
    # "X, better known as a Broadway musical director, supplied the few cues the film uses"
    (r"contributed|provided|supplied|wrote|composed", r"(?:the\s+|some\s+)?(?:few\s+|additional\s+)?(?:music\s+)?(?:cues|themes)\b", "composer"),
    (r"produced|co-produced", _THE_FILM, "producer"),
    # "X, one of the studio's house producers, oversaw the production"
    # ("oversaw the production as associate producer": the role the sentence names is read elsewhere)
    (r"oversaw|supervised", r"the\s+production\b(?!\s+(?:design|designer|of|company|team|office|manager|process|as)\b)", "producer"),
    # "Choi Ki-sup produced alongside Park": a producer beside another
    (r"produced|co-produced", r"(?=(?:alongside|together\s+with)\s+[A-Z])", "producer"),
    (r"(?:co-)?wrote|(?:co-)?composed|penned", r"(?:the\s+|its\s+)?(?:film['’]s\s+)?(?:original\s+|title\s+|theme\s+)?song\b",
     "songwriter"),
    (r"provides|provided|delivers|delivered|supplies|supplied", r"(?:the\s+)?(?:film['’]s\s+)?narration\b", "narrator"),
    (r"sang|sings|performed|performs", r"(?:the\s+|its\s+)?(?:film['’]s\s+)?(?:theme|title|opening|closing|ending|end)\s+"
                                       r"(?:theme\s+)?(?:song|theme)\b", "singer"),
    (r"wrote|co-wrote|penned", r"(?:the film['’]s|the|its)\s+(?:[\w-]+\s+)?(?:screenplay|script|scenario)\b", "screenwriter"),
    (r"photographed|lit and shot|lit and photographed", _THE_FILM, "cinematographer"),
    (r"handled|oversaw|shared|split|completed|finished|took on", r"(?:the|its)\s+(?:photography|cinematography)\b", "cinematographer"),
    (r"shared|split|handled|took on|took over", r"(?:the|its)\s+(?:editing|cutting)\b", "editor"),
    # "X both shot and edited the film": two crafts in one deed
    *((_SHOT_AND_EDITED, _THE_FILM, role) for role in ("cinematographer", "editor")),
    (r"recorded", r"(?:the|its)\s+(?:sound|location sound|production sound)\b", "sound recordist"),
    (r"created|designed|built|crafted", r"(?:the film['’]s|the|its)\s+(?:[\w-]+\s+)?(?:sound design|soundscape)\b", "sound designer"),
    (r"put|pieced|stitched", _THE_FILM + r"\s+together\b", "editor"),
    (r"mixed", r"(?:the|its)\s+(?:sound|soundtrack)\b", "sound mixer"),
    (r"designed|created|made", r"(?:(?:the film['’]s|the|its|[A-Z]\w*['’]s)|(?:more than\s+|some\s+|about\s+)?\d[\d,]*)\s+(?:sets,?\s+(?:and\s+)?)?"
                               r"(?:(?:period|principal|main|lavish|elaborate|[A-Z][a-z]+)\s+)?(?:costumes|gowns|wardrobe)\b", "costume designer"),
    (r"designed", r"(?:the|its)\s+production\b", "production designer"),
    # "X dressed Bacall in tailored suits"
    (r"dressed", r"(?:(?:[A-Z][\w'’-]+\s+){1,2}in\s+(?!the\s+(?:role|part)\b)|[A-Z][\w'’-]+,\s+including\b)", "costume designer"),
    (r"supervised|oversaw|directed", r"the\s+animation\s+of\b", "animation director"),
    (r"wrote|penned|supplied|contributed", r"(?:the\s+)?(?:song['’]s\s+)?lyrics\b", "lyricist"),
    (r"designed", r"(?:the|its)\s+sets\b", "set designer"),
    (r"directed", r"(?:the|its)\s+art(?:\s+direction)?\b", "art director"),
    (r"designed", r"(?:the|its)\s+characters\b", "character designer"),
    # "Pierce designed the Monster's make-up"
    (r"designed|created|devised|applied", r"(?:the film['’]s|the|its)\s+(?:[\w-]+['’]s\s+|[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+)?make-?up\b",
     "makeup artist"),
    # "X created the opening titles", "X designed the poster and the title sequence"
    (r"designed|created|devised|made|animated", r"(?:the\s+(?:[\w-]+\s+){0,2}and\s+)?(?:the film['’]s|the|its)\s+(?:[\w-]+\s+)?"
                                                r"(?:titles|title\s+sequence|title\s+design|credits\s+sequence)\b", "title designer"),
    (r"choreographed|staged", r"(?:the film['’]s|the|its)\s+(?:fights|fight scenes|dances|dancers|dance numbers|dance sequences|"
                              r"dance scenes|musical numbers|action)\b", "choreographer"),
    (r"supplied|provided|created|produced|designed|handled|did|devised|supervised|oversaw",
     r"(?:the|its)\s+(?:[\w-]+\s+)?special effects\b", "special effects"),
    (r"supplied|provided|created|produced|designed|handled|did", r"(?:the film['’]s|the|its)\s+(?:[\w-]+\s+)?visual effects\b", "visual effects"),
    (r"adapted", r"(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?(?:into|as)\s+(?:a\s+)?(?:screenplay|script)\b", "screenwriter"),
    # "King Vidor directed the remaining sepia scenes" (uncredited: a director all the same)
    (r"directed", r"(?:the\s+)?(?:remaining|some|several|additional|other|many|most|all)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,2}"
                  r"(?:scenes|sequences)\b", "director"),
    (r"wrote|drafted|turned in|delivered", r"(?:an?|the)\s+(?:early\s+|first\s+|new\s+)?(?:treatment|draft|rewrite)\b", "screenwriter"),
    (r"polished|rewrote|punched up", r"(?:the\s+)?(?:dialogue|script|screenplay)\b", "screenwriter"),
    # "The American humorist X supplied additional English dialogue"
    (r"supplied|wrote|provided|contributed", r"(?:(?:additional|some|extra|the)\s+)*(?:[A-Z][a-z]+\s+)?dialogue\b", "screenwriter"),
    # "For the score, X developed music from themes by Y"
    (r"developed|arranged|adapted", r"(?:the\s+)?(?:music|score)\b", "composer"),
    # "A and B also contributed uncredited rewrites"
    (r"contributed|provided|did|made", r"(?:(?:uncredited|additional|some|further)\s+)*(?:rewrites|script revisions|script doctoring)\b",
     "screenwriter"),
    # "X also worked on the script without screen credit"
    (r"worked|collaborated", r"on\s+(?:the\s+)?(?:script|screenplay)\b", "screenwriter"),
)
# ("The veteran Japanese designer X created the costumes": a nationality among the describing words)
_DEMONYM = "|".join(sorted((d.capitalize() for d in places.DEMONYMS), key=len, reverse=True))
# ("owes much to X, who photographed it": a name after "to", "with" or "from", when "who" makes it the
# deed's subject; after "by" the name's credit is the clause's own)
DEED = [(re.compile(rf"(?:{_START}(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[a-z-]+\s+)?|\b[Tt]he\s+(?:(?:[a-z]+|{_DEMONYM})\s+){{0,2}}[a-z]+\s+"
                     rf"|(?:(?<=\bto\s)|(?<=\bwith\s)|(?<=\bfrom\s))(?=[{UPPER}][^,;]{{2,40}},\s+who\s))"
                     rf"(?P<names>{_PNAMES})"
                     # ("Bernard Maurice of Specta Films produced the picture": the person's company between)
                     rf"(?:\s+of\s+(?:[A-Z][\w'’.\-]*\s+){{0,3}}[A-Z][\w'’.\-]*(?=\s+[a-z]))?{_APPOSITIVE}(?:,\s+who|(?<=[a-z]),(?=\s+[a-z]))?\s+(?:also\s+|later\s+|again\s+|once\s+again\s+|once\s+more\s+)?"
                     rf"(?:{verbs})\s+{obj}"), role) for verbs, obj, role in DEEDS]
DEED_HINT = re.compile("|".join(rf"\b(?:{verbs})\b" for verbs, _, _ in DEEDS))
# "The sound effects were mixed by A and B": what was done to the sound -> the role
SOUND_BY = re.compile(rf"\b(?:[Ss]ound|[Ss]ound effects|[Ss]oundtrack|[Dd]ialogue)(?:\s+for\s+the\s+(?:film|documentary|picture))?\s+(?:was|were)\s+(?:(?:also|later)\s+)?"
                      rf"(?P<verb>mixed|re-recorded|recorded|edited|designed)(?:\s+and\s+(?:mixed|re-recorded|recorded|edited))?"
                      rf"\s+by\s+(?P<names>{_PNAMES})")
SOUND_ROLES = {"mixed": "sound mixer", "re-recorded": "sound mixer", "recorded": "sound recordist",
               "edited": "sound editor", "designed": "sound designer"}
# "Eli Sand recorded the sound and Ola Fors mixed it": "it" is the sound.
MIXED_IT = re.compile(rf"\band\s+(?P<names>{_PNAMES})\s+mixed\s+it\b")
# "Kassovitz cut the film himself together with Scott Stevenson": a partner in the deed
# "wrote the screenplay with the Danish playwright Peter Asmussen": a described partner
DEED_WITH = re.compile(rf"(?:\s+(?:himself|herself|themselves))?,?\s+(?:(?:together|along)\s+with|alongside|in\s+(?:collaboration|partnership)\s+with|working\s+with"
                       rf"|with(?=\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:playwright|novelist|writer|screenwriter|poet|author|"
                       rf"journalist|critic|composer|musician|editor|cinematographer)\s+[A-Z])"
                       # ("cut the film with Arnold Glassman, a process ...": a partner right after the deed, no comma)
                       rf"|(?<=[a-z]\s)with(?=\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*[,.;]))"
                       rf"\s+(?:(?:the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}(?:playwright|novelist|writer|screenwriter|poet|author|"
                       rf"journalist|critic|composer|musician|editor|cinematographer)\s+)?(?P<names>{_PNAMES})")
# "Editing took eighteen months, with Godelieve Vandersteen cutting the film": a deed in "-ing"
# ("with A and B contributing to the screenplay")
WITH_DOING = re.compile(rf"\bwith\s+(?P<names>{_PNAMES})\s+(?:(?P<verb>cutting|editing|shooting|photographing|scoring)\s+{_THE_FILM}"
                        r"|contributing\s+to\s+the\s+(?P<work>screenplay|script|score|music))")
DOING_ROLES = {"screenplay": "screenwriter", "script": "screenwriter", "score": "composer", "music": "composer",
               "cutting": "editor", "editing": "editor", "shooting": "cinematographer", "photographing": "cinematographer",
               "scoring": "composer"}
# "... and executive produced the film together with A and B": the partners, whoever the subject
PARTNERS_IN = re.compile(rf"\b(?P<verb>executive[- ]produced|co-produced|produced|edited|cut|photographed)\s+(?:the film|the picture|it)\s+"
                         rf"(?:(?:together|along)\s+)?with\s+(?P<names>{_PNAMES})")
PARTNER_ROLES = {"executive produced": "executive producer", "executive-produced": "executive producer",
                 "co-produced": "producer", "produced": "producer", "edited": "editor", "cut": "editor",
                 "photographed": "cinematographer"}
# "Barnett shared producing credit with Frank Hübner, of the German company X, and Tim Sanders"
SHARED_CREDIT = re.compile(r"\bshar(?:ed|ing)\s+(?:a\s+|the\s+)?(?P<craft>producing|producer|production|writing|screenwriting|"
                           r"screenplay|editing|directing)\s+"
                           r"(?:credits?|duties)\s+with\s+(?P<tail>(?:[^;.]|(?<=\b[A-Z])\.(?=\s+[A-Z]))+)"
                           # "the producing credit was shared among A, the co-founder of X, B of Y, and C"
                           r"|\b(?P<craft2>producing|producer|writing|screenwriting|screenplay|editing|directing)\s+credits?\s+"
                           r"(?:was|were)\s+(?:also\s+)?(?:shared|split|divided)\s+(?:among|between|by)\s+(?P<tail2>(?:[^;.]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s+[A-Z]))+)"
                           # "Cinematography was shared between A, a cameraman ..., and the photographer B"
                           r"|\b(?P<craft3>[Cc]inematography|[Pp]hotography|[Ee]diting|[Tt]he\s+editing|[Tt]he\s+photography)\s+(?:was|were)\s+(?:also\s+)?"
                           r"(?:shared|split|divided)\s+(?:among|between|by)\s+(?P<tail3>(?:[^;.]|\.(?=\w)|(?<=\b[A-Z])\.(?=\s+[A-Z]))+)")
SHARED_ROLES = {"cinematography": "cinematographer", "photography": "cinematographer", "the photography": "cinematographer",
                "the editing": "editor", "producing": "producer", "producer": "producer", "production": "producer", "screenplay": "screenwriter", "writing": "screenwriter", "screenwriting": "screenwriter",
                "editing": "editor", "directing": "director"}
