"""filmkg push: the seed's dataset loaded into a real Oxigraph server through the Graph Store
Protocol, then a competency question answered by that server."""

import json
import urllib.parse
import urllib.request

import pytest

from ontology import competency_queries
from server.cli import main

from .conftest import SEED
from .oxigraph_server import oxigraph_binary, oxigraph_serve

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph binary (PyPI 'oxigraph') is not installed")


def ask(base: str, query: str) -> dict:
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(f"{base}/query", data=data,
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def test_push_then_answer_a_competency_question(tmp_path, runner):
    built = tmp_path / "seed.trig"
    assert runner.invoke(main, ["build", str(SEED), "-o", str(built)]).exit_code == 0
    with oxigraph_serve(tmp_path / "store") as base:
        first = runner.invoke(main, ["push", str(built), "--gsp", f"{base}/store"])
        assert first.exit_code == 0, first.output
        again = runner.invoke(main, ["push", str(built), "--gsp", f"{base}/store"])
        assert again.exit_code == 0, "pushing twice replaces graphs"
        directors = ask(base, competency_queries()["02-director"])
        assert {b["director"]["value"] for b in directors["results"]["bindings"]} == {"Hiroyuki Seshita"}
        count = ask(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(built, format="trig")
        assert int(count["results"]["bindings"][0]["n"]["value"]) == len(ds)


def test_push_to_nowhere_is_a_clear_error(tmp_path, runner):
    built = tmp_path / "seed.trig"
    runner.invoke(main, ["build", str(SEED), "-o", str(built)])
    result = runner.invoke(main, ["push", str(built), "--gsp", "http://127.0.0.1:9/store"])
    assert result.exit_code == 2 and "cannot reach the graph store" in result.output
