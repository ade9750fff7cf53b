"""Serialising a built dataset: TriG and N-Quads keep the named graphs; Turtle, N-Triples,
RDF/XML and JSON-LD (compacted with ``ontology/context.jsonld``) write the union of the graphs.

Outputs are atomic: the bytes go to a temporary file beside the target, which replaces the target
only once complete, so a failed export leaves no partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from ontology import load_context

# name -> (rdflib format, keeps named graphs, media type, file extension)
FORMATS: dict[str, tuple[str, bool, str, str]] = {
    "trig": ("trig", True, "application/trig", ".trig"),
    "nquads": ("nquads", True, "application/n-quads", ".nq"),
    "turtle": ("turtle", False, "text/turtle", ".ttl"),
    "ntriples": ("nt", False, "application/n-triples", ".nt"),
    "rdfxml": ("xml", False, "application/rdf+xml", ".rdf"),
    "jsonld": ("json-ld", False, "application/ld+json", ".jsonld"),
}
_EXTENSIONS = {ext: name for name, (_, _, _, ext) in FORMATS.items()} | {
    ".nt": "ntriples", ".xml": "rdfxml", ".owl": "rdfxml", ".json": "jsonld", ".nquads": "nquads",
}


def format_for(path: str | Path, explicit: str | None = None) -> str:
    """The export format named ``explicit``, else the one of ``path``'s extension."""
    if explicit:
        if explicit not in FORMATS:
            raise ValueError(f"unknown format {explicit!r}; choose one of {', '.join(FORMATS)}")
        return explicit
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise ValueError(f"cannot tell the format of {str(path)!r}; use --format ({', '.join(FORMATS)})")
    return _EXTENSIONS[suffix]


def union_graph(ds: Dataset) -> Graph:
    """All triples of all named graphs in one graph, with the dataset's prefixes."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(ds: Dataset, fmt: str) -> bytes:
    """The dataset in export format ``fmt`` as bytes."""
    rdflib_format, keeps_graphs, _, _ = FORMATS[fmt]
    if keeps_graphs:
        return ds.serialize(format=rdflib_format, encoding="utf-8")
    graph = union_graph(ds)
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=load_context(), auto_compact=True,
                               encoding="utf-8")
    return graph.serialize(format=rdflib_format, encoding="utf-8")


@contextlib.contextmanager
def atomic_writer(path: str | Path, durable: bool = True):
    """A binary file to write ``path`` through: readers see the old file or the whole new one,
    never a part (written beside it, then renamed; removed if the block raises).

    ``durable=False`` skips the fsync, for files that can be rebuilt (cache entries).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_writer`)."""
    with atomic_writer(path, durable) as out:
        out.write(data)


def export(ds: Dataset, path: str | Path, fmt: str | None = None) -> str:
    """Serialise ``ds`` to ``path`` atomically; returns the format used."""
    fmt = format_for(path, fmt)
    write_atomic(path, serialize(ds, fmt))
    return fmt


def load_dataset(path: str | Path) -> Dataset:
    """Read a dataset written by :func:`export` (any format; triple formats go to the default graph)."""
    fmt = FORMATS[format_for(path)][0]
    ds = Dataset(default_union=True)
    ds.parse(str(path), format=fmt)
    return ds
