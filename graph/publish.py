"""Loading a built dataset into any SPARQL 1.1 server through the Graph Store Protocol.

Input: a dataset (rdflib ``Dataset``) and the server's Graph Store endpoint (e.g. Oxigraph's
``http://host:7878/store``, Fuseki's ``http://host:3030/ds/data``, Virtuoso's
``http://host:8890/sparql-graph-crud``); output: a :class:`PushReport`. Each named graph is sent
whole with ``PUT ?graph=<iri>`` as N-Triples, so pushing again replaces each graph atomically on
the server instead of adding duplicates. Errors raise :class:`~graph.errors.BuildError` naming the
graph and the server's answer.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from rdflib import Dataset, URIRef

from .errors import BuildError
from .ntriples import lines


@dataclass
class PushReport:
    graphs: list[tuple[str, int]] = field(default_factory=list)  # (graph IRI, triples)

    @property
    def triples(self) -> int:
        return sum(n for _, n in self.graphs)


def push(ds: Dataset, gsp: str, token: str | None = None, timeout: float = 60.0) -> PushReport:
    """PUT every non-empty named graph of ``ds`` to the Graph Store endpoint ``gsp``."""
    report = PushReport()
    for graph in ds.graphs():
        if not isinstance(graph.identifier, URIRef) or not len(graph) or str(graph.identifier).startswith("urn:x-rdflib:"):
            continue
        body = lines(graph).encode("utf-8")
        url = f"{gsp}{'&' if '?' in gsp else '?'}graph={urllib.parse.quote(str(graph.identifier), safe='')}"
        request = urllib.request.Request(url, data=body, method="PUT",
                                         headers={"Content-Type": "application/n-triples",
                                                  "User-Agent": "filmkg-push"})
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            detail = err.read()[:300].decode("utf-8", "replace")
            raise BuildError(f"{gsp}: PUT of graph {graph.identifier} answered {err.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as err:
            raise BuildError(f"{gsp}: cannot reach the graph store: {getattr(err, 'reason', err)}") from None
        report.graphs.append((str(graph.identifier), len(graph)))
    return report


__all__ = ["push", "PushReport"]
