"""Reviews from prose: "Critic of Publication rated it B−", "... gave the film three stars".

The forms read, in the Reception sections only:

* "Dana Holt of the Daily Lantern gave it four stars", "X, writing for Y, called it ...";
* "Writing in Quill, Sam Ortiz warned ...", "In The Evening Courier, R. J. Vance called it ...";
* "The Courier's Dana Holt argued ...";
* a publication alone with a rating: "The review site The Reel Jar rated it B+", "Screen Blog
  gave it an overall score of 7/10" (no critic).

A rating is kept as written: "four stars out of five", "B−", "8.3/10".
"""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import Review
from ..normalize import name_key
from .context import Context
from .names import _TOKEN, NAME, NAME1, UPPER, clean, is_month

_VERBS = "|".join(sorted(set(lexicon.REVIEW_VERBS) | set(lexicon.MORE_REVIEW_VERBS), key=len, reverse=True))
# "Decades later Roger Ebert of ...": a time adverb may open the sentence without a comma
# "and" is looked behind, not consumed: in "A of X and B of Y both reviewed it" the first match ends on it
_START = (r"(?:^|[,;:]\s*|(?<=\band\s)|\b(?:while|whereas|but)\s+|\b(?:[Ll]ater|[Ee]arlier|[Aa]fterwards|[Tt]hen)\s+"
          r"|\bcame from\s+|(?<=\bincluded\s)|(?<=\bincluding\s)|(?<=\bamong them\s)|(?<=\bsuch as\s)"
          # "Among the reviewers were X of Y and ..."
          r"|(?<=\breviewers were\s)|(?<=\bcritics were\s))")
_REVIEW = re.compile(
    # "His television partner Gene Siskel of ...": a description of the critic may come first
    rf"{_START}(?:[A-Z][\w ]*?,\s*)?(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z-]+\s+){{1,3}})?(?P<critic>{NAME1})"
    rf"(?:\s+of|\s+from|,?\s+writing for|\s+for)"
    rf"\s+(?P<pub>(?:[Tt]he\s+)?{NAME}?)(?:\s*\([^)]*\))?,?\s+(?:who\s+)?(?:also\s+)?"
    r"(?P<verb>" + "|".join(lexicon.REVIEW_VERBS) + r"|[a-z]+(?:ed|s)(?= (?:out|up|the|it|that|a|an|his|her|its)\b))\b"
)
# "Dana Holt of The Evening Courier thought ...": with "of" any verb will do.
# A publication's name may hold "and" ("Sight and Sound") but not "and <critic> of ...".
# ("indieWIRE", "eFilmCritic": a publication's name may start in lower case before its capitals)
_PUB = (rf"(?:(?:{_TOKEN}|[a-z]{{1,6}}[{UPPER}][\w'’.\-]*)(?:\s+(?:(?:de|of|the|du|la|le)\s+)?{_TOKEN}"
        rf"|\s+and\s+(?!{NAME1}\s+(?:of|from|for|at)\b){_TOKEN}){{0,8}})")
_OF = re.compile(
    # ("Jeffrey Wells of the website Hollywood Elsewhere called it ...": what the publication is, first)
    rf"{_START}(?P<critic>{NAME1})\s+of\s+(?:the\s+(?:website|site|blog|magazine|newspaper|journal)\s+)?(?P<pub>(?:[Tt]he\s+)?{_PUB})(?:\s*\([^)]*\))?,?\s+"
    r"(?:who\s+)?(?:also\s+|both\s+)?(?P<verb>[a-z]+)\b")
