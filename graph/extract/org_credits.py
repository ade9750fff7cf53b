"""Organisations credited in prose by what they did: released or distributed the film ("Quay
released it in the United States", "it was released by Harbor Films", "Lantern Pictures took on
its North American distribution"), hosted its shooting ("interiors were shot at the Vega
studios"), or published its source work ("published by Folio", "serialising the manga in Orbis's
Weekly Magazine").

Input: the extraction context, one sentence's text and its evidence; output: credits in
``ctx.facts``. Split from :mod:`graph.extract.crew`, which reads the people.
"""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import FILM, Credit
from ..normalize import name_key
from .context import Context
from .names import NAME, UPPER, clean, company_pair, is_month, without_owner

_RELEASE_ACT = re.compile(
    r"\b(?:(?:later|then|also|first|subsequently|eventually|originally)\s+)?"
    r"(?:(?:re-)?released|(?:re-?)?issued|distributed|opened)\s+(?P<obj>it|them|the film|the movie|the picture|this cut|"
    r"this version|(?:the|a|an) (?:[\w-]+\s+){0,2}(?:version|dub|cut|edit|restoration|print))\b"
    # "gave the restored <title> a North American theatrical run" (the title reads "the film" here)
    r"|\bgave\s+(?:it|(?:the\s+)?(?:[\w-]+\s+)?(?:the\s+)?film|(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:print|version|cut|restoration))"
    r"\s+(?:an?|its)\s+(?:[\w-]+\s+){0,3}(?:(?:re-)?release|run|reissue)\b"
    # "X brought the film out on DVD", "X put out its English-dubbed version on videocassette"
    r"|\bbrought\s+(?:it|the film)\s+out\b"
    r"|\bput\s+out\s+(?:its|the|an?)\s+(?:[\w-]+\s+){0,3}(?:version|dub|edition|DVD|Blu-ray|cut|restoration)\b"
    # "the Criterion Collection published a restored edition on DVD and Blu-ray"
    r"|\bpublished\s+(?:an?|its|the)\s+(?:[\w-]+\s+){0,3}(?:edition|DVD|Blu-ray|box set)\b"
    # "X brought out the DVD in Australia", "X handled the early videocassette and DVD editions"
    r"|\b(?:brought\s+out|handled)\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:DVD|Blu-ray|VHS|videocassette|"
    r"home[- ]video)\b"
    r"|\bput\s+(?:it|the film)\s+(?:into|in)\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres)\b"
    # "X arranged its American release", "X put the film out on DVD", "toured it through American cinemas"
    r"|\barranged\s+(?:its|the film['’]s|the)\s+(?:[\w-]+\s+){0,2}(?:release|distribution)\b"
    r"|\bput\s+(?:it|the film)\s+out\b|\btoured\s+(?:it|the film)\s+(?:through|around|across)\b"
    # "X published the same restoration on Blu-ray and DVD"
    r"|\bpublished\s+(?:it|the film|the\s+(?:[\w-]+\s+){0,2}(?:restoration|version|cut))\s+on\s+(?:DVD|Blu-ray|VHS|home video)\b"
    r"|\bbrought\s+(?:it|the film|the\s+(?:[\w-]+\s+)?version)\s+(?:back\s+)?to\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres|screens)\b"
    r"|\b(?:took on|handled|took over|acquired)\s+(?:its|the film's|the film['’]s|the)\s+(?:[\w-]+\s+){0,3}distribution\b"
    # "X took over North American distribution of the studio's catalogue", "X licensed the film for Britain"
    r"|\btook\s+over\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:distribution|rights)\b"
    r"|\blicensed\s+(?:it|the film)\b"
    r"|\bincluded\s+(?:it|the film|an?\s+(?:[\w-]+\s+){0,3}(?:transfer|restoration|version|print))\s+in\s+(?:its|their)\s+(?:[\w-]+\s+){0,4}?(?:box\s+set|series|collection|line|edition)\b"
    # "Hulu, which had secured the rights, began streaming it", "X issued a two-disc edition",
    # "X acquired the home-video rights" (rights to show the film, not to adapt a book)
    r"|\b(?:began|started)\s+streaming\s+(?:it|the film)\b|\bstreamed\s+(?:it|the film)\b"
    r"|\bmade\s+(?:it|the film)\s+available\b"
    r"|\bacquired\s+(?:it|the film)\b(?!['’]s|\s+rights)"
    # "X handled the French release", "X picked up the film for North American distribution"
    r"|\bhandled\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:release|distribution|run)\b"
    # "Optimum Releasing handled the film in the United Kingdom"
    r"|\bhandled\s+(?:it|the film)\s+in\s+(?:the\s+)?[A-Z]"
    r"|\bpicked\s+up\s+(?:it|the film)\s+for\s+(?:[\w-]+\s+){0,3}(?:distribution|release)\b"
    # "when Zeitgeist Films picked it up for the United States"
    r"|\bpicked\s+(?:it|the film)\s+up\s+for\b"
    r"|\b(?:re)?issued\s+(?:it|the film|the discs?|the DVD|the Blu-ray|(?:an?|its)\s+(?:[\w-]+\s+){0,3}(?:edition|DVD|Blu-ray|box set))\b"
    r"|\b(?:re-)?released\s+(?:an?\s+(?:[\w-]+\s+){0,3}(?:edition|DVD|Blu-ray|box set|version|print|cut|restoration)|[^.;]{0,60}?\bon\s+(?:DVD|Blu-ray|VHS|home video))\b"
    r"|\b(?:acquired|bought|secured|picked up)\s+(?:its|the film's|the film['’]s|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:home[- ]video|video|DVD|streaming|distribution|theatrical|North American|American|U\.S\.|"
    r"international|worldwide)\s+(?:distribution\s+)?rights\b"
    # "X acquired the United States rights" (a region's rights to show the film, not a book's)
    r"|\b(?:acquired|bought|secured|picked up)\s+the\s+(?:[A-Z][\w.]*\s+){1,3}(?:distribution\s+|theatrical\s+)?rights\b"
    r"(?!\s+to\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:novel|book|story|play|manga|memoir|life))")
