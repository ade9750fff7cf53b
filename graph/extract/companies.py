"""Companies that prose credits with money, rights or effects, rather than with a verb of release.

"The film was financed by Kite Pictures and Lumen", "Kite financed the budget together with Lumen",
"the production committee that financed the film included Kite and Lumen" (financiers); "Vela
joined as a co-producer", "co-produced with Kite and Lumen", "in association with Vela" (production
companies); "Harbor Films acquired the North American rights", "the British rights
went to Quay" (distributors; a studio that "acquired the film rights" to a novel is not one); "the
visual effects were created by Spark & Glass" (visual effects). Input: the extraction context and
the sections that may credit the film's makers; output: credits in ``ctx.facts``.
"""

from __future__ import annotations

import re

from .. import places
from ..facts import FILM, Credit
from ..normalize import name_key
from .company_partners import PARTNER_CUES, known_person as _person, partner_companies, without_place_of
from .context import Context
from .names import NAME, ORGS, UPPER, clean, company_pair, split_names, strip_org_descriptors

_FINANCED_BY = re.compile(rf"\b(?:(?:co-)?(?:financed|funded|bankrolled|backed|(?<=was\s)supported|(?<=were\s)supported)\s+(?:jointly\s+|largely\s+|mainly\s+|partly\s+)?by|(?i:financing|funding)\s+"
                          rf"(?:came\s+)?from|\bgrants?\s+came\s+from|in association with|(?:budget|money|funds|financing)(?:\s+of\s+\S+(?:\s+(?:million|billion))?)?"
                          rf"\s+(?:was|were)\s+raised\s+from|"
                          # "in association with Chinn's company Red Box Films" reads as "with Red Box
                          # Films": strip_org_descriptors has taken the descriptor out
                          # "with backing from the regional fund X", "further support came from X and Y"
                          rf"(?:(?i:financial|further|additional|public|private)\s+)?(?:support|backing|money|funds|finance)\s+(?:came\s+(?:principally\s+|mainly\s+|largely\s+|chiefly\s+)?)?from|"
                          # "Additional financing was provided by Eurimages and by ..."
                          rf"(?i:financing|funding|money|support)\s+(?:was|were)\s+(?:also\s+)?(?:provided|supplied|contributed)\s+by|"
                          # "with the participation of Nordisk Film", "made through Spiegel's British company, Horizon Pictures"
                          rf"\bthe\s+participation\s+of|in\s+co-?production\s+with|(?:[Tt]he\s+)?production\s+was\s+(?:run|handled|managed|overseen)\s+by\s+(?:[\w'’]+\s+){{0,3}}?(?:company|studio|firm|banner),?|\b(?:made|produced)\s+(?:(?:the\s+film|it)\s+)?(?:(?:him|her|them)sel(?:f|ves)\s+)?through\s+(?:[^,;.]{{0,40}}?\s)?company,?"
                          # ("made through Spiegel's British company, Horizon Pictures": read once its descriptor is gone)
                          rf"|\b(?:was|were)\s+made\s+through(?=\s+[{UPPER}]))\s+(?:the\s+)?(?P<orgs>{ORGS})")
_FINANCED = re.compile(
    rf"(?P<org>{NAME})(?:,\s+which)?\s+(?:also\s+)?(?:(?:co-)?(?:financed|funded|bankrolled)|(?:agreed\s+to\s+)?pa(?:id|y)\s+for|"
    r"helped\s+(?:to\s+)?(?:finance|fund)|"
    r"agreed\s+to\s+(?:co-)?(?:finance|fund)(?:\s+its\s+development)?)\s*"
    r"(?:(?:(?:the|a)\s+(?:film|budget|production|picture|project)|it)\b|(?=[,.;]))"
    # "X financed the film through her company Kite Pictures": the company, not its owner
    rf"(?:\s+through\s+(?:his|her|their|its)\s+(?:own\s+)?(?:company|studio|firm|banner)\s+(?P<via>{NAME}))?"
    # "..., with A and B among its executive producers": people credited, not a partner
    rf"(?:[^.;]{{0,60}}?\b(?:together\s+)?with\s+(?P<with>(?>{NAME}))(?!\s+(?:among|as|serving|acting|credited|joining|coming|signing)\b))?")