# "A of X was among the critics who wrote about it, as was B of Y": the last critic's verb is the first's
_AS_WAS = re.compile(rf"\bas\s+(?:was|did)\s+(?P<critic>{NAME1})\s+of\s+(?P<pub>(?:[Tt]he\s+)?{_PUB})(?P<verb>)\s*\.?$")
# "Dana Holt, reviewing the film for the Daily Lantern, said ..."
_WRITING = re.compile(
    # "Nick Davis, writing on his website Nick's Flick Picks, graded it B–"
    # ("In the United States Mordaunt Hall, writing for ...": a place opening the sentence)
    rf"(?:^(?:In\s+(?:the\s+)?[{UPPER}]\w+(?:\s+[{UPPER}]\w+)?\s+)?|[,;:]\s*|\b(?:and|while|whereas|but)\s+)(?P<critic>{NAME1}),\s+(?:also\s+)?(?:writing(?:\s+on\s+(?:his|her|their)\s+(?:own\s+)?(?:website|blog|site))?|reviewing(?:\s+[\w-]+){{0,5}}?|"
    # "Chris Tookey, on his Movie Film Review site, rated it 5/10"
    rf"on\s+(?:his|her|their)(?:\s+own)?(?=\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:site|website|blog|podcast),)|"
    # "Pauline Kael, in The New Yorker, called ...", "X, in his review for Variety, wrote ..."
    rf"(?:in|for)(?:\s+(?:his|her|their|a)\s+(?:[\w-]+\s+)?(?:review|column|notice)\s+for)?)\s+(?:for\s+|in\s+)?"
    # "X, reviewing it for The Japan Times in August 1991, described ...": when may follow
    # "writing in Variety after the Berlin screening, called ...": and where or when
    rf"(?:the\s+)?(?P<pub>{NAME})(?:\s+(?:magazine|newspaper|site|website|blog|podcast))?(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{{4}}"
    rf"|\s+(?:after|at|from|during)\s+(?:the\s+)?[^,;]{{1,80}}?)?,\s+(?:also\s+|later\s+)?"
    # (any verb in the past: "X, writing in the Chicago Sun-Times, later added it to ...")
    rf"(?P<verb>{_VERBS}|[a-z]+ed)\b")
# "Writing in Quill, Sam Ortiz warned ...", "In The Evening Courier, R. J. Vance called it ..."
_IN = re.compile(
    rf"(?:^|[;:]\s*|\band\s+)(?:(?:[Ww]riting(?:\s+from\s+[{UPPER}][\w-]+)?|[Rr]eviewing(?:\s+[\w-]+){{0,5}}?)\s+(?:for|in)|In|For|(?<=:\s)in"
    # "On his site Nick's Flick Picks, Nick Davis gave the film a B+"
    rf"|[Oo]n\s+(?:his|her|their)\s+(?:own\s+)?(?:site|website|blog|podcast)"
    # "On NPR, Ella Taylor called ..." (not "On Rotten Tomatoes, ..." or "On 4 May, ...")
    rf"|On(?=\s+(?!Rotten\b|Metacritic\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z])"
    # "On the television program At the Movies, Gene Siskel gave it a thumbs up"
    rf"|[Oo]n\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:television\s+|TV\s+|radio\s+)?(?:program|programme|show)"
    # "In his review for Time, Richard Corliss wrote ..."
    # "In her round-up from Venice for Movieline, Stephanie Zacharek described ..."
    rf"|[Ii]n\s+(?:his|her|their|a|an)\s+(?:[\w-]+\s+)?(?:review|column|piece|notice|round-up|roundup|dispatch|report|essay)"
    rf"(?:\s+from\s+[{UPPER}][\w-]+)?\s+(?:for|in))\s+"
    # ("Writing in X, the novelist Lucius Shepard called it ...": what the critic is, first)
    rf"(?:the\s+)?(?P<pub>{NAME}),\s+(?:the\s+(?:film\s+)?(?:critic|reviewer|novelist|writer|author|historian|filmmaker)\s+)?(?P<critic>{NAME1})\s+(?:also\s+)?(?P<verb>{_VERBS}|[a-z]+ed)\b")
# "Roger Ebert gave the film four stars in the Chicago Sun-Times"
# "X, who awarded it 3½ stars in the Courier, admired ...", "X gave the film four stars when he
# added it to his Great Movies series in the Courier"
_RATED_IN = re.compile(
    rf"{_START}(?P<critic>{NAME1})(?:,\s+who)?\s+(?P<verb>gave|awarded)\s+(?:it|the film|the movie"
    # "gave Touching the Void three and a half stars in ...": the film's title for "it"
    rf"|[A-Z][\w'’:-]*(?:\s+(?:the|a|of|and|[A-Z][\w'’:-]*)){{0,5}})\s+[^,;]{{1,70}}?\s+"
    rf"(?:in|for)\s+(?:the\s+)?(?P<pub>{NAME})")
