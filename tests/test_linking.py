"""Wikidata linking (graph/linking) against a local Wikidata-shaped endpoint, without the internet.

``oxigraph serve`` on 127.0.0.1 holds tests/fixtures/wikidata/decoys.ttl (Wikidata's RDF model,
placeholder Q-ids, decoys); the reconciler links the seed and three fixture articles against it,
and the links are scored against gold_links.json. The client's retries, backoff and Retry-After
are tested against a tiny scripted http.server on 127.0.0.1.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import OWL, Literal, URIRef
from rdflib.namespace import XSD

from graph.build import BuildSettings, build_dataset
from graph.exports import load_dataset, union_graph
from graph.iris import IRIs
from graph.linking import LINKS, link_dataset
from graph.linking.client import QueryCache, SparqlClient, query_key, user_agent
from graph.linking.queries import wikipedia_url
from ontology.namespace import FK
from server.cli import main

from .conftest import FIXTURES, ROOT, SEED
from .oxigraph_server import oxigraph_binary, oxigraph_serve
from .processes import free_port

WIKIDATA = FIXTURES / "wikidata"
ARTICLES = [SEED] + [FIXTURES / "articles" / n for n in
                     ("101_forrest_gump.txt", "107_the_matrix.txt", "112_metropolis.txt")]
RESOURCE = "https://filmkg.org/resource/"
WD = "http://www.wikidata.org/entity/"
GOLD = json.loads((WIKIDATA / "gold_links.json").read_text(encoding="utf-8"))
GOLD_LINKS = {URIRef(RESOURCE + k): URIRef(WD + v) for k, v in GOLD["links"].items()}
DECOYS = {URIRef(WD + q) for q in GOLD["decoys"]}
FAST = {"min_interval": 0.0, "timeout": 10.0}

needs_oxigraph = pytest.mark.skipif(oxigraph_binary() is None,
                                    reason="the oxigraph binary (PyPI package 'oxigraph') is not installed")


def closed_endpoint() -> str:
    """An endpoint nobody listens on: any request to it fails at once."""
    return f"http://127.0.0.1:{free_port()}/query"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph binary (PyPI package 'oxigraph') is not installed")
    store = tmp_path_factory.mktemp("wikidata") / "store"
    subprocess.run([oxigraph_binary(), "load", "--location", str(store), "--file",
                    str(WIKIDATA / "decoys.ttl")], check=True, capture_output=True, timeout=120)
    with oxigraph_serve(store, union_default_graph=False) as base:
        yield f"{base}/query"


def articles_dataset(paths=ARTICLES):
    return build_dataset(paths, BuildSettings(include_ontology=False, link="off"))


@pytest.fixture(scope="module")
def online(endpoint, tmp_path_factory):
    """One online run: its cache file and links."""
    cache = tmp_path_factory.mktemp("links") / "wikidata-cache.json"
    report = link_dataset(articles_dataset(), IRIs(), mode="online", cache=cache, endpoint=endpoint, **FAST)
    return cache, report


def as_tuples(links):
    return [(link.local, link.target, link.score, link.method, link.time) for link in links]


# --------------------------------------------------------------------------------------------
# Precision, recall, decoys
# --------------------------------------------------------------------------------------------

@needs_oxigraph
def test_precision_and_recall_against_gold(online, capsys):
    _, report = online
    made = {link.local: link.target for link in report.links}
    correct = sum(1 for local, target in made.items() if GOLD_LINKS.get(local) == target)
    precision = correct / len(made)
    recall = correct / len(GOLD_LINKS)
    with capsys.disabled():
        print(f"\nWikidata linking on the decoy fixture: {len(made)} links, {correct} correct of "
              f"{len(GOLD_LINKS)} gold: precision {precision:.3f}, recall {recall:.3f}")
    wrong = {str(k): str(v) for k, v in made.items() if GOLD_LINKS.get(k) != v}
    assert precision >= 0.98, wrong
    assert recall >= 0.90, sorted(str(k) for k in GOLD_LINKS.keys() - made.keys())
    assert report.stats.failed == 0 and report.stats.requests == report.stats.queries


@needs_oxigraph
def test_no_link_targets_a_decoy(online):
    _, report = online
    assert not {link.target for link in report.links} & DECOYS


@needs_oxigraph
def test_every_strategy_is_used_and_scored(online):
    methods = {link.local: link.method for link in online[1].links}
    assert methods[URIRef(RESOURCE + "film/blame-film")] == "sitelink"
    # Metropolis has no English sitelink here: label + type + year + director, past the 2001 film.
    assert methods[URIRef(RESOURCE + "film/metropolis-1927-film")] == "label+type+year+director"
    assert methods[URIRef(RESOURCE + "person/hiroyuki-seshita")] == "statement:P57"
    assert methods[URIRef(RESOURCE + "work/blame-denki-ryoshi-kiki-kaiso-dasshutsu-sakusen")] == \
        "statement:P144-inverse"
    assert methods[URIRef(RESOURCE + "person/david-lee")] == "label+type+context"
    assert all(0 <= link.score <= 1 for link in online[1].links)


@needs_oxigraph
def test_same_named_people_and_works_go_to_the_right_item(online):
    made = {link.local: link.target for link in online[1].links}
    for local in ("person/robert-taylor", "person/david-lee", "person/don-davis", "person/arthur-schmidt",
                  "work/forrest-gump", "work/blame", "organization/paste", "organization/warner-bros"):
        assert made[URIRef(RESOURCE + local)] == GOLD_LINKS[URIRef(RESOURCE + local)], local
    assert made[URIRef(RESOURCE + "work/forrest-gump")] != made[URIRef(RESOURCE + "film/forrest-gump")]


@needs_oxigraph
def test_a_sitelink_to_the_manga_is_refused_and_the_film_found_by_label(endpoint, tmp_path):
    """An article titled "Blame!" (the manga's Wikipedia title) still links to the film."""
    text = SEED.read_text(encoding="utf-8").replace("= Blame! (film) =", "= Blame! =", 1)
    article = tmp_path / "blame.txt"
    article.write_text(text, encoding="utf-8")
    report = link_dataset(articles_dataset([article]), IRIs(), mode="online", cache=tmp_path / "c.json",
                          endpoint=endpoint, **FAST)
    film = {link.local: link for link in report.links}[URIRef(RESOURCE + "film/blame")]
    assert film.target == GOLD_LINKS[URIRef(RESOURCE + "film/blame-film")]
    assert film.method == "label+type+year+director"


# --------------------------------------------------------------------------------------------
# Offline, from the cache
# --------------------------------------------------------------------------------------------

@needs_oxigraph
def test_offline_from_the_cache_gives_identical_links_without_network(online, monkeypatch):
    cache, first = online
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("an offline run opened a URL")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    started = time.monotonic()
    again = link_dataset(articles_dataset(), IRIs(), mode="cache", cache=cache, endpoint=closed_endpoint())
    assert time.monotonic() - started < 10
    assert as_tuples(again.links) == as_tuples(first.links)
    assert again.stats.requests == 0 and again.stats.misses == 0 and again.stats.hits == again.stats.queries


def test_offline_without_answers_links_nothing_and_never_fails(tmp_path):
    cache = tmp_path / "empty.json"
    cache.write_text('{"0000": {"query": "SELECT * {}", "fetched": "2020-01-01T00:00:00Z", '
                     '"result": {"results": {"bindings": []}}}}', encoding="utf-8")
    started = time.monotonic()
    report = link_dataset(articles_dataset([SEED]), IRIs(), mode="cache", cache=cache,
                          endpoint=closed_endpoint())
    assert time.monotonic() - started < 10
    assert report.links == [] and report.stats.requests == 0 and report.stats.misses > 0


def test_online_with_the_network_down_fails_soft(tmp_path):
    report = link_dataset(articles_dataset([SEED]), IRIs(), mode="online", cache=tmp_path / "c.json",
                          endpoint=closed_endpoint(), min_interval=0, retries=1, backoff=0.01)
    assert report.links == [] and report.stats.failed > 0
    assert not (tmp_path / "c.json").exists(), "failures are not cached"


# --------------------------------------------------------------------------------------------
# The links graph in built datasets, and the CLI
# --------------------------------------------------------------------------------------------

@needs_oxigraph
def test_the_built_dataset_has_the_links_graph_and_wikidata_iris_work_in_queries(online):
    cache, _ = online
    ds = build_dataset(ARTICLES, BuildSettings(link="cache", link_cache=str(cache)))
    links = ds.graph(IRIs().graph(LINKS))
    film = URIRef(RESOURCE + "film/blame-film")
    item = GOLD_LINKS[film]
    assert (film, OWL.sameAs, item) in links and (item, OWL.sameAs, film) in links
    g = union_graph(ds)
    found = {row.x for row in g.query("SELECT ?x WHERE { ?x owl:sameAs ?wd ; a fk:Film }",
                                      initNs={"owl": OWL, "fk": FK._NS}, initBindings={"wd": item})}
    assert found == {film}
    directors = g.query("""SELECT ?name WHERE { ?wd owl:sameAs ?film . ?film fk:director/rdfs:label ?name }""",
                        initNs={"owl": OWL, "fk": FK._NS}, initBindings={"wd": item})
    assert {str(r.name) for r in directors} == {"Hiroyuki Seshita"}
    node = links.value(predicate=FK.linkSubject, object=film)
    assert links.value(node, FK.linkTarget) == item and links.value(node, FK.linkMethod) == Literal("sitelink")
    assert links.value(node, FK.linkScore).datatype == XSD.decimal


@needs_oxigraph
def test_links_graph_conforms_to_the_shapes(online):
    from pyshacl import validate

    from ontology import load_shapes

    cache, _ = online
    ds = articles_dataset()
    link_dataset(ds, IRIs(), mode="cache", cache=cache)
    conforms, _, text = validate(ds.graph(IRIs().graph(LINKS)), shacl_graph=load_shapes(), inference="none")
    assert conforms, text


@needs_oxigraph
def test_cli_link_offline_verbose_and_build_with_links(online, runner, tmp_path):
    cache, first = online
    built = tmp_path / "four.trig"
    result = runner.invoke(main, ["build", *map(str, ARTICLES), "-o", str(built), "--link", "cache",
                                  "--link-cache", str(cache)])
    assert result.exit_code == 0, result.output
    assert len(load_dataset(built).graph(IRIs().graph(LINKS))) == 9 * len(first.links)
    out = tmp_path / "relinked.nq"
    result = runner.invoke(main, ["link", str(built), "-o", str(out), "--offline", "--cache", str(cache),
                                  "--endpoint", closed_endpoint(), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "cache hit" in result.output and "linked Hiroyuki Seshita" in result.output
    assert "schema:about" in result.output, "the queries themselves are shown"
    assert len(load_dataset(out).graph(IRIs().graph(LINKS))) == 9 * len(first.links)


def test_build_without_a_link_cache_adds_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no links/wikidata-cache.json here
    ds = build_dataset([SEED], BuildSettings(link="cache"))
    assert len(ds.graph(IRIs().graph(LINKS))) == 0
    with pytest.raises(Exception, match="unknown link mode"):
        BuildSettings(link="sometimes")


def test_the_committed_cache_holds_no_invented_items():
    cache = json.loads((ROOT / "links" / "wikidata-cache.json").read_text(encoding="utf-8"))
    text = json.dumps(cache)
    assert "Q9000" not in text, "placeholder Q-ids belong to the test fixture only"


# --------------------------------------------------------------------------------------------
# The SPARQL client: retries, backoff, Retry-After, cache
# --------------------------------------------------------------------------------------------

ANSWER = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "1"}}]}}


