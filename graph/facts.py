"""Facts: what the extractor finds in an article and the emitter turns into triples.

Plain dataclasses, no rdflib. Agents and works are referred to by the name the article uses; the
emitter mints IRIs from those names, so the same name in two places is the same node.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FILM = "film"  # the ``work`` key of facts about the article's own film


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: section path, the sentence or row text, its line and offsets."""

    section: str
    text: str
    line: int
    kind: str  # "infobox", "table", "list" or "prose"
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Date:
    """A calendar date of day, month or year precision: ``iso`` is ``1999-05-03``, ``1999-11`` or ``2007``."""

    iso: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month"}.get(len(self.iso), "year")

    @property
    def year(self) -> int:
        return int(self.iso[:4])


@dataclass(frozen=True)
class Money:
    amount: float
    currency: str  # ISO 4217
    text: str


@dataclass
class Attribute:
    """A single-valued claim about the film (runtime, year, country, ...), with its evidence."""

    name: str
    value: object
    evidence: Evidence


@dataclass
class Credit:
    work: str  # FILM or a Work.key
    agent: str
    agent_kind: str  # "person" or "organization"
    role: str  # a key of ``lexicon.ROLES``
    evidence: list[Evidence] = field(default_factory=list)
    billing: int | None = None
    announced_on: Date | None = None
    announced_at: str | None = None
    qualifier: str | None = None  # "France", "home video", ...


@dataclass
class Performance:
    performer: str
    character: str | None
    language: str | None = None
    voice: bool = False
    as_self: bool = False
    billing: int | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Release:
    date: Date
    regions: list[str] = field(default_factory=list)
    platform: str | None = None
    media: list[str] = field(default_factory=list)
    kind: str | None = None  # "theatrical", "streaming", "home video", "premiere", "television", "festival"
    released_by: str | None = None
    scope: str | None = None
    run: str | None = None
    venue: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class AwardOutcome:
    award: str
    outcome: str  # "won", "nominated", "selected", "declined"
    category: str | None = None
    ceremony: str | None = None
    edition: int | None = None
    year: int | None = None
    date: Date | None = None
    prize: str | None = None
    recipients: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Review:
    critic: str | None
    publication: str | None
    rating: str | None = None
    quote: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Work:
    """A creative work other than the film: its source, or an adaptation of it."""

    key: str
    title: str
    form: str | None
    relation: str  # "source" (the film is based on it) or "adaptation" (it is based on the film)
    serialized_in: str | None = None
    publisher: str | None = None
    serialization_start: Date | None = None
    serialization_end: Date | None = None
    volumes: int | None = None
    collected_date: Date | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    kind: str  # "announcement", "bankruptcy", "filming start", "filming end", "completion", "other"
    date: Date
    description: str
    agent: str | None = None
    agent_kind: str | None = None
    agent_description: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Lifetime:
    """A person's years as the article states them: "Ada Quill (born 1932)", "(1906–1967)"."""

    person: str
    born: int | None
    died: int | None
    evidence: Evidence


@dataclass
class Alias:
    character: str
    alias: str
    evidence: Evidence


@dataclass
class Facts:
    """Everything extracted from one article."""

    title: str
    label: str
    attributes: list[Attribute] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    performances: list[Performance] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)
    awards: list[AwardOutcome] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    works: list[Work] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    lifetimes: list[Lifetime] = field(default_factory=list)

    def values(self, name: str) -> list:
        """The values of the film attribute ``name``, in order, without duplicates."""
        seen: list = []
        for a in self.attributes:
            if a.name == name and a.value not in seen:
                seen.append(a.value)
        return seen
