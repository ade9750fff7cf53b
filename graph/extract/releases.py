"""Release claims and licences from prose: dates, places, platforms, media, distributors."""

from __future__ import annotations

import datetime
import re

from .. import lexicon
from ..places import COUNTRIES, COUNTRY_ALIASES
from ..facts import FILM, Credit, Date, Release
from ..normalize import MONTHS, find_dates, parse_date
from .context import Context
from .names import NAME, clean, company_pair, is_month
from .release_places import COUNTRY as _COUNTRY, NEXT_EVENT as _NEXT_EVENT, regions as _regions

_MEDIA = "|".join(re.escape(m) for m in lexicon.MEDIA)
# Home video says it otherwise: "issued on DVD", "brought it out on Blu-ray", "X's DVD followed on ..."
_HOME_VERB = re.compile(rf"\b(?:issued|put out|brought (?:it|the film|them) out|came out|followed)\b(?=.*\b(?:{_MEDIA}|"
                        rf"(?:[\w-]+\s+)?edition|box set)\b)"
                        rf"|\b(?:{_MEDIA})\b.*\b(?:issued|put out|came out|followed)\b")
# Who put it out: "Sony Pictures Home Entertainment released the DVD", "Curzon Artificial Eye's British DVD",
# "was issued on DVD by Warner Home Video".
_HOME_BY = re.compile(
    rf"(?P<org>{NAME})(?:['’]s\s+(?:[\w-]+\s+){{0,2}}(?:{_MEDIA})\b"
    rf"|\s+(?:also\s+|then\s+|later\s+)?(?:released|issued|put out|brought (?:it|the film|them) out|"
    rf"followed (?:it|this|that) with)\b)"
    rf"|\b(?:released|issued|put out|distributed)\b[^.;]{{0,40}}?\bby\s+(?P<by>{NAME})")
_VERB = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.RELEASE_VERBS)) + r")\b"
                   r"|\b(?:received|had|got|began|was given)\s+an?\s+(?:[\w-]+\s+){0,2}release\b"
                   r"|\bhandled\s+(?:the|an?|its)\s+(?:[\w-]+\s+){0,3}(?:release|run)\b"
                   # "Its North American release followed on ...", "The world premiere took place at ..."
                   r"|\b(?:release|premiere|opening)\s+(?:followed|came|took place|was held)\b"
                   r"|\b(?:wide|limited|general|theatrical|nationwide)\s+release\s+(?:on|in|from)\b"
                   r"|\bhad its (?:[\w-]+ ){0,3}?premiere\b|\bgave (?:it|the film) an? (?:[\w-]+ )?release\b"
                   r"|\b(?:reached|hit|arrived in|came to)\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres|screens)\b"
                   r"|\bput\s+(?:it|the film)\s+(?:into|in)\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres)\b"
                   r"|\bbrought\s+(?:it|the film)\s+to\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres|screens)\b"
                   r"|\baudiences\s+(?:first\s+)?saw\s+(?:it|the film)\b|\bwidened\s+(?:it|the film|the release)\b"
                   # "put the film out through its label X on ...", "began a limited run on", "was brought back to cinemas"
                   r"|\bput\s+(?:it|the film)\s+out\b|\b(?:began|started)\s+an?\s+(?:[\w-]+\s+){0,2}run\b"
                   r"|\bbrought\s+back\s+to\s+(?:[\w-]+\s+)?(?:cinemas|theaters|theatres)\b")
_CLAUSES = re.compile(r";\s*|,?\s+and\s+(?=(?:was|were|is|it|they|then)?\s*(?:"
                      + "|".join(lexicon.RELEASE_VERBS) + r")\b)"
                      # ", while Harbor Films distributed the film": a new subject's clause.
                      r"|,\s+(?:and|while|whereas|but)\s+(?=(?:[A-Z][\w'’.&-]*\s+){1,4}(?:"
                      + "|".join(lexicon.RELEASE_VERBS) + r"|gave|took|handled)\b)")
