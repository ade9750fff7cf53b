"""Companies prose names as partners of a co-production, as the house behind a project, or as the
makers of effects and broadcasts, in forms the readers of :mod:`graph.extract.companies` do not
cover (pure: text in, (name, role) pairs out).

"It was assembled as a co-production: Kite Films and Lumen joined from Sweden, Vela from France"
(every company of the list); "The French partner was Vela, and the Italian co-producer was Rook
Film" and "the French side of the co-production was taken on by Vela" (production companies);
"The project was developed by Kite, the Oslo company founded by ..." and "working through Kite, the
company through which he had made ..." (production companies); "whose company Kite had backed"
(a production company); "a co-production spanning four countries, with A and B on the French side, C in
Sweden", "joined as co-producers, as did the broadcaster A", "with A and B as further production
companies", "co-produced the film with its Swedish sister, A, and the Dutch company B", "A came
aboard as a producing partner", "produced for A by <people>", "made by A together with B" and "a
group of co-producers, among them A and B" (production companies); "placed the film with
distributors ..., among them A in Italy" (distributors); "Weta Digital created the computer-generated
effects" (visual effects);
"the broadcaster Channel 9 aired a dubbed version" (a broadcaster).
"""

from __future__ import annotations

import re

from .. import places
from .context import Context
from .names import NAME, ORGS, UPPER, clean, split_names

# A company by the words its names end or are made of, when the article does not know it already
_COMPANY_WORD = re.compile(r"\b(?:Films?|Filmproduktion|Productions?|Pictures|Studios?|Entertainment|Media|"
                           r"Cin[ée]ma|Television|TV|Promotion|Company|Releasing|Distribution|Group|Workshop|"
                           r"Digital|Fund|Foundation|Institute|Centre|Center|Väst|Nord|Machine|Organi[sz]ation|Industry|Partners|"
                           r"Capital|Finance)\b")
_COLON_LIST = re.compile(r"\bco-?production\s*:\s*(?P<rest>[^.;]+)"
                         # "a co-production spanning four countries, with A and B on the French side, C in Sweden"
                         r"|\bco-?production\s+(?:spanning|between|across|of)\s+[^.;:,]{0,40},\s+with\s+(?P<with>[^.;]+)"
                         # "joined as co-producers, as did the Belgian broadcaster A and the Spanish company B"
                         r"|\bjoined\s+as\s+co-?producers?,\s+as\s+did\s+(?P<did>[^.;]+)"
                         # "produced by X through the Mexican companies A and B"
                         r"|\bthrough\s+the\s+(?:[\w-]+\s+){0,2}companies\s+(?P<companies>[^.;]+)"
                         # "with A, B and C as further production companies"
                         r"|\bwith\s+(?P<further>[^.;]{3,160}?)\s+as\s+(?:further|other|additional|its)\s+production\s+companies")
# A partner list ends where backing or funding begins: "..., and with backing from the Film Institute"
_BACKING = re.compile(r",?\s+(?:and\s+)?with\s+(?:public\s+)?(?:backing|support|funding)\b")
# "The Danish company co-produced the film with its Swedish sister, A, the regional fund B and the Dutch company C"
_CO_WITH = re.compile(r"\bco-produced\s+(?:(?:the\s+film|it)\s+)?with\s+(?P<rest>[^.;]+)")
# What a company is, after "the" and before its name: "the Montevideo company", "the Spanish firm"
_A_HOUSE = r"(?:[\w-]+\s+){0,2}(?:company|firm|studio)\s+"
# "The film was produced for Oslo Pictures by A and B"
_FOR_BY = re.compile(rf"\b(?:co-)?produced\s+for\s+(?P<org>{NAME})\s+by\s+[{UPPER}]"
                     # "produced the film through Albatros Filmproduktion of Munich"
                     rf"|\b(?:co-)?produced\s+(?:the\s+film|it)\s+through\s+(?P<thru>{NAME})"
                     # "produced by Kim Hyun-woo for Peppermint & Company"
                     rf"|\b(?:co-)?produced\s+by\s+{NAME}(?:\s+and\s+{NAME})?\s+for\s+(?P<by>{NAME}(?:\s+&\s+{NAME})?)"
                     # "A co-produced for the Spanish company Vela and B for Kite Films in Germany"
                     rf"|\b(?:co-)?produced\s+for\s+the\s+{_A_HOUSE}(?P<house>[{UPPER}][\w'’.&-]*(?:\s+[{UPPER}][\w'’.&-]*){{0,4}})"
                     rf"(?:\s+and\s+[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,3}}\s+for\s+(?P<also>{NAME}))?"
                     # "produced by X through the Montevideo company Kite Films"
                     rf"|\b(?:co-)?produc(?:ed|er|ers)\b[^.;]{{0,60}}?\bthrough\s+the\s+{_A_HOUSE}(?P<via>{NAME})"
                     # "produced by A and B through their Hamburg company X" (a company's name may hold full stops: "2.4.7. Films")
                     rf"|\b(?:co-)?produced\b[^.;]{{0,60}}?\bthrough\s+(?:his|her|their)\s+{_A_HOUSE}(?P<own>(?>{NAME}))(?!\.\s*[{UPPER}0-9])")
