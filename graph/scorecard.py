"""Evaluating builds against gold files: the engine of ``filmkg eval``.

Input: article files and a gold file or directory (gold files are matched to articles by file
stem); output: a :class:`Report` with, per article and over all articles, precision/recall/F1 per
list, split into facts from structured parts (infobox, tables, lists) and from prose, and every
missed and spurious fact. Each article is built on its own and read back with SPARQL
(:mod:`graph.readback`), so the score is the score of the graph a user gets.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .build import BuildSettings, article_files, build_dataset, facts_of
from .errors import BuildError
from .evaluate import LISTS, Score, gold_items, load_gold, score
from .readback import films, graph_items

SPLITS = ("structured", "prose")


@dataclass
class ArticleScore:
    """The scores of one article: ``lists[name]`` is the whole list, ``split[source][name]`` a part."""

    article: str
    gold: str
    lists: dict[str, Score]
    split: dict[str, dict[str, Score]] = field(default_factory=dict)

    def micro(self, source: str | None = None) -> Score:
        total = Score()
        for s in (self.split[source] if source else self.lists).values():
            total.add(s)
        return total


@dataclass
class Report:
    articles: list[ArticleScore]

    def total(self, name: str | None = None, source: str | None = None) -> Score:
        """Micro-averaged score over all articles: one list (``name``) or all, one part or both."""
        total = Score()
        for a in self.articles:
            if name is None:
                total.add(a.micro(source))
            else:
                total.add((a.split[source] if source else a.lists)[name])
        return total

    def as_dict(self, details: bool = True) -> dict:
        def block(get):
            out = {n: get(n).as_dict() for n in LISTS}
            out["micro"] = get(None).as_dict()
            if not details:
                for v in out.values():
                    v.pop("missed"), v.pop("spurious")
            return out

        return {
            "articles": [
                {"article": a.article, "gold": a.gold,
                 "lists": block(lambda n, a=a: a.lists[n] if n else a.micro()),
                 **{src: block(lambda n, a=a, src=src: a.split[src][n] if n else a.micro(src))
                    for src in SPLITS}}
                for a in self.articles],
            "total": block(lambda n: self.total(n)),
            **{f"total_{src}": block(lambda n, src=src: self.total(n, src)) for src in SPLITS},
        }


def structured_text(article) -> str:
    """The text of an article's infobox, table rows and list items, for guessing a gold fact's source."""
    parts = [e.raw for e in article.infobox]
    for section in article.walk():
        for table in section.tables:
            parts += [" ".join(table.header)] + [" ".join(r.cells) for r in table.rows]
        for bullet in section.lists:
            parts += [i.text for i in bullet.items]
    return "\n".join(parts)


def pair_gold(paths, gold: str | Path) -> list[tuple[Path, Path]]:
    """Each article file under ``paths`` with its gold file (same stem, ``.json``) from ``gold``."""
    gold = Path(gold)
    files = article_files(paths)
    if gold.is_file():
        if len(files) != 1:
            raise BuildError(f"{gold} is one gold file but {len(files)} articles were given")
        return [(files[0], gold)]
    if not gold.is_dir():
        raise BuildError(f"no such gold file or directory: {gold}")
    pairs = [(f, gold / f"{f.stem}.json") for f in files]
    missing = [str(f) for f, g in pairs if not g.is_file()]
    if missing:
        raise BuildError(f"no gold file in {gold} for: " + ", ".join(missing))
    return pairs


def _split(s: Score, source: str) -> Score:
    return Score([i for i in s.matched if i.source == source], [i for i in s.missed if i.source == source],
                 [i for i in s.spurious if i.source == source])


def evaluate_article(path: Path, gold_path: Path, settings: BuildSettings = BuildSettings()) -> ArticleScore:
    """Build one article, read its film back from the graph and score it against its gold."""
    article, _ = facts_of(path)
    ds = build_dataset([path], BuildSettings(base=settings.base, include_ontology=False, reasoner="none"))
    found = films(ds)
    if len(found) != 1:
        raise BuildError(f"{path}: expected one film in the graph, found {len(found)}")
    lists = score(gold_items(load_gold(gold_path), structured_text(article)), graph_items(ds, found[0]))
    split = {src: {n: _split(s, src) for n, s in lists.items()} for src in SPLITS}
    return ArticleScore(str(path), str(gold_path), lists, split)


def evaluate(paths, gold: str | Path, settings: BuildSettings = BuildSettings(), workers: int = 1) -> Report:
    """Score every article under ``paths`` against its gold file, in article order; with ``workers``
    above one the articles are built in that many processes (each article's build is independent)."""
    pairs = pair_gold(paths, gold)
    if workers <= 1 or len(pairs) < 2:
        return Report([evaluate_article(a, g, settings) for a, g in pairs])
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return Report(list(pool.map(evaluate_article, [a for a, _ in pairs], [g for _, g in pairs],
                                    [settings] * len(pairs), chunksize=8)))


def render_table(report: Report, show_facts: bool = True) -> str:
    """A terminal table: per list P/R/F1 overall, structured and prose; then missed/spurious facts."""
    # counts get six places: a corpus of a few hundred articles holds over 10,000 facts of one part
    head = f"{'list':<15}{'P':>7}{'R':>7}{'F1':>7} {'n':>6} | {'struct F1':>9} {'n':>6} | {'prose F1':>8} {'n':>6}"
    lines = [head, "-" * len(head)]
    for name in (*LISTS, None):
        s, st, pr = report.total(name), report.total(name, "structured"), report.total(name, "prose")

        def n(x):
            return len(x.matched) + len(x.missed)

        lines.append(f"{name or 'micro':<15}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f} {n(s):>6} | "
                     f"{st.f1:>9.3f} {n(st):>6} | {pr.f1:>8.3f} {n(pr):>6}")
    if show_facts:
        for a in report.articles:
            wrong = [(name, kind, item) for name in LISTS for kind in ("missed", "spurious")
                     for item in getattr(a.lists[name], kind)]
            if wrong:
                lines += ["", f"{a.article} (micro F1 {a.micro().f1:.3f}):"]
                lines += [f"  {kind:<8} {name:<14} [{item.source}] {item}" for name, kind, item in wrong]
    return "\n".join(lines)


__all__ = ["Report", "ArticleScore", "evaluate", "evaluate_article", "pair_gold", "render_table"]