# "the first time the prize went to a film released by a streamer": no release of this film
_ATTRIBUTIVE = re.compile(r"\b(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?films?\s+(?:released|distributed)\s+by\b")
# "It opened in German cinemas on March 6, 2014, through 20th Century Fox"
_THROUGH = re.compile(rf"\bthrough\s+(?P<org>{NAME})")
_SAME_DAY = re.compile(r"\b(?:on )?the same (?:day|date)\b|\bthat (?:same )?day\b|\bsimultaneously\b")
_NEXT_DAY = re.compile(r"\b(?:on )?the (?:following|next) day\b|\ba day later\b")
_ON = re.compile(rf"\bon (?P<name>{NAME})")
_AS_ORIGINAL = re.compile(rf"\bas an? (?P<name>{NAME}) original\b")
_LICENSE = re.compile(
    rf"(?P<org>{NAME}) announced(?: at (?:their|its|the) (?P<venue>{NAME})(?: panel)?)?"
    r"(?: that)? (?:they|it) (?:had )?(?:licensed|acquired) the (?P<what>[\w -]+?) rights")
_SUBJECT = re.compile(rf"^(?:(?:On|In) [^,]+(?:,\s*\d{{4}})?,\s*)?(?P<name>{NAME})\s+(?:announced|released|acquired|licensed|distributed)\b")


def extract_releases(ctx: Context) -> None:
    """Add every dated release claim of the prose (and licences) to ``ctx.facts``."""
    # Places the infobox gives releases ("Berlin", "Los Angeles") are recognised in the prose too.
    places = sorted({r for rel in ctx.facts.releases for r in rel.regions if r not in COUNTRIES},
                    key=len, reverse=True)
    for section in ctx.article.walk():
        if any(w in section.path_label.casefold() for w in lexicon.NARRATIVE_SECTIONS):
            continue
        for paragraph in section.paragraphs:
            last_org = None
            for sentence in paragraph.sentences:
                if sentence.start in ctx.consumed:
                    continue
                evidence = ctx.sentence_evidence(section, sentence)
                text = sentence.text
                lic = _LICENSE.search(text)
                if lic:
                    _license(ctx, lic, text, evidence)
                subject = _SUBJECT.search(text)
                if subject and ctx.names.kind(clean(subject.group("name"))) == "organization":
                    last_org = clean(subject.group("name"))
                previous = None
                # "In Japan, the film was released on 20 July 2001": the opening place is every
                # release's of the sentence that names none
                leading = _LEADING.match(text)
                opening = re.findall(_COUNTRY, leading.group(0)) if leading else []
                for clause in _CLAUSES.split(text):
                    if not (_VERB.search(_ATTRIBUTIVE.sub("", clause)) or _HOME_VERB.search(clause)):
                        continue
                    before = None
                    for segment in _segments(clause):
                        release = _release(ctx, segment, previous, last_org, places)
                        if not release:
                            continue
                        if before is not None:
                            # "... in Spain on 11 October and in Mexico on 20 October": a later
                            # part of the clause keeps the kind and, if it names none, the place.
                            release.kind = release.kind or before.kind
                            if not (release.regions or release.platform or release.venue or release.media):
                                release.regions = list(before.regions)
                        if opening and not (release.regions or release.platform or release.venue):
                            release.regions = [COUNTRY_ALIASES.get(c.casefold(), c) for c in opening]
                        before = release
                        _record(ctx, release, segment, evidence)
                        previous = release.date


def _record(ctx, release: Release, segment: str, evidence) -> None:
    """Add ``release`` (one per region) and the distributor it names: the company a theatrical
    release went "through", or the one that put the film out on video (unless a licence of the
    rights already credits it)."""
    via = _THROUGH.search(segment)
    company = _company(ctx, via.group("org")) if via else None
    if company and not release.released_by:
        release.released_by = company
        ctx.names.add(company, "organization")
    # "released by GKIDS and Shout! Factory": each a distributor, the first the release's issuer
    issuers = company_pair(ctx.names, release.released_by) if release.released_by else []
    release.released_by = issuers[0] if issuers else release.released_by
    for one in _per_region(release):
        one.evidence.append(evidence)
        ctx.facts.releases.append(one)
    if company and release.kind != "home video":
        ctx.facts.credits.append(Credit(work=FILM, agent=company, agent_kind="organization",
                                        role="distributor", evidence=[evidence]))
    for issuer in issuers if release.kind == "home video" else ():
        if not any(c.agent == issuer and c.role == "licensee" for c in ctx.facts.credits):
            ctx.names.add(issuer, "organization")
            ctx.facts.credits.append(Credit(work=FILM, agent=issuer, agent_kind="organization",
                                            role="distributor", qualifier="home video", evidence=[evidence]))


