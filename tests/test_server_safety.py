"""Safe by default: no query makes an outbound request or reads a local file; runaway queries are
stopped at their deadline while other queries go on being answered."""

import socket
import threading
from urllib.parse import quote

import pytest

from .server_support import close, error_of, make_app


@pytest.fixture
def listener():
    """A TCP listener on loopback that counts every connection it receives."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.settimeout(0.2)
    hits, stop = [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                hits.append(conn.recv(1024))
                conn.close()
            except (TimeoutError, socket.timeout, OSError):
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}", hits
    stop.set()
    thread.join(2)
    server.close()


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.ttl"
    path.write_text("<urn:secret> <urn:is> \"TOP-SECRET-VALUE\" .\n")
    return path


@pytest.fixture(params=[(0, "memory"), (1, "memory"), (0, "oxigraph"), (1, "oxigraph")],
                ids=["in-process", "worker", "oxigraph", "oxigraph-worker"])
def safe_client(request, seed_dataset):
    workers, engine = request.param
    app = make_app(seed_dataset, engine=engine, workers=workers, query_timeout=20)
    yield app.test_client()
    close(app)


def attempts(url: str, secret_path) -> list[tuple[str, str]]:
    file_iri = secret_path.as_uri()
    return [
        ("SERVICE", f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"),
        ("SERVICE SILENT", f"SELECT * WHERE {{ OPTIONAL {{ SERVICE SILENT <{url}/x> {{ ?s ?p ?o }} }} }}"),
        ("FROM remote", f"SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}"),
        ("FROM NAMED remote", f"SELECT * FROM NAMED <{url}/g.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
        ("FROM file", f"SELECT * FROM <{file_iri}> WHERE {{ ?s ?p ?o }}"),
        ("FROM NAMED file", f"SELECT * FROM NAMED <{file_iri}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"),
        ("DESCRIBE remote", f"DESCRIBE <{url}/thing>"),
        ("CONSTRUCT FROM file", f"CONSTRUCT {{ ?s ?p ?o }} FROM <{file_iri}> WHERE {{ ?s ?p ?o }}"),
    ]


def test_no_query_reaches_the_network_or_a_local_file(safe_client, listener, secret):
    url, hits = listener
    for name, query in attempts(url, secret):
        r = safe_client.get(f"/sparql?query={quote(query)}")
        assert r.status_code in (200, 400), (name, r.status_code)
        assert b"TOP-SECRET-VALUE" not in r.data, name
        if r.status_code == 400:
            assert "not allowed" in error_of(r)["detail"], name
    for graph in (f"{url}/g.ttl", secret.as_uri()):
        r = safe_client.get(f"/sparql?query={quote('SELECT * WHERE { ?s ?p ?o }')}&default-graph-uri={quote(graph)}")
        assert r.status_code == 200 and r.get_json()["results"]["bindings"] == []
    assert hits == [], f"the endpoint made {len(hits)} outbound connection(s)"


def test_jsonld_answers_never_fetch_a_context(safe_client, listener):
    url, hits = listener
    r = safe_client.get(f"/sparql?query={quote('CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5')}",
                        headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and b"@context" in r.data
    assert hits == []


def test_a_runaway_query_is_stopped_while_others_are_answered(seed_dataset):
    app = make_app(seed_dataset, workers=2, query_timeout=2)
    client = app.test_client()
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    results = {}

    def run_heavy():
        results["heavy"] = app.test_client().get(f"/sparql?query={quote(heavy)}")

    try:
        thread = threading.Thread(target=run_heavy)
        thread.start()
        simple = client.get(f"/sparql?query={quote('ASK { ?s ?p ?o }')}")
        assert simple.status_code == 200 and simple.get_json()["boolean"] is True
        assert thread.is_alive(), "the heavy query should still be running when the simple one is answered"
        thread.join(30)
        heavy_response = results["heavy"]
        assert heavy_response.status_code == 503
        assert "deadline" in error_of(heavy_response)["detail"]
        after = client.get(f"/sparql?query={quote('SELECT ?s WHERE { ?s ?p ?o } LIMIT 1')}")
        assert after.status_code == 200, "a fresh worker replaces the killed one"
        assert app.extensions["filmkg"].pool.respawned == 1
    finally:
        close(app)


def test_evaluation_errors_in_a_worker_are_400s(seed_dataset):
    app = make_app(seed_dataset, workers=1)
    try:
        r = app.test_client().get(f"/sparql?query={quote('SELECT * WHERE { ?s ?p ?o FILTER(<urn:f>(?o)) } LIMIT 1')}")
        assert r.status_code in (200, 400)
        if r.status_code == 400:
            error_of(r)
    finally:
        close(app)


def test_an_oxigraph_worker_cannot_connect_even_when_asked_directly(seed_dataset, listener):
    """Defence in depth: a SERVICE query handed straight to a worker (past the request thread's
    scan) fails inside the worker's empty network namespace; the listener hears nothing."""
    from server.engine import QueryError
    from server.workers import Job

    url, hits = listener
    app = make_app(seed_dataset, engine="oxigraph", workers=1)
    try:
        pool = app.extensions["filmkg"].pool
        job = Job(f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}", None, "json", kind="SELECT")
        with pytest.raises(QueryError):
            pool.run(job)
        assert hits == []
    finally:
        close(app)


@pytest.mark.parametrize("query", [
    "select * where { service <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "SELECT * WHERE {SERVICE<http://127.0.0.1:1/>{?s ?p ?o}}",
    "SELECT * WHERE { ?s ?p \"a } \" . SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "SELECT * WHERE { # a comment with a quote ' \n SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }",
], ids=["lower case", "no spaces", "after a string", "after a comment", "unicode escape"])
def test_the_token_scan_refuses_service_however_written(query):
    from server.engine import QueryError, prepare_scanned

    with pytest.raises(QueryError) as err:
        prepare_scanned(query)
    assert "not allowed" in err.value.message or "syntax" in err.value.message
