"""Reviews from prose: "Critic of Publication rated it B−", "... gave the film three stars"."""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import Review
from .context import Context
from .names import NAME, NAME1, clean

_REVIEW = re.compile(
    rf"(?:^|[,;]\s*|\band\s+)(?:[A-Z][\w ]*?,\s*)?(?P<critic>{NAME1})(?:\s+of|\s+from|,?\s+writing for|\s+for)"
    rf"\s+(?P<pub>(?:[Tt]he\s+)?{NAME}?)(?:\s*\([^)]*\))?,?\s+(?:who\s+)?"
    r"(?P<verb>" + "|".join(lexicon.REVIEW_VERBS) + r"|[a-z]+(?:ed|s)(?= (?:out|up|the|it|that|a|an|his|her|its)\b))\b"
)
_RATING = re.compile(
    r"\b(?:rated|gave|awarded|graded)\s+(?:it|the film|the movie)?\s*(?:an?\s+)?"
    r"(?:(?:grade|rating|score) of\s+)?(?P<r>"
    r"(?:\w+|\d+(?:\.\d+)?)\s+(?:stars?\s+)?out of\s+(?:\w+|\d+)(?:\s+stars)?"
    r"|\d+(?:\.\d+)?\s*/\s*\d+"
    r"|(?:\w+|\d+(?:\.\d+)?)\s+stars?"
    r"|[A-F][+−–-]?(?=[\s,.;]|$)"
    r")"
)
_QUOTE = re.compile(r"[\"“](?P<q>[^\"”]+)[\"”]")


def extract_reviews(ctx: Context) -> None:
    """Add every critic's review found in the Reception sections to ``ctx.facts``."""
    sections = [s for s in ctx.article.walk()
                if re.search(r"reception|critic|review|response", s.path_label, re.I)]
    for section, sentence in ctx.sentences(sections):
        for m in _REVIEW.finditer(sentence.text):
            critic, pub = clean(m.group("critic")), clean(m.group("pub"))
            if ctx.names.kind(critic) != "person" or not pub:
                continue
            pub = re.sub(r"^the\s+", "", pub)
            tail = sentence.text[m.start("verb"):]
            rating = _RATING.match(tail) or _RATING.search(tail.split(";")[0])
            quote = _QUOTE.search(tail)
            ctx.names.add(critic, "person")
            ctx.names.add(pub, "organization")
            ctx.facts.reviews.append(Review(
                critic=critic, publication=pub,
                rating=rating.group("r").strip() if rating else None,
                quote=quote.group("q") if quote else None,
                evidence=[ctx.sentence_evidence(section, sentence)]))