# "The picture was made by A together with the B Studio"; "produced for the state broadcaster A";
# "set up by producer X of A"; "the company A joined the project as co-producer"
_HOUSE_WORD = r"(?:company|studio|firm|banner)"
_MADE_BY = re.compile(rf"(?:\b(?:picture|film|movie)|^[{UPPER}][\w'’-]*)\s+was\s+made\s+by\s+"
                      rf"(?:(?:the|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}{_HOUSE_WORD},\s+)?(?P<org>{NAME}),?"
                      rf"(?:\s+(?:together|along)\s+with\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?(?:company|studio)\s+)?(?P<with>{NAME}))?"
                      rf"|\bproduced\s+for\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:broadcaster|company|studio|network|channel)\s+"
                      rf"(?P<for>{NAME})"
                      rf"|\bproducers?\s+{NAME}\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<of>{NAME})"
                      rf"|\b(?:{_HOUSE_WORD}|broadcaster)\s+(?P<joined>{NAME})\s+(?:also\s+)?joined\s+"
                      r"(?:the\s+(?:project|production)\s+)?as\s+(?:an?\s+)?co-?producer")
# "a group of small co-producers, among them A, B and C"; "placed the film with distributors in a
# number of territories, among them A in Italy and B in Switzerland"; "in partnership with his own
# production company, A"; "through his company A, working together with the B Foundation"
_AMONG_THEM = re.compile(r"\b(?P<kind>co-?producers|distributors)\b[^.;]{0,60}?,\s+(?:among\s+them|including)\s+(?P<list>[^.;]+)")
_PARTNERED = re.compile(rf"\bin\s+partnership\s+with\s+[^,;]{{0,60}}?\b(?:production\s+)?company,\s+(?P<org>{NAME})"
                        rf"|\bthrough\s+(?:his|her|their)\s+(?:own\s+)?company\s+{NAME},\s+(?:working|worked)\s+(?:together\s+)?with\s+(?:the\s+)?(?P<with>{NAME})")
# "RadicalMedia also came aboard as a producing partner"; "Televisión Española also took part in the financing"
_ABOARD = re.compile(rf"(?P<org>{NAME})\s+(?:also\s+)?(?:came|climbed)\s+(?:aboard|on\s+board)\s+as\s+(?:an?\s+)?"
                     r"(?:producing|production|co-production|financing)\s+partner"
                     # "A and B came aboard through their Paris company Kite Films"
                     rf"|\b(?:came|climbed)\s+(?:aboard|on\s+board|on)\s+through\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:company|firm)\s+(?P<thru>{NAME})"
                     # "The Mexican company Canana, run by A and B, came on as a co-producer"
                     rf"|\b[Tt]he\s+{_A_HOUSE}(?P<came>{NAME})(?:,\s+[^;.]{{3,100}}?,)?\s+came\s+"
                     r"(?:on|aboard|on\s+board|in)\s+as\s+(?:an?\s+)?co-?producer"
                     rf"|(?P<part>{NAME})\s+(?:also\s+)?took\s+part\s+in\s+the\s+(?:financing|funding|production)\b")
