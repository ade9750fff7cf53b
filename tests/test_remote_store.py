"""`--store sparql:URL`: filmkg's endpoint and pages in front of a real `oxigraph serve` holding the
seed (pushed with `filmkg push`): the same answers as filmkg's own store, errors translated."""

import re
from urllib.parse import quote

import pytest

from ontology import competency_queries
from server import create_app
from server.settings import load_settings
from server.store import Store

from .oxigraph_server import oxigraph_binary, oxigraph_serve
from .server_support import close, error_of, make_app

pytestmark = pytest.mark.skipif(oxigraph_binary() is None, reason="the oxigraph binary (PyPI 'oxigraph') is not installed")


@pytest.fixture(scope="module")
def remote(tmp_path_factory, seed_dataset):
    from graph.publish import push

    work = tmp_path_factory.mktemp("remote")
    with oxigraph_serve(work / "store") as base:
        push(seed_dataset, f"{base}/store")
        yield base


def rows(response) -> set:
    body = response.get_json()
    if "boolean" in body:
        return {body["boolean"]}
    # GROUP_CONCAT's order is the engine's scan order, which two stores need not share
    return {tuple(sorted((k, tuple(sorted(re.split(", | and ", v["value"])))) for k, v in b.items()))
            for b in body["results"]["bindings"]}


@pytest.mark.parametrize("name", sorted(competency_queries()))
def test_competency_answers_match_the_local_store(remote, seed_dataset, name):
    query = competency_queries()[name]
    front = create_app({"store": f"sparql:{remote}/query"})
    local = make_app(seed_dataset, engine="oxigraph")
    try:
        got = front.test_client().get(f"/sparql?query={quote(query)}")
        want = local.test_client().get(f"/sparql?query={quote(query)}")
        assert got.status_code == want.status_code == 200, got.data[:300]
        assert rows(got) == rows(want)
        assert "ETag" not in got.headers, "a remote server's data may change: no ETag"
    finally:
        close(front)
        close(local)


def test_pages_errors_and_formats_through_the_remote(remote):
    app = create_app({"store": f"sparql:{remote}/query", "max_rows": 3})
    client = app.test_client()
    try:
        assert client.get("/").status_code == 200
        capped = client.get(f"/sparql?query={quote('SELECT ?s WHERE { ?s ?p ?o }')}")
        assert capped.status_code == 200 and len(capped.get_json()["results"]["bindings"]) == 3
        assert capped.headers["X-SPARQL-Truncated"].startswith("true")
        turtle = client.get(f"/sparql?query={quote('CONSTRUCT WHERE { ?s a ?t } LIMIT 2')}",
                            headers={"Accept": "text/turtle"})
        assert turtle.status_code == 200 and turtle.mimetype == "text/turtle"
        bad = client.get(f"/sparql?query={quote('SELECT * WHERE { ?s ?p }')}")
        assert bad.status_code == 400 and error_of(bad)["detail"]
        service = client.get(f"/sparql?query={quote('SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }')}")
        assert service.status_code == 400 and "not allowed" in error_of(service)["detail"]
        film = client.get(f"/sparql?query={quote('SELECT ?f WHERE { ?f a <https://filmkg.org/ontology#Film> } LIMIT 1')}")
        iri = film.get_json()["results"]["bindings"][0]["f"]["value"]
        page = client.get("/resource/" + iri.split("/resource/", 1)[1], headers={"Accept": "text/html"})
        assert page.status_code == 200 and b"<html" in page.data.lower()
    finally:
        close(app)


def test_an_unreachable_remote_is_a_502():
    app = create_app({"store": "sparql:http://127.0.0.1:1/query"})
    try:
        r = app.test_client().get(f"/sparql?query={quote('ASK {}')}")
        assert r.status_code == 502 and "could not be reached" in error_of(r)["detail"]
    finally:
        close(app)


def test_a_store_url_must_be_http():
    with pytest.raises(ValueError, match="sparql:http"):
        Store.open(load_settings({"store": "sparql:ftp://x"}))
