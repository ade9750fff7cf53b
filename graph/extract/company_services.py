"""Companies that prose credits with a service around the film rather than with making or releasing
it: international sales, the soundtrack album, a restoration, a dub, a television broadcast.

"Harbor Films handled international sales" (sales agent), "the soundtrack album was issued by Lumen
Records" (record label), "a restoration carried out by Quay Lab together with Rook" (restorer), "an
English dub produced by Vela Dubbing" (dubbing studio), "the cable channel Kite TV showed it"
(broadcaster). Only organisations are credited: a person who supervised a restoration or directed a
dub is not a company, so a name the article already knows as a person's is never credited, and an
unknown one is taken for the company the sentence says it is. Input: the extraction context and
the sections that may credit the film's makers; output: credits in ``ctx.facts``.
"""

from __future__ import annotations

import re

from .. import places
from ..facts import FILM, Credit
from ..normalize import name_key
from .context import Context
from .names import NAME, ORGS, clean, split_names, strip_org_descriptors

_IT = r"(?:[Ii]t|[Tt]he\s+(?:film|movie|picture))"


def _together(group: str) -> str:
    """"... together with <company>", "... in partnership with the <company>", captured as ``group``."""
    return (rf"(?:[^.;]{{0,30}}?\s+(?:(?:together|along)\s+with|in\s+(?:partnership|collaboration|association)\s+with)"
            rf"\s+(?:the\s+)?(?P<{group}>{NAME}))?")


_SALES_AGENT = re.compile(
    # "X, which had sold ..., handled international sales", "handled sales for the rest of the world", "the
    # company FilmSharks picked up world sales", "took on the world sales"
    rf"(?P<org>{NAME})(?:,\s+[^,;]{{3,80}},)?\s+(?:also\s+)?(?:handled|handling|managed|managing|took on|taking on|picked\s+up|"
    r"was in charge of|took charge of|was responsible for)\s+(?:the\s+film['’]s\s+|its\s+|the\s+(?=\w+\s+sales))?"
    r"(?:(?:international|world|worldwide|foreign|overseas)\s+)?sales\b(?!\s+(?:of|figures))"
    # ("Sales were handled by the Paris-based Celluloid Dreams": any sales, at a sentence's start)
    rf"|(?:\b(?i:international|world|worldwide|foreign|overseas)\s+sales|^Sales)(?:\s+rights)?\s+(?:were|was)\s+(?:also\s+)?(?:handled|managed)\s+by\s+(?P<by>{NAME})"
    # "The Paris-based sales company Celluloid Dreams represented the film internationally" (the
    # descriptor is gone by now)
    rf"|(?P<named>{NAME})\s+represented\s+(?:the\s+film|it)\s+(?:internationally|abroad|worldwide|at\s+(?:the\s+)?(?:markets|festivals))"
    rf"|(?P<as>{NAME})\s+(?:served|acted)\s+as\s+(?:the\s+film['’]s\s+|its\s+|the\s+)?(?:international\s+|world\s+)?"
    r"sales\s+(?:agent|company)\b"
    # "Nordlicht Sales sold the film to distributors in thirty territories"
    rf"|(?P<sold>{NAME})\s+(?:sold|pre-sold|licensed)\s+(?:the\s+film|it)\s+to\s+(?:[\w-]+\s+){{0,2}}distributors\b"
    # "the Toronto company X acquired the international sales rights"
    rf"|(?P<rights_to_sell>{NAME})\s+(?:acquired|took|secured|obtained|picked\s+up)\s+(?:the\s+)?(?:international|world|worldwide|foreign|overseas)\s+sales\s+rights\b"
    # "The Little Film Company was engaged to sell the picture to international buyers"
    rf"|(?P<engaged>{NAME})\s+(?:was|were)\s+(?:engaged|hired|appointed|chosen|brought\s+in)\s+to\s+sell\s+"
    r"(?:the\s+(?:film|picture|movie)|it)\s+(?:to\s+(?:international|foreign|overseas|world)\s+(?:buyers|distributors|markets)|abroad)\b")
_RECORD_LABEL = re.compile(
    r"\bsoundtrack(?:\s+album)?\b[^.;]{0,40}?\b(?:was|were)\s+(?:first\s+|later\s+|also\s+)?(?:released|issued|published|put out)"
    rf"\s+(?:[^.;]{{0,30}}?\s)??(?:by|on)\s+(?:the\s+)?(?P<by>{NAME})"
    rf"|(?P<org>{NAME})\s+(?:released|issued|put out|published)\s+(?:the\s+film['’]s\s+|its\s+|the\s+|{NAME}['’]s\s+)?"
    r"(?:original\s+)?soundtrack\b"
    # "the soundtrack album was released online ... on the T-Series label"
    rf"|\bsoundtrack\b[^.;]{{0,120}}?\bon\s+the\s+(?P<label>{NAME})\s+label\b")