# Regional or distribution rights, not "the film rights" (to adapt a book) or "remake rights".
_RIGHTS_KIND = r"(?:North American|American|US|U\.S\.|UK|British|United States|United Kingdom|international|worldwide|foreign|distribution|theatrical)"
_ACQUIRED = re.compile(
    rf"(?P<org>{NAME})\s+(?:later\s+|also\s+|then\s+|eventually\s+)?(?:acquired|bought(?:\s+into)?|took|picked up|secured|obtained)\s+(?:the\s+)?"
    # ("acquired the rights in the United States": the country makes them a territory's)
    rf"(?:{_RIGHTS_KIND}\s+(?:distribution\s+)?(?:rights|deal)|rights\s+(?:for|in)\s+(?:the\s+)?[A-Z])"
    # ("acquired the United States rights to the novel": a book's, to adapt)
    r"(?!\s+to\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:novel|book|story|play|manga|memoir|life))")
# "a co-production between Harbor Films and Rook Pictures", "a production of Harbor Films",
# "Harbor Films co-produced the film with Rook Pictures"
# ("the first co-production between the rival independents A and B": a description before the names)
_CO_PRODUCTION = re.compile(rf"\b(?:co-?production|production)\s+(?:between|of|by)\s+(?:the\s+(?:[a-z-]+\s+){{1,3}}(?=[{UPPER}]))?"
                            rf"(?P<orgs>{ORGS})"
                            # "a production of Office Kitano, together with Bandai Visual, TV Tokyo and Tokyo FM"
                            rf"(?:,?\s+(?:together|along)\s+with\s+(?P<together>{ORGS}))?")
# "The film was made by A and B in association with C", "made under Mehra's own banner, ROMP Pictures,"
_MADE_BY = re.compile(rf"\b(?:was|were)\s+made\s+by\s+(?P<orgs>{ORGS})(?:\s+alongside\s+(?P<along>{ORGS}))?"
                      rf"(?=\s+(?:in\s+association|in\s+co-?production|for|with)\b|\s*[,.;])"
                      rf"|\b(?:made|produced)\s+under\s+(?:[\w'’]+\s+){{0,3}}?banner,?\s+(?P<banner>{NAME})")
_PRODUCED_IT = re.compile(rf"(?P<org>{NAME})(?:,\s+which)?\s+(?:co-)?produced\s+(?:the\s+(?:film|picture|movie)|it)\b"
                          rf"(?:\s+(?:together\s+)?with\s+(?P<with>{NAME}))?")
# "the production committee that financed the film included A, B and C", "a production committee with A
# and B", "... in which A and B took shares"
_COMMITTEE = re.compile(rf"\b(?:production committee|consortium|investors|backers)\b[^.;]{{0,40}}?\b(?:included|comprised|"
                        rf"consisted of|was made up of|were)\s+(?P<orgs>{ORGS})"
                        rf"|\bproduction committee\s+(?:with|of|comprising|including|in\s+which)\s+(?P<members>{ORGS})")
