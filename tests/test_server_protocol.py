"""The SPARQL 1.1 Protocol at /sparql: methods x query forms x Accept, errors, updates, caching."""

import json
from urllib.parse import quote

import pytest
from rdflib import Graph

from .server_support import close, error_of, make_app

SELECT = "SELECT ?t WHERE { ?f a <https://filmkg.org/ontology#Film> ; <https://filmkg.org/ontology#title> ?t }"
ASK = "ASK { ?f a <https://filmkg.org/ontology#Film> }"
CONSTRUCT = "CONSTRUCT { ?f ?p ?o } WHERE { ?f a <https://filmkg.org/ontology#Film> ; ?p ?o }"
DESCRIBE = "DESCRIBE ?f WHERE { ?f a <https://filmkg.org/ontology#Film> }"


def send(client, method, query, accept=None, extra=""):
    headers = {"Accept": accept} if accept else {}
    if method == "GET":
        return client.get(f"/sparql?query={quote(query)}{extra}", headers=headers)
    if method == "POST form":
        return client.post("/sparql" + (f"?{extra[1:]}" if extra else ""), data="query=" + quote(query),
                           content_type="application/x-www-form-urlencoded", headers=headers)
    return client.post("/sparql" + (f"?{extra[1:]}" if extra else ""), data=query.encode(),
                       content_type="application/sparql-query", headers=headers)


METHODS = ["GET", "POST form", "POST direct"]
MATRIX = [
    (SELECT, None, "application/sparql-results+json"),
    (SELECT, "*/*", "application/sparql-results+json"),
    (SELECT, "application/sparql-results+xml", "application/sparql-results+xml"),
    (SELECT, "text/csv", "text/csv"),
    (SELECT, "text/tab-separated-values", "text/tab-separated-values"),
    (SELECT, "application/json", "application/sparql-results+json"),
    (ASK, None, "application/sparql-results+json"),
    (ASK, "application/sparql-results+xml", "application/sparql-results+xml"),
    (CONSTRUCT, None, "text/turtle"),
    (CONSTRUCT, "application/ld+json", "application/ld+json"),
    (CONSTRUCT, "application/n-triples", "application/n-triples"),
    (CONSTRUCT, "application/rdf+xml", "application/rdf+xml"),
    (CONSTRUCT, "application/trig", "application/trig"),
    (CONSTRUCT, "application/n-quads", "application/n-quads"),
    (DESCRIBE, "text/turtle", "text/turtle"),
]


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("query, accept, expected", MATRIX)
def test_protocol_matrix(client, method, query, accept, expected):
    r = send(client, method, query, accept)
    assert r.status_code == 200, r.data
    assert r.mimetype == expected
    if expected == "application/sparql-results+json":
        body = r.get_json()
        assert ("boolean" in body) if query == ASK else body["results"]["bindings"]
    if expected in ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"):
        fmt = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
               "application/ld+json": "json-ld"}[expected]
        assert len(Graph().parse(data=r.data, format=fmt)) > 0


@pytest.mark.parametrize("query, accept", [(SELECT, "text/turtle"), (CONSTRUCT, "text/csv"), (ASK, "image/png")])
def test_nothing_acceptable_is_406(client, query, accept):
    r = send(client, "GET", query, accept)
    assert r.status_code == 406
    assert "offered" in error_of(r)["detail"]


@pytest.mark.parametrize("override, expected", [("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
                                                ("xml", "application/sparql-results+xml")])
def test_format_parameter_overrides_accept(client, override, expected):
    r = send(client, "GET", SELECT, "application/sparql-results+json", f"&format={override}")
    assert r.status_code == 200 and r.mimetype == expected


BAD_QUERIES = [
    ("SELECT * WHERE { ?s ?p }", "line 1, column"),
    ("SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 40 + "1" + ")" * 40 + ") }", "nested too deeply"),
    ('SELECT * WHERE { ?s ?p "\\U0011FFFF" }', "code point"),
    ("SELECT * WHERE { ?s nope:p ?o }", "prefix"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE is not allowed"),
]


