"""Reasoning: the inferred graph, its junk filter, vocabulary bridges, and fast == owlrl."""

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import OWL, RDF, RDFS

from graph.build import INFERRED, BuildSettings, build_dataset, materialise
from graph.iris import IRIs
from graph.reason import junk_reason
from graph.rules import compile_rules
from ontology import FK, load_ontology

from .conftest import FIXTURES, SEED

INFERRED_GRAPH = IRIs().graph(INFERRED)
PREFIXES = """PREFIX fk: <https://filmkg.org/ontology#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX schema: <https://schema.org/>
PREFIX dbo: <http://dbpedia.org/ontology/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def answers(ds, where: str) -> set[str]:
    """Labels (or lexical forms) of ?x for the film in ``ds``."""
    q = PREFIXES + f"SELECT DISTINCT ?x WHERE {{ ?film a fk:Film . {where} }}"
    ds.default_union = True
    try:
        return {str(r.x) for r in ds.query(q)}
    finally:
        ds.default_union = False


VOICE_CAST = ("{ ?film fk:performance/fk:voicePerformer ?p } ?p rdfs:label ?x")
DIRECTOR = "?film fk:director/rdfs:label ?x"

# Each row: the same question in our own vocabulary (the asserted n-ary nodes) and in another
# vocabulary that only the inferred graph can answer.
BRIDGES = [
    ("wikidata director", DIRECTOR, "?film wdt:P57/rdfs:label ?x"),
    ("schema.org director", DIRECTOR, "?film schema:director/rdfs:label ?x"),
    ("dbpedia director", DIRECTOR, "?film dbo:director/rdfs:label ?x"),
    ("wikidata voice actor", VOICE_CAST, "?film wdt:P725/rdfs:label ?x"),
    ("wikidata cast member", VOICE_CAST, "?film wdt:P161/rdfs:label ?x"),
    ("schema.org actor", VOICE_CAST, "?film schema:actor/rdfs:label ?x"),
    ("wikidata screenwriter", "?film fk:credit [ fk:role <https://filmkg.org/ontology/role/screenwriter> ; fk:agent/rdfs:label ?x ]",
     "?film wdt:P58/rdfs:label ?x"),
    ("wikidata production company",
     "?film fk:credit [ fk:role <https://filmkg.org/ontology/role/productionCompany> ; fk:agent/rdfs:label ?x ]",
     "?film wdt:P272/rdfs:label ?x"),
    ("wikidata distributor",
     "?film fk:credit [ fk:role <https://filmkg.org/ontology/role/distributor> ; fk:agent/rdfs:label ?x ]",
     "?film wdt:P750/rdfs:label ?x"),
    ("wikidata publication date", "?film fk:release/fk:date ?x", "?film wdt:P577 ?x"),
    ("schema.org date published", "?film fk:release/fk:date ?x", "?film schema:datePublished ?x"),
    ("wikidata duration", "?film fk:runtimeMinutes ?x", "?film wdt:P2047 ?x"),
    ("wikidata country of origin", "?film fk:country/rdfs:label ?x", "?film wdt:P495/rdfs:label ?x"),
    ("wikidata original language", "?film fk:originalLanguage/rdfs:label ?x", "?film wdt:P364/rdfs:label ?x"),
    ("wikidata based on", "?film fk:basedOn/rdfs:label ?x", "?film wdt:P144/rdfs:label ?x"),
    ("wikidata award received",
     "?film fk:awardOutcome [ fk:outcome fk:Won ; fk:award/rdfs:label ?x ]", "?film wdt:P166/rdfs:label ?x"),
]


@pytest.mark.parametrize("name, ours, theirs", BRIDGES, ids=[b[0] for b in BRIDGES])
def test_vocabulary_bridges_answer_like_our_own_vocabulary(seed_dataset, name, ours, theirs):
    expected = answers(seed_dataset, ours)
    assert expected, f"the seed should answer {name} in filmkg's vocabulary"
    assert answers(seed_dataset, theirs) == expected


def test_seed_director_through_wikidata_property_is_the_director(seed_dataset):
    directors = answers(seed_dataset, "?film wdt:P57/rdfs:label ?x")
    assert len(directors) == 1 and directors == answers(seed_dataset, "?film fk:director/rdfs:label ?x")


def test_film_is_typed_in_every_vocabulary(seed_dataset):
    types = answers(seed_dataset, "?film a ?x")
    assert {"https://schema.org/Movie", "http://dbpedia.org/ontology/Film"} <= types
    assert answers(seed_dataset, "?film wdt:P31 ?x") == {"http://www.wikidata.org/entity/Q11424"}


def test_inferred_triples_live_only_in_the_inferred_graph():
    plain = build_dataset([SEED], BuildSettings(reasoner="none"))
    reasoned = build_dataset([SEED], BuildSettings(reasoner="fast"))
    for g in plain.graphs():
        if len(g):
            other = reasoned.graph(g.identifier)
            assert isomorphic(g, other), f"{g.identifier} changed by reasoning"
    assert len(reasoned.graph(INFERRED_GRAPH)) > 0
    assert len(plain.graph(INFERRED_GRAPH)) == 0


S = URIRef("https://filmkg.org/resource/film/x")
JUNK = [
    ((Literal("2017"), RDF.type, RDFS.Literal), "literal in subject position"),
    ((S, OWL.sameAs, S), "reflexive owl:sameAs"),
    ((OWL.Thing, RDF.type, OWL.Class), "about the RDF/RDFS/OWL/XSD vocabulary itself"),
    ((FK.Film, RDFS.subClassOf, FK.Work), "about the ontology's own terms (schema, not data)"),
    ((S, RDF.type, BNode("restriction")), "membership of an anonymous class expression"),
    ((S, RDF.type, BNode("from-another-parse")), "membership of an anonymous class expression"),
    ((S, RDF.type, FK.Film), None),
    ((S, URIRef("http://www.wikidata.org/prop/direct/P57"), URIRef("https://filmkg.org/resource/person/y")), None),
]


@pytest.mark.parametrize("triple, reason", JUNK)
def test_junk_filter_says_why_a_triple_is_dropped(triple, reason):
    terms = {FK.Film, BNode("restriction")}
    assert junk_reason(triple, terms) == reason


def test_owlrl_junk_is_counted_not_written(seed_dataset):
    result = materialise(_articles_only(seed_dataset), load_ontology(), "owlrl")
    assert result.filtered["literal in subject position"] > 0
    assert result.filtered["reflexive owl:sameAs"] > 0
    assert not any(isinstance(s, Literal) for s, _, _ in result.triples)


def _articles_only(ds):
    out = Dataset()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if "/graph/article/" in str(g):
            out.graph(g).add((s, p, o))
    return out


def _named(triples) -> Graph:
    g = Graph()
    for t in triples:
        if not any(isinstance(x, BNode) for x in t):
            g.add(t)
    return g


def assert_same_entailments(ds):
    onto = load_ontology()
    fast, reference = materialise(ds, onto, "fast"), materialise(ds, onto, "owlrl")
    a, b = _named(fast.triples), _named(reference.triples)
    if not isomorphic(a, b):
        _, only_fast, only_owlrl = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail("fast and owlrl differ\nonly fast:\n" + only_fast.serialize(format="nt")
                    + "\nonly owlrl:\n" + only_owlrl.serialize(format="nt"))
    assert len(a) > 0


def test_fast_reasoner_equals_owlrl_on_the_seed():
    assert_same_entailments(build_dataset([SEED], BuildSettings(include_ontology=False, reasoner="none")))


def test_fast_reasoner_equals_owlrl_on_the_fixture_corpus():
    ds = build_dataset([FIXTURES / "articles"], BuildSettings(include_ontology=False, reasoner="none"))
    assert_same_entailments(ds)


RULE_CASES = [
    # (ontology turtle, data triples, expected entailed triple)
    ("ex:p owl:inverseOf ex:q .", [("a", "p", "b")], ("b", "q", "a")),
    ("ex:p a owl:SymmetricProperty .", [("a", "p", "b")], ("b", "p", "a")),
    ("ex:p a owl:TransitiveProperty .", [("a", "p", "b"), ("b", "p", "c")], ("a", "p", "c")),
    ("ex:r owl:propertyChainAxiom ( ex:p ex:q ) .", [("a", "p", "b"), ("b", "q", "c")], ("a", "r", "c")),
    ("ex:p a owl:FunctionalProperty .", [("a", "p", "b"), ("a", "p", "c")], ("b", "sameAs", "c")),
    ("ex:p a owl:FunctionalProperty .", [("a", "p", "b"), ("a", "p", "c"), ("b", "q", "d")], ("c", "q", "d")),
    ("ex:C rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ex:p ; owl:hasValue ex:v ] .",
     [("a", "type", "C")], ("a", "p", "v")),
    ("ex:C owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:hasValue ex:v ] .",
     [("a", "p", "v")], ("a", "type", "C")),
    ("ex:p rdfs:domain ex:C . ex:C rdfs:subClassOf ex:D .", [("a", "p", "b")], ("a", "type", "D")),
    ("ex:p rdfs:subPropertyOf ex:q . ex:q rdfs:range ex:D .", [("a", "p", "b")], ("b", "type", "D")),
]


def _term(name):
    return {"type": RDF.type, "sameAs": OWL.sameAs}.get(name, URIRef(f"http://example.org/{name}"))


@pytest.mark.parametrize("axioms, data, expected", RULE_CASES)
def test_each_instance_rule_agrees_with_owlrl(axioms, data, expected):
    onto = Graph().parse(data="@prefix ex: <http://example.org/> . @prefix owl: <http://www.w3.org/2002/07/owl#> ."
                              " @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . " + axioms, format="turtle")
    from graph.reason import fast_materialise, owlrl_materialise

    asserted = {tuple(map(_term, t)) for t in data}
    fast = fast_materialise(asserted, onto, compile_rules(onto))
    reference = owlrl_materialise(asserted, onto)
    assert tuple(map(_term, expected)) in fast.triples
    assert isomorphic(_named(fast.triples), _named(reference.triples))


def test_fast_reasoner_equals_owlrl_on_a_generated_100_film_corpus(tmp_path):
    """The issue's differential test: synthetic films with recurring people (benchmarks/generate.py)."""
    import sys

    sys.path.insert(0, str(FIXTURES.parent.parent / "benchmarks"))
    from generate import generate

    for name, text in generate(100, seed=7):
        (tmp_path / name).write_text(text, encoding="utf-8")
    ds = build_dataset([tmp_path], BuildSettings(include_ontology=False, reasoner="none"))
    assert len(ds) > 100 * 100
    assert_same_entailments(ds)