_LISTED = re.compile(rf"(?<![\w'’-])(?:the\s+(?:[\w-]+\s+){{0,3}}?(?:fund|broadcaster|company|firm|studio|institute)\s+)?(?P<org>{NAME})")
_PARTNER_WAS = re.compile(
    rf"\b[Tt]he\s+[{UPPER}][\w-]+\s+(?:co-?producer|co-production\s+partner|production\s+partner|partner|"
    rf"side\s+of\s+the\s+co-?production)\s+(?:was|were)\s+(?:taken\s+on\s+by\s+|handled\s+by\s+|provided\s+by\s+)?"
    rf"(?:the\s+)?(?P<org>{NAME})")
_HOUSE = re.compile(
    rf"\b(?:project|film|picture)\s+was\s+(?:developed|initiated|set\s+up|packaged)\s+(?:by|at)\s+(?P<dev>{NAME}),\s+"
    rf"(?:the|a|an)\s+[^,;.]{{0,40}}?\b(?:company|studio|firm|banner|outfit)\b"
    rf"|\b(?:working|worked|produced|producing)\s+through\s+(?P<via>{NAME}),\s+(?:the|a|an|his|her|their)\s+"
    rf"[^,;.]{{0,40}}?\b(?:company|studio|firm|banner|outfit)\b"
    rf"|\bwhose\s+(?:[{UPPER}][\w-]+\s+)?(?:company|studio|firm|banner)\s+(?P<whose>{NAME})\s+(?:had\s+)?"
    rf"(?:already\s+|also\s+|previously\s+)?(?:backed|produced|co-produced|financed)\b"
    # "assembled the financing under the banner of their company ZBROS"
    # ("made under the banner of Sanayeh Dasti": a banner is a company's)
    rf"|\bunder\s+the\s+banner\s+of\s+(?:(?:his|her|their|its)\s+(?:own\s+)?(?:production\s+)?(?:company|firm|studio)\s+)?(?P<banner>{NAME})"
    # "The company behind the project was Nava and Thomas's own Independent Productions"
    rf"|\b[Tt]he\s+(?:production\s+)?(?:company|studio|firm)\s+behind\s+the\s+(?:project|film|picture|production)\s+was\s+"
    rf"(?:(?:[{UPPER}][\w-]*\s+(?:and\s+)?)*[{UPPER}][\w-]*['’]s\s+(?:own\s+)?)?(?P<behind>{NAME})")
_EFFECTS = re.compile(
    rf"(?P<org>{NAME})\s+(?:created|designed|produced|handled|supplied|provided|built)\s+(?:the\s+|its\s+|all\s+the\s+)?"
    rf"[^.;]{{0,50}}?\b(?:effects|creatures|miniatures|prosthetics|CGI|computer-generated\s+imagery)\b")
# ("the Tunisian broadcaster Nessma TV aired a dubbed version": the descriptor is gone by now)
# "which produced the film alongside A, B and C", "the production was set up by A together with B",
# "produced by <people> through Hou's company A, together with B, C and D"
_ALONGSIDE = re.compile(rf"(?:(?P<subj>{NAME}),\s+which\s+)?\b(?:co-)?produced\s+(?:the\s+film|it)\s+(?:alongside|together\s+with)\s+(?:the\s+)?(?P<orgs>{ORGS})"
                        rf"|\bproduction\s+was\s+(?:set\s+up|initiated)\s+by\s+(?:the\s+{_A_HOUSE})?(?P<setup>{NAME})(?:\s+together\s+with\s+(?P<with>{ORGS}))?"
                        rf"|\bproduced\s+by\s+[^.;]{{0,120}}?\b(?:together|along)\s+with\s+(?:the\s+)?(?P<list>{ORGS})")
