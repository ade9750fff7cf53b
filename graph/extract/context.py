"""The state shared by the extractors of one article: the article, its facts so far, its names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..facts import Evidence, Facts
from ..model import Article, ListItem, Row, Section, Sentence
from ..normalize import name_key
from .names import NAME1, Gazetteer, clean


@dataclass
class Context:
    article: Article
    facts: Facts
    names: Gazetteer = field(default_factory=Gazetteer)
    consumed: set[int] = field(default_factory=set)  # start offsets of sentences fully used
    _mentions: dict[str, list[str]] | None = None

    def mentioned(self, surname: str) -> list[str]:
        """Full names of two or three words that the article writes anywhere and that end in
        ``surname`` ("Martí" -> ["David Martí"]), for a short mention no credit explains."""
        if self._mentions is None:
            self._mentions = {}
            for _, sentence in self.sentences():
                for m in re.finditer(NAME1, sentence.text):
                    name = clean(m.group(0))
                    words = name.split()
                    if 2 <= len(words) <= 3 and words[0] not in ("The", "A", "An", "In", "At", "On"):
                        found = self._mentions.setdefault(name_key(words[-1]), [])
                        if name not in found:
                            found.append(name)
        return self._mentions.get(name_key(surname), [])

    def film_keys(self) -> set[str]:
        """The film's own names as comparison keys: a mention of them is the film, not an agent."""
        return {name_key(self.facts.label), name_key(self.facts.title)}

    def sentence_evidence(self, section: Section, sentence: Sentence) -> Evidence:
        return Evidence(section=section.path_label, text=sentence.text, line=sentence.line,
                        kind="prose", start=sentence.start, end=sentence.end)

    def row_evidence(self, section: Section, row: Row) -> Evidence:
        return Evidence(section=section.path_label, text="| " + " | ".join(row.cells) + " |",
                        line=row.line, kind="table")

    def item_evidence(self, section: Section, item: ListItem) -> Evidence:
        return Evidence(section=section.path_label, text=item.text, line=item.line, kind="list")

    def sentences(self, sections=None):
        """``(section, sentence)`` for every sentence of the given sections (default: all)."""
        for section in sections if sections is not None else self.article.walk():
            for paragraph in section.paragraphs:
                for sentence in paragraph.sentences:
                    yield section, sentence