@pytest.mark.parametrize("query, message", BAD_QUERIES)
def test_bad_query_is_400_with_the_parsers_message(client, query, message):
    r = send(client, "GET", query)
    assert r.status_code == 400
    assert message in error_of(r)["detail"]


def test_error_shape_is_json_by_default_and_html_for_browsers(client):
    r = client.get("/sparql?query=nonsense")
    assert r.mimetype == "application/json"
    error_of(r)
    r = client.get("/sparql?query=nonsense", headers={"Accept": "text/html"})
    assert r.status_code == 400 and r.mimetype == "text/html" and b"400 Bad Request" in r.data


REQUEST_ERRORS = [
    ("repeated query", lambda c: c.get(f"/sparql?query={quote(ASK)}&query={quote(ASK)}"), 400),
    ("update by GET", lambda c: c.get("/sparql?update=CLEAR%20ALL"), 400),
    ("wrong media type", lambda c: c.post("/sparql", data=ASK, content_type="text/plain"), 415),
    ("no media type", lambda c: c.post("/sparql", data=ASK), 400),
    ("form without query", lambda c: c.post("/sparql", data="x=1", content_type="application/x-www-form-urlencoded"), 400),
    ("non-UTF-8 body", lambda c: c.post("/sparql", data=b"ASK {\xff}", content_type="application/sparql-query"), 400),
    ("non-UTF-8 form", lambda c: c.post("/sparql", data="query=ASK%20%7B%FF%7D",
                                        content_type="application/x-www-form-urlencoded"), 400),
    ("PUT", lambda c: c.put("/sparql", data=ASK), 405),
]


@pytest.mark.parametrize("name, call, status", REQUEST_ERRORS, ids=[e[0] for e in REQUEST_ERRORS])
def test_malformed_requests_get_clear_errors(client, name, call, status):
    r = call(client)
    assert r.status_code == status
    error_of(r)


def test_form_body_is_decoded_once(client):
    """Regression (rdflib-endpoint decodes twice: "a%41b" comes back as "aAb")."""
    body = "query=" + quote('SELECT ("a%41b" AS ?x) {}')
    r = client.post("/sparql", data=body, content_type="application/x-www-form-urlencoded")
    assert r.get_json()["results"]["bindings"][0]["x"]["value"] == "a%41b"


def test_update_is_forbidden_without_the_token(client):
    r = client.post("/sparql", data="INSERT DATA { <urn:a> <urn:b> <urn:c> }", content_type="application/sparql-update")
    assert r.status_code == 403
    assert "read-only" in error_of(r)["detail"]


