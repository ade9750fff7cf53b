"""Identity across articles: one IRI per normalised name, namesakes kept apart by stated years."""

import json

import pytest
from rdflib import URIRef

from graph.build import BuildSettings, build_dataset
from graph.corpus import CorpusSettings, build_corpus
from graph.identity import Mention, plan_identities
from graph.query import union_view
from server.cli import main

P = "https://filmkg.org/resource/person/tom-harlow"

CASES = [
    # mentions (article, film year, born), expected IRI per article
    ([("a", 1952, None), ("b", 2016, None)], {"a": P, "b": P}),
    ([("a", 1952, 1921), ("b", 2016, None)], {"a": P, "b": P}),
    ([("a", 1952, 1921), ("b", 2016, 1984)], {"a": P + "-1921", "b": P + "-1984"}),
    ([("a", 1952, 1921), ("b", 2016, 1922)], {"a": P, "b": P}),  # a year apart: sources disagree
    ([("a", 1952, 1921), ("b", 2016, 1984), ("c", 1958, None)], {"a": P + "-1921", "b": P + "-1984", "c": P + "-1921"}),
    ([("a", 1952, 1921), ("b", 2016, 1984), ("c", 2010, None)], {"a": P + "-1921", "b": P + "-1984", "c": P}),
    ([("a", 2016, 1984), ("b", 1952, None)], {"a": P + "-1984", "b": P}),  # born after the other film
]


@pytest.mark.parametrize("mentions, expected", CASES)
def test_plan(mentions, expected):
    plan = plan_identities([Mention(a, P, "Tom Harlow", year, born) for a, year, born in mentions])
    got = {a: plan.renames.get(a, {}).get(P, P) for a, _, _ in mentions}
    assert got == expected
    for iri in set(expected.values()):
        if len(set(expected.values())) > 1 or len(mentions) > 1:
            assert iri in plan.decisions and plan.decisions[iri]["evidence"]


ARTICLES = {
    "a.txt": ("Harbour Lights", 1952, "The score was written by Tom Harlow (born 1921)."),
    "b.txt": ("Neon Tide", 2016, "Its music is by Tom Harlow (born 1984)."),
    "c.txt": ("Silent Quay", 1958, "It was shot in a month."),
}


@pytest.fixture
def folder(tmp_path):
    for name, (title, year, sentence) in ARTICLES.items():
        (tmp_path / name).write_text(
            f"= {title} =\n\n{title}\n- Directed by: Ada Quill\n- Music by: Tom Harlow\n- Release date: {year}\n\n"
            f"{title} is a {year} drama film directed by Ada Quill. {sentence}\n", encoding="utf-8")
    return tmp_path


def composers(ds) -> dict[str, str]:
    q = """PREFIX fk: <https://filmkg.org/ontology#> SELECT ?title ?p WHERE {
             ?f fk:title ?title ; fk:credit ?c . ?c fk:creditComposer ?p }"""
    return {str(r.title): str(r.p) for r in ds.query(q)}


def test_namesakes_are_two_people_in_a_corpus_and_in_a_dataset_build(folder, tmp_path, runner):
    from graph.exports import load_dataset

    expected = {"Harbour Lights": P + "-1921", "Neon Tide": P + "-1984", "Silent Quay": P + "-1921"}
    out = tmp_path / "out" / "corpus.trig"
    out.parent.mkdir()
    report = build_corpus([folder], out, CorpusSettings(progress=False, jobs=1))
    assert composers(load_dataset(out)) == expected
    assert composers(union_view(build_dataset([folder], BuildSettings(link="off")))) == expected
    director = report.identities["https://filmkg.org/resource/person/ada-quill"]
    assert director["decision"] == "merged" and len(director["articles"]) == 3
    assert report.identities[P + "-1984"]["decision"] == f"split from {P}"
    assert "born 1984" in report.identities[P + "-1984"]["evidence"]
    listed = runner.invoke(main, ["identities", str(out)])
    assert listed.exit_code == 0 and f"{P}-1921\tsplit from {P}" in listed.output
    assert json.loads(runner.invoke(main, ["identities", str(out), "--json"]).output)[P + "-1921"]["articles"]
    assert URIRef(P) not in {URIRef(v) for v in expected.values()}
