"""MediaWiki wikitext input: conversion to the article format, detection, errors, and equivalence.

The key test builds the same film from wikitext and from the article format and requires the two
graphs to be isomorphic once line numbers, offsets and the file's name and hash are set aside.
"""

from pathlib import Path

import pytest
from rdflib import BNode, Graph
from rdflib.compare import graph_diff, to_isomorphic

from graph.build import BuildSettings, build_dataset, read_article
from graph.errors import ArticleError
from graph.exports import union_graph
from graph.wikitext import convert_wikitext, looks_like_wikitext, wikitext_to_article
from ontology.namespace import FK
from server.cli import main

from .conftest import FIXTURES, SEED

WIKI = FIXTURES / "wikitext" / "107_the_matrix.wiki"
ARTICLE = FIXTURES / "articles" / "107_the_matrix.txt"


def body(wikitext: str) -> str:
    """The converted article after its title, display title and (empty) infobox."""
    lines = wikitext_to_article(wikitext, "t.wiki", title="T").split("\n")
    assert lines[:2] == ["= T =", ""] and lines[3] == "", lines
    return "\n".join(lines[4:]).rstrip("\n")


def infobox(wikitext: str) -> list[str]:
    """The converted infobox lines."""
    return [line for line in wikitext_to_article(wikitext, "t.wiki", "T").splitlines() if line.startswith("- ")]


@pytest.mark.parametrize("wikitext, expected", [
    ("[[Lana Wachowski|Lana]] and [[Bill Pope]] met.", "Lana and Bill Pope met."),
    ("'''''The Matrix''''' is ''great'' and '''bold'''.", "The Matrix is great and bold."),
    ("A film.<ref name=x>{{cite web|title=t|url=http://x}}</ref> It is.", "A film. It is."),
    ("A film<ref name=x />, it is.", "A film, it is."),
    ("Widely imitated,{{citation needed|date=May 2023}} and copied.", "Widely imitated, and copied."),
    ("It failed {{cn}}.", "It failed."),
    ("A <!-- hidden note --> film.", "A film."),
    ("It cost $63&nbsp;million &amp; more.", "It cost $63 million & more."),
    ("See [http://example.org the site] or http://example.org.", "See the site or http://example.org."),
    ("[[File:Poster.jpg|thumb|A [[poster]]]]\nText.[[Category:1999 films]]", "Text."),
    ("One line\nand the next.\n\nA new paragraph.", "One line and the next.\n\nA new paragraph."),
    ("== Plot ==\nText.", "==Plot==\nText."),
    ("== Reception ==\n=== Critical response ===\nText.", "==Reception==\n===Critical response===\nText."),
    ("= Top =\nA.\n==== Deep ====\nB.", "==Top==\nA.\n\n===Deep===\nB."),  # levels the parser accepts
    ("== Cast ==\n* [[Keanu Reeves]] as [[Neo (The Matrix)|Neo]]\n** Nested\n# Numbered\n*\n",
     "==Cast==\n- Keanu Reeves as Neo\n- Nested\n- Numbered"),
    ("== Cast ==\n{{Div col}}\n* A as B\n{{Div col end}}", "==Cast==\n- A as B"),
    ('{| class="wikitable"\n! A !! B\n|-\n| a || [[b|bee]]<ref>r</ref>\n|}', "| A | B |\n| a | bee |"),
    ('{| class="wikitable sortable"\n|+ Awards\n|-\n! Award !! Category !! Result\n|-\n'
     '| rowspan="2" | Academy Awards || Best Sound || {{won}}\n|-\n| Best Editing || {{Won}}\n'
     '|-\n| colspan="2" | Total || 2\n|}',
     "| Award | Category | Result |\n| Academy Awards | Best Sound | Won |\n"
     "| Academy Awards | Best Editing | Won |\n| Total | Total | 2 |"),
    ("{|\n! Name !! Role\n|-\n| A<br />B || a/b\n|}", "| Name | Role |\n| A, B | a/b |"),
    ("{|\n! Date !! Award !! Result\n|-\n| {{dts|2000|3|26}} || {{sort|Oscar|Academy Award}} || {{nom}}\n|}",
     "| Date | Award | Result |\n| 2000-03-26 | Academy Award | Nominated |"),
    ("Text.\n\n== References ==\n{{Reflist}}\n=== Notes ===\nx\n\n== External links ==\n* {{IMDb title|1}}",
     "Text."),
    ("{{Short description|A film}}\n{{Use mdy dates}}\n__NOTOC__\nText {{lang|ja|ブレイム!}}.", "Text ブレイム!."),
])
def test_body_conversion(wikitext, expected):
    assert body(wikitext) == expected


