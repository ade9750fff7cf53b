"""The builder must be general: no name, title or date of the seed article in its code."""

import json
import re
from pathlib import Path

from .conftest import ROOT, SEED_GOLD


def _seed_literals() -> set[str]:
    gold = json.loads(Path(SEED_GOLD).read_text(encoding="utf-8"))
    names = {gold["film"]["label"], gold["title"]}
    names |= {c["person"] for c in gold["crew"]} | {c["person"] for c in gold["cast"]}
    names |= {c["character"] for c in gold["cast"]} | {o["name"] for o in gold["organizations"]}
    names |= {r["critic"] for r in gold["reviews"]} | {r["publication"] for r in gold["reviews"]}
    names |= {a["award"] for a in gold["awards"]}
    names |= {r["date"] for r in gold["film"]["release_dates"]}
    # Country and language names are general vocabulary that every film article uses.
    return {n for n in names if n and n not in ("Japan", "Japanese", "English")}


def test_no_seed_literal_in_the_builder():
    literals = _seed_literals()
    hits = []
    for path in sorted((ROOT / "graph").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for literal in literals:
            if re.search(rf"(?<!\w){re.escape(literal)}(?!\w)", text):
                hits.append(f"{path.relative_to(ROOT)}: {literal}")
    assert hits == []