_JOIN = re.compile(r",?\s+(?:and|while|whereas|but|then)\s+|;\s*|,\s+")


_LEADING = re.compile(rf"(?:In|Across|Throughout)\s+(?:the\s+)?{_COUNTRY}(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?{_COUNTRY})*"
                      r"(?:\s*,|(?=\s+it\s))")  # ("In Britain it was brought back ...": no comma)
# "in Mexico nine days later, on 20 October": a day and month whose year an earlier date gave
_YEARLESS = re.compile(rf"\b(?:\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}})\b(?!,?\s*\d{{4}})(?!\d)")


def _dates(clause: str, year: int | None = None) -> list:
    """``find_dates`` of ``clause`` (no bare years), plus days written without their year, which
    take ``year`` or the year of the clause's first full date."""
    found = find_dates(clause, years=False)
    year = next((d.year for d, _, _ in found if d.precision == "day"), year)
    if year:
        taken = [(a, b) for _, a, b in found]
        for m in _YEARLESS.finditer(clause):
            if not any(a <= m.start() < b for a, b in taken):
                date = parse_date(f"{m.group(0)} {year}")
                if date:
                    found.append((date, m.start(), m.end()))
    return sorted(found, key=lambda d: d[1])


def _segments(clause: str) -> list[str]:
    """Split a clause that gives several dates into one part per date.

    Each cut is the first conjunction or comma after a date ("in France on 25 April 2001, and
    Prokino opened it in Germany on 16 August 2001"), so a place written before its date stays
    with it, and one written after the last date goes with the last.
    """
    dates = _dates(clause)
    # "in Hong Kong on 6 July 2000 and in Taiwan the following day": the relative day is a date too
    dates += [(None, m.start(), m.end()) for m in _NEXT_DAY.finditer(clause)]
    dates += [(None, m.start(), m.end()) for m in _SAME_DAY.finditer(clause)]
    dates.sort(key=lambda d: d[1])
    if len(dates) < 2:
        return [clause]
    cuts = [0]
    for (_, _, end), (_, start, _) in zip(dates, dates[1:]):
        m = _JOIN.search(clause, end, start)
        cuts.append(m.start() if m else end)
    cuts.append(len(clause))
    return [clause[a:b] for a, b in zip(cuts, cuts[1:]) if clause[a:b].strip()]


def _per_region(release: Release) -> list[Release]:
    """A release "in France and Belgium on 27 June 2007" is one release per country."""
    if len(release.regions) < 2 or release.platform:
        return [release]
    out = []
    for region in release.regions:
        one = Release(**{k: (list(v) if isinstance(v, list) else v) for k, v in vars(release).items()})
        one.regions = [region]
        out.append(one)
    return out


def _license(ctx, m, text, evidence) -> None:
    org = clean(m.group("org"))
    ctx.names.add(org, "organization")
    dates = find_dates(text[:m.start()] or text, years=False)
    ctx.facts.credits.append(Credit(
        work=FILM, agent=org, agent_kind="organization", role="licensee", evidence=[evidence],
        announced_on=dates[0][0] if dates else None,
        announced_at=clean(m.group("venue")) if m.group("venue") else None,
        qualifier=m.group("what").strip()))


