"""Renderers in a table: result kinds x media types, and content negotiation over them.

Input: a query result (rdflib ``Result``) or graph and a format name; output: bytes. Negotiation
takes Werkzeug's parsed ``Accept`` header and an optional ``format=`` override and returns a format
name, or None when nothing acceptable exists (the caller answers 406).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import Result

from ontology import load_context


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    extension: str
    aliases: tuple[str, ...] = ()


# Tabular answers (SELECT, ASK): the SPARQL 1.1 result formats. The first is the default.
RESULT_FORMATS = {f.name: f for f in (
    Format("json", "application/sparql-results+json", ".srj", ("application/json",)),
    Format("xml", "application/sparql-results+xml", ".srx", ("application/xml", "text/xml")),
    Format("csv", "text/csv", ".csv"),
    Format("tsv", "text/tab-separated-values", ".tsv"),
)}

# Graph answers (CONSTRUCT, DESCRIBE, resource pages, exports). The first is the default.
GRAPH_FORMATS = {f.name: f for f in (
    Format("turtle", "text/turtle", ".ttl", ("application/x-turtle", "n3", "text/n3")),
    Format("jsonld", "application/ld+json", ".jsonld", ("application/json", "json-ld", "json")),
    Format("ntriples", "application/n-triples", ".nt", ("text/plain",)),
    Format("rdfxml", "application/rdf+xml", ".rdf", ("application/xml", "text/xml", "xml", "rdf+xml")),
    Format("trig", "application/trig", ".trig"),
    Format("nquads", "application/n-quads", ".nq"),
)}

RDFLIB_NAMES = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt", "rdfxml": "xml",
                "trig": "trig", "nquads": "nquads"}


def negotiate(table: dict[str, Format], accept, override: str | None = None, html: bool = False) -> str | None:
    """The format to answer with, or None (406).

    ``override`` (a format name, extension or media type, from ``format=``) wins. Otherwise the
    best match of ``accept`` (Werkzeug's ``MIMEAccept``); offers are listed default first, so a bare
    ``*/*`` gets the table's default. With ``html`` the page is offered first (for browsers).
    """
    if override:
        for f in table.values():
            if override in (f.name, f.media_type, f.extension.lstrip("."), *f.aliases):
                return f.name
        return "html" if html and override in ("html", "text/html") else None
    offers: dict[str, str] = {"text/html": "html"} if html else {}
    for f in table.values():
        offers.setdefault(f.media_type, f.name)
    for f in table.values():
        for alias in f.aliases:
            if "/" in alias:  # media types only; short aliases ("n3", "xml") are for format=
                offers.setdefault(alias, f.name)
    if not accept or not list(accept.values()):
        return "html" if html else next(iter(table))
    best = accept.best_match(list(offers))
    return None if best is None else offers[best]


def _tsv_term(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3().replace("\t", "\\t").replace("\n", "\\n")
    return str(term)


def render_result(result: Result, fmt: str) -> bytes:
    """A SELECT/ASK result in a SPARQL result format. CSV and TSV define no boolean form; an ASK
    answer there is the one word ``true`` or ``false`` (rdflib's CSV writer raises on it)."""
    if fmt in ("csv", "tsv") and result.type == "ASK":
        return b"true\n" if result.askAnswer else b"false\n"
    if fmt == "tsv":
        out = io.StringIO()
        out.write("\t".join(f"?{v}" for v in result.vars) + "\n")
        for row in result.bindings:
            out.write("\t".join(_tsv_term(row.get(v)) for v in result.vars) + "\n")
        return out.getvalue().encode("utf-8")
    return result.serialize(format=fmt, encoding="utf-8")


def render_graph(graph: Graph, fmt: str) -> bytes:
    """A graph (or dataset, for TriG/N-Quads) in an RDF format; JSON-LD is compacted with the
    packaged context, which is passed as data and so never fetched."""
    if fmt == "jsonld":
        return graph.serialize(format="json-ld", context=load_context(), encoding="utf-8")
    if fmt in ("trig", "nquads") and not isinstance(graph, Dataset):
        # A CONSTRUCT answer is one graph: it becomes the default graph of a dataset.
        ds = Dataset()
        for prefix, ns in graph.namespaces():
            ds.bind(prefix, ns)
        for t in graph:
            ds.add(t)
        graph = ds
    return graph.serialize(format=RDFLIB_NAMES[fmt], encoding="utf-8")


def media_type(fmt: str) -> str:
    f = RESULT_FORMATS.get(fmt) or GRAPH_FORMATS.get(fmt)
    return "text/html" if f is None else f.media_type


__all__ = ["Format", "RESULT_FORMATS", "GRAPH_FORMATS", "negotiate", "render_result", "render_graph",
           "media_type"]
