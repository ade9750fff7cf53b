"""The synthetic article generator (benchmarks/generate.py): deterministic, buildable, realistic."""

import re
from collections import Counter

import pytest

from benchmarks.generate import films, generate, main
from graph.build import BuildSettings, build_dataset, facts_of
from graph.parser import parse_article

N = 30


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    """N generated articles written by the CLI entry point."""
    out = tmp_path_factory.mktemp("synthetic")
    assert main([str(N), str(out), "--seed", "7"]) == 0
    return out


def test_same_seed_same_articles_other_seed_other_articles():
    assert list(generate(12, seed=3)) == list(generate(12, seed=3))
    assert list(generate(12, seed=3)) != list(generate(12, seed=4))


def test_a_shorter_run_is_a_prefix_of_a_longer_one():
    assert list(generate(5, seed=1)) == list(generate(20, seed=1))[:5]


def test_filenames_and_titles_are_unique(corpus_dir):
    names = [name for name, _ in generate(200)]
    assert len(set(names)) == 200
    assert all(re.fullmatch(r"\d{5}_[a-z0-9_]+\.txt", n) for n in names)
    assert len({f.title for f in films(200)}) == 200
    assert sorted(p.name for p in corpus_dir.iterdir()) == [n for n, _ in generate(N, seed=7)]


def test_every_article_builds(corpus_dir):
    ds = build_dataset([corpus_dir], BuildSettings(include_ontology=False))
    graphs = {g.identifier for g in ds.graphs() if "/graph/article/" in str(g.identifier)}
    assert len(graphs) == N


def test_extraction_recovers_the_ground_truth_crew_and_cast(corpus_dir):
    for film, path in zip(films(N, seed=7), sorted(corpus_dir.iterdir())):
        _, facts = facts_of(path)
        directors = {c.agent for c in facts.credits if c.role == "director" and c.work == "film"}
        assert set(film.directors) <= directors, path.name
        assert {(p.performer, p.character) for p in facts.performances} == set(film.cast), path.name


def test_people_and_studios_recur_across_articles(corpus_dir):
    people, studios = Counter(), Counter()
    for path in sorted(corpus_dir.iterdir()):
        _, facts = facts_of(path)
        people.update({c.agent for c in facts.credits if c.agent_kind == "person"}
                      | {p.performer for p in facts.performances})
        studios.update({c.agent for c in facts.credits if c.agent_kind == "organization"})
    assert sum(1 for n in people.values() if n >= 2) >= 10
    assert studios.most_common(1)[0][1] >= 3


def test_both_infobox_spellings_and_both_cast_layouts_appear():
    keys, layouts = Counter(), Counter()
    for name, text in generate(N):
        article = parse_article(text, name)
        keys.update(e.key for e in article.infobox)
        cast = next(s for s in article.sections if "cast" in s.title.casefold())
        layouts.update(["table" if cast.tables else "list"])
    assert keys["Directed by"] and (keys["Director"] or keys["Directors"])
    assert keys["Edited by"] and keys["Editing"]
    assert layouts["table"] and layouts["list"]


def test_money_in_several_currencies():
    money = [e.raw for name, text in generate(100) for e in parse_article(text, name).infobox
             if e.key in ("Budget", "Box office")]
    for symbol in ("$", "€", "¥"):
        assert any(m.startswith(symbol) for m in money), symbol
