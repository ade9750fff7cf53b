"""Extraction throughput on the synthetic corpus, in articles per second.

Input: ``python benchmarks/bench_extract.py [N] [--seed S] [--runs R] [--header]`` (defaults:
1000 articles, seed 0, 3 runs). The articles are generated in memory first, so neither their
generation nor file I/O is timed. Two stages are timed over the whole corpus, each ``R`` times:

* parse + extract: text -> typed article -> facts (pure Python, no rdflib), in one process and
  in one process per core (how ``filmkg build`` runs it);
* parse + extract + emit: the same in one process, plus the article's triples (what the corpus
  build emits: ``emit_triples``).

The builder's caches (dates, slugs, name keys) are emptied before every pass, so a pass does not
profit from the previous one.

Output: one Markdown table row on stdout with the median articles/s of each stage (``--header``
prints the table header first), and the individual runs on stderr.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate  # noqa: E402
import multiprocessing  # noqa: E402

from graph import normalize  # noqa: E402
from graph.emit import emit_triples  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.iris import IRIs  # noqa: E402
from graph.parser import parse_article  # noqa: E402

HEADER = ("| articles | seed | parse+extract, 1 process (articles/s) | parse+extract, all cores (articles/s) "
          "| parse+extract+emit, 1 process (articles/s) | triples/article | Python | cores |\n"
          "|---|---|---|---|---|---|---|---|")


def parse_extract(corpus: list[tuple[str, str]]) -> int:
    """Parse and extract every article; returns the number of facts (so the work is not dead)."""
    facts = 0
    for name, text in corpus:
        f = extract(parse_article(text, name))
        facts += len(f.credits) + len(f.performances)
    return facts


def parse_extract_emit(corpus: list[tuple[str, str]]) -> int:
    """Parse, extract and emit every article; returns the number of triples emitted."""
    iris = IRIs()
    triples = 0
    for name, text in corpus:
        article = parse_article(text, name)
        triples += len(emit_triples(extract(article), article, iris))
    return triples


def parse_extract_parallel(corpus: list[tuple[str, str]]) -> int:
    """:func:`parse_extract` in one forked process per core, over equal slices of the corpus."""
    cores = os.cpu_count() or 1
    chunks = [corpus[i::cores] for i in range(cores)]
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        return sum(pool.map(parse_extract, chunks))


def _clear_caches() -> None:
    for cached in (normalize.parse_date, normalize.slug, normalize.name_key):
        cached.cache_clear()


def timed(stage, corpus, runs: int) -> tuple[list[float], int]:
    """Articles/s of each of ``runs`` passes of ``stage`` over ``corpus``, and its result."""
    rates, result = [], 0
    for _ in range(runs):
        _clear_caches()
        start = time.perf_counter()
        result = stage(corpus)
        rates.append(len(corpus) / (time.perf_counter() - start))
    return rates, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Measure extraction throughput on synthetic articles.")
    ap.add_argument("n", type=int, nargs="?", default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed (default 0)")
    ap.add_argument("--runs", type=int, default=3, help="passes per stage; the median is reported")
    ap.add_argument("--header", action="store_true", help="print the Markdown table header first")
    args = ap.parse_args(argv)

    corpus = list(generate(args.n, args.seed))
    pe_rates, _ = timed(parse_extract, corpus, args.runs)
    par_rates, _ = timed(parse_extract_parallel, corpus, args.runs)
    pee_rates, triples = timed(parse_extract_emit, corpus, args.runs)
    for label, rates in (("parse+extract", pe_rates), ("parse+extract, all cores", par_rates),
                         ("parse+extract+emit", pee_rates)):
        print(f"{label}: " + ", ".join(f"{r:.1f}" for r in rates) + " articles/s", file=sys.stderr)

    if args.header:
        print(HEADER)
    print(f"| {args.n} | {args.seed} | {statistics.median(pe_rates):.0f} | {statistics.median(par_rates):.0f} "
          f"| {statistics.median(pee_rates):.0f} | {triples / args.n:.0f} "
          f"| {platform.python_version()} | {os.cpu_count()} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