# "and in the San Jose Mercury News Bruce Newman called it brilliant": no comma between the two
# names, so the publication ends at a newspaper's head word
_PUB_HEADS = (r"News|Times|Post|Journal|Tribune|Herald|Chronicle|Guardian|Observer|Telegraph|Independent|Magazine|"
              r"Weekly|Daily|Gazette|Reporter|Globe|Mail|Express|Standard|Examiner|Inquirer|Register|Monitor|Voice|Yorker")
_IN_HEADED = re.compile(rf"(?:^|[;,]\s*|\band\s+)[Ii]n\s+(?:the\s+)?(?P<pub>(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:{_PUB_HEADS}))\s+"
                        rf"(?P<critic>{NAME1})\s+(?:also\s+)?(?P<verb>{_VERBS}|[a-z]+ed)\b")
# "Charles Solomon wrote in Animation Scoop that ..."
_WROTE_IN = re.compile(rf"{_START}(?P<critic>{NAME1})\s+(?:later\s+|also\s+)?(?P<verb>wrote|argued|observed|noted|declared|"
                       rf"complained|remarked)\s+in\s+(?:the\s+)?(?P<pub>(?=[A-Z]){NAME})")
# "X reviewed it for The Courier", "X later added it to his Great Movies series for the Courier"
_REVIEWED_FOR = re.compile(
    rf"{_START}(?P<critic>{NAME1})(?:,\s+who)?\s+(?:later\s+|also\s+)?(?:(?P<verb>reviewed)\s+(?:it|the film|the movie)\s+for"
    rf"|(?P<verb2>added|included)\s+(?:it|the film|(?:[A-Z][\w'’-]*\s+)(?:(?:and|of|the|a)\s+|[A-Z][\w'’-]*\s+){{0,5}})"
    rf"\s*(?:in|to)\s+(?:his|her|their)\s+[^,;]{{1,40}}?\s+(?:for|in))"
    rf"\s+(?:the\s+)?(?P<pub>{NAME})")
# "and Philip French in The Observer praised ...", "among them Wilfred Chan in The Nation, faulted ..."
_IN_PUB = re.compile(rf"{_START}(?P<critic>{NAME1})\s+(?:in|at)\s+(?P<pub>(?:[Tt]he\s+)?{_PUB}),?\s+(?:also\s+)?"
                     rf"(?P<verb>{_VERBS})\b")
# "Sam Ortiz's Reel Jar review also carried an A- grade"
_CRITICS_REVIEW = re.compile(rf"{_START}(?P<critic>{NAME1})['’]s\s+(?P<pub>(?:[Tt]he\s+)?{_PUB})\s+review\s+(?:also\s+)?"
                             rf"(?P<verb>[a-z]+)\b")
# "Peter Bradshaw (The Guardian) gave it four stars", "Variety critic Todd McCarthy praised ...",
# "It received four stars from Peter Travers of Rolling Stone"
_PAREN_PUB = re.compile(rf"{_START}(?P<critic>{NAME1})\s+\((?P<pub>(?:[Tt]he\s+)?{NAME})\)\s+(?:also\s+)?(?P<verb>{_VERBS})\b")
# ("and in New Zealand the Otago Daily Times critic Mark Orton awarded it ...": a place first)
_PUB_CRITIC = re.compile(rf"(?:^|[,;]\s*|\band\s+)(?:[Ii]n\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:the\s+)?(?P<pub>(?:The\s+)?{NAME})"
                         rf"(?:\s+(?:magazine|newspaper))?\s+(?:film\s+)?"
                         rf"(?:critic|reviewer)\s+(?P<critic>{NAME1})\s+(?:also\s+)?(?P<verb>{_VERBS}|awarded|graded|scored)\b")
_FROM_CRITIC = re.compile(rf"\b(?P<verb>received|earned|got)\s+[^,;]{{1,40}}?\s+from\s+(?P<critic>{NAME1})\s+of\s+"
                          rf"(?P<pub>(?:[Tt]he\s+)?{NAME})")
