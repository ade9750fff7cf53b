"""Check the extractor against the synthetic corpus's ground truth.

Input: ``python benchmarks/check_corpus.py [N] [--seed S]`` (default 500 articles). Output: a
report on stdout: articles that failed to parse/extract/emit (with the error), triples per
article (min / median / max), and for each kind of fact how many articles the extractor got
exactly right against the :class:`~benchmarks.generate.Film` the article was written from, with
a few examples of misses. Exit status 1 if any article failed to build.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import traceback
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import films  # noqa: E402
from benchmarks.prose import article  # noqa: E402
from graph.emit import emit  # noqa: E402
from graph.extract import extract  # noqa: E402
from graph.iris import IRIs  # noqa: E402
from graph.parser import parse_article  # noqa: E402


def expected(film) -> dict[str, set]:
    """What a perfect extractor would find in ``film``'s article, fact kind by fact kind."""
    return {
        "director": set(film.directors), "screenwriter": set(film.writers),
        "producer": set(film.producers), "cinematographer": {film.cinematographer},
        "editor": set(film.editors), "composer": {film.composer},
        "production company": set(film.companies), "distributor": set(film.distributors),
        "performances": set(film.cast), "critics": {c for c, _ in film.reviews},
        "awards": {(a, c) for a, _, c, _, _ in film.awards},
        "release dates": {d.isoformat() for d, _ in film.releases},
        "year": {film.year}, "countries": set(film.countries),
    }


def found(facts) -> dict[str, set]:
    got: dict[str, set] = defaultdict(set)
    for c in facts.credits:
        if c.work == "film":
            got[c.role].add(c.agent)
    got["performances"] = {(p.performer, p.character) for p in facts.performances}
    got["critics"] = {r.critic for r in facts.reviews}
    got["awards"] = {(a.award, a.category) for a in facts.awards}
    got["release dates"] = {r.date.iso for r in facts.releases}
    got["year"] = set(facts.values("year"))
    got["countries"] = set(facts.values("country"))
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=500)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    iris = IRIs()
    triples: list[int] = []
    failures: list[str] = []
    right: Counter = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for film in films(args.n, args.seed):
        text = article(film, random.Random(f"text-{args.seed}-{film.index}"))
        try:
            doc = parse_article(text, film.filename)
            facts = extract(doc)
            triples.append(len(emit(facts, doc, iris)))
        except Exception as err:  # noqa: BLE001 - a report of every crash is the point
            failures.append(f"{film.filename}: {type(err).__name__}: {err}\n"
                            + "".join(traceback.format_exc().splitlines(True)[-4:]))
            continue
        want, got = expected(film), found(facts)
        for kind, values in want.items():
            # Exact for crew; the extractor may legitimately find more (prose releases, critics).
            ok = values == got[kind] if kind not in ("release dates",) else values <= got[kind]
            right[kind] += ok
            if not ok and len(misses[kind]) < 3:
                missing = sorted(map(str, values - got[kind]))[:3]
                extra = sorted(map(str, got[kind] - values))[:3]
                misses[kind].append(f"{film.filename}: missing {missing} extra {extra}")
    built = len(triples)
    print(f"articles: {args.n}, built: {built}, failed: {len(failures)}")
    if triples:
        print(f"triples per article: min {min(triples)}, median {statistics.median(triples):.0f}, "
              f"mean {statistics.mean(triples):.0f}, max {max(triples)}")
    for kind in expected(next(films(1, args.seed))):
        print(f"  {kind:20s} exact in {right[kind]}/{built}")
        for line in misses[kind]:
            print("    " + line)
    for failure in failures[:10]:
        print("FAILED " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
