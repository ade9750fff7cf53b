"""Facts from prose: the lead's description and "<verb> by NAMES" credits (source works and
adaptations are read by :mod:`graph.extract.works`)."""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import FILM, Attribute, Credit
from ..normalize import name_key
from .context import Context
from .crew_patterns import ROLE_NOUNS
from .surnames import shared_surnames
from .music_use import OLD_SONG, SONG_NEAR, SONG_WRITTEN, used_not_scored
from .names import NAMES, UPPER, blank_nicknames, clean, names_before_verb, resolve_names, split_names, strip_country_owner, without_owner
from .works import BASED, adaptation, based_on

# "is a 2017 Japanese animated science fiction film"; "is a 1950 American film noir and satire"
_DESCRIPTION = re.compile(r"\b(?:is|was) (?:an? |the )?(?P<desc>[^,;]*?)\s*\b(?:film|movie|feature)\b"
                          r"(?P<noir>\s+noir\b(?:\s+and\s+(?P<more>[^,;.]*))?)?")
# Without the noun "film": "is a 2019 South Korean black comedy thriller directed by ...". Only a
# description that starts with a year is taken, so "is a story about ..." is not read as genres.
_DESCRIPTION_BARE = re.compile(
    r"\b(?:is|was) (?:an? )?(?P<desc>(?:1[89]\d{2}|20\d{2})\b[^,;:.()]*?)"
    r"(?=\s+(?:directed|written|produced|made|set|shot|about|that|which|starring|co-written|created|"
    r"based|adapted|from|by|in|with|for|of)\b|\s*[,;:.(]|$)")
_DESCRIBED = (rf"(?:(?:the|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?[a-z][\w-]+\s+(?=[{UPPER}])"
              # "assembled by editor Anne-Laure Guégan": a bare title before the name
              rf"|(?:editor|composer|cinematographer|director of photography|production designer|costume designer|"
              rf"art director|producer|animator)s?\s+(?=[{UPPER}])"
              # "composed by his brother, Osaro Igbinedion": a relative named in apposition
              rf"|(?:his|her|their)\s+(?:brother|sister|wife|husband|son|daughter|father|mother|partner|cousin),\s+(?=[{UPPER}])"
              # "by Abreu's São Paulo studio Filme de Papel", "by Sergei Selyanov's St Petersburg company CTB": an owner and a place
              rf"|(?:[{UPPER}][\w'’-]*\s+)?[{UPPER}][\w'’-]*['’]s\s+(?:[{UPPER}][\w-]*\s+){{0,2}}(?:company|studio|firm|banner|label)\s+(?=[{UPPER}]))?")