_RESTORER = re.compile(
    rf"\brestoration\b[^.;]{{0,50}}?\b(?:prepared|carried out|made|done|undertaken|produced|performed|completed)"
    rf"\s+(?:in\s+\d{{4}}\s+)?by\s+(?:the\s+)?"
    rf"(?P<orgs>{ORGS}){_together('with')}"
    rf"|\brestored\s+(?:[^.;]{{0,30}}?\s)??by\s+(?:the\s+)?(?P<by>{ORGS}){_together('with2')}"
    rf"|(?P<subj>{ORGS})(?:,\s+which\s+[^,;]+,)?\s+(?:completed|carried out|undertook|made|prepared|produced|"
    r"oversaw|restored|began|started|launched)\s+(?:(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}restoration\b|" + _IT + r"\b)"
    + _together("with3"))
_DUB = re.compile(
    r"\b(?:dub|dubbing|dubbed version)\b(?:,)?\s+(?:was\s+)?(?:produced|recorded|made)\s+(?:in\s+\d{4}\s+)?by\s+"
    rf"(?:(?:[\w'’]+\s+){{0,2}}of\s+)?(?P<by>{NAME})"
    rf"|(?P<org>{NAME})\s+(?:produced|recorded|made)\s+(?:an?|the|its)\s+(?:[\w-]+,?\s+){{0,3}}dub\b")
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_BROADCASTER = re.compile(
    rf"\b{_IT}\s+(?:was|(?:has|had)\s+(?:since\s+|also\s+|later\s+)?been)\s+(?:first\s+|later\s+|also\s+)?"
    # "shown at the festival on 8 October 1993": a date is no channel
    rf"(?:broadcast|aired|televised|shown)\s+(?:[^.;]{{0,30}}?\s)??(?:on|by)\s+(?!\d|(?:{_MONTH})\b)(?:the\s+)?(?P<by>{NAME}(?:\s+and\s+{NAME})?)"
    # "HBO then bought the rights and broadcast the film", "NBC held the broadcast rights",
    # "Showtime acquired the pay-television rights", "CBS gave the film its first television broadcast"
    rf"|(?P<rights>{NAME})\s+(?:then\s+|later\s+|also\s+)?(?:bought|acquired|secured|obtained|held|picked\s+up)\s+"
    r"(?:the\s+|its\s+)?(?:(?:[\w-]+\s+){0,2}(?:[\w]+-)?(?:broadcast|broadcasting|television|TV)\s+rights\b|"
    rf"(?:[\w-]+\s+){{0,2}}rights\s+and\s+(?:broadcast|aired|televised|showed)\s+{_IT}\b)"
    rf"|(?P<gave>{NAME})\s+gave\s+{_IT}\s+its\s+(?:[\w-]+\s+){{0,2}}(?:television|TV)\s+(?:broadcast|premiere|debut)\b"
    # "Television rights were sold to ABC"
    rf"|\b(?i:television|TV|broadcast)\s+rights\s+(?:were|was)\s+(?:sold|licensed)\s+to\s+(?:the\s+)?(?P<sold_to>{NAME})"
    # "a single subtitled broadcast on Turner Classic Movies"
    rf"|\b(?:an?|its|the)\s+(?:[\w-]+\s+){{0,3}}(?:television\s+)?broadcast\s+on\s+(?:the\s+)?(?P<noun>{NAME})"
    rf"|\b(?:channel|network|broadcaster)\s+(?P<org>{NAME})\s+(?:showed|broadcast|aired|televised|screened)\s+{_IT}\b"
    # "RTÉ has repeatedly broadcast the film"
    rf"|(?P<subj>{NAME})(?:,\s+which)?\s+(?:(?:has|have|had)\s+)?(?:(?:also|later|first|repeatedly|regularly|then)\s+)?"
    rf"(?:broadcast|aired|televised)\s+{_IT}\b"
    # "The film began streaming on YouTube Red": a streaming service shows it as a channel would
    rf"|\b(?:began|started)\s+streaming\s+on\s+(?!\d|(?:{_MONTH})\b)(?P<stream>{NAME})"
    # "had its television premiere on the cable network Showtime"
    rf"|\b(?:television|TV|broadcast)\s+(?:premiere|debut)\s+on\s+(?:the\s+)?(?:(?:cable|pay|public|satellite)\s+)?(?:network|channel|broadcaster)?\s*(?P<tv>{NAME})"
    # "this new version premiered on Crunchyroll in February 2009": a premiere on a channel or service
    rf"|\b(?:premiered|debuted)\s+on\s+(?!\d|(?:{_MONTH})\b)(?:the\s+)?(?P<premiered>{NAME})(?=\s+(?:in|on)\s+(?:\d|{_MONTH})|\s*[,.;])")

