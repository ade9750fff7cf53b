"""The build: article files -> a dataset of named graphs (one per article, plus the ontology).

Input: paths of article files or directories and :class:`BuildSettings`; output: an rdflib
``Dataset``. Bad articles raise :class:`~graph.errors.ArticleError`. Reasoning and linking plug in
after emission as further named graphs; they never change an article's graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from ontology import load_ontology

from .emit import emit
from .errors import ArticleError, BuildError
from .extract import extract
from .facts import Facts
from .iris import DEFAULT_BASE, IRIs
from .parser import parse_article
from .prefixes import bind_prefixes

ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class BuildSettings:
    base: str = DEFAULT_BASE
    include_ontology: bool = True


def article_files(paths: Iterable[str | Path]) -> list[Path]:
    """The article files named by ``paths`` (directories are searched recursively), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.suffix in ARTICLE_SUFFIXES and f.is_file()))
        elif p.is_file():
            found.append(p)
        else:
            raise BuildError(f"no such file or directory: {p}")
    if not found:
        raise BuildError("no article files found in " + ", ".join(map(str, paths)))
    return found


def read_article_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(str(path), 1, f"not UTF-8 text ({err.reason} at byte {err.start})") from None


def facts_of(path: Path):
    """Parse and extract one file: ``(article, facts)``."""
    article = parse_article(read_article_text(path), str(path))
    return article, extract(article)


def article_graph(path: Path, iris: IRIs) -> Graph:
    """The named graph of one article file."""
    article, facts = facts_of(path)
    return emit(facts, article, iris)


def build_dataset(paths: Iterable[str | Path], settings: BuildSettings = BuildSettings()) -> Dataset:
    """Build every article under ``paths`` into a new dataset."""
    iris = IRIs(settings.base)
    ds = Dataset()
    bind_prefixes(ds, iris)
    for path in article_files(paths):
        graph = article_graph(path, iris)
        target = ds.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
    if settings.include_ontology:
        target = ds.graph(iris.graph("ontology"))
        for triple in load_ontology():
            target.add(triple)
    return ds


__all__ = ["BuildSettings", "build_dataset", "article_files", "facts_of", "Facts"]