_BY = re.compile(
    # "Directed by X from a screenplay by Y, the film ...": a sentence may open with the verb
    r"\b(?P<verbs>(?:(?:(?i:co)-)?(?:(?i:d)irected|(?i:w)ritten|(?i:p)roduced|(?i:e)dited|(?i:p)hotographed|scored|composed|"
    r"(?i:n)arrated|scripted|shot|drawn|illustrated|(?i:d)istributed|(?:re-)?released|(?i:a)nimated|choreographed|"
    # "the footage was cut by the editor X"
    r"(?<=was )cut|(?<=were )cut|orchestrated|sung|(?<=was )performed|(?<=were )performed|(?<=footage was )assembled|(?<=film was )assembled|(?<=picture was )assembled|(?<=material was )assembled)"
    r"|(?i:e)xecutive produced)"
    r"(?:(?:,\s*|\s+and\s+)(?:co-)?(?:directed|written|produced|edited|scored|illustrated|distributed|sung|performed|"
    r"recorded))*)"
    # "re-released theatrically by X"
    # "edited by his long-time collaborator X": a description before the name
    # "produced in France by A and B"
    rf"(?:\s+[a-z]+ly|\s+in\s+(?:the\s+)?[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?|\s+in\s+(?:colou?r|black[- ]and[- ]white|widescreen|Technicolor|CinemaScope)(?:\s+(?:widescreen|CinemaScope|Technicolor))?)?\s+by\s+(?P<desc>{_DESCRIBED})(?P<names>{NAMES})"
    # "a short story by X" is the source's author, not the film's story credit
    r"|\b(?P<noun>(?i:s)creenplay|(?i:s)cenario|(?<!short )(?i:s)tory|(?i:m)usic|(?i:s)core|(?i:c)inematography|(?i:e)diting|narration|animation|"
    r"character designs?|sets|pieces|compositions|(?i:p)roduction design|(?i:v)isual effects|(?i:s)pecial effects|(?i:d)igital effects|"
    r"(?i:l)yrics|(?i:c)asting|(?i:m)ake-?up|(?i:a)rt direction|(?i:s)et decoration|(?i:s)ound design|"
    r"(?i:c)ostume design|(?i:c)horeography|(?i:c)olou?r design|(?i:v)isual effects supervision|(?i:a)nimation direction|"
    r"(?i:d)istribution|(?i:e)dit|(?<=[a-z] )release|(?<=with )costumes|(?i:w)ardrobe|(?i:t)itle sequence|(?i:t)itles(?=\s+(?:were|was)\s+(?:by|the\s+work\s+of|designed|created)\b)|(?i:c)ostumes(?=\s+(?:were|was)\s+(?:by|the\s+(?:work|responsibility)\s+of)\b)|(?:[Pp]rincipal\s+)?(?i:p)hotography|(?i:o)rchestrations?|(?i:c)amera\s?work|(?<![a-z] )(?i:s)hooting(?=\s+was\s+handled))"
    # "The casting itself was overseen by X"
    r"(?:\s+itself)?"
    # "Choreography for the wedding sequences was provided by X", "The story was conceived by X"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[a-z][\w\s-]{0,30}?(?=\s+(?:was|were|is|are)\s)"
    # "Local casting in Chicago was run by X": a place the work was done in
    rf"|\s+in\s+[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?(?=\s+(?:was|were)\s))?"
    # "the music, with its prominent flute passages, was written by X"
    # "The score, which carries much of the weight in place of dialogue, was written by X"
    r"(?:,\s+(?:with|in|on|from|including|which|that|[a-z]+ed|heard|seen|known|sung|played|built|made|kept|held|given|shown)"
    r"\s+[^,;]{1,90},)?"
    r"(?:,)?(?:\s+which)?\s+(?:(?:was|were|is|are)\s+)?(?:(?:provided|handled|supplied|composed|written|designed|created|"
    r"done|built|led|run|conceived|devised|overseen|supervised|carried\s+out|undertaken|developed)\s+(?:jointly\s+|over\s+(?:several|many|two|three)\s+years\s+)?)?"
    # "the ageing makeup was the work of X", "the score was entrusted to the cellist and composer X"
    rf"(?:by|the\s+work\s+of|entrusted\s+to|credited\s+to|the\s+(?:job|responsibility)\s+of|in\s+the\s+hands\s+of)\s+"
    # ("entrusted to the Austrian editor X", "written (supplied) by the Taiwanese musician X": a nationality only
    # after these words; "pieces by the Italian composer X" are no credit)
    rf"(?P<ndesc>the\s+(?:[{UPPER}][\w-]*\s+){{1,3}}(?:[a-z-]+\s+)?(?:company|studio|firm|label|house)\s+(?=[{UPPER}])"
    rf"|(?:the\s+)?(?:(?<!by )(?<!(?<!written )(?<!composed )(?<!supplied )(?<!provided )by the )[{UPPER}][\w-]+\s+(?=[a-z]))?(?:[a-z]+(?:['’]s)?\s+){{0,4}}?)?(?P<nnames>{NAMES})"
    # "The narration, written by the director, is read by the actor X"
    r"|\b(?P<nar>narration)(?:,\s+[^,;]{1,40},|\s+that\s+[^,;]{1,50}?)?\s+(?:(?:was|is)\s+)?(?:spoken|delivered|read|voiced|performed|provided|recorded)\s+"
    rf"by\s+{_DESCRIBED}(?P<narnames>{NAMES})"
)
_OTHER_WORK = re.compile(r"\b(?:dub|dubbing|version|remake|sequel|prequel|episode|musical|staging|short film|screen tests?|"
                         # "a portmanteau film, with other segments to be directed by A and B"
                         r"(?:other\s+)?segments\s+to\s+be|"
                         # "it was remade in France as Un homme et son chien, directed by X"
                         r"remade(?:\s+(?:in|by)\s+[^,;]{1,30}?)?\s+as\s+[^,;]{1,60}?|"
                         r"making-of documentary|documentary about the (?:film|production|making)|"
                         r"trailer|teaser|commercial|advertisement|music video|companion film)"
                         # "The companion short film Aningaaq, written and directed by X": its title may follow
                         r"(?:\s+[A-Z][\w'’:-]*(?:\s+[A-Z][\w'’:-]*){0,4}(?=,))?"
                         # "In the English dub produced by Funimation and directed by X"
                         r"(?:\s+(?:was\s+)?(?:produced|recorded|made|released)\s+by\s+[^,;.]{1,40}?\s+and)?"
                         # "The English dub recorded for the North American release was directed by X"
                         r"(?:\s+(?:recorded|made|produced|prepared)\s+for\s+[^,;.]{1,40}?)?"
                         # "An English dub, produced by X", "A planned sequel, to be produced by X"
                         r"(?:,[^,;.]{1,40},)?(?:\s+(?:was|were|is|are))?,?(?:\s+to\s+be)?\s*$")