# "A restored edition from The Criterion Collection", "released it through its Miramax Zoë label"
_FROM_LABEL = re.compile(
    rf"\b(?:edition|DVD|Blu-ray|box set|restoration)\s+(?:from|by)\s+(?P<org>(?:The\s+)?{NAME})"
    # "it appeared in Eureka Entertainment's Masters of Cinema series", "which AA Films distributed"
    rf"|\b(?:appeared|was\s+(?:issued|released|included))\s+in\s+(?:the\s+)?(?P<series>{NAME})['’]s?\s+(?:{NAME}\s+)?"
    r"(?:series|line|collection|range|imprint)\b"
    rf"|\bwhich\s+(?P<which>{NAME})\s+(?:later\s+|then\s+)?(?:distributed|released)\b"
    # "through the Masters of Cinema series from Eureka Entertainment"
    rf"|\b(?:series|line|collection|range|imprint)\s+from\s+(?P<from>{NAME})"
    rf"|\b(?:through|under)\s+(?:its|their|the)\s+(?P<label>{NAME})\s+(?:label|imprint|banner|division)\b"
    # "available on DVD and Blu-ray from the Criterion Collection"
    rf"|\bavailable\s+on\s+(?:DVD|Blu-ray|home video|VHS)(?:\s+and\s+(?:DVD|Blu-ray|VHS))?\s+from\s+(?:the\s+)?(?P<avail>{NAME})"
    # "put the film out through its genre label Magnet Releasing"
    rf"|\b(?:through|under|via)\s+(?:its|their)\s+(?:[a-z-]+\s+)?(?:label|imprint|division)\s+(?P<label2>{NAME})"
    # "appeared on DVD and Blu-ray as part of The Criterion Collection"
    rf"|\b(?:DVD|Blu-ray|home\s+video)\b[^.;]{{0,30}}?\bas\s+part\s+of\s+(?P<part>(?:The\s+)?{NAME})")
_SUBJECT_BEFORE = re.compile(
    # "the Criterion Collection later released it": a name after "the" is no person's
    # "licensed by Bandai Entertainment, which released it on DVD": the company the clause is about
    rf"(?:(?P<the>\bthe)\s+)?(?P<org>{NAME})(?:,\s+(?:(?:which|who|through|in\s+(?:partnership|collaboration)\s+with)\s+[^,;]+"
    # "Zeitgeist Films, the New York company behind ..., acquired the rights"
    rf"|the\s+(?:[\w-]+\s+){{0,3}}(?:company|distributor|label|firm|studio)\b[^,;]*),|,\s+which(?=\s+(?:also\s+|later\s+|then\s+)?$))?(?:\s+(?:has|have|had))?"
    # "Sentai Filmworks acquired the rights and released a remastered Blu-ray"
    r"(?:\s+(?:acquired|bought|secured|licensed|obtained)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}rights(?:\s+to\s+(?:it|the film))?\s+and"
    # "The Criterion Collection restored it and released it on DVD"
    r"|\s+restored\s+(?:it|the film)(?:\s+in\s+\w+)?\s+and"
    # "Janus Films struck a new 35mm print and distributed the film"
    r"|\s+(?:struck|made|prepared|commissioned)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:print|restoration|copy|master)\s+and)?"
    r"\s+(?:(?:later|then|also|first|subsequently|eventually|originally)\s+)?$")