# "with Rook Films joining as a co-producer", "Quay, which also came on board as an associate
# producer", "co-produced with Lumen and Vela"
_PLACED = rf"{NAME}(?:\s+in\s+{NAME})?"
_JOINED_AS = re.compile(
    rf"(?:\b[A-Z][a-z]+ly,?\s+)?(?P<aboard>{NAME})\s+came\s+(?:aboard|on\s+board)(?=\s*,)"
    rf"|(?P<org>{NAME})(?:,\s+which(?:\s+also)?|,\s+(?:run|headed|led|owned|founded)\s+by\s+[^,;]{{3,60}},)?\s+(?:also\s+)?(?:came\s+(?:in|on\s+board|aboard)|coming\s+(?:in|on\s+board)|"
    r"boarded\s+the\s+(?:project|film|production)|"
    r"joined|joining|(?:agreed|decided)\s+to\s+join|signed\s+on|stepped\s+in|was\s+brought\s+in|(?:was\s+)?credited(?:\s+alongside\s+\w+)?)\s+as\s+"
    r"(?:an?\s+|the\s+)?(?:minority\s+|second\s+|further\s+|additional\s+|third\s+|(?:[A-Z][\w-]+\s+){1,2})?"
    # "Participant Media joined as a co-financier", "credited alongside it as a second production company"
    r"(?:co-?producer|associate\s+producer|producer|co-production\s+partner|production\s+partner|co-?financier|production\s+company)\b"
    # "CinemaNX was also a production partner"
    rf"|(?P<partner>{NAME})\s+was\s+(?:also\s+)?(?:a|the)\s+(?:co-)?production\s+partner\b"
    # "brought in his own outfit, Bryna Productions, as a second production company"
    rf"|(?P<second>{NAME}),\s+as\s+an?\s+(?:second|third|further|minority)\s+(?:production\s+company|co-?producer|co-production\s+partner)\b"
    rf"|\bco-produced\s+with\s+(?P<orgs>{ORGS})"
    # "A in Berlin and the Paris-based B came aboard as co-producers, along with C"
    rf"|(?P<several>{_PLACED}(?:\s*,\s*(?:the\s+)?{_PLACED})*(?:,?\s+and\s+(?:the\s+)?{_PLACED})?)\s+(?:came\s+(?:in|on\s+board|aboard)|joined|signed\s+on)\s+as\s+(?:co-?producers|co-production\s+partners)\b"
    rf"(?:,?\s+(?:along|together)\s+with\s+(?P<along>{NAME}))?")
# "... came from the broadcaster Arte and from Channel Four Films in Britain", "was provided by A and
# by B": a second source
_AND_FROM = re.compile(rf"(?:\s+in\s+[{UPPER}][\w-]*)?,?\s+and\s+(?:from|by)\s+(?:the\s+)?(?P<org>{NAME})")
# "produced by X in partnership with Y", "with A and B as partners in France"
# ("Geiger, one of the producers, also edited the film in partnership with X": a producer's other craft)
_PARTNERSHIP = re.compile(rf"\b(?:produc(?:ed|tion|ing)|made)\b[^.;]{{0,80}}?\bin\s+partnership\s+with\s+(?:the\s+)?(?P<orgs>{ORGS})"
                          # "with MK2 Productions, headed by Marin Karmitz, as French partner"
                          rf"|\bwith\s+(?P<as>{ORGS})(?:,\s+[^,;]{{1,60}},)?\s+as\s+(?:(?:the|its|a)\s+)?(?:[{UPPER}][\w-]+\s+)?"
                          r"(?:(?:co-?production|production|minority)\s+)?(?:partners?|co-producers?)\b")
_CONTINENTS = frozenset({"Europe", "Asia", "Africa", "America", "North America", "South America", "Latin America",
                         "Oceania", "Scandinavia"})
