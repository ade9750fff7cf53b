"""The state shared by the extractors of one article: the article, its facts so far, its names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon
from ..facts import Evidence, Facts
from ..model import Article, ListItem, Row, Section, Sentence
from ..normalize import name_key
from .names import NAME1, Gazetteer, clean


# Capitalised words that open a sentence or clause before a name
OPENERS = frozenset("""the a an in at on when after before while as if although though then meanwhile besides apart except
later but and so now once soon there here with without during since until upon by for from to of
inside outside back eventually finally years days weeks months because unless whenever wherever whereas
despite unable desperate alone together only even also instead still""".split())


@dataclass
class Context:
    article: Article
    facts: Facts
    names: Gazetteer = field(default_factory=Gazetteer)
    consumed: set[int] = field(default_factory=set)  # start offsets of sentences fully used
    _mentions: dict[str, list[str]] | None = None
    _plot_names: dict[str, list[str]] | None = None

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

    def sole_mention(self, surname: str) -> str | None:
        """The one full name of a person the article writes for a short mention no credit explains
        ("Korda" -> "Alexander Korda"), or None when it writes none or several, or the mention
        fits several known people."""
        found = self.mentioned(surname)
        if len(found) != 1 or self.names.ambiguous(surname) or self.names.kind(found[0]) != "person":
            return None
        return found[0]

    def plot_names(self, word: str) -> list[str]:
        """Full names of two or three words in the plot or synopsis that begin or end with
        ``word`` ("Mima" -> ["Mima Kirigoe"]): the character a cast sentence calls by one name."""
        if self._plot_names is None:
            self._plot_names = {}
            for _, sentence in self.sentences(self._plot()):
                for m in re.finditer(NAME1, sentence.text):
                    words = clean(m.group(0)).split()
                    if words and words[0].casefold() in OPENERS:
                        words = words[1:]  # "While Ofelia ...": a capitalised opener is no first name
                    while words and words[0].casefold().rstrip(".") in lexicon.TITLES:
                        words = words[1:]  # "Sergeant J. T. Sanborn" is "J. T. Sanborn"
                    if 2 <= len(words) <= 3 and all(w[:1].isalpha() and w[:1].isupper() for w in words):
                        for key in {name_key(words[0]), name_key(words[-1])}:
                            found = self._plot_names.setdefault(key, [])
                            if " ".join(words) not in found:
                                found.append(" ".join(words))
        return self._plot_names.get(name_key(word), [])

    def in_plot(self, name: str) -> bool:
        """Whether the plot or synopsis writes ``name`` as a word of its own."""
        return any(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence.text)
                   for _, sentence in self.sentences(self._plot()))

    def _plot(self) -> list[Section]:
        return [s for s in self.article.walk() if re.search(r"plot|synopsis|story", s.title, re.I)]

    def film_titles(self) -> set[str]:
        """The film's own names as written: its label and its title without a parenthesised
        qualifier ("Persona (1966 film)" -> "Persona")."""
        return {t for t in (self.facts.label, re.sub(r"\s*\([^)]*\)$", "", self.facts.title)) if t}

    def film_as_object(self, text: str) -> str:
        """``text`` with the film's own title after a verb written "the film": "Ulla Ryghe edited
        Persona" is the deed "edited the film", "voted Breaking the Waves the best film" names the
        film. The title must be capitalised, so that a title that is also a word ("Up") is not read
        inside a verb phrase ("cut up")."""
        for title in self.film_titles():
            if title[:1].isupper():
                text = re.sub(rf"(?<=[a-z]\s){re.escape(title)}\b", "the film", text)
        return text

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
