"""Hypothesis fuzzing of the endpoint's parameters: whatever arrives, the answer is a 2xx/3xx/4xx
in the one error shape — never a 500."""

from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .server_support import close, make_app

FRAGMENTS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "{", "}", "(", ")", "?s", "?p", "?o", "<urn:x>",
             "\"a\"", "1", ".", ";", ",", "FILTER", "OPTIONAL", "UNION", "GRAPH", "SERVICE", "FROM", "LIMIT",
             "PREFIX", "a:", "<http://127.0.0.1:9/>", "\\U0011FFFF", "COUNT(*)", "AS", "*", "^", "/", "|"]

queries = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join))
accepts = st.one_of(st.none(), st.sampled_from(["*/*", "text/html", "application/json", "text/turtle",
                                                "application/sparql-results+xml;q=0.1", "image/png", ";;;", "a/b/c"]))
formats = st.one_of(st.none(), st.sampled_from(["json", "csv", "tsv", "turtle", "x", ""]), st.text(max_size=10))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, accept=accepts, fmt=formats, method=st.sampled_from(["GET", "form", "direct"]),
       graph=st.one_of(st.none(), st.text(max_size=40)))
def test_endpoint_never_answers_500(seed_dataset, query, accept, fmt, method, graph):
    app = _APP.setdefault("app", make_app(seed_dataset, max_rows=50))
    client = app.test_client()
    headers = {"Accept": accept} if accept is not None else {}
    extra = "" if fmt is None else f"&format={quote(fmt)}"
    extra += "" if graph is None else f"&default-graph-uri={quote(graph)}"
    if method == "GET":
        r = client.get(f"/sparql?query={quote(query)}{extra}", headers=headers)
    elif method == "form":
        r = client.post(f"/sparql?x=1{extra}", data="query=" + quote(query),
                        content_type="application/x-www-form-urlencoded", headers=headers)
    else:
        r = client.post(f"/sparql?x=1{extra}", data=query.encode("utf-8", "surrogatepass"),
                        content_type="application/sparql-query", headers=headers)
    assert r.status_code < 500, (r.status_code, r.data[:300])
    if r.status_code >= 400:
        body = r.get_json(silent=True)
        assert body is not None or r.mimetype == "text/html"
        if body is not None:
            assert set(body["error"]) == {"status", "title", "detail"}


_APP: dict = {}


def teardown_module(module):
    if "app" in _APP:
        close(_APP.pop("app"))
