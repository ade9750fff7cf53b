"""The typed article: what the parser produces and the extractor reads.

Plain frozen dataclasses, no rdflib. Lines are 1-based line numbers in the source file; offsets are
0-based character offsets into the whole source text, so a sentence can always be found again.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Value:
    """One value of an infobox entry, with its parenthesised qualifier kept apart.

    ``1999-04-01 (Ruritania, Atlantis)`` becomes ``Value("1999-04-01", "Ruritania, Atlantis")``.
    """

    text: str
    qualifier: str | None = None


@dataclass(frozen=True)
class InfoboxEntry:
    key: str
    raw: str
    values: tuple[Value, ...]
    line: int


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of the first character in the source text
    end: int  # offset one past the last character
    line: int


@dataclass(frozen=True)
class Paragraph:
    text: str
    line: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    line: int


@dataclass(frozen=True)
class ListItem:
    text: str
    line: int


@dataclass(frozen=True)
class BulletList:
    items: tuple[ListItem, ...]
    line: int


Block = Paragraph | Table | BulletList


@dataclass
class Section:
    """A section (level 2) or subsection (level 3+); the lead is the level-1 section named ''."""

    title: str
    level: int
    line: int
    path: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)
    subsections: list[Section] = field(default_factory=list)

    @property
    def path_label(self) -> str:
        """``"Reception / Accolades"``; ``"Lead"`` for the lead."""
        return " / ".join(self.path) if self.path else "Lead"

    def walk(self):
        """Yield this section and every section below it, depth first, in article order."""
        yield self
        for sub in self.subsections:
            yield from sub.walk()

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def lists(self) -> list[BulletList]:
        return [b for b in self.blocks if isinstance(b, BulletList)]


@dataclass
class Article:
    source: str  # file name (or "<string>") used in error messages and provenance
    title: str  # the page title of line 1, e.g. "Élodie (film)"
    display_title: str
    infobox: list[InfoboxEntry]
    lead: Section
    sections: list[Section]
    text: str  # the whole source text, for offsets
    sha256: str

    def walk(self):
        """Every section in article order, the lead first."""
        yield self.lead
        for s in self.sections:
            yield from s.walk()

    def infobox_values(self, key: str) -> list[InfoboxEntry]:
        return [e for e in self.infobox if e.key == key]
