"""Linking dataset files: ``filmkg link`` and the linking step of corpus builds.

Input: a dataset file (TriG or N-Quads keep the article graphs apart; that is what linking reads)
and the link settings; output: the file written again with its ``links`` graph, and a
:class:`~graph.linking.LinkReport`.
"""

from __future__ import annotations

from pathlib import Path

from ..exports import export, format_for, load_dataset, write_atomic
from ..iris import IRIs
from ..ntriples import lines, trig_block
from . import LINKS, LinkReport, active_cache, link_dataset


def link_file(source: str | Path, output: str | Path, *, base: str, mode: str, cache=None,
              endpoint: str, fmt: str | None = None, **client_options) -> LinkReport:
    """Read ``source``, replace its links graph by a new one, write ``output`` (any export format)."""
    ds = load_dataset(source)
    iris = IRIs(base)
    ds.remove_graph(ds.graph(iris.graph(LINKS)))  # re-linking replaces, even when nothing is cached
    report = link_dataset(ds, iris, mode=mode, cache=cache, endpoint=endpoint, **client_options)
    export(ds, output, fmt)
    return report


def link_fingerprint(mode: str, cache=None, endpoint: str = "") -> str:
    """What the links of a build depend on: the mode, the endpoint and the cache's contents
    (a corpus build whose articles and links are unchanged is left as it is)."""
    import hashlib
    import time

    if mode == "online":
        return f"online {time.time()}"  # asked to ask Wikidata again: never skipped
    path = active_cache(mode, cache)
    content = hashlib.sha256(path.read_bytes()).hexdigest() if path is not None and path.is_file() else "-"
    return f"{mode} {content}"


def append_links(output: str | Path, *, base: str, mode: str, cache=None, endpoint: str,
                 **client_options) -> LinkReport | None:
    """After a corpus build wrote ``output`` (TriG or N-Quads, no links graph yet): link it and
    append the links graph. None, without reading the file, when linking would do nothing."""
    if active_cache(mode, cache) is None:
        return None
    iris = IRIs(base)
    ds = load_dataset(output)
    report = link_dataset(ds, iris, mode=mode, cache=cache, endpoint=endpoint, **client_options)
    graph = iris.graph(LINKS)
    if report.links:
        triples = ds.graph(graph)
        block = (trig_block(graph, lines(triples, sort=True)) if format_for(output) == "trig"
                 else lines(triples, graph, sort=True))
        write_atomic(output, Path(output).read_bytes() + block.encode("utf-8"))
    return report