class Scripted:
    """A tiny SPARQL endpoint on 127.0.0.1 answering from a script of (status, headers, delay)."""

    def __init__(self, script):
        self.script, self.requests = list(script), []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                outer.requests.append({"headers": dict(self.headers), "form": urllib.parse.parse_qs(body)})
                status, headers, delay = outer.script.pop(0) if outer.script else (200, {}, 0)
                time.sleep(delay)
                payload = json.dumps(ANSWER).encode() if status == 200 else b"busy"
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Type", "application/sparql-results+json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted():
    servers = []

    def make(*script):
        servers.append(Scripted(script))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def client_for(url, sleeps, **options):
    settings = {"min_interval": 0.0, "timeout": 5.0, "backoff": 0.5, "retries": 3, "sleep": sleeps.append}
    settings.update(options)
    return SparqlClient(url, QueryCache(), **settings)


def test_client_posts_the_form_with_accept_and_user_agent(scripted):
    server = scripted((200, {}, 0))
    rows = client_for(server.url, []).select("SELECT ?x WHERE {}")
    assert rows == ANSWER["results"]["bindings"]
    request = server.requests[0]
    assert request["form"] == {"query": ["SELECT ?x WHERE {}"]}
    assert request["headers"]["Accept"] == "application/sparql-results+json"
    assert request["headers"]["User-Agent"] == user_agent()
    assert user_agent().startswith("filmkg/") and "(https://filmkg.org; film knowledge graph builder)" in user_agent()