# "Allfilm, headed by the producer Ivo Felt, led the production on the Estonian side"
_LED = re.compile(rf"(?P<org>{NAME})(?:,\s+[^,;]{{3,60}},)?\s+led\s+the\s+production\b")
# "financed in part through Silver Screen Partners IV"
_THROUGH = re.compile(rf"\b(?:financed|funded)\s+(?:in\s+part\s+|partly\s+|largely\s+|mainly\s+)?through\s+(?:the\s+)?(?P<org>{NAME})")
# "Rialto brought a restored print back to American cinemas", "reached VHS in May 1990 from X",
# "took the rights for the rest of the world"
_BROUGHT_BACK = re.compile(
    rf"(?P<org>{NAME})\s+brought\s+(?:a\s+(?:restored|new)\s+print|the\s+film|it)\s+back\s+to\s+(?:[A-Z]\w+\s+)?(?:cinemas|theaters|theatres)"
    rf"|\breached\s+(?:VHS|DVD|Blu-ray|home\s+video)\s+(?:in\s+[^,;.]{{3,20}}?\s+)?from\s+(?P<video>{NAME})"
    rf"|(?P<rest>{NAME})\s+took\s+the\s+(?:rights|film)\s+for\s+(?:much\s+of\s+)?the\s+rest\s+of\s+the\s+world")
# "The brothers' own banner, X, was the second production company on the picture"
_SECOND = re.compile(rf"(?P<org>{NAME}),?\s+(?:was|were)\s+(?:also\s+)?(?:the|a|an)\s+(?:second|third|further|other|main|principal|lead)\s+"
                     r"(?:production\s+company|co-?producer|co-production\s+partner)\b")
# "X offered to finance the project"; "the World Cinema Fund awarded the project €35,000"
_OFFERED = re.compile(rf"(?P<org>{NAME})\s+offered\s+to\s+(?:co-)?(?:finance|fund)\b"
                      rf"|(?P<award>{NAME})\s+(?:awarded|granted|gave)\s+the\s+(?:project|film|production)\s+(?=[€$£¥]|\d)")
# "its American arm, Tartan USA, released the film"; "released in partnership with Kino Lorber"
_ARM = re.compile(rf"\b(?:its|their)\s+(?:[A-Z][\w-]+\s+)?(?:arm|subsidiary|division|label),\s+(?P<org>{NAME}),\s+(?:released|distributed)\b"
                  rf"|\breleased\s+in\s+partnership\s+with\s+(?P<with>{NAME})")
# "Lee of Redpeter Films came on as producer", "A and B of See-Saw Films joined as producers", "Soudani of
# Amka Films co-produced from Switzerland": a producer named with the company they produced for
_PEOPLE_OF = re.compile(rf"{NAME}(?:\s+and\s+{NAME})?\s+of\s+(?P<org>{NAME})\s+(?:also\s+)?"
                        r"(?:co-produced\b|produced\s+(?:the\s+film|it)\b|(?:came|signed)\s+on\s+as\s+(?:an?\s+)?(?:co-)?producers?\b|"
                        r"joined\s+as\s+(?:co-)?producers?\b)")
# "Roxie Releasing, the distribution arm of ..., handled the American release", "In mainland China, X took
# charge of the theatrical release", "the theatrical release was handled by X", "persuaded X to take on the
# theatrical release", "X handled distribution in France"; "the Criterion Collection included it in a 2005 box set"
_HANDLED = re.compile(
    rf"(?P<org>{NAME})(?:,\s+[^,;]{{3,80}},)?\s+(?:handled|took\s+charge\s+of|took\s+on)\s+(?:the\s+(?:film['’]s\s+|restored\s+version['’]s\s+)?|its\s+)"
    r"(?:[\w-]+\s+){0,2}?release\b(?!\s+of\s+(?:the\s+)?(?:soundtrack|album|book|novel|score))"
    rf"|\b(?:theatrical\s+)?release\s+was\s+handled\s+by\s+(?P<by>{NAME})"
    rf"|\bpersuaded\s+(?P<pers>{NAME})\s+to\s+take\s+on\s+the\s+(?:[\w-]+\s+)?release\b"
    rf"|(?P<dist>{NAME})\s+(?:also\s+)?handled\s+(?:the\s+film['’]s\s+)?distribution\b"
    rf"|(?P<inc>{NAME})\s+(?:later\s+)?included\s+(?:it|the\s+film|a\s+restored\s+version\s+of\s+the\s+film)\b[^.;]{{0,100}}?\bbox\s+set\b"
    rf"|\bincluded\s+in\s+(?P<incd>{NAME})['’]s\s+(?:[\w-]+\s+)?box\s+set\b")
