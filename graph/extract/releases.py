"""Release claims and licences from prose: dates, places, platforms, media, distributors."""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import FILM, Credit, Release
from ..normalize import find_dates
from .context import Context
from .names import NAME, clean, is_month

_VERB = re.compile(r"\b(?:" + "|".join(map(re.escape, lexicon.RELEASE_VERBS)) + r")\b")
_CLAUSES = re.compile(r";\s*|,?\s+and\s+(?=(?:was|were|is|it|they|then)?\s*(?:"
                      + "|".join(lexicon.RELEASE_VERBS) + r")\b)")
_SAME_DAY = re.compile(r"\b(?:on )?the same (?:day|date)\b|\bthat (?:same )?day\b|\bsimultaneously\b")
_ON = re.compile(rf"\bon (?P<name>{NAME})")
_AS_ORIGINAL = re.compile(rf"\bas an? (?P<name>{NAME}) original\b")
_LICENSE = re.compile(
    rf"(?P<org>{NAME}) announced(?: at (?:their|its|the) (?P<venue>{NAME})(?: panel)?)?"
    r"(?: that)? (?:they|it) (?:had )?(?:licensed|acquired) the (?P<what>[\w -]+?) rights")
_SUBJECT = re.compile(rf"^(?:(?:On|In) [^,]+(?:,\s*\d{{4}})?,\s*)?(?P<name>{NAME})\s+(?:announced|released|acquired|licensed|distributed)\b")


def extract_releases(ctx: Context) -> None:
    """Add every dated release claim of the prose (and licences) to ``ctx.facts``."""
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
                for clause in _CLAUSES.split(text):
                    if not _VERB.search(clause):
                        continue
                    release = _release(ctx, clause, previous, last_org)
                    if release:
                        release.evidence.append(evidence)
                        ctx.facts.releases.append(release)
                        previous = release.date


def _license(ctx, m, text, evidence) -> None:
    org = clean(m.group("org"))
    ctx.names.add(org, "organization")
    dates = find_dates(text[:m.start()] or text, years=False)
    ctx.facts.credits.append(Credit(
        work=FILM, agent=org, agent_kind="organization", role="licensee", evidence=[evidence],
        announced_on=dates[0][0] if dates else None,
        announced_at=clean(m.group("venue")) if m.group("venue") else None,
        qualifier=m.group("what").strip()))


def _release(ctx, clause, previous, last_org):
    dates = [d for d in find_dates(clause, years=False)]
    if dates:
        date = dates[0][0]
    elif previous and _SAME_DAY.search(clause):
        date = previous
    else:
        return None
    folded = clause.casefold()
    release = Release(date=date)
    release.media = [m for m in lexicon.MEDIA if re.search(rf"\b{re.escape(m)}\b", clause)
                     and not any(m != o and m in o and o in clause for o in lexicon.MEDIA)]
    platform = _AS_ORIGINAL.search(clause) or next(
        (m for m in _ON.finditer(clause) if _is_platform(m.group("name"), release.media)), None)
    if platform:
        release.platform = clean(platform.group("name"))
        ctx.names.add(release.platform, "organization")
    for demonym, country in lexicon.DEMONYMS.items():
        if re.search(rf"\b{demonym} (?:theaters|theatres|cinemas|audiences)\b", folded):
            release.regions.append(country)
    for country in sorted(lexicon.COUNTRIES, key=len, reverse=True):
        if re.search(rf"\bin (?:the )?{re.escape(country)}\b", clause) and country not in release.regions:
            release.regions.append(lexicon.COUNTRY_ALIASES.get(country.casefold(), country))
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
    return release


def _is_platform(name: str, media) -> bool:
    first = name.split()[0]
    return not (is_month(first) or first.isdigit() or any(name in m or m in name for m in media)
                or first in ("The", "Blu-ray", "DVD"))


def _kind(folded: str, release: Release) -> str | None:
    if "premiere" in folded or (release.venue and "festival" in release.venue.casefold()):
        return "premiere"
    if release.media:
        return "home video"
    if re.search(r"theaters|theatres|cinemas|theatrical|\bopened\b", folded):
        return "theatrical"
    if re.search(r"\baired\b|\bbroadcast\b|television", folded):
        return "television"
    if release.platform:
        return "streaming"
    return None
