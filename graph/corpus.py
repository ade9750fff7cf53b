"""Corpus builds: every article in parallel, cached by content, written as one N-Quads or TriG file.

Input: article paths, an output path and :class:`CorpusSettings`; output: the dataset file
(written atomically; when an article fails it is left as it was, unless ``keep_going``) and a
:class:`CorpusReport` — articles built, reused from the cache, failed
(each with file, line and problem), and the identities (one IRI, several names or articles).

Each article is parsed, extracted, emitted and reasoned in a worker process; its statements are
kept in the cache under a key that hashes the article's bytes together with the builder's own code
and settings, so an unchanged article is never re-extracted, a changed one is rebuilt, and a
deleted one simply disappears from the next output. Reasoning per article is exact here because
every rule of the ontology joins triples of one article only (credits, performances and releases
are the film's own nodes); a test compares it with reasoning over the whole corpus.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .build import INFERRED, BuildSettings, article_files, identity_evidence, read_article
from .emit import emit_triples
from .errors import ArticleError, BuildError
from .exports import write_atomic
from .extract import extract
from .identity import Mention, plan_identities
from .iris import IRIs
from .ntriples import lines, trig_block

CACHE_VERSION = "2"


@dataclass(frozen=True)
class CorpusSettings:
    build: BuildSettings = BuildSettings()
    jobs: int = 0  # worker processes; 0: one per core
    cache: bool = True  # reuse and keep per-article results in ``<output>.cache/``
    progress: bool = True
    keep_going: bool = False  # write the output without the articles that failed (else keep the old one)


@dataclass
class CorpusReport:
    built: int = 0
    cached: int = 0
    failed: list[str] = field(default_factory=list)
    identities: dict = field(default_factory=dict)  # iri -> {"names": [...], "articles": [...]}
    statements: int = 0


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
    """One article -> its statements as N-Triples text (asserted and inferred) and its names."""
    from rdflib import RDF, RDFS

    from ontology import FK

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
    agents = {s for s, p, o in triples if p == RDF.type and o in (FK.Person, FK.Organization)}
    names = sorted({(str(s), str(o)) for s, p, o in triples if p == RDFS.label and s in agents})
    return {"path": path, "graph": str(triples.identifier), "asserted": lines(triples, sort=True),
            "inferred": lines(inferred, sort=True), "names": names, "count": len(triples) + len(inferred),
            **identity_evidence(triples)}


def _cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / f"{key}.json"


def _keys(files: list[Path], fingerprint: str) -> dict[Path, str]:
    return {f: hashlib.sha256(fingerprint.encode() + f.read_bytes()).hexdigest() for f in files}


def build_corpus(paths, output: str | Path, settings: CorpusSettings = CorpusSettings()) -> CorpusReport:
    """Build every article under ``paths`` into ``output`` (``.nq`` or ``.trig``)."""
    output = Path(output)
    if output.suffix not in (".nq", ".nquads", ".trig"):
        raise BuildError(f"a corpus build writes N-Quads (.nq) or TriG (.trig), not {output.suffix or output.name!r}")
    files = article_files(paths)
    keys = _keys(files, builder_fingerprint(settings.build))
    cache_dir = output.with_name(output.name + ".cache") if settings.cache else None
    results: dict[Path, dict] = {}
    report = CorpusReport()
    todo = []
    for f in files:
        hit = _cache_path(cache_dir, keys[f]) if cache_dir else None
        if hit is not None and hit.is_file():
            results[f] = json.loads(hit.read_text(encoding="utf-8"))
            report.cached += 1
        else:
            todo.append(f)
    for result in _run(todo, settings):
        f = Path(result["path"])
        results[f] = result
        if "error" not in result:
            report.built += 1
            if cache_dir:
                write_atomic(_cache_path(cache_dir, keys[f]), json.dumps(result).encode("utf-8"), durable=False)
    _write(files, results, output, settings.build, report, settings.keep_going)
    if cache_dir:
        _prune(cache_dir, {_cache_path(cache_dir, k) for k in keys.values()})
    return report


def _run(todo: list[Path], settings: CorpusSettings):
    if not todo:
        return
    jobs = settings.jobs or os.cpu_count() or 1
    bar = None
    if settings.progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="building", leave=False)
    if jobs == 1 or len(todo) < 4:
        _init_worker(settings.build)
        produced = map(_build_one, map(str, todo))
        pool = None
    else:
        pool = multiprocessing.get_context("fork").Pool(jobs, _init_worker, (settings.build,))
        produced = pool.imap_unordered(_build_one, map(str, todo), chunksize=8)
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


def _write(files, results, output: Path, settings: BuildSettings, report: CorpusReport,
           settings_keep_going: bool) -> None:
    from rdflib import URIRef

    from ontology import load_ontology

    iris = IRIs(settings.base)
    trig = output.suffix == ".trig"
    parts, inferred, owners, kept = [], [], {}, []
    names = defaultdict(lambda: {"names": set(), "articles": set()})
    for f in files:
        r = results[f]
        if "error" in r:
            report.failed.append(r["error"])
            continue
        if r["graph"] in owners:
            report.failed.append(f"{f}:1: its title gives graph {r['graph']}, already built from {owners[r['graph']]}")
            continue
        owners[r["graph"]] = f
        kept.append((f, r))
    plan = plan_identities([Mention(str(f), iri, name, r["year"], born, died)
                            for f, r in kept for iri, name, born, died in r["people"]])
    for f, r in kept:
        graph = URIRef(r["graph"])
        renames = plan.renames.get(str(f), {})
        body, more = rename_iris(r["asserted"], renames), rename_iris(r["inferred"], renames)
        parts.append(trig_block(graph, body) if trig else _quads(body, graph))
        inferred.append(more)
        report.statements += r["count"]
        for iri, name in r["names"]:
            names[renames.get(iri, iri)]["names"].add(name)
            names[renames.get(iri, iri)]["articles"].add(str(f))
    inferred_graph, ontology_graph = iris.graph(INFERRED), iris.graph("ontology")
    body = "".join(inferred)
    parts.append(trig_block(inferred_graph, body) if trig else _quads(body, inferred_graph))
    if settings.include_ontology:
        onto = lines(load_ontology())
        parts.append(trig_block(ontology_graph, onto) if trig else _quads(onto, ontology_graph))
    if not report.failed or settings_keep_going:
        write_atomic(output, "".join(parts).encode("utf-8"))
    people = {iri for _, r in kept for iri, *_ in r["people"]} | set(plan.decisions)
    report.identities = {iri: {"names": sorted(v["names"]), "articles": sorted(v["articles"]), "decision": "merged",
                               "evidence": "same normalised name"}
                         for iri, v in sorted(names.items())
                         if iri not in people and (len(v["names"]) > 1 or len(v["articles"]) > 1)}
    report.identities.update(plan.decisions)
    report.identities = dict(sorted(report.identities.items()))


def rename_iris(ntriples: str, renames: dict[str, str]) -> str:
    """N-Triples text with each IRI of ``renames`` replaced (whole ``<...>`` terms only)."""
    for old, new in renames.items():
        ntriples = ntriples.replace(f"<{old}>", f"<{new}>")
    return ntriples


def _quads(ntriples: str, graph) -> str:
    from .ntriples import term

    tail = f" {term(graph)} .\n"
    return "".join(line[:-2] + tail for line in ntriples.splitlines(keepends=True) if line.endswith(" .\n"))


def _prune(cache_dir: Path, keep: set[Path]) -> None:
    """Drop cache entries of articles that are gone or changed, so the cache does not grow for ever."""
    for entry in cache_dir.glob("*/*.json"):
        if entry not in keep:
            entry.unlink(missing_ok=True)


__all__ = ["CorpusSettings", "CorpusReport", "build_corpus", "builder_fingerprint"]
