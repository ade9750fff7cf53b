"""Pages for people: the query page, entity pages with content negotiation, ontology, exports."""

import pytest
from rdflib import Dataset, Graph

from graph.exports import FORMATS

from .server_support import error_of

FILM = "/resource/film/blame-film"


def test_query_page_offers_every_competency_question_and_works_offline(client):
    r = client.get("/")
    assert r.status_code == 200 and r.mimetype == "text/html"
    html = r.data.decode()
    assert html.count('<option value="') == 1 + 18, "a placeholder and the 18 competency questions"
    for asset in ("/static/query.js", "/static/style.css"):
        assert asset in html
        assert client.get(asset).status_code == 200
    assert "cdn" not in html.lower() and "<script src=\"http" not in html


@pytest.mark.parametrize("accept, mimetype, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_entity_data_by_accept(client, accept, mimetype, rdflib_format):
    r = client.get(FILM, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype
    g = Graph().parse(data=r.data, format=rdflib_format)
    assert len(g) > 20


@pytest.mark.parametrize("ext, mimetype", [(".ttl", "text/turtle"), (".jsonld", "application/ld+json"),
                                           (".nt", "application/n-triples"), (".rdf", "application/rdf+xml")])
def test_entity_data_by_extension(client, ext, mimetype):
    r = client.get(FILM + ext)
    assert r.status_code == 200 and r.mimetype == mimetype


def test_entity_page_shows_facts_sources_and_pictures(client):
    r = client.get(FILM, headers={"Accept": "text/html"})
    html = r.data.decode()
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "<h1>Blame!</h1>" in html
    assert "Where the article says so" in html and "<blockquote>" in html
    assert html.count("<svg") == 2, "a neighbourhood picture and a timeline"
    assert 'href="/resource/person/' in html, "linked entities dereference on this server"


def test_person_page_links_back_to_the_film(client):
    r = client.get(FILM, headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.data, format="turtle")
    people = {str(o) for o in g.objects() if "/resource/person/" in str(o)}
    assert people
    page = client.get("/resource/" + sorted(people)[0].split("/resource/", 1)[1], headers={"Accept": "text/html"})
    assert page.status_code == 200


def test_unknown_entity_is_404_in_the_error_shape(client):
    r = client.get("/resource/film/no-such-film", headers={"Accept": "application/json"})
    assert r.status_code == 404
    assert "no entity" in error_of(r)["detail"]


def test_ontology_page_and_turtle(client):
    page = client.get("/ontology", headers={"Accept": "text/html"})
    assert page.status_code == 200 and b"Film" in page.data and b"Performance" in page.data
    ttl = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert len(Graph().parse(data=ttl.data, format="turtle")) > 500


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_export_downloads_and_parses(client, name, seed_dataset):
    rdflib_format, keeps_graphs, mimetype, _ = FORMATS[name]
    r = client.get(f"/export/{name}")
    assert r.status_code == 200 and r.mimetype == mimetype
    assert "attachment" in r.headers["Content-Disposition"]
    if keeps_graphs:
        ds = Dataset()
        ds.parse(data=r.data, format=rdflib_format)
        assert len(ds) == len(seed_dataset)
    else:
        assert len(Graph().parse(data=r.data, format=rdflib_format)) > 1000
    again = client.get(f"/export/{name}", headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304


def test_unknown_export_is_404(client):
    assert client.get("/export/pdf").status_code == 404


def test_void_description(client):
    r = client.get("/void", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.data, format="turtle")
    assert any("void#triples" in str(p) for p in g.predicates())
