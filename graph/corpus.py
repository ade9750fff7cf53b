"""Corpus builds: every article in parallel, cached by content, written as one N-Quads or TriG file.

Input: article paths, an output path and :class:`CorpusSettings`; output: the dataset file
(written atomically; when an article fails it is left as it was, unless ``keep_going``), the
identity decisions beside it, and a :class:`CorpusReport` — articles built, reused from the cache,
failed (each with file, line and problem), and the identities (merged or split, with evidence).

Each article is parsed, extracted, emitted and reasoned in a worker process; its statements are
kept in the cache under a key that hashes the article's bytes together with the builder's own code
and settings, so an unchanged article is never re-extracted, a changed one is rebuilt, and a
deleted one simply disappears from the next output. When no article and no setting changed since
the last build, the output is already right and is left alone. The output is streamed from the
cache entries, so a corpus of any size needs memory for one article at a time. Reasoning per
article is exact here because every rule of the ontology joins triples of one article only
(credits, performances and releases are the film's own nodes); a test compares it with reasoning
over the whole corpus.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import corpus_output as files_
from .build import INFERRED, BuildSettings, article_files, identity_evidence, read_article
from .emit import emit_triples
from .errors import ArticleError, BuildError
from .extract import extract
from .iris import IRIs
from .ntriples import lines

CACHE_VERSION = "3"


@dataclass(frozen=True)
class CorpusSettings:
    build: BuildSettings = BuildSettings()
    jobs: int = 0  # worker processes; 0: one per core
    cache: bool = True  # reuse and keep per-article results in ``<output>.cache/``
    progress: bool = True
    keep_going: bool = False  # write the output without the articles that failed (else keep the old one)
    extra: str = ""  # anything else the output depends on (the CLI's link settings and cache)


@dataclass
class CorpusReport:
    built: int = 0
    cached: int = 0
    failed: list[str] = field(default_factory=list)
    identities: dict = field(default_factory=dict)  # iri -> names, articles, decision, evidence
    statements: int = 0
    up_to_date: bool = False  # nothing changed since the last build: the output was left as it was


def builder_fingerprint(settings: BuildSettings) -> str:
    """A hash of the builder's code, ontology and settings: any change invalidates the cache."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    roots = [Path(__file__).resolve().parent, Path(__file__).resolve().parent.parent / "ontology"]
    for root in roots:
        for f in sorted(root.rglob("*")):
            if f.suffix in (".py", ".ttl") and f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    h.update(repr(settings).encode())
    return h.hexdigest()


_WORKER: dict = {}


def _init_worker(settings: BuildSettings) -> None:
    if _WORKER.get("settings") == settings:
        return  # prepared in the parent before forking: the workers inherit it
    from ontology import load_ontology, ontology_text

    from .reason import ontology_terms
    from .rules import rules_for

    _WORKER["settings"] = settings
    _WORKER["iris"] = IRIs(settings.base)
    if settings.reasoner != "none":
        _WORKER["ontology"] = load_ontology()
        _WORKER["rules"] = rules_for(ontology_text()) if settings.reasoner == "fast" else None
        _WORKER["terms"] = ontology_terms(_WORKER["ontology"])


def _build_one(path: str) -> dict:
    """One article -> its statements as N-Quads text (asserted, inferred) and identity evidence."""
    from .reason import fast_materialise, owlrl_materialise

    settings, iris = _WORKER["settings"], _WORKER["iris"]
    try:
        article = read_article(Path(path), settings.input_format)
        triples = emit_triples(extract(article), article, iris)
    except ArticleError as err:
        return {"path": path, "error": str(err)}
    inferred = set()
    if settings.reasoner == "fast":
        inferred = fast_materialise(triples, _WORKER["ontology"], _WORKER["rules"], _WORKER["terms"]).triples
    elif settings.reasoner == "owlrl":
        inferred = owlrl_materialise(set(triples), _WORKER["ontology"]).triples
    return {"path": path, "graph": str(triples.identifier),
            "asserted": lines(triples, graph=triples.identifier, sort=True),
            "inferred": lines(inferred, graph=iris.graph(INFERRED), sort=True),
            "count": len(triples) + len(inferred), **identity_evidence(triples)}


def _keys(files: list[Path], fingerprint: str) -> dict[Path, str]:
    return {f: hashlib.sha256(fingerprint.encode() + f.read_bytes()).hexdigest() for f in files}


@contextlib.contextmanager
def _entries_dir(output: Path, cache: bool):
    """Where entries live: the kept cache beside the output, or a folder dropped afterwards."""
    if cache:
        yield output.with_name(output.name + ".cache")
        return
    with tempfile.TemporaryDirectory(prefix=f".{output.name}.", dir=output.parent) as tmp:
        yield Path(tmp)


