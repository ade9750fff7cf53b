"""Reasoning time and peak memory: owlrl (the reference) against filmkg's fast path, same data, same run.

Usage: ``python benchmarks/bench_reasoning.py [--sizes 100,1000,10000] [--owlrl-max 1000] [--runs 3]``

For each corpus size N, N synthetic articles (``benchmarks/generate.py``, seed 0) are built without
reasoning; then each reasoner runs in a fresh subprocess (so its peak RSS is its own) over the
asserted triples: the fast path ``--runs`` times (median reported), owlrl once (it is slow) and
only up to ``--owlrl-max`` films; and the fast path once more per article on all cores, as corpus
builds reason. The fast path's rule compilation (one owlrl run over the
ontology, cached for a process) is timed apart. The entailments are compared, so each row also
says whether the two reasoners agree. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _asserted(n: int, folder: Path) -> Path:
    """N generated articles, extracted and emitted (no reasoning, no rdflib Dataset: a 10,000-film
    Dataset alone needs ~8 GB); their triples pickled, one list per article. Returns the pickle."""
    from generate import generate

    from graph.emit import emit_triples
    from graph.extract import extract
    from graph.iris import IRIs
    from graph.parser import parse_article

    iris = IRIs()
    per_article = []
    for name, text in generate(n, seed=0):
        article = parse_article(text, name)
        per_article.append(list(emit_triples(extract(article), article, iris)))
    out = folder / f"asserted-{n}.pickle"
    out.write_bytes(pickle.dumps(per_article))
    return out


_SHARED: dict = {}


def _per_article(part: int) -> int:
    """Worker (forked, so it inherits the articles): reason over every ``jobs``-th article on its
    own, as corpus builds do; the ontology's rules are compiled before the fork."""
    from graph.reason import fast_materialise

    onto, rules, terms, per_article, jobs = (_SHARED[k] for k in ("onto", "rules", "terms", "data", "jobs"))
    return sum(len(fast_materialise(set(triples), onto, rules, terms).triples) for triples in per_article[part::jobs])


def _one(reasoner: str, data: Path, result: Path) -> None:
    """Child process: reason over the pickled triples, print timings and peak RSS as JSON."""
    from rdflib import BNode

    from graph.reason import fast_materialise, owlrl_materialise
    from graph.rules import rules_for
    from ontology import load_ontology, ontology_text

    per_article = pickle.loads(data.read_bytes())
    if reasoner == "parallel":
        import multiprocessing

        from graph.reason import ontology_terms

        jobs = os.cpu_count() or 1
        onto = load_ontology()
        _SHARED.update(onto=onto, rules=rules_for(ontology_text()), terms=ontology_terms(onto),
                       data=per_article, jobs=jobs)
        started = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            inferred = sum(pool.map(_per_article, range(jobs)))
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + max(
            0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        result.write_bytes(pickle.dumps(None))
        print(json.dumps({"seconds": seconds, "compile": 0.0, "peak_mb": peak_mb,
                          "asserted": sum(map(len, per_article)), "inferred": inferred}))
        return
    asserted = {t for triples in per_article for t in triples}
    ontology = load_ontology()
    started = time.perf_counter()
    rules = rules_for(ontology_text()) if reasoner == "fast" else None
    compiled = time.perf_counter() - started
    started = time.perf_counter()
    out = fast_materialise(asserted, ontology, rules) if reasoner == "fast" else owlrl_materialise(asserted, ontology)
    seconds = time.perf_counter() - started
    named = {t for t in out.triples if not any(isinstance(x, BNode) for x in t)}
    result.write_bytes(pickle.dumps(named))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "compile": compiled, "peak_mb": peak_mb, "asserted": len(asserted),
                      "inferred": len(out.triples)}))


def _run(reasoner: str, data: Path, folder: Path, timeout: float) -> dict | None:
    result = folder / f"{reasoner}-{data.stem}.pickle"
    try:
        proc = subprocess.run([sys.executable, __file__, "--child", reasoner, str(data), str(result)],
                              capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    stats["result"] = result
    return stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000,10000")
    ap.add_argument("--owlrl-max", type=int, default=1000)
    ap.add_argument("--owlrl-timeout", type=float, default=1200)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--child", nargs=3)
    args = ap.parse_args()
    if args.child:
        _one(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    print("| films | asserted triples | inferred | owlrl s | owlrl peak MB | fast s (median) | fast peak MB "
          "| rule compile s | speed-up | same entailments | fast per article, all cores s (median) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in (int(x) for x in args.sizes.split(",")):
            data = _asserted(n, folder)
            fast = [_run("fast", data, folder, 3600) for _ in range(args.runs)]
            median = statistics.median(f["seconds"] for f in fast)
            ref = _run("owlrl", data, folder, args.owlrl_timeout) if n <= args.owlrl_max else None
            if ref is not None:
                same = pickle.loads(ref["result"].read_bytes()) == pickle.loads(fast[0]["result"].read_bytes())
                owl = f"{ref['seconds']:.1f} | {ref['peak_mb']:.0f}"
                ratio = f"{ref['seconds'] / median:.0f}×"
            else:
                same, owl, ratio = "n/a", ("not run" if n > args.owlrl_max else "timed out") + " | –", "–"
            parallel = statistics.median(_run("parallel", data, folder, 3600)["seconds"] for _ in range(args.runs))
            print(f"| {n:,} | {fast[0]['asserted']:,} | {fast[0]['inferred']:,} | {owl} | {median:.2f} | "
                  f"{max(f['peak_mb'] for f in fast):.0f} | {fast[0]['compile']:.2f} | {ratio} | {same} | "
                  f"{parallel:.2f} |", flush=True)


if __name__ == "__main__":
    main()