_PART_DIRECTED = re.compile(r"\b(?:photography|(?i:a)nimation|(?:(?i:b)ackground\s+)?art|fights?|fight scenes|action|action scenes|sequences?|"
                            r"second unit|(?i:d)ubbing|voice work|(?i:v)oice recording|recording|battle scenes|music video)"
                            r"\s+(?:was|were)\s*$")
# What was directed -> the role of the one who directed it ("Animation was directed by X").
_PART_ROLES = (("photograph", "cinematographer"), ("animation", "animation director"), ("dubbing", "voice director"),
               ("voice", "voice director"), ("art", "art director"))
# "whose previous film The Orchard had been distributed by X": a credit of another film
_EARLIER_FILM = re.compile(r"\b(?:previous|earlier|prior|next|later|last|debut|first|second)\s+(?:film|feature|picture|"
                           r"movie|work|short)\b[^.;]{0,60}$")
# "The visual effects were produced by X": not a producer of the film
# ("Digital effects, including the clouds of arrows, were produced by X": the effects' maker)
_PRODUCED_OTHER = re.compile(r"\b(?:effects|soundtrack|album|dub|score|music|songs?|trailer|documentary|series|"
                             r"novelization|novelisation|play|translation|novel|book|manga|comics?)(?:,\s+including\s+[^,;]{1,60},)?"
                             r"(?:\s+(?:was|were|is|are)\s+|,\s+)"  # ("The soundtrack album, released by X")
                             r"(?:later\s+|first\s+|then\s+|also\s+|subsequently\s+)?$")
_FORMS_WORD = r"(?:manga|novel|novella|book|comic|memoir|play|short story)"
_WRITTEN_OTHER = re.compile(r"\b(?:songs?|lyrics|music|score|theme|novel|book|article|play|poem|letters?|"
                            r"speech|monologue|subtitles|intertitles|titles)(?:,\s+(?:which|that|[a-z]+ed)\s+[^,;]{1,90},)?"
                            r"\s+(?:was|were|is|are)\s+(?:\w+\s+)?$"
                            # "Murnau kept the intertitles to a minimum; the few that remain were written by"
                            r"|\b(?:subtitles|intertitles)\b[^.]{0,60}\b(?:was|were)\s+$"
                            # "the versions of 'Country Road' sung in the film were written by"
                            r"|\bsung\b[^.]{0,40}\b(?:was|were)\s+$"
                            # "the poems that Paterson writes in the film were composed by X": not the score
                            r"|\b(?:poems?|verses|letters)\b[^.;,]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?$"
                            # "It adapts the manga Omoide Poro Poro, written by A and drawn by B": the source's
                            rf"|\b{_FORMS_WORD}\s+(?:[A-Z][^,;.]{{0,50}})?,\s*(?:[a-z]+\s+by\s+[^,;.]{{1,40}}?\s+and\s+)?$"
                            # "a chant sung around the bonfire, which was written by X": a clause
                            # about something other than the film or its script
                            r"|\b(?!(?:film|screenplay|script|picture|movie|story|scenario|teleplay)\b)[a-z]+,?\s+"
                            r"which\s+(?:was|were)\s+(?:\w+\s+)?$")
