"""Linking filmkg's entities to Wikidata: reconcile, cache every answer, write the ``links`` graph.

Input: a built dataset, a mode and a cache file; output: the dataset with its ``links`` named graph
(re)placed, and a :class:`LinkReport`. Modes: ``"off"``; ``"cache"`` (offline: only the cache
answers, a missing cache file means no linking at all, so a build without network costs nothing
more); ``"online"`` (ask the endpoint for what the cache lacks, then save the cache).

Modules: ``client`` (SPARQL protocol, cache, retries), ``queries`` (the SPARQL), ``local`` (what a
built dataset says about its entities), ``reconcile`` (the strategy), ``emit`` (the links graph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from ..iris import IRIs
from .client import DEFAULT_ENDPOINT, QueryCache, SparqlClient, Stats
from .emit import LINKS, links_graph
from .local import read_local
from .reconcile import Link, Reconciler

DEFAULT_CACHE = "links/wikidata-cache.json"  # relative to the working directory; commit it
MODES = ("off", "cache", "online")


@dataclass
class LinkReport:
    links: list[Link] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)
    cache: str | None = None  # the cache file used, if any
    entities: int = 0  # entities that could have been linked

    def summary(self) -> str:
        where = f" (cache {self.cache})" if self.cache else " (no cache file)"
        return f"linked {len(self.links)} of {self.entities} entities{where}; {self.stats.summary()}"


def resolve_cache(cache: str | Path | None, mode: str) -> Path | None:
    """The cache file to use: ``cache`` if given; else the default, if it exists or will be written."""
    if cache:
        return Path(cache)
    default = Path(DEFAULT_CACHE)
    return default if mode == "online" or default.exists() else None


def active_cache(mode: str, cache: str | Path | None = None) -> Path | None:
    """The cache file linking in ``mode`` would use, or None when linking would do nothing: mode
    "off", or offline with no cache file or an empty one (so such a build never reads its output)."""
    if mode not in MODES:
        raise ValueError(f"unknown link mode {mode!r}; choose one of {', '.join(MODES)}")
    path = resolve_cache(cache, mode) if mode != "off" else None
    if path is None or mode == "online":
        return path
    try:
        return path if path.is_file() and path.stat().st_size > 2 and QueryCache(path).entries else None
    except ValueError as err:  # JSONDecodeError is one
        raise ValueError(f"{path}: not a link cache: {err}") from None


def link_dataset(ds: Dataset, iris: IRIs, *, mode: str = "cache", cache: str | Path | None = None,
                 endpoint: str = DEFAULT_ENDPOINT, **client_options) -> LinkReport:
    """Reconcile the article graphs of ``ds`` and put the links into its ``links`` graph.

    ``client_options`` go to :class:`~graph.linking.client.SparqlClient` (``min_interval``,
    ``timeout``, ``retries``, ...). Raises ``ValueError`` for an unknown mode or an unreadable cache.
    """
    path = active_cache(mode, cache)
    if path is None:
        return LinkReport()
    query_cache = QueryCache(path)
    client = SparqlClient(endpoint, query_cache, offline=mode == "cache", **client_options)
    local = read_local(ds)
    links = Reconciler(client).run(local)
    query_cache.save()
    ds.remove_graph(ds.graph(iris.graph(LINKS)))
    if links:
        target = ds.graph(iris.graph(LINKS))
        labels = {iri: e.label for iri, e in local.entities.items()}
        for triple in links_graph(links, iris, labels):
            target.add(triple)
    return LinkReport(links, client.stats, str(path), len(local.entities))


__all__ = ["active_cache", "DEFAULT_CACHE", "DEFAULT_ENDPOINT", "LINKS", "MODES", "Link", "LinkReport", "QueryCache",
           "Reconciler", "SparqlClient", "link_dataset", "links_graph", "read_local", "resolve_cache"]
