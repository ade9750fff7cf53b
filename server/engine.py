"""Preparing and evaluating SPARQL safely over a local dataset.

``prepare(text)`` parses and translates a query once (cached), refuses what would leave the machine
(``SERVICE``), and records the query's own dataset clause; ``execute`` evaluates it over a dataset,
resolving every graph IRI (``FROM``, ``FROM NAMED``, ``default-graph-uri``, ``named-graph-uri``)
against the graphs already loaded — an unknown IRI names an empty graph, it is never fetched — and
returns the answer rendered, with SELECT rows capped. Errors are :class:`QueryError` (the HTTP
layer turns them into 400s); nothing here knows about HTTP.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from pyparsing import ParseBaseException, ParseResults
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate
from rdflib.plugins.sparql.evaluate import evalPart
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.processor import SPARQLResult
from rdflib.plugins.sparql.sparql import QueryContext
from rdflib.plugins.sparql import update as U

from .formats import render_graph, render_result
from .scan import scan


class QueryError(Exception):
    """A query that cannot be answered; ``message`` is for the user, ``status`` for HTTP."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message, self.status = message, status


@dataclass(frozen=True)
class Prepared:
    text: str
    kind: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    query: object  # rdflib's translated Query
    default_graphs: tuple[str, ...]  # FROM
    named_graphs: tuple[str, ...]  # FROM NAMED
    dataset_clause: bool = False  # the query has FROM / FROM NAMED (known even when not parsed here)

    @property
    def tabular(self) -> bool:
        return self.kind in ("SELECT", "ASK")


KINDS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
         "DescribeQuery": "DESCRIBE"}
FORBIDDEN = {"ServiceGraphPattern": "SERVICE is not allowed: this endpoint never makes outbound requests",
             "Load": "LOAD is not allowed: this endpoint never fetches remote or local files"}
_KEYWORD_NODES = {"SERVICE": "ServiceGraphPattern", "LOAD": "Load"}


def _syntax_message(err: Exception) -> str:
    if isinstance(err, ParseBaseException):
        return f"syntax error at line {err.lineno}, column {err.col}: {err.msg} (found {err.line.strip()[:80]!r})"
    if isinstance(err, RecursionError):
        return "query is nested too deeply to parse"
    return f"{type(err).__name__ if type(err) is not Exception else 'error'}: {err}"


def _walk(node):
    """Every CompValue name in a parse or algebra tree."""
    stack, seen = [node], set()
    while stack:
        n = stack.pop()
        if id(n) in seen:
            continue
        seen.add(id(n))
        if isinstance(n, dict):
            if getattr(n, "name", None):
                yield n.name
            stack.extend(n.values())
        elif isinstance(n, (list, tuple, ParseResults)):
            stack.extend(n)


def _refuse_forbidden(tree) -> None:
    for name in _walk(tree):
        if name in FORBIDDEN:
            raise QueryError(FORBIDDEN[name])


@functools.lru_cache(maxsize=1024)
def prepare(text: str, base: str | None = None) -> Prepared:
    """Parse, translate and check ``text``; cached, so a repeated query costs a dictionary lookup."""
    try:
        parsed = parseQuery(text)
        _refuse_forbidden(parsed)
        query = translateQuery(parsed, base=base)
    except QueryError:
        raise
    except (Exception, RecursionError) as err:  # rdflib raises bare Exception, ValueError, ...
        raise QueryError(_syntax_message(err)) from None
    main = query.algebra
    clause = main.datasetClause or []
    return Prepared(text, KINDS.get(main.name, main.name), query,
                    tuple(str(d.default) for d in clause if d.default is not None),
                    tuple(str(d.named) for d in clause if d.named is not None), bool(clause))


def prepare_scanned(text: str) -> Prepared:
    """A query for an engine that parses by itself (Oxigraph): the token scan decides the form
    and refuses SERVICE / LOAD, in microseconds; a text the scan does not fully understand goes
    through :func:`prepare`, the full parse and check. ``query`` is None when only scanned."""
    found = scan(text)
    if found.forbidden:
        raise QueryError(FORBIDDEN[_KEYWORD_NODES[found.forbidden]])
    if found.confident and found.kind:
        return Prepared(text, found.kind, None, (), (), found.has_dataset_clause)
    return prepare(text)


