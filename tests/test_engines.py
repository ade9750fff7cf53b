"""rdflib and Oxigraph answer every competency question alike (a differential test), including
through worker processes, and the Oxigraph store reopens from disk without rebuilding."""

from urllib.parse import quote

import pytest

from ontology import competency_queries

from .server_support import close, make_app

pytest.importorskip("pyoxigraph")

QUERIES = competency_queries()


def rows(client, query):
    r = client.get(f"/sparql?query={quote(query)}", headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.data[:300]
    body = r.get_json()
    if "boolean" in body:
        return body["boolean"]
    out = set()
    for b in body["results"]["bindings"]:
        row = []
        for v in body["head"]["vars"]:
            value = b.get(v, {}).get("value")
            if value is not None and (", " in value or " and " in value):
                value = " | ".join(sorted(value.replace(" and ", ", ").split(", ")))  # GROUP_CONCAT order
            row.append(value)
        out.add(tuple(row))
    return out


@pytest.fixture(scope="module")
def engines(seed_dataset):
    apps = {name: make_app(seed_dataset, engine=name) for name in ("memory", "oxigraph")}
    yield {name: app.test_client() for name, app in apps.items()}
    for app in apps.values():
        close(app)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_competency_answers_are_identical_on_both_engines(engines, name):
    assert rows(engines["oxigraph"], QUERIES[name]) == rows(engines["memory"], QUERIES[name])


EXTRA = [
    "SELECT ?n WHERE { ?f <http://www.wikidata.org/prop/direct/P57>/<http://www.w3.org/2000/01/rdf-schema#label> ?n }",
    "SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }",
    "SELECT ?g (COUNT(*) AS ?c) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "ASK { ?s a <https://filmkg.org/ontology#Film> }",
    "SELECT ?a ?b WHERE { ?f <https://filmkg.org/ontology#credit>/<https://filmkg.org/ontology#agent> ?a ."
    " ?f <https://filmkg.org/ontology#credit>/<https://filmkg.org/ontology#agent> ?b FILTER(STR(?a) < STR(?b)) } ORDER BY ?a ?b LIMIT 50",
]


@pytest.mark.parametrize("query", EXTRA)
def test_other_shapes_agree(engines, query):
    assert rows(engines["oxigraph"], query) == rows(engines["memory"], query)


def test_named_graph_selection_on_oxigraph(engines):
    q = "ASK { ?f <http://www.wikidata.org/prop/direct/P57> ?d }"
    c = engines["oxigraph"]
    assert c.get(f"/sparql?query={quote(q)}").get_json()["boolean"] is True
    only_article = "&default-graph-uri=" + quote("https://filmkg.org/graph/article/blame-film")
    assert c.get(f"/sparql?query={quote(q)}{only_article}").get_json()["boolean"] is False


def test_oxigraph_rows_are_capped(seed_dataset):
    app = make_app(seed_dataset, engine="oxigraph", max_rows=4)
    try:
        r = app.test_client().get(f"/sparql?query={quote('SELECT * WHERE { ?s ?p ?o }')}")
        assert len(r.get_json()["results"]["bindings"]) == 4 and r.headers["X-SPARQL-Truncated"]
    finally:
        close(app)


def test_oxigraph_in_worker_processes_and_entity_pages(seed_dataset):
    app = make_app(seed_dataset, engine="oxigraph", workers=1)
    try:
        c = app.test_client()
        assert c.get(f"/sparql?query={quote('ASK { ?s ?p ?o }')}").get_json()["boolean"] is True
        page = c.get("/resource/film/blame-film", headers={"Accept": "text/html"})
        assert page.status_code == 200 and b"Hiroyuki Seshita" in page.data
        assert c.get("/export/nquads").status_code == 200
    finally:
        close(app)


def test_on_disk_store_reopens_without_rebuilding(tmp_path, seed_dataset):
    from server.settings import Settings
    from server.store import Store

    built = tmp_path / "seed.nq"
    seed_dataset.serialize(built, format="nquads")
    location = tmp_path / "ox"
    first = Store.open(Settings(dataset=str(built), store=f"oxigraph:{location}"))
    n = len(first.ds)
    del first
    built.unlink()  # the second start must not need the dataset file any more
    again = Store.open(Settings(store=f"oxigraph:{location}", seeds=str(tmp_path / "nowhere")))
    assert len(again.ds) == n and again.source == str(location)
