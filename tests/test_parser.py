"""The article parser: structure of well-formed articles and errors for malformed ones."""

import pytest

from graph.errors import ArticleError
from graph.model import BulletList, Paragraph, Table
from graph.parser import parse_article

GOOD = """= Some Film (film) =

Some Film!
- Directed by: Ann Example, Bo Sample
- Release dates: May 20, 2017 (Japan), 2018-01-02 (France, Belgium)

Some Film! is a 2017 film. It was made by Ann Example.

==Cast==
- Ann Example as Herself
- Cy Person as Dee, a baker

==Reception==
===Accolades===
| Award | Category | Result |
| Prize Awards | Best Film | Won |
"""


def test_structure_of_a_well_formed_article():
    a = parse_article(GOOD, "good.txt")
    assert (a.title, a.display_title) == ("Some Film (film)", "Some Film!")
    assert [(e.key, e.line) for e in a.infobox] == [("Directed by", 4), ("Release dates", 5)]
    assert [v.text for v in a.infobox[0].values] == ["Ann Example", "Bo Sample"]
    release = a.infobox[1].values
    assert [(v.text, v.qualifier) for v in release] == [("May 20, 2017", "Japan"), ("2018-01-02", "France, Belgium")]
    assert [s.text for s in a.lead.paragraphs[0].sentences] == ["Some Film! is a 2017 film.", "It was made by Ann Example."]
    assert [s.path_label for s in a.walk()] == ["Lead", "Cast", "Reception", "Reception / Accolades"]
    cast = a.sections[0]
    assert isinstance(cast.blocks[0], BulletList) and cast.blocks[0].items[1].line == 11
    table = a.sections[1].subsections[0].blocks[0]
    assert isinstance(table, Table) and table.header == ("Award", "Category", "Result")
    assert table.rows[0].cells == ("Prize Awards", "Best Film", "Won") and table.rows[0].line == 16


def test_sentence_offsets_point_into_the_source():
    a = parse_article(GOOD, "good.txt")
    for section in a.walk():
        for block in section.blocks:
            if isinstance(block, Paragraph):
                for s in block.sentences:
                    assert a.text[s.start:s.end] == s.text


@pytest.mark.parametrize(
    "text, line, problem",
    [
        ("", 1, "empty article"),
        ("Title without markers\nX\n", 1, "expected the title line"),
        ("== Title ==\nX\n", 1, "expected the title line"),
        ("= T =\n", 2, "expected the display title"),
        ("= T =\n- Key: value\n", 2, "expected the display title"),
        ("= T =\nT\n- Director Ann\n", 3, "is not '- Key: Value'"),
        ("= T =\nT\n- Director:\n", 3, "has no value"),
        ("= T =\nT\n- Country: Japan (East\n", 3, "unbalanced '('"),
        ("= T =\nT\n\nLead.\n\n==Plot=\n", 6, "unbalanced heading"),
        ("= T =\nT\n\nLead.\n\n= Second =\n", 6, "only stand on line 1"),
        ("= T =\nT\n\n==A==\n====B====\n", 5, "skips a level"),
        ("= T =\nT\n\n==A==\n| a | b |\n| 1 |\n", 6, "has 1 cells, the header has 2"),
        ("= T =\nT\n\n==A==\n| a | b\n", 5, "must start and end with '|'"),
        ("= T =\nT\n\n====\n", 4, "unbalanced heading"),
        ("= T =\nT\n\n== ==\n", 4, "empty section heading"),
    ],
)
def test_malformed_articles_name_file_line_and_problem(text, line, problem):
    with pytest.raises(ArticleError) as info:
        parse_article(text, "bad.txt")
    err = info.value
    assert (err.source, err.line) == ("bad.txt", line)
    assert problem in err.problem
    assert str(err).startswith(f"bad.txt:{line}: ")


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Dr. Smith came. He left.", ["Dr. Smith came.", "He left."]),
        ("It stars J. R. Ewing in the U.S. version. It flopped.", ["It stars J. R. Ewing in the U.S. version.", "It flopped."]),
        ("They saw Airplane! It was funny.", ["They saw Airplane!", "It was funny."]),
        ("The rights to Go! They bought them.", ["The rights to Go!", "They bought them."]),
        ("Go! opened in May. Go! Again is a sequel.", ["Go! opened in May.", "Go! Again is a sequel."]),
        ('He said "Fine." Then he left.', ['He said "Fine."', "Then he left."]),
        ("Budget was $7.3 million. It grossed more.", ["Budget was $7.3 million.", "It grossed more."]),
        # a capitalised word's "!" inside a company's name that the article does not know as a title
        ("GKIDS and Shout! Factory issued it. It sold.", ["GKIDS and Shout! Factory issued it.", "It sold."]),
        ("The crowd chanted Bravo! The film ended.", ["The crowd chanted Bravo!", "The film ended."]),
    ],
)
def test_sentence_splitting(text, sentences):
    article = parse_article(f"= Go! =\nGo!\n\n{text}\n", "s.txt")
    assert [s.text for s in article.lead.paragraphs[0].sentences] == sentences


def test_crlf_and_bom_are_accepted():
    a = parse_article("\ufeff= T =\r\nT\r\n- Director: Ann\r\n\r\nLead text.\r\n", "w.txt")
    assert a.infobox[0].values[0].text == "Ann" and a.lead.paragraphs[0].text == "Lead text."


def test_a_markdown_rule_under_a_table_header_is_no_row():
    text = "= T =\nT\n- Director: A B\n\nT is a film.\n\n==Cast==\n| Actor | Role |\n| --- | :---: |\n| A B | C |\n"
    table = next(b for s in parse_article(text, "x.txt").walk() for b in s.blocks if isinstance(b, Table))
    assert [r.cells for r in table.rows] == [("A B", "C")]