_AND_ELSEWHERE = re.compile(rf"[^,;.]{{0,40}}?\s+and\s+(?!(?:DVD|Blu-ray|VHS|Ultra HD|4K|LaserDisc)\b)(?P<org>{NAME})\s+in\s+(?:the\s+)?[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?\s*[,;.]")
_NOT_AGENT = {"it", "this", "that", "they", "he", "she", "we", "the film", "the movie", "its", "there"}
_STUDIO = re.compile(
    r"\b(?:shot|filmed|photographed|recorded|took place|staged|made|done|built|constructed)\s+(?:[a-z]+\s+){0,2}?(?:at|in)\s+(?:the\s+)?"
    rf"(?P<studio>(?:[{UPPER}][\w'’.\-]*\s+){{1,4}}[Ss]tudios?(?:\s+[{UPPER}][\w'’.\-]*){{0,2}}"
    rf"|[Ss]tudios?\s+[{UPPER}][\w'’.\-]*(?:\s+[{UPPER}][\w'’.\-]*)?)")
_SOURCE_WORDS = re.compile(r"\b(?:manga|novel|comic|comics|book|books|graphic novel|series|play|memoir|"
                           r"story|stories|volumes?|serial)\b", re.I)
_PUBLISHED = re.compile(rf"\bpublished\s+(?:[a-z]+\s+)?by\s+(?P<org>{NAME})")
_SERIALISED = re.compile(
    rf"\bserial(?:is|iz)(?:ed|ing|e|ation)\b[^.;]*?\bin\s+(?P<org>{NAME})['’]s?\s+(?P<mag>{NAME})"
    # "a short story that had appeared in Collier's", "her novel appeared as a serial in Collier's"
    rf"|\b(?:story|novel|novella|serial)\b[^.;]{{0,40}}?\bappeared\s+(?:as\s+a\s+serial\s+)?in\s+(?=[A-Z])(?P<appeared>{NAME})")


def org_credits(ctx: Context, text: str, evidence) -> None:
    """Distributors, studio facilities and publishers of the sentence ``text``."""
    _distributors(ctx, text, evidence)
    for m in _STUDIO.finditer(text):
        studio = clean(m.group("studio"))
        ctx.names.add(studio, "organization")
        add_credit(ctx, FILM, studio, "organization", "studio facility", evidence)
    _publishers(ctx, text, evidence)


def add_credit(ctx: Context, work: str, agent: str, kind: str, role: str, evidence) -> None:
    ctx.facts.credits.append(Credit(work=work, agent=agent, agent_kind=kind, role=role,
                                    evidence=[evidence]))


def _distributor(ctx: Context, org: str, evidence) -> None:
    """Credit ``org`` as the film's distributor and remember it as a company."""
    ctx.names.add(org, "organization")
    add_credit(ctx, FILM, org, "organization", "distributor", evidence)


def _film_names(ctx: Context) -> set[str]:
    return {name_key(t) for t in ctx.film_titles()}


# ("It opened in Italy on 7 October 1970, distributed there by X": the participle after a comma)
# ("A Blu-ray edition issued in 2011 by X": a participle after the medium)
_RELEASED_BY = re.compile(rf"(?:\b(?:was|were|is|being|been)\s+|(?<=,\s)(?=distributed\b)|(?:(?<=DVD\s)|(?<=Blu-ray\s)|(?<=VHS\s)|(?<=edition\s))(?=issued\b|released\b))(?:first\s+|later\s+|then\s+)?(?:restored\s+and\s+)?(?:re-?)?(?P<verb>released|issued|distributed|handled"
                          # "was picked up by the then newly founded distributor X"
                          rf"|picked\s+up|acquired|brought\s+back\s+to\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres)"
                          # "was given a limited theatrical run in North America by X"
                          rf"|given\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:run|(?:re-?)?release|reissue))\b"
                          # "editions were issued through Shout! Factory"
                          # "by Roger Corman's company New World Pictures"
                          rf"[^.;]{{0,60}}?\b(?:by|through)\s+(?:the\s+)?(?:(?:then\s+)?(?:{NAME}['’]s\s+)?(?:[{UPPER}][\w-]+\s+(?=[a-z]))?(?:[a-z-]+\s+){{0,3}}"
                          rf"(?:distributor|company|studio|label|specialist)\s+)?(?P<org>{NAME})")