def _release(ctx, clause, previous, last_org, places=()):
    dates = _dates(clause, previous.year if previous else None)
    if dates:
        date = dates[0][0]
    elif previous and _SAME_DAY.search(clause):
        date = previous
    elif previous and previous.precision == "day" and _NEXT_DAY.search(clause):
        date = Date((datetime.date.fromisoformat(previous.iso) + datetime.timedelta(days=1)).isoformat())
    else:
        return None
    folded = clause.casefold()
    release = Release(date=date)
    release.media = [m for m in lexicon.MEDIA if re.search(rf"\b{re.escape(m)}\b", clause)
                     and not any(m != o and m in o and o in clause for o in lexicon.MEDIA)]
    titled = _blank_titles(ctx, clause)
    platform = _AS_ORIGINAL.search(titled) or next(
        (m for m in _ON.finditer(titled) if _is_platform(m.group("name"), release.media)), None)
    if platform:
        release.platform = clean(platform.group("name"))
        ctx.names.add(release.platform, "organization")
    # ("opened in Britain on 3 May 1971, and X brought it to American cinemas the following month": the
    # place of the clause's next event is not this date's, when the date's own part names one)
    then = _NEXT_EVENT.search(clause, dates[0][2]) if dates else None
    release.regions = (then and _regions(clause[:then.start()], places)) or _regions(clause, places)
    venue = re.search(rf"\bat the (?P<v>(?:\d+\w\w )?{NAME})", clause)
    if venue and re.search(r"festival|premiere|screened", clause, re.I):
        release.venue = clean(venue.group("v"))
    if any(w in folded for w in lexicon.GLOBAL_WORDS):
        release.scope = "global"
    run = re.search(r"\bfor an? (\w+-(?:week|month|day)|\w+ (?:weeks?|months?|days?)) run\b", clause)
    release.run = run.group(1) + " run" if run else None
    if re.match(r"\s*(?:they|it)\b", folded) and last_org and not release.platform:
        release.released_by = last_org
    release.kind = _kind(folded, release)
    if release.kind == "home video" and not release.released_by:
        release.released_by = _home_video_company(ctx, titled)
        if release.released_by:
            ctx.names.add(release.released_by, "organization")
    return release


def _home_video_company(ctx, clause: str) -> str | None:
    """The company a home-video clause says put the film out, or None."""
    for m in _HOME_BY.finditer(clause):
        name = _company(ctx, m.group("org") or m.group("by"))
        if name:
            return name
    return None


def _company(ctx, raw: str) -> str | None:
    """``raw`` as a company's name, or None: a known person, a medium, a month or a country is none."""
    name = clean(raw)
    first = name.split()[0] if name else ""
    if (not name or any(is_month(w) for w in name.split()) or first in ("The", "It", "Its", "This", "In", "On") and len(name.split()) < 3
            or name in lexicon.GENERIC_ORG_WORDS
            or re.search(rf"\b(?:{_MEDIA})\b", name) or name in COUNTRIES
            or ctx.names.known(name) and ctx.names.kind(name) == "person"):
        return None
    # a one-word mention is short for a known company ("Quay" -> "Quay Films"); a longer name is
    # its own ("20th Century Fox" is not "20th Century Fox Home Entertainment")
    return (ctx.names.resolve_organization(name) or name) if " " not in name else name


def _blank_titles(ctx, text: str) -> str:
    """``text`` with the film's own title blanked out (same length), so "Girl on Fire" is no platform."""
    for title in {ctx.facts.label, re.sub(r"\s*\([^)]*\)$", "", ctx.facts.title)}:
        if title and len(title) > 2:
            text = re.sub(re.escape(title), lambda m: " " * len(m.group(0)), text)
    return text


def _is_platform(name: str, media) -> bool:
    first = name.split()[0]
    return not (is_month(first) or first.isdigit() or any(name in m or m in name for m in media)
                or first in ("The", "Blu-ray", "DVD") or re.search(r"['’]s?$", name))  # "on Apple's behalf"


def _kind(folded: str, release: Release) -> str | None:
    if "premiere" in folded or (release.venue and "festival" in release.venue.casefold()):
        return "premiere"
    if release.media or re.search(r"\b(?:issued|put out)\b.*\b(?:edition|box set)\b", folded):
        return "home video"  # "issued a two-disc edition"
    if re.search(r"theaters|theatres|cinemas|theatrical|\bopened\b", folded):
        return "theatrical"
    if re.search(r"\baired\b|\bbroadcast\b|television", folded):
        return "television"
    if release.platform:
        return "streaming"
    return None
