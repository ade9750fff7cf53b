"""Honours named in lower case by their craft ("took the prize for art direction", "won for his
cinematography", "was named best lyricist"): each row an Accolades paragraph of an invented
article and the award outcomes read from it."""

from __future__ import annotations

import pytest

from tests.test_extract_prose import awards

CASES = [
    # the ceremony named in the sentence before; a verb left out ("and Ivo Lark best lyricist")
    ("At the 49th Lantern Film Awards in 2002 it received five awards. Ben Hart was named best music director "
     "and Ivo Lark best lyricist, Dev Rana took the prize for art direction, and Mara Lind won for costume design.",
     {("Lantern Film Awards", "Best Music Director", 2002, "won", ("Ben Hart",)),
      ("Lantern Film Awards", "Best Lyricist", 2002, "won", ("Ivo Lark",)),
      ("Lantern Film Awards", "Best Art Direction", 2002, "won", ("Dev Rana",)),
      ("Lantern Film Awards", "Best Costume Design", 2002, "won", ("Mara Lind",))}),
    # the craft as the prize's name; the same person's second prize; a shared award
    ("At the Kite Awards in 2009, Ada Quill was honoured for her direction and best original story, and Cleo "
     "Marsh and Dev Rana shared the award for best sound.",
     {("Kite Awards", "Best Director", 2009, "won", ("Ada Quill",)),
      ("Kite Awards", "Best Original Story", 2009, "won", ("Ada Quill",)),
      ("Kite Awards", "Best Sound", 2009, "won", ("Cleo Marsh", "Dev Rana"))}),
    ("Ivo Lark was nominated for best music at the 2004 Goya Awards.",
     {("Goya Awards", "Best Music", 2004, "nominated", ("Ivo Lark",))}),
    # a critics' group named after the honour ("by the ..."), which the passive's subject won
    ("Cleo Marsh was named best actress by the Lantern Film Critics Association.",
     {("Lantern Film Critics Association", "Best Actress", None, "won", ("Cleo Marsh",))}),
    ("Cleo Marsh was named best supporting player by the Lantern Film Critics Association.",
     {("Lantern Film Critics Association", "Best Supporting Player", None, "won", ("Cleo Marsh",))}),
    ("The film was named best film of 1999 by the Lantern Film Critics Association.",
     {("Lantern Film Critics Association", "Best Film", 1999, "won", ())}),
    # no ceremony in the paragraph; a craft that is no category; a review's praise
    ("Ivo Lark won for his cinematography in the end.", set()),
    ("At the Kite Awards, Ada Quill won for her courage.", set()),
    ("Critics singled out Mara Lind, who was praised for her costume design.", set()),
    ("Ada Quill was nominated for her direction of the second unit at the Kite Awards.", set()),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_lower_case_craft_honours(text, expected):
    assert awards("Accolades", text) == expected
