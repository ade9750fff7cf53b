"""Production history from prose: announcements, bankruptcies, filming, completion, with dates."""

from __future__ import annotations

import re

from .. import lexicon
from ..facts import Event
from ..normalize import find_dates, name_key
from .context import Context
from .names import NAME, clean

_AGENT = re.compile(rf"(?P<name>{NAME})\s*(?:\((?P<desc>[^)]*)\)\s*)?$")


def extract_events(ctx: Context) -> None:
    """Add dated events of the production sections; sentences used for releases are skipped."""
    release_sentences = {e.start for r in ctx.facts.releases for e in r.evidence}
    sections = [s for s in ctx.article.walk()
                if any(w in name_key(s.title) for w in lexicon.PRODUCTION_SECTIONS)]
    for section, sentence in ctx.sentences(sections):
        if sentence.start in release_sentences or sentence.start in ctx.consumed:
            continue
        for pattern, kind in lexicon.EVENT_PHRASES:
            m = re.search(pattern, sentence.text)
            if not m:
                continue
            dates = find_dates(sentence.text)
            if not dates:
                break
            after = [d for d in dates if d[1] >= m.start()]
            date = (after or dates)[0][0]
            event = Event(kind=kind, date=date, description=sentence.text,
                          evidence=[ctx.sentence_evidence(section, sentence)])
            agent = _AGENT.search(sentence.text[:m.start()].rstrip())
            if kind == "bankruptcy" and agent:
                event.agent = clean(agent.group("name"))
                event.agent_description = agent.group("desc")
                desc = (agent.group("desc") or "").casefold()
                kind_of = "organization" if "studio" in desc or "company" in desc else ctx.names.kind(event.agent)
                event.agent_kind = kind_of
                ctx.names.add(event.agent, kind_of)
            ctx.facts.events.append(event)
            break