# "..., together with A and B": the partners in the financing a company led
_LED_WITH = rf"(?:,?\s+(?:together|along)\s+with\s+(?:the\s+)?(?P<ledwith>{NAME}(?:(?:\s*,\s*(?:and\s+)?(?:the\s+)?|,?\s+and\s+(?:the\s+)?){NAME})*))?"
# "the Danish Film Institute contributed further support"
_CONTRIBUTED = re.compile(rf"(?P<org>{NAME})\s+(?:also\s+)?(?:contributed|provided|added)\s+"
                          r"(?:the\s+(?:first\s+|initial\s+)?)?(?:(?:further|additional|financial|some|development|seed)\s+)*(?:support|funding|financing|money|funds)\b"
                          # "X put up a significant share of the financing", "X led the financing, together with A and B"
                          rf"|(?P<share>{NAME}),?\s+(?:also\s+)?(?:put\s+up|provided|raised|supplied|contributed)\s+(?:a|an|the|most|much|half|part)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:share|part|portion|half|bulk|majority|rest|balance)\s+of\s+the\s+(?:financing|funding|budget|money)\b"
                          rf"|(?P<led>{NAME}),?\s+(?:also\s+)?led\s+the\s+(?:financing|funding)\b{_LED_WITH}"
                          # "..., with the BFI also contributing", "with X also committing funds"
                          rf"|\bwith\s+(?:the\s+)?(?P<also>{NAME})\s+(?:also\s+(?:contributing|committing\s+(?:funds|money))\b"
                          # "with Fox 2000 Pictures supplying much of the money"
                          r"|(?:also\s+)?(?:supplying|providing|putting\s+up|contributing)\s+(?:(?:much|most|part|some|half|the\s+rest)\s+of\s+)?"
                          r"the\s+(?:money|financing|funding|budget)\b)")
# "Co-production partners included A, B and the broadcaster C", "The European partners were X's
# Kite Films in France and Y's Lumen in Germany": a company may carry its owner and its place
_PARTNER = rf"(?:{NAME}['’]s\s+)?{NAME}(?:\s+in\s+(?:the\s+)?{NAME})?"
_PARTNERS = re.compile(rf"\b(?P<kind>(?:television|broadcast|broadcasting|financing|co-production|production|distribution)\s+)?"
                       rf"partners\s+(?:included|including|were|comprised)\s+(?P<orgs>{_PARTNER}(?:(?:\s*,\s*|,?\s+and\s+){_PARTNER})*)")
_OWNER_AND_PLACE = re.compile(rf"^(?:{NAME}['’]s\s+)?(?P<org>.+?)(?:\s+in\s+(?:the\s+)?{NAME})?$")
# "Vela Films, the company of A and B, also co-produced", "SWR and WDR and Arte were involved in the
# financing" (a list of companies may repeat "and" once each descriptor is gone)
_ALSO_COPRODUCED = re.compile(rf"(?P<org>{NAME}(?:\s+and\s+{NAME})?)(?:,\s+(?:the|a|an)\s[^,;.]{{3,60}},)?\s+(?:also\s+)?co-produced\s*[,.;]")
# "which Studio Ghibli made for Tokuma Shoten, NTV and Hakuhodo", "with Film i Väst among the co-producers"
_MADE_FOR = re.compile(rf"(?P<maker>{NAME})\s+(?:made|produced|animated)\s+(?:it\s+|the\s+film\s+)?for\s+(?P<orgs>{ORGS})"
                       rf"|\bwith\s+(?P<among>{NAME})\s+among\s+(?:the\s+|its\s+)?(?:co-?producers|producers|financiers|backers|investors)\b")
_IN_FINANCING = re.compile(rf"(?P<orgs>{NAME}(?:(?:\s*,\s*|,?\s+and\s+){NAME})*)\s+(?:were|was)\s+(?:also\s+)?"
                           r"involved\s+in\s+(?:the\s+)?(?:financing|funding)\b")
_WENT_TO = re.compile(rf"\b(?:{_RIGHTS_KIND}|distribution)\s+rights\s+went\s+to\s+(?P<org>{NAME})")
# "A and the German company B came together to co-finance the film"
_TOGETHER_TO = re.compile(rf"(?P<orgs>{ORGS})\s+(?:came\s+together|joined\s+forces|teamed\s+up)\s+to\s+(?:co-)?(?:finance|fund|produce)\b")
# "Amazon Studios partnered with Bleecker Street to handle the theatrical release"
_PARTNERED_TO = re.compile(rf"\bpartnered\s+with\s+(?:the\s+)?(?P<org>{NAME})\s+(?:to|on)\s+(?:handle|distribute|release)\b")
_EFFECTS_BY = re.compile(
    rf"\b(?i:visual|digital)\s+effects\b[^.;]{{0,60}}?\b(?:were|was)\s+(?:created|produced|provided|handled|done|made)\s+by\s+"
    rf"(?:the\s+)?(?P<org>{NAME})")


