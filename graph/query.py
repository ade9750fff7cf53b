"""Running a SPARQL query over a built dataset and rendering the answer for a terminal or a file.

Input: a dataset and query text; output: rows (list of dicts) or RDF, rendered as an aligned text
table, JSON (SPARQL results) or CSV.
"""

from __future__ import annotations

from rdflib import Dataset, Graph
from rdflib.query import Result


def union_view(ds: Dataset) -> Dataset:
    """A second ``Dataset`` over the same triples whose default graph is the union of all graphs;
    the caller's dataset object is left as it was."""
    return Dataset(store=ds.store, default_union=True)


def run_query(ds: Dataset, text: str) -> Result:
    """Evaluate ``text`` with the union of the named graphs as the default graph."""
    return union_view(ds).query(text)


def render(result: Result, fmt: str = "table") -> str:
    """``result`` as ``table`` (aligned text), ``json``, ``csv`` (SELECT/ASK) or Turtle (graphs)."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph if isinstance(result.graph, Graph) else Graph()
        return graph.serialize(format="turtle")
    if fmt in ("json", "csv"):
        return result.serialize(format=fmt).decode("utf-8")
    if result.type == "ASK":
        return "yes" if result.askAnswer else "no"
    names = [str(v) for v in result.vars]
    rows = [["" if row[i] is None else str(row[i]) for i in range(len(names))] for row in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)