def build_corpus(paths, output: str | Path, settings: CorpusSettings = CorpusSettings(),
                 after_write=None) -> CorpusReport:
    """Build every article under ``paths`` into ``output`` (``.nq`` or ``.trig``); ``after_write(output)``
    runs once the output is written and before the build is recorded as done (linking appends there)."""
    output = Path(output)
    if output.suffix not in (".nq", ".nquads", ".trig"):
        raise BuildError(f"a corpus build writes N-Quads (.nq) or TriG (.trig), not {output.suffix or output.name!r}")
    output.parent.mkdir(parents=True, exist_ok=True)
    files = article_files(paths)
    keys = _keys(files, builder_fingerprint(settings.build))
    digest = files_.manifest_digest([keys[f] + str(f) for f in files], output,
                                    f"{settings.build!r}\n{settings.keep_going}\n{settings.extra}")
    report = CorpusReport()
    previous = files_.up_to_date(output, digest) if settings.cache else None
    if previous is not None:
        report.cached, report.statements, report.up_to_date = len(files), previous["statements"], True
        report.identities = previous["identities"]
        return report
    with _entries_dir(output, settings.cache) as entries:
        metas: dict[Path, dict] = {}
        todo = []
        for f in files:
            meta = files_.read_entry(entries, keys[f]) if settings.cache else None
            if meta is not None:
                metas[f] = meta
                report.cached += 1
            else:
                todo.append(f)
        for meta in _run([(str(f), keys[f]) for f in todo], settings, entries):
            metas[Path(meta["path"])] = meta
            report.built += "error" not in meta
        _write(files, keys, metas, entries, output, settings, report, digest, after_write)
        if settings.cache:
            _prune(entries, {p for k in keys.values() for p in files_.entry_paths(entries, k)})
    return report


def _build_entry(job: tuple[str, str]) -> dict:
    """Build one article and store its entry, here in the worker: the statements never travel
    through the pool's pipes (2.2 GB of them at 10,000 articles), only the metadata does."""
    path, key = job
    result = _build_one(path)
    if "error" in result:
        return result
    return files_.store_entry(_WORKER["entries"], key, result)


def _run(todo: list[tuple[str, str]], settings: CorpusSettings, entries: Path):
    if not todo:
        return
    jobs = settings.jobs or os.cpu_count() or 1
    bar = None
    if settings.progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="building", leave=False)
    # Load the ontology and compile the rules once, here: forked workers inherit them (1.2 s each
    # when every worker did it).
    _init_worker(settings.build)
    _WORKER["entries"] = entries
    if jobs == 1 or len(todo) < 4:
        produced = map(_build_entry, todo)
        pool = None
    else:
        pool = multiprocessing.get_context("fork").Pool(jobs, _init_worker, (settings.build,))
        produced = pool.imap_unordered(_build_entry, todo, chunksize=8)
    try:
        for result in produced:
            if bar is not None:
                bar.update()
            yield result
    finally:
        if pool is not None:
            pool.close()
            pool.join()
        if bar is not None:
            bar.close()


def _write(files, keys, metas, entries: Path, output: Path, settings: CorpusSettings, report: CorpusReport,
           digest: str, after_write) -> None:
    owners, kept = {}, []
    for f in files:
        meta = metas[f]
        if "error" in meta:
            report.failed.append(meta["error"])
            continue
        if meta["graph"] in owners:
            report.failed.append(f"{f}:1: its title gives graph {meta['graph']}, already built from {owners[meta['graph']]}")
            continue
        owners[meta["graph"]] = f
        kept.append((f, meta))
        report.statements += meta["count"]
    identity, report.identities = files_.plan(kept)
    if report.failed and not settings.keep_going:
        return
    iris = IRIs(settings.build.base)
    graphs = {"inferred": str(iris.graph(INFERRED)), "ontology": str(iris.graph("ontology"))}
    onto = files_.ontology_quads(iris.graph("ontology")) if settings.build.include_ontology else None
    files_.write_dataset(output, [(f, keys[f], meta) for f, meta in kept], entries, identity.renames, graphs, onto)
    if after_write is not None:
        after_write(output)
    files_.record(output, None if report.failed else digest, report.statements, report.identities)


def _prune(cache_dir: Path, keep: set[Path]) -> None:
    """Drop cache entries of articles that are gone or changed, so the cache does not grow for ever."""
    for entry in cache_dir.glob("*/*"):
        if entry not in keep:
            entry.unlink(missing_ok=True)


__all__ = ["CorpusSettings", "CorpusReport", "build_corpus", "builder_fingerprint"]
