"""Award outcomes stated in prose: wins, nominations, selections, declined awards."""

from __future__ import annotations

import re

from ..facts import AwardOutcome
from .context import Context
from .names import NAME, clean, split_names

_CAT = r"(?:in|for) the (?P<cat>[^,.;]+?) category"
_PRIZES_OF = re.compile(
    rf"\b(?P<verb>won|received|earned|was awarded)\s+(?:the\s+)?(?P<award>{NAME})['’]s?\s+"
    rf"(?:(?P<year>\d{{4}})\s+)?(?P<prizes>[\w ,-]+?)\s+(?:awards?|prizes?)\s+{_CAT}")
_SELECTION = re.compile(
    r"\b(?:was|were) (?:part of|selected for|included in|among|chosen for) (?:the )?"
    r"(?P<sel>[\w ]*?[Ss]election\w*)\s+(?:of|at|for) the\s+(?:(?P<year>\d{4})\s+)?"
    rf"(?:(?P<ed>\d+)(?:st|nd|rd|th)\s+)?(?P<award>{NAME})(?:\s+{_CAT})?")
_FOR = re.compile(
    r"\b(?P<verb>won|received|earned|was nominated for|were nominated for|was awarded|declined|"
    r"refused|shared)\s+(?:the\s+|an?\s+)?"
    rf"(?:(?P<year>\d{{4}})\s+)?(?P<award>{NAME})\s+for\s+(?P<cat>(?:Best|Outstanding|Most)\s+[\w ]+?)"
    rf"(?=\s+at\b|\s+(?:and|with)\b|[,.;]|$)(?:\s+at the\s+(?:(?P<ed>\d+)(?:st|nd|rd|th)\s+)?"
    rf"(?P<ceremony>{NAME}))?")
_AT = re.compile(
    rf"\b(?P<verb>won|received|was awarded|was nominated for)\s+the\s+(?P<award>{NAME})\s+at the\s+"
    rf"(?:(?P<year>\d{{4}})\s+)?(?:(?P<ed>\d+)(?:st|nd|rd|th)\s+)?(?P<ceremony>{NAME})")
_INCLUDING = re.compile(
    rf"\b(?P<verb>won|received|was nominated for|earned)\s+(?P<n>\w+)\s+(?P<award>{NAME}?)s?"
    r"(?:\s+nominations)?,?\s+including\s+(?P<cats>[^.;]+)")


def _outcome(verb: str) -> str:
    verb = verb.casefold()
    if "nominat" in verb:
        return "nominated"
    if verb in ("declined", "refused"):
        return "declined"
    return "won"


def extract_awards(ctx: Context) -> None:
    """Add the award outcomes stated in the prose of the article to ``ctx.facts``."""
    for section, sentence in ctx.sentences():
        if re.search(r"plot|synopsis|cast", section.path_label, re.I):
            continue
        text, evidence = sentence.text, ctx.sentence_evidence(section, sentence)
        found: list[AwardOutcome] = []
        for m in _PRIZES_OF.finditer(text):
            for prize in split_names(m.group("prizes")):
                found.append(AwardOutcome(
                    award=clean(m.group("award")), outcome=_outcome(m.group("verb")),
                    category=m.group("cat"), year=_int(m.group("year")), prize=f"{prize} award"))
        for m in _SELECTION.finditer(text):
            award = clean(m.group("award"))
            edition = _int(m.group("ed"))
            found.append(AwardOutcome(
                award=award, outcome="selected", category=m.group("cat"),
                ceremony=f"{m.group('ed')}{_suffix(edition)} {award}" if edition else None,
                edition=edition, year=_int(m.group("year")), prize=_singular(m.group("sel"))))
        for pattern in (_FOR, _AT):
            for m in pattern.finditer(text):
                ceremony = m.groupdict().get("ceremony")
                found.append(AwardOutcome(
                    award=clean(m.group("award")), outcome=_outcome(m.group("verb")),
                    category=m.groupdict().get("cat"), ceremony=clean(ceremony) if ceremony else None,
                    edition=_int(m.group("ed")), year=_int(m.groupdict().get("year"))))
        if not found:
            for m in _INCLUDING.finditer(text):
                for cat in split_names(re.sub(r"\band\b", ",", m.group("cats"))):
                    found.append(AwardOutcome(award=clean(m.group("award")),
                                              outcome=_outcome(m.group("verb")), category=cat))
        for outcome in found:
            outcome.evidence.append(evidence)
            ctx.facts.awards.append(outcome)


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _singular(text: str) -> str:
    return re.sub(r"s$", "", text.strip())