# "composed by A together with B and C", "by A, the director's stepson, working together with B"
_TOGETHER_WITH = re.compile(rf"(?:\s+of\s+(?:the\s+)?[^,;]{{1,60}}|,\s+(?:the|his|her|their|an?)\s+[^,;]{{1,60}})?,?\s+(?:working\s+)?(?:together|along)\s+with\s+"
                            # "together with his co-writers A and B", "together with his long-time partner A"
                            rf"(?:(?:his|her|their)\s+(?:co-?(?:writers|authors|screenwriters|producers|editors)|(?:long-?time\s+|frequent\s+|regular\s+)?(?:partner|collaborator|arranger))\s+)?(?P<names>{NAMES})"
                            # "written by X, with additional contributions from A and B" (but in "directed by X,
                            # who wrote the screenplay together with A", A did not direct)
                            rf"|(?:,\s+who\s+[^,;]{{1,80}})?,?\s+with\s+additional\s+(?:contributions|music|material|cues)\s+"
                            rf"(?:from|by)\s+(?P<more>{NAMES})")
_AND_BY = re.compile(rf"(?:\s+(?:in|for|on)\s+[^,;]{{1,40}}?|,\s+(?:the|a|an|his|her|their)\s+[^,;]{{1,60}}?(?=,))?,?\s+and\s+(?:(?:in|for)\s+[^,;]{{1,30}}?\s+|[a-z]+ly\s+)?by\s+(?P<names>{NAMES})")
def extract_lead(ctx: Context) -> None:
    """Year, countries and genres from the lead's "is a 2017 Japanese animated ... film" sentence."""
    for section, sentence in ctx.sentences([ctx.article.lead]):
        m = _DESCRIPTION.search(sentence.text) or _DESCRIPTION_BARE.search(sentence.text)
        if not m:
            continue
        evidence = ctx.sentence_evidence(section, sentence)
        words = m.group("desc")
        year = re.search(r"\b(1[89]\d{2}|20\d{2})\b", words)
        if year:
            ctx.facts.attributes.append(Attribute("year", int(year.group(1)), evidence))
            words = words[year.end():]
        found = _describe(words)
        if m.re is _DESCRIPTION and m.group("noir"):
            found += [("genre", "film noir")] + _describe(m.group("more") or "")
        for kind, value in found:
            ctx.facts.attributes.append(Attribute(kind, value, evidence))
        return


def _describe(words: str) -> list[tuple[str, str]]:
    """Split "Japanese animated science fiction action" into countries and genres, longest first."""
    tokens = re.findall(r"[\w'’-]+", words.casefold())
    found, i = [], 0
    while i < len(tokens):
        for n in (3, 2, 1):
            phrase = " ".join(tokens[i:i + n])
            if len(tokens[i:i + n]) < n:
                continue
            parts = phrase.split("-")
            if phrase in places.DEMONYMS:
                found.append(("country", places.DEMONYMS[phrase]))
            elif len(parts) > 1 and all(p in places.DEMONYMS for p in parts):
                found.extend(("country", places.DEMONYMS[p]) for p in parts)
            elif phrase in lexicon.GENRES or (len(parts) > 1 and all(p in lexicon.GENRES for p in parts)):
                # "action-adventure": two genres joined read as one description
                found.append(("genre", phrase.replace("-", " ") if phrase == "science-fiction" else phrase))
            else:
                continue
            i += n
            break
        else:
            i += 1
    return found


