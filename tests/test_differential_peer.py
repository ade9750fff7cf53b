"""Differential test: filmkg and a peer SPARQL endpoint answer the 18 competency queries alike.

The peer is rdflib-endpoint (FastAPI) served by uvicorn in a subprocess on 127.0.0.1, over the
same TriG file that filmkg loads (built once with ``filmkg build seeds``); filmkg is queried
through its test client. Answers are compared as sets of rows (order-insensitive); each value is
a string that keeps the term kind, datatype and language, and GROUP_CONCAT values are normalised
by sorting their parts (split on ", " and " and "), since the order of a group is not defined.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from ontology import competency_queries
from server import create_app

from .processes import build_seed, start_on_free_port, stop

QUERIES = competency_queries()
MISSING = [name for name in ("rdflib_endpoint", "uvicorn") if importlib.util.find_spec(name) is None]
needs_peer = pytest.mark.skipif(bool(MISSING), reason=f"the peer endpoint needs {' and '.join(MISSING)} "
                                                      "(pip install '.[test]')")

PEER = """
import sys
import uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint

ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="trig")
app = SparqlEndpoint(graph=ds, path="/sparql", cors_enabled=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


@pytest.fixture(scope="module")
def trig(tmp_path_factory) -> Path:
    return build_seed(tmp_path_factory.mktemp("differential"))


@pytest.fixture(scope="module")
def peer(trig, tmp_path_factory):
    """The peer's SPARQL URL: rdflib-endpoint under uvicorn over ``trig``."""
    log = tmp_path_factory.mktemp("peer") / "peer.log"
    proc, url = start_on_free_port(lambda port: [sys.executable, "-c", PEER, str(trig), str(port)], log)
    try:
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def filmkg(trig):
    """A filmkg test client over the same file (in-process evaluation)."""
    app = create_app({"dataset": str(trig), "workers": 0})
    yield app.test_client()
    app.extensions["filmkg"].close()


def normalise_value(text: str) -> str:
    text = ", ".join(sorted(text.split(", ")))
    return " and ".join(sorted(text.split(" and ")))


def term(binding: dict | None) -> str | None:
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return f"<{value}>"
    if kind == "bnode":
        return "_:"  # labels are local to an answer
    value = normalise_value(value)
    if "xml:lang" in binding:
        return f'"{value}"@{binding["xml:lang"].lower()}'
    return f'"{value}"^^<{binding["datatype"]}>' if "datatype" in binding else f'"{value}"'


def rows(body: dict) -> tuple[list[str], set[tuple]]:
    columns = body["head"]["vars"]
    return columns, {tuple(term(b.get(c)) for c in columns) for b in body["results"]["bindings"]}


def ask_peer(url: str, query: str, accept: str = "application/sparql-results+json") -> bytes:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=120) as r:
        assert r.status == 200
        return r.read()


def ask_filmkg(client, query: str, accept: str = "application/sparql-results+json") -> bytes:
    r = client.get("/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
    assert r.status_code == 200, r.data[:500]
    return r.data


@needs_peer
@pytest.mark.parametrize("name", list(QUERIES))
def test_competency_query_agrees_with_the_peer(name, filmkg, peer):
    mine_columns, mine = rows(json.loads(ask_filmkg(filmkg, QUERIES[name])))
    peer_columns, theirs = rows(json.loads(ask_peer(peer, QUERIES[name])))
    assert mine_columns == peer_columns
    assert mine, f"{name}: no rows, so nothing was compared"
    assert mine == theirs, f"{name}\nonly filmkg: {sorted(mine - theirs, key=str)[:5]}\n" \
                           f"only the peer: {sorted(theirs - mine, key=str)[:5]}"


EXTRA_SELECTS = {
    "graphs": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "union-default": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "path": "PREFIX fk: <https://filmkg.org/ontology#> SELECT DISTINCT ?q WHERE { "
            "?p ^fk:agent/^fk:credit/fk:credit/fk:agent ?q }",
}


@needs_peer
@pytest.mark.parametrize("name", list(EXTRA_SELECTS))
def test_dataset_shape_agrees_with_the_peer(name, filmkg, peer):
    query = EXTRA_SELECTS[name]
    mine, theirs = rows(json.loads(ask_filmkg(filmkg, query))), rows(json.loads(ask_peer(peer, query)))
    assert mine == theirs and mine[1]


@needs_peer
@pytest.mark.parametrize("query, expected", [
    ("ASK { ?f a <https://filmkg.org/ontology#Film> }", True),
    ("ASK { ?f a <https://filmkg.org/ontology#NoSuchClass> }", False)])
def test_ask_agrees_with_the_peer(filmkg, peer, query, expected):
    assert json.loads(ask_filmkg(filmkg, query))["boolean"] is expected
    assert json.loads(ask_peer(peer, query))["boolean"] is expected


@needs_peer
def test_construct_agrees_with_the_peer(filmkg, peer):
    query = ("PREFIX fk: <https://filmkg.org/ontology#> CONSTRUCT { ?f ?p ?o } "
             "WHERE { ?f a fk:Film ; ?p ?o }")
    mine = Graph().parse(data=ask_filmkg(filmkg, query, "text/turtle"), format="turtle")
    theirs = Graph().parse(data=ask_peer(peer, query, "text/turtle"), format="turtle")
    assert len(mine) > 20 and isomorphic(mine, theirs)