# "The Courier's Dana Holt argued ..."
_POSSESSIVE = re.compile(
    rf"(?:^|[,;:]\s*|\band\s+)(?P<pub>(?:The\s+)?(?:[A-Z][\w.\-]*\s+){{0,4}}[A-Z][\w.\-]*)(?:\s+magazine)?['’]s\s+"
    # "IGN's reviewer, Siddhant Adlakha, scored it 9/10"
    rf"(?:(?:critic|reviewer|film critic),?\s+)?(?P<critic>{NAME1}),?\s+(?:also\s+)?(?P<verb>{_VERBS}|scored|graded)\b")
# "The review site The Reel Jar rated it B+": a publication without a critic, with a rating.
_UNSIGNED = re.compile(
    r"(?:^|[,;]\s*|\band\s+)(?:(?P<noun>[Tt]he\s+(?:review\s+)?(?:site|website|blog|magazine|newspaper|publication|"
    r"journal|aggregator|outlet))\s+)?"
    rf"(?P<pub>{NAME})(?P<kind>\s+(?:magazine|newspaper))?\s+(?P<verb>rated|gave|awarded|graded|scored)\s+(?:it|the film|the movie)\b")
_RATING = re.compile(
    # "gave Up four stars": the film's own title may stand where "it" usually does
    r"\b(?:rated|gave|giving|awarded|awarding|graded|scored|carried|carrying)\s+(?:it|the film|the movie|the documentary|the picture|the\s+(?:[\w-]+\s+){0,2}(?:release|edition|disc)|[A-Z][\w'’:-]*\s+(?:(?:the|a|of|and)\s+|[A-Z][\w'’:-]*\s+){0,5}(?=[\w.]+\s+(?:(?:and\s+a\s+half\s+)?stars?|out\s+of)\b))?\s*(?:an?\s+|only\s+|just\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:grade|rating|score|mark) of\s+)?(?:(?:the\s+)?(?:full|maximum|perfect|top)\s+)?(?P<r>"
    r"(?:\w+(?:\s+and\s+a\s+half)?|\d+(?:\.\d+)?)\s+(?:stars?\s+)?out of\s+(?:\w+|\d+)(?:\s+stars)?"
    r"|\d+(?:\.\d+)?\s*/\s*\d+"
    r"|(?:\w+(?:\s+and\s+a\s+half)?|\d+(?:\.\d+)?)\s+stars?"
    r"|[A-F][+−–-]?(?=[\s,.;]|$)"
    r"|thumbs?\s+(?:up|down)"
    r")"
)
# "The reviewer for Empire likened it to ...": a publication's unnamed critic.
_REVIEWER_FOR = re.compile(
    rf"{_START}[Tt]he (?:reviewer|critic) (?:for|of|at) (?P<pub>(?:[Tt]he\s+)?{NAME}),?\s+(?P<verb>{_VERBS})\b")
# "..., and in the Chicago Tribune X awarded it four stars": a clause about another review
_NEXT_CLAUSE = re.compile(r";(?!\s*(?:he|she)\s+(?:gave|awarded|rated|graded))|,?\s+(?:and|while|whereas|but)\s+(?=[A-Z]|in\s+(?:the\s+)?[A-Z])")
_QUOTE = re.compile(r"[\"“](?P<q>[^\"”]+)[\"”]")


