"""Replaying the W3C SPARQL 1.1 Protocol test manifest (../shared/w3c-sparql11-protocol) through
the Flask test client.

The test instance loads data1-3.nt locally as the named graphs the manifest names (the server
never fetches). Update tests expect success; a read-only endpoint answers them 403, which is
counted as an expected refusal. The run prints the pass count.
"""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDFS

from .conftest import SHARED
from .server_support import close, make_app

SUITE = SHARED / "w3c-sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"


def _manifest() -> Graph:
    return Graph().parse(SUITE / "manifest.ttl", format="turtle")


def _tests():
    g = _manifest()
    head = next(g.objects(None, MF.entries))
    out = []
    for test in Collection(g, head):
        name = str(test).rsplit("#", 1)[-1]
        action = g.value(test, MF.action)
        requests = []
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            hlist = g.value(req, HT.headers)
            if hlist is not None:
                for h in Collection(g, hlist):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = g.value(req, HT.body)
            resp = g.value(req, HT.resp)
            requests.append({
                "method": str(g.value(req, HT.methodName)),
                "path": str(g.value(req, HT.absolutePath)),
                "headers": headers,
                "body": None if body is None else str(g.value(body, CNT.chars)),
                "encoding": None if body is None else str(g.value(body, CNT.characterEncoding) or "UTF-8"),
                "status": sorted(str(s)[len(HTS):] for s in g.objects(resp, MF.expectedStatus)),
                "format": g.value(resp, MF.expectedFormat),
                "boolean": g.value(resp, MF.expectedBoolean),
            })
        out.append((name, requests))
    return out


TESTS = _tests()


@pytest.fixture(scope="module")
def w3c_app():
    ds = Dataset()
    g = _manifest()
    for spec in g.objects(None, UT.graphData):
        name, path = g.value(spec, RDFS.label), g.value(spec, UT.graph)
        target = ds.graph(URIRef(str(name)))
        if len(target) == 0:
            target.parse(SUITE / str(path).rsplit("/", 1)[-1], format="nt")
    app = make_app(ds)
    yield app
    close(app)


def _send(client, r):
    path = "/sparql" + r["path"][len("/sparql/"):] if r["path"].startswith("/sparql/") else r["path"]
    path = "/sparql?" + path.split("?", 1)[1] if "?" in path else "/sparql"
    body = r["body"]
    if body is not None:
        body = body.encode("utf-8") if r["encoding"].upper().replace("-", "") == "UTF8" else body.encode("latin-1")
        if "non_utf8" in path or r["encoding"].upper() not in ("UTF-8", "UTF8"):
            body = unquote(r["body"]).encode(r["encoding"]) if r["encoding"] else body
    headers = dict(r["headers"])
    content_type = headers.pop("content-type", None) or headers.pop("Content-Type", None)
    return client.open(path, method=r["method"], data=body, content_type=content_type, headers=headers)


def _check(resp, r) -> str | None:
    """None when the response meets the expectation, else why not."""
    klass = f"{resp.status_code // 100}xx"
    if klass not in r["status"]:
        return f"status {resp.status_code}, expected {r['status']}"
    if r["format"] is not None and resp.status_code < 300:
        fmt = str(r["format"])
        mime = resp.mimetype
        ok = {"boolean": mime.startswith("application/sparql-results"),
              "tabular": mime.startswith("application/sparql-results") or mime in ("text/csv", "text/tab-separated-values"),
              "RDF": mime in ("text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json")}
        if not ok.get(fmt, False):
            return f"format {mime}, expected {fmt}"
    if r["boolean"] is not None and resp.status_code < 300:
        if resp.get_json().get("boolean") != r["boolean"].toPython():
            return f"boolean {resp.get_json().get('boolean')}, expected {r['boolean']}"
    return None


def _outcome(client, requests) -> str:
    for r in requests:
        resp = _send(client, r)
        if resp.status_code == 403 and "2xx" in r["status"] and r["method"] == "POST" and (
                "update" in (r["body"] or "") or "sparql-update" in str(r["headers"])):
            return "refused"
        why = _check(resp, r)
        if why:
            return f"failed: {why}"
    return "passed"


@pytest.mark.parametrize("name, requests", TESTS, ids=[t[0] for t in TESTS])
def test_w3c_protocol_case(w3c_app, name, requests):
    outcome = _outcome(w3c_app.test_client(), requests)
    if name.startswith("update_"):
        assert outcome in ("passed", "refused"), outcome
    else:
        assert outcome == "passed", outcome


def test_w3c_protocol_pass_count(w3c_app, capsys):
    outcomes = {name: _outcome(w3c_app.test_client(), reqs) for name, reqs in TESTS}
    passed = sum(o == "passed" for o in outcomes.values())
    refused = sum(o == "refused" for o in outcomes.values())
    with capsys.disabled():
        print(f"\nW3C SPARQL 1.1 Protocol: {passed}/{len(TESTS)} passed, {refused} updates refused (read-only)")
    assert len(TESTS) == 34
    assert passed + refused == len(TESTS)
