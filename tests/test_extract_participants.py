"""Self-appearances: "X appears as himself" anywhere a cast is read, and a documentary's
participants named in the sentences of its cast section. Sentence in -> performers as themselves.

Names are invented; negative cases expect nobody (companies, places, names after a preposition).
"""

from __future__ import annotations

import pytest

from graph.extract import extract
from graph.parser import parse_article

from .test_extract_prose import LEAD, article, read

DOCUMENTARY = "Paper Lanterns is a 2001 French documentary film directed by Ada Quill."

CASES = [
    (DOCUMENTARY, "Participants",
     "The people in the film appear as themselves. Tom Vey conducts the interviews. Rita Holm is interviewed "
     "as head of the guild, and the musician Ola Fors talks backstage.",
     {"Tom Vey", "Rita Holm", "Ola Fors"}),
    (DOCUMENTARY, "Participants",
     "Per Ness and Lise Aven, two students, join Vey at the mill. The sociologist Jan Brae walks through "
     "North Harbor with Vey. The film also includes archival footage of George K. Dunn and a routine by Sam Ray.",
     {"Per Ness", "Lise Aven", "Jan Brae", "George K. Dunn", "Sam Ray"}),
    (DOCUMENTARY, "Participants",
     "Ivo Hart, a spokesman for Harbor Works, is filmed at the plant, and the co-creator of Kite Park speaks.",
     {"Ivo Hart"}),
    (DOCUMENTARY, "Participants", "The town of Lake Vega appears in several scenes.", set()),
    (DOCUMENTARY, "Participants", "Others seen on camera include the local Harbor Youth leader Sam Ray.", {"Sam Ray"}),
    (DOCUMENTARY, "Featured people", "Also appearing are Lise Aven, Vey's partner, and the climber Tom Holm.",
     {"Lise Aven", "Tom Holm"}),
    (DOCUMENTARY, "Participants", "The film features Arthur \"Bo\" Vey. St. Joseph coach Gene Holm and Marshall coach "
     "Lev Brae appear prominently, and the Indiana University coach Bob Knut appears briefly.",
     {'Arthur "Bo" Vey', "Gene Holm", "Lev Brae", "Bob Knut"}),
    (DOCUMENTARY, "Participants", "Besides Tom Vey and Rita Holm, the film features the pilot Ola Fors.",
     {"Tom Vey", "Rita Holm", "Ola Fors"}),
    (LEAD, "Cast", "Val and Carol Dexter appear as themselves.", {"Val Dexter", "Carol Dexter"}),
    (DOCUMENTARY, "Featuring", "The film follows the guild for a year.\n- Tom Vey, in archival footage\n"
     "- John Holm and Jim Holm, his sons\n- Rita Aven, who appeared as the postwoman on the show",
     {"Tom Vey", "John Holm", "Jim Holm", "Rita Aven"}),
    # Outside a documentary, only a stated self-appearance counts.
    (LEAD, "Cast", "Cleo Marsh plays Oren, and the singer Tom Vey appears as himself.", {"Tom Vey"}),
    (LEAD, "Cast", "Tom Vey and Rita Holm appear briefly as themselves.", {"Tom Vey", "Rita Holm"}),
    (LEAD, "Cast", "The musician Tom Vey talks to Oren in a bar.", set()),
    (DOCUMENTARY.replace("directed by Ada Quill", "about the singer Sam Ray"), "Participants",
     "Ray appears as himself. His daughters Eva Ray and Lin Ray speak about him, and his co-worker Rick Moe "
     "describes him. Other participants include the South African musician Will Mohr and the former SABC "
     "archivist Ilse Amman. Among those interviewed are Den Coff and Mike Theo.",
     {"Sam Ray", "Eva Ray", "Lin Ray", "Rick Moe", "Will Mohr", "Ilse Amman", "Den Coff", "Mike Theo"}),
]


@pytest.mark.parametrize("lead, section, text, expected", CASES, ids=[c[2][:40] for c in CASES])
def test_people_who_appear_as_themselves(lead, section, text, expected):
    found = extract(parse_article(article(section, text).replace(LEAD, lead), "case.txt"))
    # the infobox's stars, whom these sentences give no part, are cast as themselves too
    selves = {p.performer for p in read(found.performances) if p.as_self}
    assert selves == expected
    assert all(p.character is None for p in found.performances if p.as_self)


def test_a_bare_list_of_the_cast_is_cast_without_parts():
    """"The supporting cast also includes A, B and C.": members of the cast, not themselves."""
    a = parse_article(article("Cast", "Cleo Marsh plays Oren. The supporting cast also includes Tom Vey, Rita Holm "
                                      "and Ola Fors."), "x.txt")
    found = {(p.performer, p.character, p.as_self) for p in read(extract(a).performances)}
    assert found == {("Cleo Marsh", "Oren", False), ("Tom Vey", None, False), ("Rita Holm", None, False),
                     ("Ola Fors", None, False)}


def test_actors_in_smaller_parts_are_cast_without_parts():
    a = parse_article(article("Cast", "Tom Vey plays Oren, with Ola Fors, Per Ness and Lise Aven in smaller parts."), "x.txt")
    found = {(p.performer, p.character) for p in read(extract(a).performances)}
    assert found == {("Tom Vey", "Oren"), ("Ola Fors", None), ("Per Ness", None), ("Lise Aven", None)}


@pytest.mark.parametrize("text", [
    "Stage actors filled out the rest of the cast, with Ola Fors, Per Ness and the theatre director Lise Aven.",
    "Stage actors rounded out the cast, with Ola Fors, Per Ness and Lise Aven.",
])
def test_actors_who_fill_out_the_cast_are_cast_without_parts(text):
    a = parse_article(article("Cast", "Tom Vey plays Oren. " + text), "x.txt")
    found = {(p.performer, p.character) for p in read(extract(a).performances)}
    assert found == {("Tom Vey", "Oren"), ("Ola Fors", None), ("Per Ness", None), ("Lise Aven", None)}
