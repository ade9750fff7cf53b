"""Scoring the extractor on a bank of sentences: each item a sentence (with the earlier sentences
it depends on) and the facts a careful reader takes from it.

Input: a bank file (``tests/fixtures/phrases/*/KIND.json``, a list of ``{"section", "context",
"text", "expected"}``) and its kind (``cast``, ``awards`` or ``crew``); output: true positives,
false positives and false negatives over the bank. Each item is read in a one-section invented
article; facts the context alone yields count neither way. Comparison follows the conventions of
``filmkg eval`` (award bodies under one name, characters without titles, first names).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from graph.eval_conventions import award_body, canonical_role, same_character
from graph.extract import extract
from graph.facts import FILM
from graph.normalize import loose_key
from graph.parser import parse_article

_LEAD = "Paper Lanterns is a 2001 drama film."


@dataclass
class BankScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 1.0


def _article(section: str, text: str) -> str:
    head = "= Paper Lanterns =\n\nPaper Lanterns\n- Language: English\n\n"
    if section == "Lead":
        return f"{head}{text}\n\n==Plot==\nA story.\n"
    return f"{head}{_LEAD}\n\n=={section}==\n{text}\n"


def _near(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = loose_key(str(a)), loose_key(str(b))
    return bool(a) and bool(b) and (a in b or b in a)


def _same_text(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and loose_key(str(a)) == loose_key(str(b)))


def _found(kind: str, facts) -> list[tuple]:
    if kind == "cast":
        return [(p.performer, p.character, p.language) for p in facts.performances]
    if kind == "awards":
        return [(a.award, a.category or a.prize, a.outcome, r) for a in facts.awards for r in (a.recipients or [None])]
    return [(c.agent, canonical_role(c.role)) for c in facts.credits if c.work == FILM]


def _wanted(kind: str, item: dict) -> list[tuple]:
    if kind == "cast":
        return [(e["person"], e.get("character"), e.get("language")) for e in item["expected"]]
    if kind == "awards":
        return [(e["award"], e.get("category"), e["outcome"], r) for e in item["expected"]
                for r in (e.get("recipients") or [None])]
    return [(e["name"], canonical_role(e["role"])) for e in item["expected"]]


def _match(kind: str, want: tuple, got: tuple) -> bool:
    if kind == "cast":
        return _same_text(want[0], got[0]) and same_character(want[1], got[1]) and _same_text(want[2], got[2])
    if kind == "awards":
        return (_near(award_body(want[0]), award_body(got[0])) and (want[1] is None or _near(want[1], got[1]))
                and want[2] == got[2] and _same_text(want[3], got[3]))
    return _same_text(want[0], got[0]) and want[1] == got[1]


def score_bank(path: Path, kind: str) -> BankScore:
    """Score every item of the bank at ``path``."""
    total = BankScore()
    for item in json.loads(path.read_text(encoding="utf-8")):
        context = item.get("context") or ""
        text = f"{context} {item['text']}".strip()
        got = _found(kind, extract(parse_article(_article(item["section"], text), "bank.txt")))
        aside = _found(kind, extract(parse_article(_article(item["section"], context), "bank.txt"))) if context else []
        taken: set[int] = set()
        for want in _wanted(kind, item):
            j = next((j for j, g in enumerate(got) if j not in taken and _match(kind, want, g)), None)
            if j is None:
                total.fn += 1
            else:
                taken.add(j)
                total.tp += 1
        total.fp += sum(1 for j, g in enumerate(got) if j not in taken and g not in aside)
    return total
