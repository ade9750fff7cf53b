"""Emission: a whole article's graph against a golden file (isomorphism, diff on failure)."""

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.emit import decimal_literal, emit
from graph.extract import extract
from graph.iris import IRIs
from graph.parser import parse_article

GOLDEN = Path(__file__).parent / "golden"


def build(name: str, base: str = "https://filmkg.org/") -> Graph:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    article = parse_article(text, f"{name}.txt")
    return emit(extract(article), article, IRIs(base))


def assert_isomorphic(got: Graph, expected: Graph) -> None:
    if isomorphic(got, expected):
        return
    _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
    pytest.fail("graphs differ\n--- unexpected:\n" + only_got.serialize(format="nt")
                + "\n--- missing:\n" + only_expected.serialize(format="nt"))


def test_mini_article_matches_its_golden_graph():
    expected = Graph().parse(GOLDEN / "mini.ttl", format="turtle")
    assert_isomorphic(build("mini"), expected)


def test_same_input_gives_the_same_graph_every_time():
    assert sorted(build("mini")) == sorted(build("mini"))


def test_the_base_iri_is_configurable():
    g = build("mini", "https://example.org/kg/")
    subjects = {str(s) for s in g.subjects()}
    assert subjects and all(s.startswith("https://example.org/kg/resource/") for s in subjects)
    assert str(g.identifier) == "https://example.org/kg/graph/article/paper-lanterns-film"


@pytest.mark.parametrize("base", ["https://example.org/kg", "not an iri/x"])
def test_a_base_must_end_with_a_separator(base):
    with pytest.raises(ValueError):
        IRIs(base)


@pytest.mark.parametrize("value, lexical", [(106.0, "106.0"), (90, "90.0"), (1.5, "1.5"), (7300000.0, "7300000.0")])
def test_decimals_are_written_plainly(value, lexical):
    assert str(decimal_literal(value)) == lexical