_BROADCAST = re.compile(rf"(?P<org>{NAME})\s+(?:aired|broadcast|televised)\s+(?:the\s+film|it|a\s+(?:[\w-]+\s+)?version)\b")


# "Rook Pictures, the film's American distributor, ...", "The film's North American distributor was X",
# "X served as the film's distributor in Japan"
_DISTRIBUTOR_NOUN = re.compile(
    rf"(?P<a>{NAME}),\s+(?:the film['’]s|its)\s+(?:[\w-]+\s+){{0,2}}distributor,"
    rf"|\b(?:[Tt]he film['’]s|[Ii]ts)\s+(?:[\w-]+\s+){{0,2}}distributor\s+(?:was|is)\s+(?P<b>{NAME})"
    rf"|(?P<c>{NAME})\s+(?:served|acted)\s+as\s+(?:the film['’]s|its|the)\s+(?:[\w-]+\s+){{0,2}}distributor\b")
# Words one of the forms above needs: a sentence with none of them (or of the other company readers'
# words) is not read for companies at all
PARTNER_CUES = ("co-production", "co-produc", "produced for", "made by", "producer", "among them", "including", "companies",
                "took part",
                "together with", "side of", "aboard", "on board", "came on", "creatures",
                "miniatures", "aired", "broadcast", "televised", "alongside", "back to", "reached", "rest of the world",
                "offered", "awarded", " arm,", "partnership", "behind the", "banner", "distributor", "release",
                "distribution", "box set")


def partner_companies(ctx: Context, text: str) -> list[tuple[str, str]]:
    """The (name, role) pairs of the forms above in one sentence's ``text``; a name the article
    knows as a person's is left out."""
    found: list[tuple[str, str]] = []
    for m in _COLON_LIST.finditer(text):
        if m.group("rest"):
            found += [(org, "production company") for org in _listed(m.group("rest"))]
        else:
            rest = _BACKING.split(m.group("with") or m.group("did") or m.group("further") or m.group("companies"))[0]
            rest = re.split(r",\s+(?:with|which|who|whose|joined)\b", rest)[0] if m.group("companies") else rest
            found += [(org, "production company") for org in _listed(rest)
                      if company_like(ctx, org) or m.group("further") or m.group("companies")]
    for m in _CO_WITH.finditer(text):
        # ("co-produced with A, with ZDF as broadcast partner": a partner of another kind after the list;
        # "Mexico's Instituto Mexicano de Cinematografía (IMCINE)": the name, not its acronym too)
        rest = re.split(r",\s+with\b", _BACKING.split(m.group("rest"))[0])[0]
        found += [(org, "production company") for org in _listed(re.sub(r"\s+\([A-Z][A-Z\d&]{1,6}\)", "", rest))
                  if company_like(ctx, org)]
    found += [(m.group("org") or m.group("part") or m.group("came") or m.group("thru"), "production company") for m in _ABOARD.finditer(text)]
    for m in _FOR_BY.finditer(text):
        named = [m.group("house"), m.group("also"), m.group("via"), m.group("own"), m.group("thru")] if not (m.group("org") or m.group("by")) else \
            [m.group("org") or m.group("by")] if company_like(ctx, m.group("org") or m.group("by")) else []
        found += [(org, "production company") for org in named if org]
    for m in _AMONG_THEM.finditer(text):
        role = "production company" if m.group("kind").startswith("co") else "distributor"
        found += [(org, role) for org in _listed(m.group("list"))]
    found += [(m.group("org") or m.group("with"), "production company") for m in _PARTNERED.finditer(text)
              if m.group("org") or company_like(ctx, m.group("with"))]
    for m in _MADE_BY.finditer(text):
        named = [org for k in ("org", "with", "for", "of", "joined") if m.group(k) for org in split_names(m.group(k))]
        found += [(org, "production company") for org in named if company_like(ctx, org) or m.group("for") or m.group("joined")]
    found += [(m.group("org"), "production company") for m in _PEOPLE_OF.finditer(text) if company_like(ctx, m.group("org"))]
    for m in _PARTNER_WAS.finditer(text):
        found += [(org, "production company") for org in split_names(m.group("org")) if company_like(ctx, org)]
    for m in _HOUSE.finditer(text):
        found.append((m.group("dev") or m.group("via") or m.group("whose") or m.group("behind") or m.group("banner"),
                      "production company"))
    found += [(m.group("org"), "visual effects") for m in _EFFECTS.finditer(text) if company_like(ctx, m.group("org"))]
    found += [(m.group("org"), "broadcaster") for m in _BROADCAST.finditer(text)]
    found += [(next(g for g in m.groups() if g), "distributor") for m in _HANDLED.finditer(text)]
    for m in _ALONGSIDE.finditer(text):
        # ("together with Eli Sand of Vela Films": a person named with a company is a producer, read elsewhere)
        named = [o for o in split_names(m.group("orgs") or m.group("list") or "") if " of " not in o]
        # a list of partners is companies when most of its names read as companies
        if named and 2 * sum(company_like(ctx, o) for o in named) >= len(named):
            found += [(org, "production company") for org in named + [m.group("subj")] if org]
        found += [(org, "production company") for org in [m.group("setup")] + split_names(m.group("with") or "") if org]
    found += [(m.group("org"), "production company") for m in _LED.finditer(text) if company_like(ctx, m.group("org"))
              or " " not in m.group("org")]
    found += [(m.group("org"), "financier") for m in _THROUGH.finditer(text)]
    found += [(m.group("org") or m.group("video") or m.group("rest"), "distributor") for m in _BROUGHT_BACK.finditer(text)]
    found += [(m.group("org"), "production company") for m in _SECOND.finditer(text)]
    found += [(m.group("org") or m.group("award"), "financier") for m in _OFFERED.finditer(text)
              if company_like(ctx, m.group("org") or m.group("award"))]  # ("Selznick offered to finance it": a person)
    found += [(m.group("org") or m.group("with"), "distributor") for m in _ARM.finditer(text)]
    found += [(m.group("a") or m.group("b") or m.group("c"), "distributor") for m in _DISTRIBUTOR_NOUN.finditer(text)]
    found = [(clean(org) if ctx.names.known(clean(org)) else _without_demonym(without_place_of(clean(org))), role) for org, role in found]
    # ("A restoration completed in 2015 brought it back to cinemas": a year is no company; a name
    # ending in "&" is one a long list cut short)
    return [(org, role) for org, role in found
            if not known_person(ctx, org) and not re.fullmatch(r"[\d\s.]+", org) and not org.endswith("&")]