# (pattern, role, a word the pattern needs: most sentences are passed over with one search)
_FORMS = ((_SALES_AGENT, "sales agent", re.compile(r"[Ss]ales|sold|licensed|\bsell\b|represented")),
          (_RECORD_LABEL, "record label", re.compile(r"soundtrack")),
          (_RESTORER, "restorer", re.compile(r"restor")), (_DUB, "dubbing studio", re.compile(r"dub")),
          (_BROADCASTER, "broadcaster", re.compile(r"broadcast|aired|televised|showed|shown|screened|[Tt]elevision|TV|streaming|premiered on|debuted on")))
# "The English-language version was produced by X and recorded at Y": companies by their names
# only (a producer of the dub may be a person)
_VERSION_DUB = re.compile(
    r"\b(?:English|[A-Z]\w+-language)\s+(?:dubbed\s+)?version\b,?\s+(?:was\s+)?(?:produced|recorded|made)\s+(?:by|at)\s+"
    rf"(?P<a>{NAME})(?:\s+and\s+(?:was\s+)?(?:recorded|produced|made)\s+(?:at|by)\s+(?P<b>{NAME}))?")
# "The Streamline dub": a dub named after the company that made it
_NAMED_DUB = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<org>{NAME})\s+(?:English\s+|[A-Z]\w+\s+)?dub\b")


def extract_company_services(ctx: Context, sections) -> None:
    """Add the sales agents, record labels, restorers, dubbing studios and broadcasters."""
    film = ctx.film_keys()
    for section, sentence in ctx.sentences(sections):
        text = strip_org_descriptors(sentence.text)
        found: list[tuple[str, str]] = []
        for pattern, role, cue in _FORMS:
            if not cue.search(text):
                continue
            # "the cable channel Kite TV showed it": a broadcaster is read with its descriptor
            for m in pattern.finditer(sentence.text if pattern is _BROADCASTER else text):
                groups = m.groupdict()
                for key in ("orgs", "by", "subj", "org", "as", "named", "with", "with2", "with3", "sold", "label", "rights", "gave", "sold_to",
                            "noun", "stream", "engaged", "premiered", "rights_to_sell", "tv"):
                    if groups.get(key):
                        # a service a company is known to distribute through is no channel; a premiere
                        # "on" a name the article knows as anything but a company is no broadcast
                        found += [(name, role) for name in split_names(groups[key])
                                  if key not in ("stream", "premiered") or not _distributes(ctx, name)
                                  and (key != "premiered" or not (ctx.names.known(name) and ctx.names.kind(name) == "person"))]
        for m in _VERSION_DUB.finditer(text):
            found += [(o, "dubbing studio") for o in (m.group("a"), m.group("b"))
                      if o and ctx.names.kind(ctx.names.resolve_organization(clean(o))) == "organization"]
        for m in _NAMED_DUB.finditer(text):
            if ctx.names.kind(ctx.names.resolve_organization(clean(m.group("org")))) == "organization":
                found.append((m.group("org"), "dubbing studio"))
        if not found:
            continue
        evidence = ctx.sentence_evidence(section, sentence)
        for raw, role in found:
            org = ctx.names.resolve_organization(re.sub(r"['’]s?$", "", clean(raw)))  # "on PBS's strand POV"
            full = ctx.names.resolve(org)
            if not org or name_key(org) in film or org.casefold() in places.DEMONYMS or re.fullmatch(r"[\d\s.]+", org) \
                    or ctx.names.known(full) and ctx.names.kind(full) != "organization":
                # the restoration "supervised by" the director is no company's work; "broadcast on West
                # German television" names no channel
                continue
            if role == "dubbing studio" and len(org.split()) in (2, 3) and ctx.names.kind(full) == "person":
                continue  # "the English dub was produced by Frank Marshall": a person's name, no studio's
            ctx.names.add(org, "organization")
            ctx.facts.credits.append(Credit(work=FILM, agent=org, agent_kind="organization", role=role,
                                            evidence=[evidence]))


def _distributes(ctx: Context, name: str) -> bool:
    """Whether the article credits ``name`` as the film's distributor: a streaming service that
    released the film ("it began streaming on Rook Stream", which had bought the world rights) is
    its distributor, not a channel."""
    org = ctx.names.resolve_organization(clean(name))
    # ("Apple TV" is read without its "+")
    return any(c.role.startswith("distributor") and name_key(c.agent).startswith(name_key(org)) for c in ctx.facts.credits)
