"""A remote SPARQL 1.1 server as filmkg's store (``--store sparql:URL``).

When the data outgrow one machine's memory they live in Oxigraph, Fuseki or Virtuoso (loaded with
``filmkg push``); filmkg then puts its query page, entity pages and protocol checks in front. Input:
the remote query endpoint's URL and a timeout; output: an rdflib ``Dataset`` over it (rdflib's
``SPARQLStore``, for the pages) and ``execute_remote(...) -> (body, truncated)`` with the contract of
:func:`server.engine.execute`. The query was scanned or parsed before it gets here (SERVICE and
LOAD are refused, so the remote server is never asked to fetch); answers are fetched in one fixed
format (SPARQL JSON results, N-Triples), capped and rendered by filmkg's own renderers, so every
store answers alike. The only outbound requests are to the configured URL, made by the operator's
choice of store, never by a query.
"""

from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request

from rdflib import Dataset, Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result

from .engine import Prepared, QueryError
from .formats import render_graph, render_result

USER_AGENT = "filmkg (remote store)"


class _ReadingStore(SPARQLStore):
    """rdflib's read-only SPARQL store, except that registering a graph is a no-op: ``Dataset``
    registers its default graph whenever it lists graphs, which the plain store refuses."""

    def add_graph(self, graph) -> None:
        return None


def remote_view(url: str) -> Dataset:
    """An rdflib ``Dataset`` whose reads are SPARQL queries to ``url`` (union default graph)."""
    return Dataset(store=_ReadingStore(url, returnFormat="json", method="POST"), default_union=True)


def _post(url: str, form: list[tuple[str, str]], accept: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode("ascii"), method="POST",
                                     headers={"Accept": accept, "User-Agent": USER_AGENT,
                                              "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as err:
        detail = err.read()[:500].decode("utf-8", "replace").strip()
        status = 400 if err.code == 400 else 502
        raise QueryError(f"the SPARQL server at {url} answered {err.code}: {detail}", status) from None
    except TimeoutError:
        raise QueryError(f"the SPARQL server at {url} did not answer within {timeout:g} s", 504) from None
    except (urllib.error.URLError, OSError) as err:
        raise QueryError(f"the SPARQL server at {url} could not be reached: {err}", 502) from None


def execute_remote(url: str, prepared: Prepared, fmt: str, default_graphs=(), named_graphs=(),
                   max_rows: int = 10_000, timeout: float = 10.0) -> tuple[bytes, bool]:
    """Send ``prepared`` to ``url`` (the protocol's graph IRIs passed on) and render the answer."""
    form = [("query", prepared.text)] + [("default-graph-uri", g) for g in default_graphs] + [
        ("named-graph-uri", g) for g in named_graphs]
    if prepared.tabular:
        body = _post(url, form, "application/sparql-results+json", timeout)
        try:
            result = Result.parse(io.BytesIO(body), format="json")
        except (ValueError, KeyError) as err:
            raise QueryError(f"the SPARQL server at {url} sent an unreadable answer: {err}", 502) from None
        truncated = False
        if result.type == "SELECT" and len(result.bindings) > max_rows:
            result.bindings, truncated = result.bindings[:max_rows], True
        return render_result(result, fmt), truncated
    body = _post(url, form, "application/n-triples", timeout)
    graph = Graph()
    try:
        graph.parse(data=body.decode("utf-8"), format="nt")
    except Exception as err:  # rdflib's N-Triples parser raises its own ParseError and ValueError
        raise QueryError(f"the SPARQL server at {url} sent unreadable N-Triples: {err}", 502) from None
    return render_graph(graph, fmt), False


__all__ = ["remote_view", "execute_remote"]
