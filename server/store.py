"""The served data: a dataset of named graphs, loaded once and read-only while served.

Input: :class:`~server.settings.Settings` (a dataset file to load, an article folder to build, or a
remote SPARQL server to read);
output: a :class:`Store` with the dataset (its default graph is the union of all graphs), the list
of graphs, and an ETag that changes whenever the data do (at each load, and after an update).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, URIRef

from graph.build import BuildSettings, build_dataset
from graph.exports import load_dataset
from graph.query import union_view

from .settings import Settings


# "oxigraph:DIR" keeps the Oxigraph store on disk in DIR; "sparql:URL" reads a remote SPARQL server
STORES = ("memory", "oxigraph", "sparql")


@dataclass
class Store:
    ds: Dataset  # rdflib's view of the data (the data itself for "memory"), used by the pages
    base: str
    source: str
    etag: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    ox: object = None  # a pyoxigraph.Store answering the queries, or None: rdflib answers
    kind: str = "memory"
    remote: str | None = None  # the query URL of a remote SPARQL server answering the queries
    timeout: float = 10.0  # seconds a remote server may take

    @property
    def engine_parses(self) -> bool:
        """Whether the engine parses queries itself (Oxigraph, a remote server), so the request
        thread only scans them; rdflib needs its parsed algebra."""
        return self.ox is not None or self.remote is not None

    @property
    def immutable(self) -> bool:
        """Whether the data can only change through this server (so answers may be cached)."""
        return self.remote is None

    @classmethod
    def open(cls, settings: Settings) -> Store:
        """Load ``settings.dataset`` if given, else build ``settings.seeds``; into rdflib's memory
        store, or into Oxigraph (``oxigraph`` in memory, ``oxigraph:DIR`` on disk: a directory
        that already holds a store is opened as is, which is how a server restarts in seconds)."""
        kind, _, location = settings.store.partition(":")
        if kind not in STORES:
            raise ValueError(f"unknown store {settings.store!r}: use memory, oxigraph, oxigraph:DIR or sparql:URL")
        if kind == "sparql":
            if not location.startswith(("http://", "https://")):
                raise ValueError(f"store {settings.store!r}: give the remote query endpoint, sparql:http://...")
            from .remote import remote_view

            return cls(remote_view(location), settings.base, location, kind=settings.store, remote=location,
                       timeout=settings.query_timeout)
        if kind == "oxigraph":
            from .oxstore import open_store, rdflib_view

            reuse = bool(location) and Path(location).is_dir() and any(Path(location).iterdir()) and not settings.dataset
            if reuse:
                ox_store, source = open_store(location), location
            elif settings.dataset:
                ox_store, source = open_store(location or None, dataset_file=settings.dataset), settings.dataset
            else:
                built = build_dataset([settings.seeds], BuildSettings(base=settings.base, reasoner=settings.reasoner))
                ox_store, source = open_store(location or None, ds=built), str(Path(settings.seeds))
            return cls(rdflib_view(ox_store), settings.base, source, ox=ox_store, kind=settings.store)
        if settings.dataset:
            ds, source = load_dataset(settings.dataset), settings.dataset
        else:
            ds = build_dataset([settings.seeds], BuildSettings(base=settings.base, reasoner=settings.reasoner))
            source = str(Path(settings.seeds))
        return cls(union_view(ds), settings.base, source)

    def execute(self, prepared, fmt: str, default_graphs=(), named_graphs=(), max_rows: int = 10_000):
        """Answer a prepared query with this store's engine: ``(body, truncated)``."""
        if self.remote is not None:
            from .remote import execute_remote

            return execute_remote(self.remote, prepared, fmt, default_graphs, named_graphs, max_rows, self.timeout)
        if self.ox is not None:
            from .oxstore import execute_ox

            return execute_ox(self.ox, prepared, fmt, default_graphs, named_graphs, max_rows)
        from .engine import execute

        return execute(self.ds, prepared, fmt, default_graphs, named_graphs, max_rows)

    @classmethod
    def of(cls, ds: Dataset, base: str = "https://filmkg.org/", engine: str = "memory") -> Store:
        """A store over a dataset built elsewhere (tests, benchmarks). The caller's ``Dataset`` object
        is not changed: a second one over the same triples serves the union as its default graph."""
        if engine == "oxigraph":
            from .oxstore import open_store, rdflib_view

            ox_store = open_store(None, ds=ds)
            return cls(rdflib_view(ox_store), base, "<memory>", ox=ox_store, kind="oxigraph")
        return cls(union_view(ds), base, "<memory>")

    def graph_names(self) -> list[URIRef]:
        return sorted(g.identifier for g in self.ds.graphs() if len(g) and isinstance(g.identifier, URIRef))

    def touched(self) -> None:
        """The data changed (an authorised update): new ETag."""
        self.etag = uuid.uuid4().hex[:16]


__all__ = ["Store"]