def credit_sections(ctx: Context):
    """The sections whose prose may say who made the film: not the plot, cast or reception."""
    skip = lexicon.NARRATIVE_SECTIONS + ("reception", "critical", "accolades", "awards", "legacy", "remake",
                                         "sequel", "other versions", "adaptations")
    return [s for s in ctx.article.walk()
            if not any(w in name_key(s.path_label) for w in skip)]


def extract_prose_credits(ctx: Context) -> None:
    """Source works, adaptations and "<verb> by NAMES" credits from the credit sections."""
    for section, sentence in ctx.sentences(credit_sections(ctx)):
        evidence = ctx.sentence_evidence(section, sentence)
        # "co-produced by Argentina's Pampa Cine"; "produced by Robert and Raymond Hakim"
        text = shared_surnames(ctx.names, blank_nicknames(strip_country_owner(sentence.text)))
        if adaptation(ctx, text, evidence):
            ctx.consumed.add(sentence.start)
            continue
        for m in (BASED.finditer(text) if "based on" in text else ()):
            based_on(ctx, m, evidence)
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
        for m in _BY.finditer(text):
            other = _OTHER_WORK.search(text, max(0, m.start() - 60), m.start())
            if other and m.group("noun") and re.fullmatch(r"musical\s+", text[other.start():m.start()]):
                other = None  # "The musical score was written by X": an adjective, not a stage musical
            if other:
                # "An Argentine version, Inseparables, directed by X": not this film's; "a dub
                # directed by X": the voice director of this film's dub
                if re.search(r"\bdub|\b(?:English|[A-Z]\w+-language) version", text[max(0, other.start() - 20):other.end()]) \
                        and "directed" in (m.group("verbs") or ""):
                    names = split_names(m.group("names") or "")
                    if len(names) > 1 and re.match(r"\s+(?:voices|plays|is|was|as)\b", text[m.end():]):
                        names = names[:-1]  # "directed by A, B voices Oren": B begins the cast
                    _credit(ctx, "voice director", names, evidence)
                continue
            part = _PART_DIRECTED.search(text, max(0, m.start() - 60), m.start())
            if part:
                # "the photography was directed by X": the cinematographer; "Animation was directed
                # by X": the animation director; "the fight scenes were directed by X": not the
                # film's director
                role = next((r for w, r in _PART_ROLES if w in part.group(0).casefold()), None)
                if role:
                    _credit(ctx, role, split_names(m.group("names") or ""), evidence)
                continue
            earlier = _EARLIER_FILM.search(text, max(0, m.start() - 80), m.start())
            if earlier and ", and " not in earlier.group(0):  # "... Bong's previous film, took on the editing, and the score ... by X"
                continue
            if m.group("noun") and m.group("noun").casefold() == "story" and re.search(
                    r"\b(?:adapt\w*|based\s+on)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+)?$", text[max(0, m.start() - 40):m.start()]):
                continue  # "to adapt a story by X": the source's author, not the film's story credit
            noun = (m.group("noun") or "").casefold()
            if used_not_scored(noun, text, m.start()):
                continue
            verbs = m.group("verbs") or m.group("noun") or m.group("nar")
            if noun == "narration" and re.search(r"\b(?:written|scripted|penned)\s+by\b", m.group(0)):
                verbs = "written"  # "the narration itself was written by X": the words' writer, not their voice
            names = split_names(names_before_verb(m.group("names") or m.group("nnames") or m.group("narnames"),
                                                  text[m.end():], after_by=True))
            more = _AND_BY.match(text, m.end())  # "... by A in the United States and by B in Britain"
            if more:
                names += split_names(more.group("names"))
            together = _TOGETHER_WITH.match(text, m.end())
            if together:
                names += split_names(names_before_verb(together.group("names") or together.group("more"), text[together.end():],
                                                      after_by=True))
            song = SONG_WRITTEN.search(text, max(0, m.start() - 90), m.start())
            written_of_other = _WRITTEN_OTHER.search(text, max(0, m.start() - 90), m.start())
            produced_other = _PRODUCED_OTHER.search(text, max(0, m.start() - 110), m.start())
            for verb in re.split(r"\s*,\s*|\s+and\s+", verbs):
                window = text[max(0, m.start() - 120):m.start()]
                sung = SONG_NEAR.search(window) and not OLD_SONG.search(window)
                if verb in ("sung", "performed", "recorded"):
                    # "the theme song, "X", was sung by Y", "written and performed by the singer Y":
                    # a song's singer; a part "performed by" an actor is the cast's, and "a recording
                    # of X sung by Y" an old song the film plays
                    if sung:
                        _credit(ctx, "singer", names, evidence)
                    continue
                if (song or sung and re.search(r"\b(?:sung|performed)\b", verbs)) and verb in ("written", "co-written", "composed"):
                    _credit(ctx, "songwriter", names, evidence)
                    continue
                if written_of_other and (verb in ("written", "co-written", "drawn", "illustrated")
                                         or verb == "composed" and re.search(r"poem|verse|letter", written_of_other.group(0))):
                    continue  # "The songs were written by A and B": not the screenplay
                if produced_other and verb.casefold() in ("produced", "co-produced", "released", "re-released",
                                                          "distributed"):
                    continue  # "The soundtrack album was released by X": the album's, not the film's
                role = lexicon.BY_PHRASES.get(verb.casefold())
                # "The sets were designed by art directors A and B": the title the people are given
                said = re.sub(r"^the\s+", "", (m.group("ndesc") or "").strip())
                role = ROLE_NOUNS.get(said, role) if role else None
                if role and re.search(r"\beffects\s+(?:house|company|studio)\s*$", said):
                    role = "visual effects"  # "handled by the San Francisco effects house X": an effects house
                if role:
                    # "by the San Sebastián company Itsaso Filmak": the description says what it is
                    company = bool(re.search(r"\b(?:company|studio|firm|label|distributor|broadcaster)\s*$",
                                             m.group("desc") or ""))
                    _credit(ctx, role, names, evidence, "organization" if company else None)


