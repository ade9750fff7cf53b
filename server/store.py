"""The served data: a dataset of named graphs, loaded once and read-only while served.

Input: :class:`~server.settings.Settings` (a dataset file to load, or article folder to build);
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

from .settings import Settings


@dataclass
class Store:
    ds: Dataset
    base: str
    source: str
    etag: str = field(default_factory=lambda: uuid.uuid4().hex[:16])

    @classmethod
    def open(cls, settings: Settings) -> Store:
        """Load ``settings.dataset`` if given, else build ``settings.seeds``."""
        if settings.dataset:
            ds, source = load_dataset(settings.dataset), settings.dataset
        else:
            ds = build_dataset([settings.seeds], BuildSettings(base=settings.base, reasoner=settings.reasoner))
            source = str(Path(settings.seeds))
        ds.default_union = True
        return cls(ds, settings.base, source)

    @classmethod
    def of(cls, ds: Dataset, base: str = "https://filmkg.org/") -> Store:
        """A store over a dataset built elsewhere (tests, benchmarks). The caller's ``Dataset`` object
        is not changed: a second one over the same triples serves the union as its default graph."""
        return cls(Dataset(store=ds.store, default_union=True), base, "<memory>")

    def graph_names(self) -> list[URIRef]:
        return sorted(g.identifier for g in self.ds.graphs() if len(g) and isinstance(g.identifier, URIRef))

    def touched(self) -> None:
        """The data changed (an authorised update): new ETag."""
        self.etag = uuid.uuid4().hex[:16]


__all__ = ["Store"]
