"""Fuzzing the parser and the extractor: whatever the text, the only error is ArticleError.

Inputs are the seed and fixture articles mutated (lines deleted, duplicated, swapped, random
unicode inserted, truncated, characters replaced) and random article-shaped text (title, infobox,
headings, tables, lists and prose built from film vocabulary and arbitrary unicode). The default
run tries a few hundred inputs; ``-m slow`` runs more than ten thousand.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.errors import ArticleError
from graph.extract import extract
from graph.parser import parse_article

from .hang_guard import no_hang

from .conftest import FIXTURES, SEED

CORPUS = [SEED.read_text(encoding="utf-8")] + [
    p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "articles").glob("*.txt"))]

WORDS = (
    "the film was released on May 20 , 2017 in Japan Japanese theaters by Netflix as won nominated "
    "for Best Director Actress Picture at Academy Awards 72nd ceremony César Festival Film Pictures "
    "Studios directed written produced edited by and with as voices plays heard Roger Ebert of The "
    "Times gave it three stars out of four B+ 8/10 ( ) , ; : – — - ' ’ \" . ! ? 's | = - * Jr. Inc. "
    "U.S. Dr. St. 1999 2001-04-25 3 May 1999 $10 million ¥1.1 billion 5.1 million ℛℳ executive "
    "producer served as director of photography shot at studios published serialized in Kodansha's "
    "Magazine premiere had its limited release gave both each shared Golden Bear Palme d'Or Silver "
    "Lion Prize Award: Documentary (Black-and-White) in the same year a year later also him herself"
).split()
# Any code point, lone surrogates included (a str decoded with "surrogateescape" holds them).
_ANY_CHAR = st.one_of(st.characters(), st.characters(categories=["Cs"]))
UNICODE = st.text(alphabet=_ANY_CHAR, max_size=12)


def _run(text: str) -> None:
    """Parse and extract ``text``; an ArticleError is a correct answer, anything else (a hang
    included) a bug."""
    with no_hang(60):
        try:
            article = parse_article(text, "fuzz.txt")
            extract(article)
        except ArticleError:
            pass


@st.composite
def mutated_articles(draw) -> str:
    lines = draw(st.sampled_from(CORPUS)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "replace", "truncate",
                                   "blank", "join"]))
        if not lines:
            lines = [""]
        i = draw(st.integers(0, len(lines) - 1))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            at = draw(st.integers(0, len(lines[i])))
            piece = draw(st.one_of(UNICODE, st.sampled_from(WORDS)))
            lines[i] = lines[i][:at] + piece + lines[i][at:]
        elif op == "replace" and lines[i]:
            at = draw(st.integers(0, len(lines[i]) - 1))
            lines[i] = lines[i][:at] + draw(_ANY_CHAR) + lines[i][at + 1:]
        elif op == "truncate":
            text = "\n".join(lines)
            lines = text[:draw(st.integers(0, len(text)))].split("\n")
        elif op == "blank":
            lines[i] = ""
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + " " + lines[i + 1]]
    return "\n".join(lines)


_word = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), UNICODE)
_phrase = st.lists(_word, min_size=1, max_size=30).map(" ".join)


@st.composite
def article_shaped(draw) -> str:
    title = draw(_phrase)
    out = [f"= {title} =", "", draw(_phrase)]
    keys = ["Directed by", "Starring", "Release dates", "Budget", "Language", "Running time",
            "Studio", "Based on", "Distributed by", "Music by", "Country"]
    for _ in range(draw(st.integers(0, 8))):
        out.append(f"- {draw(st.sampled_from(keys + [draw(_phrase)]))}: {draw(_phrase)}")
    out.append("")
    out.append(draw(_phrase))
    for _ in range(draw(st.integers(0, 6))):
        level = draw(st.integers(2, 4))
        name = draw(st.sampled_from(["Cast", "Voice cast", "Production", "Release", "Reception",
                                     "Accolades", "Plot", "Legacy", draw(_phrase)]))
        out += ["", "=" * level + name + "=" * level]
        kind = draw(st.sampled_from(["prose", "table", "list", "prose"]))
        if kind == "table":
            width = draw(st.integers(1, 5))
            header = draw(st.sampled_from([["Actor", "Role"], ["Character", "Japanese", "English"],
                                           ["Award", "Category", "Recipient(s)", "Result"]]
                                          + [[draw(_phrase) for _ in range(width)]]))
            out.append("| " + " | ".join(header) + " |")
            for _ in range(draw(st.integers(0, 4))):
                out.append("| " + " | ".join(draw(_phrase) for _ in header) + " |")
        elif kind == "list":
            for _ in range(draw(st.integers(1, 4))):
                out.append(f"- {draw(_phrase)} as {draw(_phrase)}")
        else:
            out.append(" ".join(draw(_phrase) + draw(st.sampled_from([".", ".", "!", "?", ";", ""]))
                                for _ in range(draw(st.integers(1, 5)))))
    return "\n".join(out)


FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(mutated_articles())
def test_mutated_articles_raise_only_article_errors(text):
    _run(text)


@FAST
@given(article_shaped())
def test_article_shaped_text_raises_only_article_errors(text):
    _run(text)


@FAST
@given(st.text(alphabet=_ANY_CHAR, max_size=400))
def test_arbitrary_text_raises_only_article_errors(text):
    _run(text)


@pytest.mark.slow
@SLOW
@given(st.one_of(mutated_articles(), article_shaped()))
def test_slow_fuzz_ten_thousand_inputs(text):
    _run(text)


def test_unmutated_corpus_extracts():
    for text in CORPUS:
        extract(parse_article(text, "corpus.txt"))