def extract_reviews(ctx: Context) -> None:
    """Add every critic's review found in the Reception sections to ``ctx.facts``."""
    sections = [s for s in ctx.article.walk()
                if re.search(r"reception|critic|review|response|legacy|reappraisal", s.path_label, re.I)]
    for section, sentence in ctx.sentences(sections):
        text = sentence.text
        taken: list[tuple[int, int]] = []
        for pattern in (_REVIEW, _OF, _WRITING, _IN, _POSSESSIVE, _RATED_IN, _PAREN_PUB, _PUB_CRITIC, _FROM_CRITIC,
                        _REVIEWED_FOR, _WROTE_IN, _IN_HEADED, _IN_PUB, _CRITICS_REVIEW, _AS_WAS):
            for m in pattern.finditer(text):
                if any(s < m.end("critic") and m.start("critic") < e for s, e in taken):
                    continue
                critic, pub = clean(m.group("critic")), clean(m.group("pub"))
                if name_key(f"{critic} of {pub}") in ctx.film_keys():
                    continue  # "City of God was ...": the film's own title
                if not _is_critic(ctx, critic, pattern is _REVIEW) or not _is_publication(ctx, pub):
                    continue
                taken.append((m.start("critic"), m.end("critic")))
                # "received four stars from X of Y": the rating stands between the verb and "from"
                given = "gave " + text[m.end("verb"):m.start("critic")] if pattern is _FROM_CRITIC else None
                verb_at = m.start("verb") if m.group("verb") is not None else m.start("verb2")
                _add(ctx, section, sentence, critic, pub, verb_at, given)
        for m in _REVIEWER_FOR.finditer(text):
            pub = clean(m.group("pub"))
            if _is_publication(ctx, pub):
                taken.append((m.start("pub"), m.end("pub")))
                _add(ctx, section, sentence, None, pub, m.start("verb"))
        for m in _UNSIGNED.finditer(text):
            if any(s < m.end("pub") and m.start("pub") < e for s, e in taken):
                continue
            pub = clean(m.group("pub"))
            if not _is_publication(ctx, pub) or " of " in pub:
                continue
            if not (m.group("noun") or m.group("kind") or ctx.names.kind(pub) == "organization" or pub.startswith("The ")):
                continue
            if ctx.names.known(pub) and ctx.names.kind(pub) == "person":
                continue
            rating = _RATING.match(text, m.start("verb"))
            if not rating:
                continue
            taken.append((m.start("pub"), m.end("pub")))
            _add(ctx, section, sentence, None, pub, m.start("verb"))


_NOT_A_NAME_START = {"Although", "Though", "When", "While", "After", "Before", "Despite", "As", "Since", "If",
                     "Because", "Unlike", "Like", "Once", "Until", "Whether",
                     # "Readers of Animage voted it ...": a poll, not a critic
                     "Readers", "Viewers", "Audiences", "Members", "Subscribers", "Users", "Fans"}


def _is_critic(ctx: Context, critic: str, lenient: bool) -> bool:
    if ctx.names.kind(critic) != "person" or critic.split()[0] in _NOT_A_NAME_START:
        return False
    if re.search(r"\w['’]s\s", critic):
        return False  # "Woody Allen's The Purple Rose of Cairo ...": a work and its maker, no critic
    if name_key(critic) in {name_key(ctx.facts.label), name_key(ctx.facts.title)}:
        return False
    words = critic.split()
    if lenient:
        return True
    return len(words) >= 2 and words[0] not in ("The", "A", "An", "On", "In", "At")


def _is_publication(ctx: Context, pub: str) -> bool:
    if not pub or pub[0].isdigit() or is_month(pub.split()[0]):
        return False
    if pub in places.COUNTRIES or name_key(pub) in {name_key(ctx.facts.label), name_key(ctx.facts.title)}:
        return False
    return not (ctx.names.known(pub) and ctx.names.kind(pub) == "person")


def _add(ctx: Context, section, sentence, critic: str | None, pub: str, verb_at: int, given: str | None = None) -> None:
    pub = re.sub(r"^the\s+", "", pub)
    tail = given or sentence.text[verb_at:]
    if re.search(r"\bwho\s*$", sentence.text[:verb_at]) and not re.match(r"(?:gave|awarded|rated)\s+(?:it|the film)\b", tail):
        # "X, who had awarded four stars to Y, gave it two and a half": the rating after the clause
        after = re.search(r",\s+", tail)
        tail = tail[after.end():] if after else tail
    # the rating is this critic's only up to the next clause ("..., and Matthew Turner gave it five stars")
    tail = tail[:next((m.start() for m in _NEXT_CLAUSE.finditer(tail)), len(tail))]
    rating = _RATING.match(tail) or _RATING.search(tail)
    quote = _QUOTE.search(tail)
    if critic:
        ctx.names.add(critic, "person")
    ctx.names.add(pub, "organization")
    ctx.facts.reviews.append(Review(
        critic=critic, publication=pub,
        rating=rating.group("r").strip() if rating else None,
        quote=quote.group("q") if quote else None,
        evidence=[ctx.sentence_evidence(section, sentence)]))