def test_client_honours_retry_after_on_429(scripted):
    sleeps = []
    server = scripted((429, {"Retry-After": "3"}, 0), (200, {}, 0))
    client = client_for(server.url, sleeps)
    assert client.select("SELECT 1") == ANSWER["results"]["bindings"]
    assert sleeps == [3.0] and client.stats.retries == 1 and len(server.requests) == 2


def test_client_backs_off_exponentially_on_5xx(scripted):
    sleeps = []
    server = scripted((503, {}, 0), (502, {}, 0), (500, {}, 0), (200, {}, 0))
    client = client_for(server.url, sleeps)
    assert client.select("SELECT 2") == ANSWER["results"]["bindings"]
    assert sleeps == [0.5, 1.0, 2.0] and client.stats.requests == 4


def test_client_gives_up_after_its_retries_without_caching(scripted):
    sleeps = []
    server = scripted(*[(503, {}, 0)] * 4)
    client = client_for(server.url, sleeps)
    assert client.select("SELECT 3") == []
    assert client.stats.failed == 1 and len(server.requests) == 4 and not client.cache.entries


def test_client_does_not_retry_a_bad_request_nor_wait_beyond_max_wait(scripted):
    sleeps = []
    server = scripted((400, {}, 0), (429, {"Retry-After": "9999"}, 0))
    client = client_for(server.url, sleeps, max_wait=60)
    assert client.select("SELECT 4") == [] and client.select("SELECT 5") == []
    assert sleeps == [] and len(server.requests) == 2 and client.stats.failed == 2


