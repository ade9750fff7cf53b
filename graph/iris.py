"""Deterministic, readable IRIs for everything the emitter mints (same input, same IRIs).

Every IRI lives under a configurable base (default ``https://filmkg.org/``): resources under
``resource/``, named graphs under ``graph/``. Names become ASCII slugs; n-ary nodes are named by
the film and the parts that make the claim distinct.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from .normalize import slug

DEFAULT_BASE = "https://filmkg.org/"


@dataclass(frozen=True)
class IRIs:
    base: str = DEFAULT_BASE

    def __post_init__(self):
        if not self.base.endswith(("/", "#")):
            raise ValueError(f"IRI base must end with '/' or '#': {self.base!r}")

    def resource(self, kind: str, *parts: str) -> URIRef:
        """``resource(kind, part, ...)`` -> ``<base>resource/<kind>/<slug>/<slug>``."""
        return URIRef(self.base + "resource/" + "/".join([kind, *(slug(p) for p in parts)]))

    def graph(self, name: str) -> URIRef:
        return URIRef(self.base + "graph/" + slug(name))

    def article_graph(self, title: str) -> URIRef:
        return URIRef(self.base + "graph/article/" + slug(title))

    def resource_prefix(self) -> str:
        return self.base + "resource/"
