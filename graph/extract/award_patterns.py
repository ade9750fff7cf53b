"""The vocabulary of award sentences as regular expressions, and the year helpers that read them.

Input: plain text; output: compiled patterns and small functions over sentence text and offsets.
Split from :mod:`graph.extract.awards`, which reads sentences with them.
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import NAME, NAME1, NAMES, UPPER

_CAT = r"(?:in|for) the (?P<cat>[^,.;]+?) category"
_PRIZES_OF = re.compile(
    rf"\b(?P<verb>won|received|earned|was awarded)\s+(?:the\s+)?(?P<award>{NAME})['’]s?\s+"
    rf"(?:(?P<year>\d{{4}})\s+)?(?P<prizes>[\w ,-]+?)\s+(?:awards?|prizes?)\s+{_CAT}")
_SELECTION = re.compile(
    r"\b(?:was|were) (?:part of|selected for|included in|among|chosen for) (?:the )?"
    r"(?P<sel>[\w ]*?[Ss]election\w*)\s+(?:of|at|for) the\s+(?:(?P<year>\d{4})\s+)?"
    rf"(?:(?P<ed>\d+)(?:st|nd|rd|th)\s+)?(?P<award>{NAME})(?:\s+{_CAT})?")

_WORD = rf"[{UPPER}][\w'’.\-]*"
# "Best Actress in January 2023": a month is the date of the win, never a word of its category
_TITLE_WORD = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
               + _WORD)
# "the Library of Congress selected X for the National Film Registry", "was added to the ... Registry"
# ("Sherlock Jr.", "Dr. Strangelove": a full stop after an abbreviation or initial ends no clause)
_REGISTRY = re.compile(rf"\b(?:selected|chose|chosen|added|inducted|entered)\b(?:[^.;]|(?<=\b(?:Jr|Sr|Dr|St|Mr))\.|(?<=\b[A-Z])\.)*?"
                       rf"\b(?:for|to|into|in)\s+(?:the\s+)?"
                       rf"(?:(?:United States|U\.S\.|American)\s+)?(?P<award>(?:{_WORD}\s+){{0,3}}(?:Registry|Hall of Fame))")
# Critics' groups in lower case: "named it the best animated feature of 2009", "chose it as the
# best foreign-language film of 2000", "and chose Swanson as the year's best actress".
_BEST_OF = re.compile(
    rf"\b(?:(?:named|chose|voted|selected|declared|picked|honou?red)\s+(?P<who>it|the film|this film|(?:(?:de|van|von|da|di|du|le|la)\s+)?{NAME1})"
    # "It was also named best animated feature at the Annie Awards"
    rf"|(?:was|were)\s+(?:also\s+)?(?:named|voted|chosen|declared))\s+"
    # ("the best Canadian film of the year": a proper adjective in the category)
    r"(?:as\s+)?(?:the\s+)?(?:year['’]s\s+)?best\s+(?P<cat>(?:[A-Z][a-z]+\s+)?[a-z][a-z\- ]*?[a-z])"
    r"(?:\s+of\s+(?:the\s+year|(?P<year>(?:18|19|20)\d{2})))?(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|at|by)\b)")
# "Darabont received nominations from the Directors Guild of America and the Writers Guild of America"
_FROM_BODIES = re.compile(rf"(?:^|[,;]\s*|\band\s+)(?P<who>{NAME1})\s+(?:also\s+)?(?:received|earned|got|won)\s+"
                          r"(?:an?\s+)?(?P<what>nominations?|awards?|prizes?)\s+from\s+(?P<bodies>[^;.]+)")
# "Mexico selected it as its entry for Best Foreign Language Film at the 91st Academy Awards"
_ENTRY = re.compile(r"\b(?:selected|chose|chosen|submitted|picked)\s+(?:it\s+|the film\s+)?as\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)?"
                    r"(?:[A-Z][\w-]*\s+)?(?:official\s+)?(?:entry|submission)\s+for\s+(?:the\s+)?"
                    r"(?P<cat>Best\b[^,;.]*?)(?=\s+at\s+the\b|\s+in\b|[,;.]|$)")
# "received an honorary award as the most outstanding ...", "the film was given a special award"
_PLAIN_PRIZE = re.compile(r"\b(?:received|won|earned|was given|was awarded|got)\s+(?:an?|the)\s+(?P<kind>honorary|special)\s+"
                          r"(?:award|prize|Oscar)(?:\s+as\s+(?:the\s+)?(?P<detail>[^,;.]+))?")
# "Best Actress in a Leading Role", "Best Film Not in the English Language", "Best Motion Picture – Drama".
# "Best Story and Screenplay", "Best Makeup and Hairstyling": "and" joins only these second halves,
# so "Best Director and Best Actress" stays two categories and "Best Director and Bong" one.
_CATEGORY = (rf"(?:Best|Outstanding|Most)(?:\s+(?:(?:in|a|an|the|of|or|not|by an?|by a|from any|to(?=\s+Leading\b))\s+)*{_TITLE_WORD}"
             rf"|\s+and\s+(?=(?:Screenplay|Story|Hairstyling|Mixing|Writing|Direction|Make(?:-|\s)?[Uu]p|Makeup)\b){_TITLE_WORD}"
             rf"|\s*[–—]\s*{_WORD}|:\s*{_WORD})+"
             # "the Writers Guild of America Award for Documentary Screenplay": a category without "Best"
             # right after an award's name, when it ends in a word that names a category
             rf"|(?:(?<=Award for )|(?<=Prize for ))(?:{_TITLE_WORD}\s+){{1,3}}(?:Screenplay|Documentary|Director|Directing|"
             rf"Actor|Actress|Film|Feature|Picture|Writing|Score|Editing|Cinematography|Design|Performance|Ensemble|Debut|Music)\b"
             # "the David Lean Award for Direction"
             rf"|(?<=Award for )Direction\b"
             rf"(?!\s+[{UPPER}])"
             # "Picture of the Year", "Director of the Year" (the Japan Academy Film Prize's names)
             rf"|(?:(?!(?:The|It|Its|At|In|An?|Film|Movie)\b){_WORD}\s+){{1,2}}of\s+the\s+Year\b"
             # the European Film Awards' own names: "European Film", "European Director"
             rf"|European\s+(?:Film|Director|Screenwriter|Actor|Actress|Cinematographer|Editor|Composer|Comedy|"
             rf"Discovery|Documentary|Production\s+Designer|Costume\s+Designer|Animated\s+Feature\s+Film)\b(?!\s+(?:Awards?|Academy|Prize)\b)")
# Named prizes: "the Golden Bear", "the Palme d'Or", "the Grand Jury Prize: World Cinema Documentary".
# ("the Caméra d'Or", "the Grand Coral": a festival's named prize like the Palme d'Or and the Golden Bear)
# ("the Prize for Social Progress": a bare prize named by what it honours, not by a person)
_PRIZE = (rf"(?:(?:Prize|Award)\s+for\s+(?!Best\b|Outstanding\b|Most\b){_WORD}\s+(?:[a-z]+\s+)?{_WORD}(?=\s+(?:at|in|from)\b)"
          rf"|(?:Golden|Gold|Silver|Bronze|Crystal|Grand)\s+{_WORD}(?!s\b)(?!\s+(?:Awards?\b|Globes?\b|{_WORD}))"
          rf"|{_WORD}\s+d['’]Or|Grand\s+Prix|Prix\s+(?:(?:de|du|des|de la)\s+)?{_WORD}(?:\s+{_WORD})*"
          rf"|(?:{_WORD}\s+){{0,4}}(?:Prize|Award|Trophy|Medal|Cup|Plaque)(?::\s*{_WORD}(?:\s+{_WORD})*)?"
          rf"|(?:{_WORD}\s+){{1,2}}(?:Lion|Bear|Shell|Leopard|Hugo|Globe)(?!s\b)(?!\s+(?:Awards?\b|{_WORD})))")
_ITEM = re.compile(rf"(?P<cat>{_CATEGORY})|(?<![\w'’])(?:the\s+)?(?P<prize>{_PRIZE})(?![\w'’])")
_PRIZE_FOR = re.compile(rf"\s+for\s+(?:the\s+)?(?P<cat>{_CATEGORY})")

_BODY_NAME = (rf"(?:(?:{_WORD}\s+(?:(?:di|de|del|della|du|von|van)\s+(?={_WORD}))?){{1,5}}(?:Awards|Festival)\b(?!['’]s\b)"
               # "the Nastro d'Argento awards": a name in its own language, "awards" in English
               rf"|{_WORD}(?:\s+(?:{_WORD}|d['’]{_WORD}|de|del|della|di|du)){{1,4}}\s+awards\b"
              rf"(?:\s+(?:du|de|des|of|della|del|di)\s+{_WORD}(?:\s+{_WORD}){{0,2}})?"
              rf"|Festival\s+(?:du|de|des|de la|della|del|di|of)\s+{_WORD}(?:\s+{_WORD}){{0,2}}"
              rf"|(?:{_WORD}\s+(?:(?:of|for)\s+)?){{1,5}}Critics(?:['’]?\s+(?:Circle|Association|Society|Guild|Choice)(?:\s+Awards)?)?"
              rf"|(?:{_WORD}\s+){{1,4}}(?:Guild|Society|Academy)\s+Awards"
              # "the National Board of Review", "the Writers Guild of America", "the American Film Institute"
              # ("Best European Union Film" is a category, not a union)
              rf"|(?!Best\b)(?:{_WORD}\s+){{1,4}}(?:Board|Society|Association|Circle|Guild|Institute|Federation|Union|"
              rf"Council|League)(?:\s+of\s+{_WORD}(?:\s+{_WORD}){{0,3}})?)")
# "the Cinema for Peace gala": a capitalised name before "gala" or "awards ceremony".
_GALA = rf"(?:{_WORD})(?:\s+(?:(?:for|of|and|de|du)\s+)?{_WORD}){{0,4}}(?=\s+(?:gala|awards? ceremony|awards? show)\b)"
_ALIASES = "|".join(sorted((re.escape(a) for a in lexicon.AWARD_ALIASES), key=len, reverse=True))
_BODY = re.compile(
    rf"(?:(?P<year>(?:18|19|20)\d{{2}})\s+)?(?:(?P<ed>\d+)(?:st|nd|rd|th)\s+(?:annual\s+)?)?"
    rf"(?:(?P<body>{_BODY_NAME})"
    rf"|(?P<single>(?:{_WORD}\s+(?:of\s+)?){{1,4}}(?:Award|Prize))(?=\s+(?:nominations?\s+)?for\s+(?:the\s+)?[{UPPER}]"
    # "both the Bodil Award and the Robert Award for Best Danish Film": the first of two before one category
    rf"|\s+and\s+(?:the\s+)?(?:{_WORD}\s+){{1,4}}(?:Award|Prize)\s+for\s+(?:the\s+)?[{UPPER}])"
    rf"|(?P<alias>(?<![\w-])(?i:{_ALIASES})(?![\w-]))"
    rf"|(?P<gala>{_GALA})"
    # "the 42nd Japan Academy Film Prize", "at the Japan Academy Film Prize": a prize named as its
    # ceremony (only after an edition or "at the": "won the Grand Prize" names a category)
    # ("the 34th Japan Academy Prize in February 2011": a month is no category's name)
    rf"|(?P<prize>(?:{_WORD}\s+){{1,4}}Prize)\b(?!\s+(?:for|in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|"
    rf"August|September|October|November|December)\b)[{UPPER}]))"
    rf"|(?P<cer>ceremony|awards? ceremony|festival)\b)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_BODY_YEAR = re.compile(rf"\s*(?:\(\s*(?P<y1>\d{{4}})\s*\)|,?\s*(?:held\s+(?:[a-z]+ly\s+)?)?(?:in|on)\s+(?:the\s+)?(?:(?:early|late|mid)[\w-]*\s+)?"
                        rf"(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<y2>(?:18|19|20)\d{{2}})\b)")
_YEAR = re.compile(r"\b(?:18|19|20)\d{2}\b")
_DAY_DATE = re.compile(rf"\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\b\d{{4}}-\d\d-\d\d")
_CUES = [(re.compile(rf"\b(?:{pattern})\b", re.I), outcome) for pattern, outcome in lexicon.AWARD_CUES]
_NOMINATED_CLAUSE = re.compile(
    r"\b(?:for which|that|which) (?:it|the film|they|he|she) (?:was|were|had been|has been) nominated\b"
    # "made it Israel's submission for the Academy Award for ...": an entry, not a nomination
    # (but "entry for the 86th Academy Awards, it was nominated for Best X": the body the nomination needs)
    r"|\b(?:its|the\s+country['’]s|[A-Z][\w-]+['’]s)\s+(?:official\s+)?(?:submission|entry)\s+(?:for|to)\s+the\s+"
    r"(?:(?:[\w'’-]+\s+){1,4}?(?:Award|Awards|Oscars?)\s+for\s+[^,;.]*|Best\s+[^,;.]*?\s+category\b[^,;.]*)"
    # "His next Chilean film, A Fantastic Woman, won the Academy Award ...": another film's prizes
    r"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+director['’]s)\s+(?:next|previous|earlier|later|following|subsequent|last)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:film|feature|picture|work)\b[^;]*?(?=,\s+and\s+(?:he|she|they|it)\b|;|$)")
_PNAME = rf"(?:(?:de|del|della|van|von|da|di|du|le|la)\s+)?{NAME1}"
_PNAMES = rf"{_PNAME}(?:\s*,\s*(?:and\s+)?{_PNAME}|\s+and\s+{_PNAME}|\s*&\s*{_PNAME}){{0,11}}"
# "for Best Sound Editing, for which Ada Quill and Teo Brae were nominated"
# "for Best Sound Track, for which Ada Quill and Teo Brae were among the recipients"
_FOR_WHICH = re.compile(rf",?\s+for which\s+(?P<names>{_PNAMES})\s+(?:was|were)\s+(?:also\s+)?"
                        rf"(?:(?P<nominated>nominated\b|among\s+the\s+nominees\b)|among\s+the\s+(?:recipients|winners)\b)")
_FOR_NAMES = re.compile(rf"\s*(?:\((?P<paren>[^()]*)\)|(?:\s+(?:award|prize|trophy)(?=\s+for\b))?(?:\s+in\s+\d{{4}}(?=,))?,?\s+(?:for|(?:(?:an?|the)\s+(?:award|prize|honou?r)\s+|the\s+latter\s+)?"
                        rf"(?:shared by|(?:awarded|given|credited|presented) to))\s+"
                        # "Best Picture for producers A, B and C"
                        rf"(?:(?:the\s+|its\s+)?(?:producers?|directors?|writers?|screenwriters?|composers?|editors?)\s+)?"
                        # "Best Picture, for Marsh as Best Actress": the name is the next category's
                        rf"(?:both\s+)?(?!{_PNAMES}\s+(?:as|in)\s+(?:the\s+)?(?:$|(?:Best|Outstanding|Most)\b))(?P<names>{_PNAMES})"
                        rf"|,\s+by\s+(?P<by>{_PNAMES})|(?:\s+(?:prize|award|trophy))?(?:,\s+which)?\s+(?P<post>was shared by|went\s+(?:jointly\s+)?to|"
                        rf"was (?:jointly\s+)?(?:awarded|given|presented) to|was won by)\s+(?:(?:the film['’]s|its)\s+[a-z]+,\s+)?"
                        rf"(?P<won_by>{_PNAMES})"
                        # "..., which A and B received", "...; the statuette was shared by A and B": the
                        # people who took a film's prize home, maybe after its ceremony
                        # ", with producers A and B named on the nomination"
                        rf"|(?:\s+at\s+the\s+[^,;]{{1,60}}?)?(?:,\s+with\s+(?:(?:its\s+)?producers\s+)?(?P<which_as>{_PNAMES})\s+"
                        rf"(?:as\s+(?:the\s+)?(?:nominees|recipients|winners)|named\s+on\s+the\s+(?:nomination|award))\b"
                        rf"|,\s+which\s+(?P<which>{_PNAMES})\s+(?:received|accepted|"
                        rf"collected|shared)\b|(?:;\s+the\s+(?:statuette|award|prize|trophy|Oscar)|,\s+which)\s+was\s+(?:shared|accepted|"
                        rf"received|collected)\s+by\s+(?P<shared>{_PNAMES})))")
_SUBJECT = re.compile(
    # "Swanson, nominated for Best Actress, lost ...": the subject may stand before a comma
    rf"(?:^|[,;:–—]\s*|\b(?:and|while|whereas|but|when|where)\s+"
    # "The following year Zavattini was nominated", "In 1951 Lind won"
    # "At the British Academy Film Awards Seymour won": a ceremony's name without its comma
    rf"|\b(?:year|years|later|then|subsequently|eventually),?\s+|\b[Ii]n\s+(?:{_MONTH}\s+)?(?:18|19|20)\d\d,?\s+"
    rf"|\b(?:Awards|Festival|Globes|Oscars)\s+(?=[{UPPER}]))(?P<both>both\s+)?(?P<subj>{_PNAME}(?:\s*,\s*{_PNAME}){{0,8}}(?:,?\s+and\s+{_PNAME})?),?\s+"
    r"(?P<adv>(?:(?:also|again|later|already|herself|himself|themselves|each|both|jointly|had|has|have)\s+)*)"
    # "Finch was posthumously named Best Actor": any adverb in "-ly" may stand after the verb
    r"(?:(?:was|were|is|are|had been|has been|have been)\s+(?P<adv2>(?:(?:also|again|later|each|both|[a-z]+ly)\s+)*)"
    # "Judith Anderson was named a nominee for"
    # "Van Dyke was a nominee for"
    r"(?:(?:(?:named|listed|announced)\s+(?:as\s+)?)?(?:an?|the|one\s+of\s+the)\s+)?"
    # "Cheadle also received a 2005 Screen Actors Guild Awards nomination for"
    r"|(?:received|earned|got|garnered|won|took|shared|picked up)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?!(?:and|or|but|while|whereas)\b)[\w'’]+\s+){0,5})?$")

# The person named right before a category: "Rains's nomination for", "Aparicio's performance earned her
# a nomination for", "its direction earned Lee a Golden Globe nomination for", "beat Wilder for",
# "named Zhang Ziyi" (each read at the end of the text before the category).
_NAMED_BEFORE = re.compile(
    rf"(?:^|[,;:]\s*(?:and\s+)?|\b(?:and|while|but|whereas)\s+)(?P<owner>{_PNAMES})['’]s?\s+(?:(?:[a-z]+\s+)?nominations?\s+for"
    # "Lind's performance as the widowed pilot earned her a nomination for", "Lark's editing
    # brought the film its sole Academy Award nomination, for"
    rf"|(?:[\w-]+\s+){{1,8}}?(?:earned|won|brought|gave|got)\s+(?:him|her|them|the film|it)\s+(?:an?\s+|the\s+|its\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}(?:nominations?|awards?|prizes?),?\s+for"
    # ("brought her nominations for the Academy Award and the Golden Globe for": the bodies between)
    rf"(?:\s+(?:the\s+)?(?:[{UPPER}][\w-]*\s+){{0,4}}(?:Award|Prize|Globe|[{UPPER}][\w-]*)"
    rf"(?:\s+and\s+(?:the\s+)?(?:[{UPPER}][\w-]*\s+){{0,4}}(?:Award|Prize|Globe|[{UPPER}][\w-]*))?\s+for)?)\s+(?:the\s+)?$"
    rf"|\b(?:earned|brought|gave|won)\s+(?P<object>{_PNAME})\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}"
    rf"(?:nominations?|awards?|prizes?)\s+for\s+(?:the\s+)?$"
    rf"|\bbeat\s+(?P<beaten>{_PNAME})\s+for\s+(?:the\s+)?$"
    # "The film earned Marsh the Silver Bear for Best Actress"
    rf"|\b(?:earned|won|brought)\s+(?P<earner>{_PNAME})\s+(?:(?:the|an?)\s+)?(?:(?:festival|ceremony|jury)['’]s\s+)?$"
    rf"|\b(?:gave|awarded|presented)\s+(?P<given>{_PNAME})\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:award|prize)\s+for\s+(?:the\s+)?$"
    # "gave the film's producer, Fulvio Mancinelli, the Nastro d'Argento for": a described person, a named prize
    rf"|\b(?:gave|awarded|presented)\s+(?:the\s+film['’]s\s+[a-z]+,\s+)?(?P<given2>{_PNAME}),?\s+(?:its|their|the)\s+"
    rf"(?:(?:[{UPPER}]|d['’])[\w'’-]*\s+){{1,3}}for\s+(?:the\s+)?$"
    rf"|\b(?:named|awarded)\s+(?P<named>{_PNAME})\s+(?:as\s+)?(?:the\s+)?$"
    # "The British Academy Film Awards gave Coppola Best Direction"
    rf"|\bgave\s+(?P<gave>{_PNAME})\s+$"
    # "nominations for Best Picture and for Marsh as Best Actor", "with Marsh nominated for Best Actress"
    rf"|\bfor\s+(?P<foras>{_PNAME})\s+(?:as|in)\s+(?:the\s+)?$"
    # "and, through Hawke, for Best Supporting Actor"
    rf"|\bthrough\s+(?P<through>{_PNAME}),?\s+for\s+(?:the\s+)?$"
    rf"|\bwith\s+(?P<with>{_PNAMES})\s+(?:also\s+)?(?:nominated|winning|named|honou?red)\s+(?:for|as)\s+(?:the\s+)?$")
# "he shared Best Original Screenplay with Han": the partners after a category
_SHARED_WITH = re.compile(rf"\s+with\s+(?P<names>{_PNAMES})")
# The people before a cue may carry their job: "Lee Ha-jun and the set decorator Cho Won-woo were nominated"
_JOB_BEFORE_NAME = re.compile(
    rf"\b(?:the|its|his|her)\s+(?:[a-z-]+\s+)?(?:decorator|designer|director|editor|composer|cinematographer|"
    rf"writer|screenwriter|producer|actor|actress|supervisor|mixer|artist|lyricist|songwriter|singer)s?\s+(?=[{UPPER}])")
# "Quill's script also won": the work stands for its maker
_WORK_OF = re.compile(rf"(?P<maker>{_PNAME})['’]s?\s+(?:[a-z]+\s+)?(?:script|screenplay|score|performance|direction|"
                      rf"music|cinematography|editing|portrayal|songs?|costumes|design)\b"
                      # "Its score, by Anselm Vey, won"
                      rf"|\b(?:[Ii]ts|[Tt]he film['’]s|[Tt]he)\s+(?:[a-z]+\s+)?(?:script|screenplay|score|music|songs?|"
                      rf"cinematography|editing|costumes),\s+by\s+(?P<by>{_PNAME}),")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?=(?:\s+and\s+[^,;]+?)?\s*(?:(?:also|again|later)\s+)*(?:(?:was|were|is|are|had|has|"
                      r"won|received|earned|shared|took|picked|accepted|collected)\b[^,;]*)?$)")

_WHEN = re.compile(rf"(?:\b(?:[Ii]n|of|during|by|[Ss]ince)\s+(?:(?:early|late|mid)[\w-]*\s+)?(?:{_MONTH}\s+)?|\b{_MONTH}\s+)$")


def _loose_years(text: str) -> list[tuple[int, int]]:
    """Years the sentence gives as a time ("In February 2009", "in 2002", "of 2001"), with their
    offsets; full dates (release days) and years used as adjectives ("the 2001 film") are left out."""
    days = [(m.start(), m.end()) for m in _DAY_DATE.finditer(text)]
    return [(int(m.group(0)), m.start()) for m in _YEAR.finditer(text)
            if not any(s <= m.start() < e for s, e in days) and _WHEN.search(text, 0, m.start())]


def _year_after(years: list[tuple[int, int]], end: int, limit: int) -> int | None:
    """A year written right after a category ("the Best Non-Fiction Film of 2001", "Best Actress in
    February 2023")."""
    after = [y for y, at in years if end <= at < min(limit, end + 22)]
    return after[0] if after else None


def _year_before(years: list[tuple[int, int]], start: int) -> int | None:
    before = [y for y, at in years if at < start]
    return before[-1] if before else None


def _relative_year(text: str, year: int | None) -> int | None:
    if year is None:
        return None
    for pattern, delta in lexicon.RELATIVE_YEARS:
        if re.search(pattern, text, re.I):
            return year + delta
    return None


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _singular(text: str) -> str:
    return re.sub(r"s$", "", text.strip())


def _day_year(text: str) -> int | None:
    """The one year of the full dates ``text`` writes ("on 12 March 2004"), or None."""
    years = {int(y) for d in _DAY_DATE.findall(text) for y in _YEAR.findall(d)}
    return years.pop() if len(years) == 1 else None


def _cue_before(text: str, start: int) -> tuple[str, int] | None:
    """The outcome word read last before ``start`` ("won", "was nominated for") as (outcome, its
    offset), or None when the sentence has no cue before the category."""
    # A cue inside a closed parenthesis ('Best Original Song ("X", shared by A and B)') speaks of
    # that one category, not of the ones after it.
    closed = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text[:start])]
    best = None
    for pattern, outcome in _CUES:
        for m in pattern.finditer(text, 0, start):
            if any(a < m.start() < b for a, b in closed):
                continue
            if best is None or m.end() > best[2] or (m.end() == best[2] and outcome == "nominated"):
                best = (outcome, m.start(), m.end())
    return (best[0], best[1]) if best else None