# "... released this version on Blu-ray", "... distributed it": acts only a company does
# ("by Manga Entertainment and its sister company Anchor Bay Entertainment": a company's relative too)
# ("issued on DVD by the Criterion Collection, and in Australia by Madman Entertainment")
# ("by the Criterion Collection and, on Blu-ray in 2010, by Lionsgate": an aside after "and")
_AND_BY_ORG = re.compile(rf"(?:\s+in\s+(?:the\s+)?[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?)?,?\s+and(?:,\s+[^,;]{{1,40}},)?\s+"
                         rf"(?:in\s+(?:the\s+)?[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?\s+)?(?:by\s+(?:the\s+)?"
                         rf"|(?:its|their)\s+(?:sister|parent|own)\s+(?:company|label|division|subsidiary)\s+)(?P<org>{NAME})")
# "with PVR Pictures distributing"
# "with Cinema International Corporation handling France and West Germany": a territory handled
_WITH_DISTRIBUTING = re.compile(rf"\bwith\s+(?:the\s+)?(?P<org>{NAME})\s+(?:distributing|handling\s+(?:the\s+)?distribution"
                                rf"|handling\s+(?:the\s+release\s+in\s+)?(?=(?:the\s+)?[{UPPER}]))")
_HOME_MEDIA = re.compile(r"\b(?:DVD|Blu-ray|VHS|home video|(?<=on )video|videocassette|streaming)\b")
_COMPANY_ACT = re.compile(rf"\bdistribut|\bgave\b|\bhandled\b|\b(?:released|opened)\s+(?:it|the film)\s+(?:in\s+(?:the\s+)?[A-Z]|on\s+\d)"
                          # "Artificial Eye brought it to British cinemas": a company brings a film to cinemas
                          rf"|\bbrought\s+(?:it|the film)\s+(?:back\s+)?to\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres|screens)\b"
                          rf"|{_HOME_MEDIA.pattern}")