def prepare_update(text: str, base: str | None = None):
    """Parse and translate a SPARQL Update; LOAD and SERVICE are refused."""
    try:
        parsed = parseUpdate(text)
        _refuse_forbidden(parsed)
        return translateUpdate(parsed, base=base)
    except QueryError:
        raise
    except (Exception, RecursionError) as err:
        raise QueryError(_syntax_message(err)) from None


def dataset_view(ds: Dataset, default_graphs, named_graphs) -> Dataset:
    """A new dataset whose default graph merges ``default_graphs`` and whose named graphs are
    ``named_graphs``, copied from ``ds`` (unknown IRIs give empty graphs: nothing is fetched)."""
    view = Dataset(default_union=False)
    default = view.default_graph if hasattr(view, "default_graph") else view.default_context
    for iri in default_graphs:
        for t in ds.graph(URIRef(iri)):
            default.add(t)
    for iri in named_graphs:
        target = view.graph(URIRef(iri))
        for t in ds.graph(URIRef(iri)):
            target.add(t)
    return view


def evaluate(ds: Dataset, prepared: Prepared, default_graphs=(), named_graphs=(), max_rows: int = 10_000):
    """Evaluate over ``ds`` (its default graph is the union of its graphs). The protocol's graph
    IRIs, when given, replace the query's own dataset clause. Returns ``(result, truncated)``."""
    if default_graphs or named_graphs:
        target = dataset_view(ds, default_graphs, named_graphs)
    elif prepared.default_graphs or prepared.named_graphs:
        target = dataset_view(ds, prepared.default_graphs, prepared.named_graphs)
    else:
        target = ds
    try:
        # initBindings must be a dict, not None: rdflib looks unbound variables up in it while
        # joining (evalQuery does the same), else joins across GRAPH patterns raise TypeError.
        ctx = QueryContext(target, initBindings={}, datasetClause=None)
        ctx.prologue = prepared.query.prologue
        res = evalPart(ctx, prepared.query.algebra)
        truncated = False
        if prepared.kind == "SELECT":
            rows = list(itertools.islice(res["bindings"], max_rows + 1))
            truncated = len(rows) > max_rows
            res = {**res, "bindings": rows[:max_rows]}
        return SPARQLResult(res), truncated
    except QueryError:
        raise
    except (Exception, RecursionError) as err:
        raise QueryError(f"evaluation error: {type(err).__name__}: {err}") from None


def execute(ds: Dataset, prepared: Prepared, fmt: str, default_graphs=(), named_graphs=(),
            max_rows: int = 10_000) -> tuple[bytes, bool]:
    """Evaluate and render in ``fmt``: ``(body, truncated)``."""
    result, truncated = evaluate(ds, prepared, default_graphs, named_graphs, max_rows)
    if prepared.tabular:
        return render_result(result, fmt), truncated
    graph = result.graph if result.graph is not None else Graph()
    return render_graph(graph, fmt), truncated


_UPDATES = {"InsertData": U.evalInsertData, "DeleteData": U.evalDeleteData, "DeleteWhere": U.evalDeleteWhere,
            "Modify": U.evalModify, "Clear": U.evalClear, "Drop": U.evalDrop, "Create": U.evalCreate,
            "Add": U.evalAdd, "Move": U.evalMove, "Copy": U.evalCopy}


def apply_update(ds: Dataset, update) -> None:
    """Apply a prepared update to ``ds`` (only reached with the update token).

    Operations without GRAPH write to the dataset's default graph. (rdflib's own ``evalUpdate``
    would target the union view of a union-default dataset, which cannot take plain triples.)
    """
    try:
        for op in update.algebra:
            ctx = QueryContext(ds, initBindings={})
            ctx.graph = ds.default_context
            ctx.prologue = op.prologue
            _UPDATES[op.name](ctx, op)
    except (Exception, RecursionError) as err:
        raise QueryError(f"update error: {type(err).__name__}: {err}") from None


__all__ = ["QueryError", "Prepared", "prepare", "prepare_scanned", "prepare_update", "evaluate", "execute", "apply_update",
           "dataset_view"]
