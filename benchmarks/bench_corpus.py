"""Corpus build benchmark: full build, rebuild with nothing changed, one article changed; and the
start of a server on the result, rdflib in memory against an Oxigraph store on disk.

Usage: ``python benchmarks/bench_corpus.py [--sizes 1000,10000] [--jobs 0]``

Each measurement runs ``filmkg`` in a fresh process (so peak RSS is its own) over N synthetic
articles (``benchmarks/generate.py``, seed 0). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Run ``cmd``; its wall time (s) and the peak RSS (MB) of the largest child so far."""
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _store_start(dataset: Path, store: str) -> tuple[float, float, float]:
    """Open the store as ``filmkg serve`` would (load, or reopen from disk) and answer one
    competency query on Oxigraph (rdflib's join order takes minutes on it at 1,000 films): (seconds to
    open, peak RSS MB of that process, seconds for the query)."""
    code = ("import sys, time, resource; t = time.perf_counter(); from server.settings import Settings; "
            "from server.store import Store; from server.engine import prepare_scanned; "
            "from ontology import competency_queries; "
            "s = Store.open(Settings(dataset=sys.argv[1] or None, store=sys.argv[2])); opened = time.perf_counter() - t; "
            "t = time.perf_counter(); "
            "s.ox is not None and s.execute(prepare_scanned(competency_queries()['02-director']), 'json'); "
            "q = time.perf_counter() - t if s.ox is not None else float('nan'); "
            "print(opened, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, q)")
    out = subprocess.run([sys.executable, "-c", code, str(dataset) if dataset else "", store],
                         capture_output=True, text=True, cwd=HERE.parent)
    if out.returncode:
        raise RuntimeError(f"opening {store} failed: {out.stderr[-2000:]}")
    opened, rss, query = (float(x) for x in out.stdout.strip().splitlines()[-1].split())
    return opened, rss, query


def main() -> None:
    from generate import generate

    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--jobs", default="0")
    args = ap.parse_args()
    filmkg = str(Path(sys.executable).parent / "filmkg")
    print("| articles | full build s | articles/s | peak RSS MB | rebuild, unchanged s | rebuild, 1 changed s "
          "| output MB | rdflib load s (RSS MB) | Oxigraph in memory load s (RSS MB) | Oxigraph on disk load s "
          "| Oxigraph on disk reopen s (RSS MB, CQ 02 ms) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n in (int(x) for x in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            src, out = Path(tmp) / "articles", Path(tmp) / "corpus.nq"
            src.mkdir()
            for name, text in generate(n, seed=0):
                (src / name).write_text(text, encoding="utf-8")
            build = [filmkg, "build", str(src), "-o", str(out), "-j", args.jobs, "--link", "off"]
            full, peak = _timed(build)
            again, _ = _timed(build)
            first = sorted(src.iterdir())[0]
            first.write_text(first.read_text(encoding="utf-8") + "\nIt was restored in 2020.\n", encoding="utf-8")
            changed, _ = _timed(build)
            size = out.stat().st_size / 1e6
            nan = (float("nan"),) * 3
            rdflib_load = _store_start(out, "memory") if n <= 1000 else nan  # 10,000: minutes and >10 GB
            in_memory = _store_start(out, "oxigraph")
            ox_dir = Path(tmp) / "ox"
            ox_load = _store_start(out, f"oxigraph:{ox_dir}")
            ox_reopen = _store_start(None, f"oxigraph:{ox_dir}")
            print(f"| {n:,} | {full:.1f} | {n / full:.0f} | {peak:.0f} | {again:.1f} | {changed:.1f} | {size:.0f} | "
                  f"{rdflib_load[0]:.1f} ({rdflib_load[1]:.0f}) | {in_memory[0]:.1f} ({in_memory[1]:.0f}) | "
                  f"{ox_load[0]:.1f} | {ox_reopen[0]:.2f} ({ox_reopen[1]:.0f}, {ox_reopen[2] * 1000:.0f}) |", flush=True)


if __name__ == "__main__":
    main()