@pytest.mark.parametrize("params, expected", [
    ("| director = [[Lana Wachowski]]", ["- Directed by: Lana Wachowski"]),
    ("| starring = {{Plainlist|\n* [[A]]\n* [[B|Bee]]\n}}", ["- Starring: A, Bee"]),
    ("| writer = {{ubl|A|B}}", ["- Written by: A, B"]),
    ("| producer = A<br />B<br>C", ["- Produced by: A, B, C"]),
    ("| released = {{Film date|1999|3|31|United States}}", ["- Release date: 1999-03-31 (United States)"]),
    ("| released = {{Film date|1999|3|24|[[Los Angeles]]|1999|3|31|United States}}",
     ["- Release dates: 1999-03-24 (Los Angeles), 1999-03-31 (United States)"]),
    ("| released = {{Film date|2017|5}}", ["- Release date: 2017-05"]),
    ("| released = {{Start date|2017|05|19}}", ["- Release date: 2017-05-19"]),
    ("| studio = [[Polygon Pictures]]", ["- Production company: Polygon Pictures"]),
    ("| country = {{Plainlist|\n* France\n* Belgium}}", ["- Countries: France, Belgium"]),
    ("| based_on = {{Based on|''Blame!''|Tsutomu Nihei}}", ["- Based on: Blame! by Tsutomu Nihei"]),
    ("| runtime = 136 minutes<ref>{{cite web|title=BBFC}}</ref>", ["- Running time: 136 minutes"]),
    ("| gross = {{US$|463.5 million}}<ref name=b />", ["- Box office: US$463.5 million"]),
    ("| music = [[Don Davis]]\n| image = x.jpg\n| caption = Poster\n| director = A\n| editing =",
     ["- Directed by: A", "- Music by: Don Davis"]),  # Wikipedia's order; empty and unknown keys go
    ("| executive producer = A", ["- Executive producer: A"]),  # keys the lexicon knows pass through
])
def test_infobox_conversion(params, expected):
    assert infobox("{{Infobox film\n| name = T\n" + params + "\n}}\n'''T''' is a film.") == expected


@pytest.mark.parametrize("wikitext, title, head", [
    ("{{Infobox film\n| name = ''The Matrix''\n}}\nA film.", None, "= The Matrix =\n\nThe Matrix\n"),
    ("'''''Blame!''''' is a 2017 film.", None, "= Blame! =\n\nBlame!\n"),
    ("{{Infobox film|name=Blame!}}\n'''''Blame!''''' is a film.", "Blame! (film)", "= Blame! (film) =\n\nBlame!\n"),
    ("A film with no name.", "Amélie (film)", "= Amélie (film) =\n\nAmélie\n"),
])
def test_title_and_display_title(wikitext, title, head):
    assert wikitext_to_article(wikitext, "t.wiki", title).startswith(head)


@pytest.mark.parametrize("text, expected", [
    (WIKI.read_text(encoding="utf-8"), True),
    ("'''Film''' is a film.", True),
    ("== Plot ==\nA [[hacker]] wakes.", True),
    ('{| class="wikitable"\n! A\n|}', True),
    (ARTICLE.read_text(encoding="utf-8"), False),
    (SEED.read_text(encoding="utf-8"), False),
    ("= Film =\n\nFilm\n\nA film about [[brackets]].", False),
])
def test_detection(text, expected):
    assert looks_like_wikitext(text) is expected


