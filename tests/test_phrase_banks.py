"""Sentence banks: prose shapes scored sentence by sentence, apart from whole articles.

The training banks shaped the extractor's rules (their scores are floors against regressions);
the held-out banks were written blind and are never tuned on (their floors are what they scored
when they arrived). Banks and their authors' conventions: ``tests/fixtures/phrases/README.md``.
"""

from __future__ import annotations

import pytest

from .conftest import FIXTURES
from .phrase_bank import score_bank

PHRASES = FIXTURES / "phrases"

FLOORS = [
    ("training", "cast", 0.745),
    ("training", "awards", 0.765),
    ("training", "crew", 0.855),
    # a second training round arrived at cast 0.522, awards 0.695, crew 0.582
    ("training2", "cast", 0.67),
    # (0.811 fell to 0.805 when "screened out of competition at Venice" became a selection: this bank
    # does not list it, while whole-article gold files do, 7 times in training and 3 in held-out)
    ("training2", "awards", 0.80),
    ("training2", "crew", 0.83),
    # held-out, scored on arrival: cast 0.632, awards 0.725, crew 0.626 (never tuned on; later rules
    # written from whole training articles moved them)
    ("heldout", "cast", 0.65),
    # (0.742 fell to 0.738 with the festival-section reader: one more graph fact than the bank lists)
    ("heldout", "awards", 0.735),
    ("heldout", "crew", 0.715),
]


@pytest.mark.parametrize("split, kind, floor", FLOORS, ids=[f"{s}-{k}" for s, k, _ in FLOORS])
def test_sentence_banks_score_above_their_floor(split, kind, floor):
    score = score_bank(PHRASES / split / f"{kind}.json", kind)
    assert score.tp > 0
    assert score.f1 >= floor, (score.tp, score.fp, score.fn)