# "Veit Heiduschka of Wega Film in Vienna": a person named with the company he produced for (and its seat)
_PERSON_OF = re.compile(rf"(?P<who>[{UPPER}][\w.'’-]+(?:\s+[{UPPER}][\w.'’-]+){{1,2}})\s+of\s+(?:the\s+)?(?P<org>.+?)"
                        rf"(?:\s+in\s+[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?)?")


# "produced by Yukie Kito of the Tokyo company Entertainment Farm": a producer's company, read
# before its descriptor is stripped (the word "company" is what says it is one)
_PRODUCER_OF = re.compile(rf"[{UPPER}][\w'’.-]*\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:company|studio|firm|banner)\s+(?P<org>{NAME})"
                          # "produced by A, through his company X, and by B, through Y"; "set up at his company, X"
                          rf"|,\s+through\s+(?:(?:his|her|their)\s+(?:own\s+)?(?:(?:company|studio|firm|banner),?\s+)?)?(?P<via>{NAME})"
                          # "set up at his company, X", "set up by Loach and Garnett's own company, X", "Redford's company X"
                          rf"|(?:\b(?:his|her|their)|[{UPPER}][\w.'’-]*['’]s?)\s+(?:own\s+)?(?:production\s+)?(?:company|banner),?\s+(?P<at>{NAME})"
                          # "with Denis Freyd producing for the French partner Archipel 35"
                          rf"|\bproduc(?:ing|ed)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:partner|company|co-producer)\s+(?P<for>{NAME})")


_CUE_WORDS = ("made", "animated", "among", "rights", "deal", "financ", "funded", "funding", "bankrolled", "effects", "production", "produced",
              "association", "distributor", "pay", "paid", "raised", "support", "committee", "consortium", "investors", "backers", "producer",
              "partners", "backing", "money", "funds", "finance", "contributing", "committing", "participation",
              "through", "financier", "partner", "banner", "backed", "set up", "together", "forces", "teamed", "company", "project",
              "grant", "aboard", "on board") + PARTNER_CUES