def test_client_retries_a_timeout(scripted):
    sleeps = []
    server = scripted((200, {}, 1.5), (200, {}, 0))
    client = client_for(server.url, sleeps, timeout=0.3)
    assert client.select("SELECT 6") == ANSWER["results"]["bindings"]
    assert client.stats.retries == 1 and len(sleeps) == 1


def test_client_spaces_its_requests(scripted):
    sleeps, now = [], [100.0]
    server = scripted()
    client = client_for(server.url, sleeps, min_interval=2.0, clock=lambda: now[0])
    client.select("SELECT 7")
    now[0] += 0.5
    client.select("SELECT 8")
    assert sleeps == [1.5]
    client.select("SELECT 8")  # a cache hit sends nothing and waits for nothing
    assert sleeps == [1.5] and len(server.requests) == 2 and client.stats.hits == 1


def test_cache_is_endpoint_independent_and_survives_a_round_trip(scripted, tmp_path):
    server = scripted()
    path = tmp_path / "links" / "cache.json"
    client = SparqlClient(server.url, QueryCache(path), min_interval=0)
    client.select("SELECT ?x WHERE {\n  ?x ?p ?o }")
    client.cache.save()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert list(saved) == [query_key("SELECT ?x WHERE { ?x ?p ?o }")]
    assert saved[query_key("SELECT ?x WHERE { ?x ?p ?o }")]["result"] == ANSWER
    offline = SparqlClient(closed_endpoint(), QueryCache(path), offline=True)
    assert offline.select("SELECT ?x WHERE { ?x ?p ?o }") == ANSWER["results"]["bindings"]
    assert offline.select("SELECT ?y WHERE { ?y ?p ?o }") == [] and offline.stats.misses == 1


def test_a_broken_cache_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json"):
        link_dataset(articles_dataset([SEED]), IRIs(), mode="cache", cache=bad)


@pytest.mark.parametrize("title, url", [
    ("Blame! (film)", "https://en.wikipedia.org/wiki/Blame!_(film)"),
    ("Amélie", "https://en.wikipedia.org/wiki/Am%C3%A9lie"),
    ("Tom & Jerry: The Movie", "https://en.wikipedia.org/wiki/Tom_%26_Jerry:_The_Movie"),
    ("8½", "https://en.wikipedia.org/wiki/8%C2%BD"),
    ("Face/Off", "https://en.wikipedia.org/wiki/Face/Off"),
    ("what's up, doc?", "https://en.wikipedia.org/wiki/What%27s_up,_doc%3F"),
    ("A [bracketed] title", None), ("", None),
])
def test_wikipedia_urls_are_encoded_as_wikidata_writes_them(title, url):
    assert wikipedia_url(title) == url