@pytest.mark.parametrize("wikitext, line, problem", [
    ("A film with no bold title.\n", 1, "no title"),
    ("{{Short description|x}}\n{{Infobox film\n| name = X\n| director = [[A]]\n\n'''X''' is.", 2,
     "unbalanced infobox"),
    ("{{Infobox film\n| name = X\n}\n'''X''' is.", 1, "unbalanced infobox"),
    ("'''X''' is.\n\n== Cast ==\n{| class=wikitable\n! A\n|-\n| a\n\nText.", 4, "unbalanced table"),
])
def test_malformed_wikitext_names_source_and_line(wikitext, line, problem):
    with pytest.raises(ArticleError) as err:
        wikitext_to_article(wikitext, "bad.wiki")
    assert (err.value.source, err.value.line) == ("bad.wiki", line)
    assert problem in err.value.problem


def test_errors_found_after_conversion_name_the_wikitext_line(tmp_path):
    bad = tmp_path / "bad.wiki"
    bad.write_text("{{Infobox film\n| name = X\n| director = A\n| country = France (\n}}\n'''X''' is.",
                   encoding="utf-8")
    with pytest.raises(ArticleError) as err:
        read_article(bad)
    assert (err.value.line, err.value.problem) == (4, "infobox key 'Country': unbalanced '('")


def test_line_map_points_at_the_wikitext():
    converted = convert_wikitext(WIKI.read_text(encoding="utf-8"), str(WIKI))
    wiki_lines = WIKI.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(converted.text.splitlines(), start=1):
        if line.startswith("- ") and ":" not in line.split(" as ")[0]:  # cast list items
            name = line[2:].split(" as ")[0]
            assert name in wiki_lines[converted.source_line(number) - 1]
        elif line.startswith("=="):
            assert line.strip("=") in wiki_lines[converted.source_line(number) - 1]


def test_the_fixture_converts_to_the_article_fixture_exactly():
    """The wikitext fixture is the article fixture in Wikipedia markup, refs and all."""
    assert wikitext_to_article(WIKI.read_text(encoding="utf-8"), str(WIKI)) == ARTICLE.read_text(encoding="utf-8")


# Provenance that names where in which file a claim was read: differs between the two inputs.
LOCATION = {FK.line, FK.startOffset, FK.endOffset, FK.sourceFile, FK.sha256}


def without_locations(g: Graph) -> Graph:
    """``g`` minus line/offset/file triples, with evidence IRIs (which embed lines) made blank."""
    blank = {e: BNode() for e in set(g.objects(None, FK.evidence))}
    out = Graph()
    for s, p, o in g:
        if p not in LOCATION:
            out.add((blank.get(s, s), p, blank.get(o, o)))
    return out


def built(path: Path, input_format: str = "auto") -> Graph:
    settings = BuildSettings(include_ontology=False, reasoner="none", input_format=input_format)
    return without_locations(union_graph(build_dataset([path], settings)))


def test_wikitext_and_article_build_isomorphic_graphs():
    wiki, article = to_isomorphic(built(WIKI)), to_isomorphic(built(ARTICLE))
    if wiki != article:
        _, only_wiki, only_article = graph_diff(wiki, article)
        pytest.fail("graphs differ\nonly from wikitext:\n" + only_wiki.serialize(format="nt")
                    + "\nonly from the article:\n" + only_article.serialize(format="nt"))
    assert len(wiki) > 500


def test_input_format_forces_or_detects(tmp_path):
    as_txt = tmp_path / "matrix.txt"  # wikitext under the article suffix: detected
    as_txt.write_text(WIKI.read_text(encoding="utf-8"), encoding="utf-8")
    assert to_isomorphic(built(as_txt)) == to_isomorphic(built(ARTICLE))
    assert to_isomorphic(built(as_txt, "wikitext")) == to_isomorphic(built(ARTICLE))
    with pytest.raises(ArticleError, match="expected the title line"):
        built(as_txt, "article")


def test_cli_input_format(runner, tmp_path):
    out = tmp_path / "m.trig"
    args = ["build", str(WIKI), "-o", str(out), "--reasoner", "none"]
    assert runner.invoke(main, args).exit_code == 0 and out.exists()
    result = runner.invoke(main, args + ["--input-format", "article"])
    assert result.exit_code == 2 and "expected the title line" in result.output
    assert runner.invoke(main, args + ["--input-format", "markdown"]).exit_code == 2