def extract_prose_companies(ctx: Context, sections) -> None:
    """Add the production companies, distributors and effects houses of the forms above."""
    film = ctx.film_keys()
    for section, sentence in ctx.sentences(sections):
        text = sentence.text
        if not any(word in text for word in _CUE_WORDS):
            continue
        # ("Veber's company EFVE and TF1 Films Production": a name may run into the next company's)
        about_making = re.search(r"(?<!post-)\bproduc|\bset up|\bproject\b|\bbacked\b", text)
        found: list[tuple[str, str]] = [(org, "production company") for m in _PRODUCER_OF.finditer(text) if about_making
                                        and (not m.group("via") or re.search(r"\bproduced by\b", text[:m.start()]))
                                        for org in split_names(m.group("org") or m.group("via") or m.group("at") or m.group("for"))]
        text = strip_org_descriptors(text)
        evidence = ctx.sentence_evidence(section, sentence)
        for m in _FINANCED_BY.finditer(text):
            role = "financier" if re.search(r"financ|fund", m.group(0), re.I) else "production company"
            found += [(org, role) for org in split_names(m.group("orgs"))]
            also = _AND_FROM.match(text, m.end())
            found += [(also.group("org"), role)] if also else []
        for m in _PARTNERSHIP.finditer(text):
            # "in partnership with Anatole Dauman's Paris-based Argos Films": the company alone
            named = [clean(_OWNER_AND_PLACE.match(o).group("org")) for o in split_names(m.group("orgs") or m.group("as"))]
            found += [(org, "production company") for org in named if not _person(ctx, org)]
        for m in _FINANCED.finditer(text):
            found += [(org, "financier") for org in _companies(ctx, m.group("org"))]
            # "... with Film4" (a partner), not "... and produced it with Quill" (a person it knows)
            found += [(org, "financier") for org in (m.group("with"), m.group("via"))
                      if org and not _person(ctx, org)]
        for m in _COMMITTEE.finditer(text):
            found += [(org, "financier") for org in split_names(m.group("orgs") or m.group("members"))]
        for m in _CONTRIBUTED.finditer(text):
            backers = [m.group("org") or m.group("also") or m.group("share") or m.group("led")]
            # "A and the B": a company's own "and" ("the National Film and Video Foundation") stays whole
            backers += [p for p in re.split(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+", m.group("ledwith") or "") if p]
            found += [(org, "financier") for org in backers if not _person(ctx, org)]
        for m in _JOINED_AS.finditer(text):
            named = (m.group("org") or m.group("orgs") or m.group("several") or m.group("partner") or m.group("second")
                     or m.group("aboard"))
            # "A in Berlin", "the Paris-based B": a company with its place
            named = [re.sub(r"^[A-Z]\w+-based\s+", "", _OWNER_AND_PLACE.match(o).group("org")) for o in split_names(named)]
            named += split_names(m.group("along") or "")
            # "the producer Ada Solomon of HiFilm Productions was credited as ...": a person, not a company
            named = [o for o in named if not re.fullmatch(rf"[{UPPER}]\w+\s+[{UPPER}]\w+\s+of\s+.+", o)]
            found += [(org, "production company") for org in named
                      if not _person(ctx, org) and (not m.group("several") or ctx.names.kind(org) == "organization"
                                                     or " " not in org)]
        for m in _PARTNERS.finditer(text):
            # "X's Kite Films in France": the company, without its owner or its place
            found += [(org, "production company") for org in
                      (_OWNER_AND_PLACE.match(o).group("org") for o in split_names(m.group("orgs")))
                      # a lone word ("Yle") is a company's name here, two are a person's unless it is known
                      # or the partners are companies by their kind ("television partners")
                      if not _person(ctx, org) and (ctx.names.kind(org) != "person" or " " not in org or m.group("kind"))]
        for m in _ALSO_COPRODUCED.finditer(text):
            # ("NDR and Arte co-produced": single words no one in the article is called are companies)
            named = _companies(ctx, m.group("org")) or [o for o in split_names(m.group("org"))
                                                        if " " not in o and " and " in m.group("org") and not _person(ctx, o)]
            found += [(org, "production company") for org in named]
        for m in _MADE_FOR.finditer(text):
            # a studio makes a film for companies: those it names are companies unless known as people
            if m.group("orgs") and ctx.names.kind(clean(m.group("maker"))) != "organization":
                continue
            found += [(org, "production company") for org in split_names(m.group("orgs") or m.group("among"))
                      if not _person(ctx, org) and not re.search(r"['’]s?$", org)]
        for m in _IN_FINANCING.finditer(text):
            found += [(org, "financier") for org in split_names(m.group("orgs")) if not _person(ctx, org)]
        for m in _CO_PRODUCTION.finditer(text):
            # companies only: "a production of Hamlet" names a play, and people are credited elsewhere
            # (its partners "together with" it are companies unless the article knows them as people)
            # (a co-production "between" three or more names is between companies, unless one is a person's)
            named = split_names(m.group("orgs"))
            between = re.match(r"co-?production\s+between", m.group(0)) and len(named) > 2
            found += [(org, "production company") for org in named
                      if ctx.names.kind(org) == "organization"
                      or between and not _person(ctx, org) and org.casefold() not in places.DEMONYMS]
            found += [(org, "production company") for org in split_names(m.group("together") or "")
                      if not _person(ctx, org)]
        for m in _MADE_BY.finditer(text):
            # companies, or a lone word no one in the article is called ("made by Miracle Pictures and Seamus")
            found += [(org, "production company") for org in split_names(m.group("orgs") or m.group("banner"))
                      + split_names(m.group("along") or "")
                      if not _person(ctx, org) and (ctx.names.kind(org) == "organization" or " " not in org)]
        for m in _PRODUCED_IT.finditer(text):
            found += [(o, "production company") for o in _companies(ctx, m.group("org")) + _companies(ctx, m.group("with"))]
        for pattern in (_ACQUIRED, _WENT_TO):
            found += [(org, "distributor") for m in pattern.finditer(text) for org in company_pair(ctx.names, clean(m.group("org")))]
        found += [(m.group("org"), "visual effects") for m in _EFFECTS_BY.finditer(text)]
        found += [(org, "financier") for m in _TOGETHER_TO.finditer(text) for org in split_names(m.group("orgs"))]
        found += [(m.group("org"), "distributor") for m in _PARTNERED_TO.finditer(text)]
        found += partner_companies(ctx, sentence.text)  # its own forms take descriptors and owners apart
        for raw, role in found:
            # "Veit Heiduschka of Wega Film in Vienna": a producer named with his company
            person_of = _PERSON_OF.fullmatch(clean(raw))
            if person_of and ctx.names.kind(person_of.group("who")) == "person":
                raw = person_of.group("org")
            # "the European Union's MEDIA Programme": the company without its owner before it
            # (but "Winter's Bone Productions", named after the film, keeps its first word)
            raw = without_place_of(_without_owner_after(ctx, clean(raw)))
            if not any(name_key(raw).startswith(k) for k in film):
                raw = re.sub(rf"^(?:[{UPPER}][\w.\-]*\s+){{0,2}}[{UPPER}][\w.\-]*['’]s\s+(?=[{UPPER}])", "", raw)
            words = raw.split()
            rest = " ".join(words[1:])
            if len(words) > 1 and words[0].casefold() in places.DEMONYMS and not ctx.names.known(raw) and (
                    ctx.names.known(rest) or re.search(r"\b(?:Productions?|Films|Pictures)$", rest)):
                # "in co-production with the Swiss CAB Productions" (but the Danish Film Institute and a
                # known "American Empirical Pictures" keep their names)
                raw = rest
            org = ctx.names.resolve_organization(clean(raw))
            if not org or name_key(org) in film or ctx.names.kind(org) == "person" and ctx.names.known(org):
                continue
            if org.endswith("-") or re.search(r"['’]s?$", org):
                continue  # "the Film- und Medienstiftung NRW": a name the list cut short; "X's own company": an owner
            if all(w.casefold() in places.DEMONYMS for w in org.split()) or org in places.COUNTRIES \
                    or org in _CONTINENTS:
                continue  # "support from French and German partners", "money came from Sweden": no companies
            ctx.names.add(org, "organization")
            ctx.facts.credits.append(Credit(work=FILM, agent=org, agent_kind="organization", role=role,
                                            evidence=[evidence]))


def _without_owner_after(ctx: Context, org: str) -> str:
    """``org`` without the owner a sentence names after it ("Igor Film of Antonio Musu" -> "Igor
    Film") when the owner is a person the article knows."""
    m = re.fullmatch(rf"(?P<org>.+?)\s+of\s+(?P<owner>[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*)+)", org)
    return m.group("org") if m and ctx.names.known(m.group("owner")) and ctx.names.kind(m.group("owner")) == "person" else org


def _companies(ctx: Context, raw: str | None) -> list[str]:
    """``raw`` as the companies it names: "Harbor Films and Rook Pictures" is two when both halves
    are companies, "Simon and Schuster" stays one, "Kite" is the known "Kite Pictures"; [] for a
    person or nothing."""
    if not raw:
        return []
    parts = [ctx.names.resolve_organization(p) for p in split_names(raw)]
    if len(parts) > 1 and all(ctx.names.kind(p) == "organization" for p in parts):
        return parts
    companies = [p for p in parts if ctx.names.kind(p) == "organization"]
    if len(parts) > 1 and companies and all(" " in p for p in parts):
        return companies  # "with Samy Halfon of Como Films and Philippe Lifchitz": a person is no part of the name
    whole = ctx.names.resolve_organization(clean(raw))
    return [whole] if ctx.names.kind(whole) == "organization" else []