def without_place_of(name: str) -> str:
    """``name`` without the city it is "of" when it reads as a company's: "Trio Film of Duisburg" ->
    "Trio Film" (but "Bank of America", no company word before "of", stays)."""
    m = re.fullmatch(rf"(?P<org>.+?)\s+of\s+[{UPPER}][\w-]+", name)
    return m.group("org") if m and _COMPANY_WORD.search(m.group("org").split()[-1]) else name


def _without_demonym(name: str) -> str:
    """``name`` without a nationality before it: "West German Maran Film" -> "Maran Film"."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).casefold() in places.DEMONYMS:
            return " ".join(words[n:])
    return name


def _listed(rest: str) -> list[str]:
    """The companies of a co-production's list, without the places they joined from."""
    names = []
    for m in _LISTED.finditer(rest):
        for org in split_names(m.group("org")):
            if org in places.COUNTRIES or org.casefold() in places.DEMONYMS or org in ("The", "It") or len(org) < 3:
                continue
            names.append(org)
    return names


def company_like(ctx: Context, name: str) -> bool:
    """A name the article knows as a company's, or one that reads as a company's."""
    return ctx.names.kind(clean(name)) == "organization" or bool(_COMPANY_WORD.search(name))


def known_person(ctx: Context, name: str) -> bool:
    """Whether the article knows ``name`` (or the full name it stands for) as a person's, or as
    the surname of several ("Quill" of Ada and Bo Quill)."""
    full = ctx.names.resolve(clean(name))
    return ctx.names.known(full) and ctx.names.kind(full) == "person" or ctx.names.ambiguous(full)
