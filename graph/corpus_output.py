"""The corpus build's files: per-article entries, the streamed dataset file, the manifest.

Input: the per-article results of :mod:`graph.corpus` workers; output: cache entries (a small
JSON of metadata and one N-Quads file of the article's asserted and inferred statements), the
dataset file written by streaming those entries (so memory does not grow with the corpus), the
identity decisions beside it and a manifest that lets an unchanged corpus skip the build.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import defaultdict
from pathlib import Path

from .errors import BuildError
from .exports import atomic_writer, write_atomic
from .identity import Mention, plan_identities
from .ntriples import lines

MANIFEST = ".manifest.json"
IDENTITIES = ".identities.json"


def entry_paths(cache_dir: Path, key: str) -> tuple[Path, Path]:
    """(metadata JSON, N-Quads statements) of the article whose content key is ``key``."""
    folder = cache_dir / key[:2]
    return folder / f"{key}.json", folder / f"{key}.nq"


def store_entry(cache_dir: Path, key: str, result: dict) -> dict:
    """Keep a worker's result as an entry; returns its metadata (without the statements)."""
    meta_path, quads_path = entry_paths(cache_dir, key)
    write_atomic(quads_path, (result["asserted"] + result["inferred"]).encode("utf-8"), durable=False)
    meta = {k: v for k, v in result.items() if k not in ("asserted", "inferred")}
    write_atomic(meta_path, json.dumps(meta).encode("utf-8"), durable=False)
    return meta


def read_entry(cache_dir: Path, key: str) -> dict | None:
    """The metadata of a stored entry, or None when there is none (or half of one)."""
    meta_path, quads_path = entry_paths(cache_dir, key)
    if not (meta_path.is_file() and quads_path.is_file()):
        return None
    return json.loads(meta_path.read_text(encoding="utf-8"))


def manifest_digest(keys: list[str], output: Path, extra: str) -> str:
    """What the output was built from: the articles' content keys in order, and the settings."""
    h = hashlib.sha256(f"{output.suffix}\n{extra}\n".encode())
    for key in keys:
        h.update(key.encode())
    return h.hexdigest()


def up_to_date(output: Path, digest: str) -> dict | None:
    """The manifest of ``output`` if the output and its decisions exist and were built from ``digest``."""
    manifest = output.with_name(output.name + MANIFEST)
    identities = output.with_name(output.name + IDENTITIES)
    if not (output.is_file() and manifest.is_file() and identities.is_file()):
        return None
    data = json.loads(manifest.read_text(encoding="utf-8"))
    if data.get("digest") != digest:
        return None
    data["identities"] = json.loads(identities.read_text(encoding="utf-8"))
    return data


def record(output: Path, digest: str | None, statements: int, identities: dict) -> None:
    """Write the identity decisions and the manifest beside a freshly written output (digest None:
    an output written without some failed articles, never taken as up to date)."""
    write_atomic(output.with_name(output.name + IDENTITIES),
                 json.dumps(identities, indent=1, ensure_ascii=False).encode("utf-8"))
    write_atomic(output.with_name(output.name + MANIFEST),
                 json.dumps({"digest": digest, "statements": statements}).encode("utf-8"))


def rename_iris(text: str, renames: dict[str, str]) -> str:
    """N-Triples/N-Quads text with each IRI of ``renames`` replaced (whole ``<...>`` terms only)."""
    for old, new in renames.items():
        text = text.replace(f"<{old}>", f"<{new}>")
    return text


def plan(kept: list[tuple[Path, dict]]):
    """The identity plan and the decisions report over the articles kept."""
    identity = plan_identities([Mention(str(f), iri, name, meta["year"], born, died)
                                for f, meta in kept for iri, name, born, died in meta["people"]])
    names = defaultdict(lambda: {"names": set(), "articles": set()})
    for f, meta in kept:
        renames = identity.renames.get(str(f), {})
        for iri, name in meta["names"]:
            names[renames.get(iri, iri)]["names"].add(name)
            names[renames.get(iri, iri)]["articles"].add(str(f))
    people = {iri for _, meta in kept for iri, *_ in meta["people"]} | set(identity.decisions)
    decisions = {iri: {"names": sorted(v["names"]), "articles": sorted(v["articles"]), "decision": "merged",
                       "evidence": "same normalised name"}
                 for iri, v in names.items()
                 if iri not in people and (len(v["names"]) > 1 or len(v["articles"]) > 1)}
    decisions.update(identity.decisions)
    return identity, dict(sorted(decisions.items()))


def write_dataset(output: Path, entries: list[tuple[Path, str, dict]], cache_dir: Path, renames: dict,
                  graphs: dict[str, str], ontology_quads: str | None) -> None:
    """Stream every entry's statements into ``output`` (N-Quads as stored; TriG as graph blocks,
    one per article and graph), then the ontology; atomically."""
    trig = output.suffix == ".trig"
    with atomic_writer(output) as out:
        for f, key, meta in entries:
            quads_path = entry_paths(cache_dir, key)[1]
            changes = renames.get(str(f), {})
            if not trig and not changes:
                with open(quads_path, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
                continue
            text = rename_iris(quads_path.read_text(encoding="utf-8"), changes)
            out.write((_trig(text, [meta["graph"], graphs["inferred"]]) if trig else text).encode("utf-8"))
        if ontology_quads:
            out.write((_trig(ontology_quads, [graphs["ontology"]]) if trig else ontology_quads).encode("utf-8"))


def _trig(quads: str, graph_iris: list[str]) -> str:
    """N-Quads lines in the given graphs as TriG blocks (every line must be in one of them)."""
    blocks = []
    by_tail = {f" <{g}> .\n": g for g in graph_iris}
    groups: dict[str, list[str]] = {g: [] for g in graph_iris}
    for line in quads.splitlines(keepends=True):
        for tail, g in by_tail.items():
            if line.endswith(tail):
                groups[g].append(line[: -len(tail)] + " .\n")
                break
        else:
            raise BuildError(f"a cached statement is in no expected graph: {line[:200]!r}")
    for g, body in groups.items():
        if body:
            blocks.append(f"<{g}> {{\n{''.join(body)}}}\n")
    return "".join(blocks)


def ontology_quads(graph_iri) -> str:
    from ontology import load_ontology

    return lines(load_ontology(), graph=graph_iri)


__all__ = ["entry_paths", "store_entry", "read_entry", "manifest_digest", "up_to_date", "record", "rename_iris",
           "plan", "write_dataset", "ontology_quads"]