def _distributors(ctx: Context, text: str, evidence) -> None:
    """"<organisation> released it / distributed the film / gave it a limited release", and
    "it was released in the United States by <organisation>"."""
    film = _film_names(ctx)
    for m in _RELEASED_BY.finditer(text):
        if re.search(r"\b(?:album|soundtrack|book|novel|novelization|translation|manga|game|single|song|record|sales)(?:\s+rights)?\s+$",
                     text[:m.start()]):
            continue  # "his soundtrack album was released by Milan", "sales were handled by X": not the film
        if re.search(r"\b(?:score|music|commentary|introduction|essay|narration|booklet|subtitles)\s+by\s+", m.group(0)):
            continue  # "released on video with a score by X": the score's author, not the film's distributor
        org = without_owner(ctx.names, clean(m.group("org")))
        # "distributed by Curzon Artificial Eye": only a company distributes, whatever its name looks like
        # "In France the film was released by Haut et Court": only a company releases the film itself
        film_subject = re.search(r"\b(?:[Ii]t|[Tt]he\s+(?:film|movie|picture)|distribution)\s+$", text[:m.start()])
        # "distributed in France by Cinédis": a lone unknown word that distributes is a company
        # ("a DVD edition was issued by Honneamise": so is one that issues a home-video edition)
        # ("was issued on home video by Arthaus", "was released on video by Tartan": the medium in the clause)
        lone = (m.group("verb") == "distributed" or m.group("verb") in ("issued", "released") and _HOME_MEDIA.search(text[:m.end()])) \
            and " " not in org and not ctx.names.known(org) and not is_month(org)
        org = ctx.names.resolve_organization(org) or org if lone else org  # "by Daiei itself": the known Daiei Film
        company = lone or ctx.names.kind(org) == "organization" or (
            (m.group("verb") not in ("released", "handled") or _HOME_MEDIA.search(m.group(0))
             # "released by Arthur Mayer and Joseph Burstyn": two people, no company
             or film_subject and " and " not in org)
            and ctx.names.company_by_act(org))
        if company and name_key(org) not in film:
            for one in company_pair(ctx.names, org):  # "released by GKIDS and Shout! Factory"
                _distributor(ctx, one, evidence)
            also = _AND_BY_ORG.match(text, m.end())  # "... by A in North America and by B in the United Kingdom"
            if also:
                _distributor(ctx, clean(also.group("org")), evidence)
    # The film's own title stands for "the film" ("Quay released Harbour Lights"): one fixed pattern
    # then serves every article (compiling it per title cost 2 ms an article).
    for title in sorted({ctx.facts.label, re.sub(r"\s*\([^)]*\)$", "", ctx.facts.title)} - {""}, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(title)}(?![\w-])", "the film", text)
    for m in _RELEASE_ACT.finditer(text):
        before = _SUBJECT_BEFORE.search(text[:m.start()].rstrip() + " ")
        if not before:
            continue
        # ("Levine's Embassy Pictures released it": the owner is no part of the company's name)
        org = ctx.names.resolve_organization(without_owner(ctx.names, _strip_place(clean(before.group("org")))))
        pair = company_pair(ctx.names, org)
        if len(pair) == 2:
            for one in pair:  # "Samuel Goldwyn Films and Roadside Attractions released it"
                _distributor(ctx, one, evidence)
            continue
        if not org or name_key(org) in film or name_key(org) in _NOT_AGENT or any(is_month(w) for w in org.split()) \
                or not re.search(r"[^\W\d]", org):
            continue  # "on 7 October 1998 issued it on VHS", "completed in 2015 brought it back": a date, not a company
        if ctx.names.known(org) and ctx.names.kind(org) != "organization":
            continue
        words = org.split()
        if org in lexicon.GENERIC_ORG_WORDS:
            continue
        kind = "organization" if before.group("the") else ctx.names.kind(org)
        if kind != "organization" and _COMPANY_ACT.search(text, m.start(), m.end() + 40) and ctx.names.company_by_act(org):
            kind = "organization"  # "Kino Lorber released this version on Blu-ray": only a company does
        if kind != "organization":
            # A single unknown capitalised word that releases a film is a company ("Quay").
            if len(words) != 1 or is_month(words[0]) or ctx.names.known(ctx.names.resolve(org)):
                continue
        _distributor(ctx, org, evidence)
        # "X handled the film in the United Kingdom and Madman Entertainment in Australia"
        gapped = _AND_ELSEWHERE.match(text, m.end())
        if gapped and not ctx.names.known(clean(gapped.group("org"))):
            add_credit(ctx, FILM, clean(gapped.group("org")), "organization", "distributor", evidence)
    for m in _WITH_DISTRIBUTING.finditer(text):
        org = clean(m.group("org"))
        if not ctx.names.known(org) or ctx.names.kind(org) == "organization":
            _distributor(ctx, org, evidence)
    for m in _FROM_LABEL.finditer(text):
        groups = m.groupdict()
        # a name the form itself makes a company's ("its label X", "the series from X")
        housed = next((groups[k] for k in ("label", "label2", "series", "from", "avail", "part") if groups[k]), None)
        org = clean(groups["org"] or housed or groups["which"])
        if groups["part"] and (org == "The" or any(k in name_key(org) for k in film if len(k) > 3)):
            continue  # "as part of The Paper Lanterns DVD Collection" (its title now "the film"): a line named after the film
        if name_key(org) in film or ctx.names.kind(org) != "organization" and not (
                housed or groups["which"] and ctx.names.company_by_act(org)):
            continue
        _distributor(ctx, org, evidence)


def _strip_place(name: str) -> str:
    """"In the United States Harbor Films" -> "Harbor Films"; "Then Quay" -> "Quay"; "In 1999 Quay" -> "Quay"."""
    name = re.sub(r"^(?:In|On|At|After|Before|Later|Then|Meanwhile|There|Also|When|While|Once|Since|Until|"
                  r"Following)\s+(?:(?:1[89]|20)\d\d\s+)?", "", name)
    for place in sorted(places.COUNTRIES, key=len, reverse=True):
        if name.startswith(place + " "):
            return name[len(place) + 1:]
    return name


def _publishers(ctx: Context, text: str, evidence) -> None:
    """The publisher of the film's source work, from a sentence about that work."""
    # one work may be read twice (the infobox's "Based on" and the lead's "based on the manga")
    first: dict[str, object] = {}
    for w in ctx.facts.works:
        if w.relation == "source":
            first.setdefault(w.key, w)
    sources = list(first.values())
    if not sources:
        return
    named = [w for w in sources if w.title and re.search(rf"\b{re.escape(w.title)}\b", text)]
    if len(named) == 1:
        work = named[0]
    elif len(sources) == 1 and (named or _SOURCE_WORDS.search(text)):
        work = sources[0]
    else:
        return
    found = [m.group("org") for m in _PUBLISHED.finditer(text)]
    found += [m.group("org") or m.group("appeared") for m in _SERIALISED.finditer(text)]
    for org in found:
        org = clean(org)
        if not org or ctx.names.kind(org) == "person" and ctx.names.known(org):
            continue
        ctx.names.add(org, "organization")
        add_credit(ctx, work.key, org, "organization", "publisher", evidence)