def test_update_with_the_token_changes_the_data_and_the_etag(seed_dataset):
    from rdflib import Dataset

    copy = Dataset()
    for q in seed_dataset.quads((None, None, None, None)):
        copy.add(q)
    app = make_app(copy, update_token="s3cret")
    try:
        c = app.test_client()
        before = c.get(f"/sparql?query={quote('ASK { <urn:a> <urn:b> <urn:c> }')}")
        assert before.get_json()["boolean"] is False
        bad = c.post("/sparql", data="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                     content_type="application/sparql-update", headers={"Authorization": "Bearer wrong"})
        assert bad.status_code == 403
        ok = c.post("/sparql", data="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                    content_type="application/sparql-update", headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 204
        after = c.get(f"/sparql?query={quote('ASK { <urn:a> <urn:b> <urn:c> }')}")
        assert after.get_json()["boolean"] is True
        assert after.headers["ETag"] != before.headers["ETag"]
        load = c.post("/sparql", data="LOAD <http://127.0.0.1:9/x>", content_type="application/sparql-update",
                      headers={"Authorization": "Bearer s3cret"})
        assert load.status_code == 400 and "LOAD is not allowed" in error_of(load)["detail"]
    finally:
        close(app)


def test_etag_gives_304_on_revalidation(client):
    first = send(client, "GET", SELECT)
    again = client.get(f"/sparql?query={quote(SELECT)}", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_rows_beyond_the_cap_are_cut_and_flagged(seed_dataset):
    app = make_app(seed_dataset, max_rows=5)
    try:
        r = app.test_client().get(f"/sparql?query={quote('SELECT * WHERE { ?s ?p ?o }')}")
        assert len(r.get_json()["results"]["bindings"]) == 5
        assert r.headers["X-SPARQL-Truncated"].startswith("true")
    finally:
        close(app)


def test_request_body_above_the_cap_is_413(seed_dataset):
    app = make_app(seed_dataset, max_body_bytes=1000)
    try:
        r = app.test_client().post("/sparql", data="ASK {}" + " " * 2000, content_type="application/sparql-query")
        assert r.status_code == 413
        error_of(r)
    finally:
        close(app)


def test_cors_without_credentials(client):
    r = send(client, "GET", ASK)
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in r.headers
    pre = client.options("/sparql", headers={"Origin": "http://example.org", "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 200 and "POST" in pre.headers["Access-Control-Allow-Methods"]


def test_service_description_for_rdf_clients_and_query_page_for_browsers(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(str(o) == sd + "Service" for o in g.objects())
    assert r.status_code == 200
    page = client.get("/sparql", headers={"Accept": "text/html"})
    assert page.status_code == 302 and page.headers["Location"].endswith("/")


def test_union_default_graph_and_named_graph_selection(client):
    inferred = "https://filmkg.org/graph/inferred"
    q = "ASK { ?f <http://www.wikidata.org/prop/direct/P57> ?d }"
    assert send(client, "GET", q).get_json()["boolean"] is True
    only_article = send(client, "GET", q, extra="&default-graph-uri=" + quote(
        "https://filmkg.org/graph/article/blame-film")).get_json()
    assert only_article["boolean"] is False
    assert send(client, "GET", q, extra="&default-graph-uri=" + quote(inferred)).get_json()["boolean"] is True


def test_json_answers_are_valid_json_with_head_and_results(client):
    body = json.loads(send(client, "GET", SELECT).data)
    assert body["head"]["vars"] == ["t"]


def test_response_cache_is_bounded_in_bytes(seed_dataset):
    app = make_app(seed_dataset, cache_bytes=200_000)
    try:
        c = app.test_client()
        service = app.extensions["filmkg"]
        for i in range(30):
            c.get(f"/sparql?query={quote(f'SELECT * WHERE {{ ?s ?p ?o }} LIMIT {20 + i}')}")
        assert 0 < service.cached_bytes <= 200_000 and len(service.cache) < 30, "old answers were evicted"
        assert service.cached_bytes == sum(len(body) for body, _ in service.cache.values())
    finally:
        close(app)


def test_ask_as_csv_is_a_word_not_a_crash(client):
    """Regression: rdflib's CSV writer raises on ASK; in a worker that killed the worker."""
    r = send(client, "GET", ASK, "text/csv")
    assert r.status_code == 200 and r.data.strip() in (b"true", b"false")


@pytest.mark.parametrize("formats, expected", [
    (["xml"], "application/rdf+xml"), (["rdf+xml", ""], "application/rdf+xml"), (["n3"], "text/turtle"),
    (["json-ld"], "application/ld+json"), (["nonsense"], "text/turtle"),
])
def test_format_parameters_as_sparqlwrapper_sends_them(client, formats, expected):
    """Regression: unknown, empty or repeated format= values fall back to Accept instead of 400/406."""
    extra = "".join(f"&format={quote(f)}" for f in formats)
    r = send(client, "GET", CONSTRUCT, "text/turtle", extra)
    assert r.status_code == 200 and r.mimetype == expected