# Categories that honour the film as a whole, not a person
_FILM_CATEGORY = re.compile(r"(?:Best|Outstanding)\s+(?:(?:Motion\s+)?Picture|(?:[\w-]+\s+){0,4}?(?:Film|Feature|Documentary))\b"
                            r"(?!\s+(?:Editing|Music|Score))")
# "Noémie Thibodeau and Karim Haddad were nominated for Best Lead Actress and Best Supporting
# Actor, respectively": the people and the categories in pairs
_RESPECTIVELY = re.compile(r"\brespectively\b")
# 'for "Million Voices", which was credited to A, B and C': the song's writers after it
_SONG = re.compile(rf"\s+(?:nomination\s+|award\s+)?for\s+(?:the\s+song\s+|(?P<owner>{NAME1})['’]s\s+)?"
                   r"[\"“](?P<song>[^\"”]{1,80}?)[,.]?[\"”]"
                   rf"(?:,\s+which\s+was\s+(?:credited\s+to|written\s+by)\s+(?P<writers>{NAMES}))?")
_QUALIFIER = re.compile(r"\s*\((?P<q>[^()]{1,40})\)")
# A parenthesis that names a category's variant, never its nominee: "Best Writing (Original Screenplay)"
_QUALIFIER_KIND = re.compile(r"\b(?:Screenplay|Story|Writing|Picture|Score|Song|Drama|Comedy|Musical|Colou?r|Black-and-White|"
                             r"Documentary|Feature|Short|Foreign|Animated|Television|Leading|Supporting)\b")
# 'Best Original Song ("The Moon Song", shared by A and B)'
_SONG_PAREN = re.compile(rf"\s*\(\s*[\"“](?P<song>[^\"”]{{1,80}}?)[,.]?[\"”],?\s+(?:shared\s+by|by|written\s+by|"
                         rf"credited\s+to)\s+(?P<owner>{NAMES})\s*\)")


def best_title(words: str) -> str:
    """A category written in lower case as its title: "supporting actor" -> "Best Supporting Actor"."""
    return "Best " + re.sub(r"(?:^|(?<=[ -]))[a-z]", lambda c: c.group(0).upper(), words)