def _credit(ctx: Context, role: str, names: list[str], evidence, said: str | None = None) -> None:
    """Credit each of ``names`` with ``role``, as the kind of agent the article knows it for (or
    ``said``, when the sentence describes it: "the company X")."""
    film = ctx.film_keys()
    for name in resolve_names(names, ctx.names):
        name = clean(name)  # "created by the Athens-based X"
        name = without_owner(ctx.names, name)  # "by Roger Corman's New World Pictures": the company alone
        if (re.search(r"['’]s?$", name) or name_key(name) in film or ctx.names.ambiguous(name)
                # "pieces by the Italian composer X", "by the German-born British composer X"
                or all(w.casefold() in places.DEMONYMS or w.endswith("-born") for w in name.split())
                or name.endswith("s") and name[:-1].casefold() in places.DEMONYMS):  # "written by two Americans"
            continue  # "Ada Quill, Hart's wife": an appositive, not a second name
        name = ctx.names.resolve_organization(name)  # "produced by ... Gaga": the infobox's "Gaga Corporation"
        kind = said or ctx.names.kind(name)
        wanted = lexicon.ROLES[role][1]
        if wanted == "organization" and kind == "person" and ctx.names.company_by_act(name):
            kind = "organization"  # "co-distributed by A and Zéphyr Diffusion": only a company distributes
        if role == "producer" and kind == "organization":
            actual = "production company"
        elif wanted != "any" and wanted != kind:
            continue  # "animation by" a person, "directed by" a company: not a role we model
        else:
            actual = role
        ctx.facts.credits.append(Credit(work=FILM, agent=name, agent_kind=kind, role=actual,
                                        evidence=[evidence]))
