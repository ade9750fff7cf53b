"""Facts from the infobox: credits, releases, runtime, countries, languages, money, source work."""

from __future__ import annotations

import re

from .. import lexicon, places
from ..facts import FILM, Attribute, Credit, Evidence, Release, Work
from ..normalize import name_key, parse_date, parse_money, parse_reels, parse_runtime
from .context import Context
from .names import clean


def infobox_roles(key: str) -> list[str]:
    """The credit roles of an infobox key: "Directed by" -> ["director"]; a joined key gives each of
    its roles ("Written and directed by" -> ["screenwriter", "director"]); [] for any other key."""
    key = key.casefold().strip()
    if key in lexicon.INFOBOX_ROLES:
        return [lexicon.INFOBOX_ROLES[key]]
    by = key.endswith(" by")
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", key) if p]
    roles = [lexicon.INFOBOX_ROLES.get(p if p.endswith(" by") or not by else p + " by") for p in parts]
    return list(dict.fromkeys(roles)) if len(parts) > 1 and all(roles) else []


def register_names(ctx: Context) -> None:
    """Teach the gazetteer the kinds of the infobox's names before any prose is read."""
    for entry in ctx.article.infobox:
        for role in infobox_roles(entry.key):
            kind = lexicon.ROLES[role][1]
            for value in entry.values:
                ctx.names.add(value.text, ctx.names.kind(value.text) if kind == "any" else kind)


def extract_infobox(ctx: Context) -> None:
    """Add the infobox's facts to ``ctx.facts``."""
    facts = ctx.facts
    for entry in ctx.article.infobox:
        key = entry.key.casefold()
        evidence = Evidence(section="Infobox", text=f"{entry.key}: {entry.raw}", line=entry.line,
                            kind="infobox")
        roles = infobox_roles(key)
        for role in roles:
            for billing, value in enumerate(entry.values, start=1):
                kind = lexicon.ROLES[role][1]
                if kind == "any":
                    kind = ctx.names.kind(value.text)
                facts.credits.append(Credit(
                    work=FILM, agent=clean(value.text), agent_kind=kind, role=role,
                    evidence=[evidence], billing=billing if role == "starring" else None,
                    qualifier=value.qualifier))
        if roles:
            continue
        attribute = lexicon.INFOBOX_ATTRIBUTES.get(key)
        if attribute == "release":
            for value in entry.values:
                _release(ctx, value.text, value.qualifier, evidence)
        elif attribute == "runtime":
            minutes = parse_runtime(entry.raw)
            facts.attributes.append(Attribute("runtime text", entry.raw, evidence))
            if minutes is not None:
                facts.attributes.append(Attribute("runtime", minutes, evidence))
            reels = parse_reels(entry.raw)
            if reels is not None:
                facts.attributes.append(Attribute("reels", reels, evidence))
        elif attribute == "country":
            for value in entry.values:
                country = places.COUNTRY_ALIASES.get(value.text.casefold(), value.text)
                facts.attributes.append(Attribute("country", country, evidence))
        elif attribute == "language":
            for value in entry.values:
                for language in _languages(value.text, value.qualifier):
                    facts.attributes.append(Attribute("language", language, evidence))
        elif attribute in ("budget", "box office"):
            money = parse_money(entry.raw)
            if money:
                facts.attributes.append(Attribute(attribute, money, evidence))
        elif attribute == "based on":
            texts = [value.text for value in entry.values]
            if len(texts) > 1 and [" by " in t for t in texts] == [False] * (len(texts) - 1) + [True]:
                # "Crouching Tiger, Hidden Dragon by Wang Dulu": one title with a comma, not two works
                texts = [", ".join(texts)]
            for text in texts:
                _source_work(ctx, text, evidence)


# Infobox "languages" that say the film has no spoken language; the qualifier may name the
# language of its intertitles: "Silent (German intertitles)".
_NO_SPEECH = ("silent", "silent film", "none", "no dialogue", "wordless", "non-verbal")


def _languages(text: str, qualifier: str | None) -> list[str]:
    if text.casefold().strip() not in _NO_SPEECH:
        return [text]
    found = []
    for word in re.findall(r"[\w-]+", qualifier or ""):
        if word.casefold() in places.LANGUAGES and word not in found:
            found.append(word)
    return found


def _release(ctx: Context, text: str, qualifier: str | None, evidence: Evidence) -> None:
    date = parse_date(text)
    if date is None:
        return
    release = Release(date=date, evidence=[evidence])
    for part in re.split(r"\s*,\s*", qualifier or ""):
        if not part:
            continue
        country = places.COUNTRY_ALIASES.get(part.casefold(), part)
        festival = lexicon.AWARD_ALIASES.get(part.casefold(), part)  # "Berlinale" is the Berlin festival
        if country in places.COUNTRIES:
            release.regions.append(country)
        elif "festival" in festival.casefold():
            release.venue, release.kind = festival, "premiere"
        else:
            release.regions.append(country)
    ctx.facts.releases.append(release)


def _source_work(ctx: Context, text: str, evidence: Evidence) -> None:
    m = re.match(r"(?P<title>.+?)\s+by\s+(?P<author>.+)$", text)
    title = m.group("title") if m else text
    work = Work(key=name_key(title), title=title.strip(), form=None, relation="source",
                evidence=[evidence])
    ctx.facts.works.append(work)
    if m:
        for author in re.split(r"\s*,\s*|\s+and\s+", m.group("author")):
            ctx.facts.credits.append(Credit(work=work.key, agent=clean(author), agent_kind="person",
                                            role="author", evidence=[evidence]))
