"""The fast reasoner's engine: OWL 2 RL instance rules applied to fixpoint over integer-coded triples.

Input: a set of rdflib triples and :class:`~graph.rules.Rules`; output: the new triples of the
closure, as rdflib triples. Terms are dictionary-encoded to ints first, so that the
worklist's set lookups and joins hash small tuples of ints instead of rdflib terms, and each
predicate's rules are compiled into one :class:`_PredicatePlan` so a triple costs one dictionary
lookup when its predicate has no rule (most provenance triples).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Literal
from rdflib.namespace import OWL, RDF

from .rules import Rules


@dataclass
class _PredicatePlan:
    supers: tuple = ()
    domains: tuple = ()
    ranges: tuple = ()
    inverses: tuple = ()
    chain_first: tuple = ()  # (p2, q): this predicate then p2 implies q
    chain_second: tuple = ()  # (p1, q): p1 then this predicate implies q
    has_value: dict | None = None  # value -> classes (cls-hv2)
    symmetric: bool = False
    transitive: bool = False
    functional: bool = False
    inverse_functional: bool = False


class _Codes:
    def __init__(self, base: _Codes | None = None):
        self.ids: dict = dict(base.ids) if base else {}
        self.terms: list = list(base.terms) if base else []
        self.literals: set = set(base.literals) if base else set()

    def __call__(self, term) -> int:
        i = self.ids.get(term)
        if i is None:
            i = self.ids[term] = len(self.terms)
            self.terms.append(term)
            if isinstance(term, Literal):
                self.literals.add(i)
        return i


def _compile(rules: Rules, code: _Codes):
    preds: dict[int, _PredicatePlan] = defaultdict(_PredicatePlan)
    for p, qs in rules.super_properties.items():
        preds[code(p)].supers = tuple(code(q) for q in qs)
    for p, cs in rules.domains.items():
        preds[code(p)].domains = tuple(code(c) for c in cs)
    for p, cs in rules.ranges.items():
        preds[code(p)].ranges = tuple(code(c) for c in cs)
    for p, qs in rules.inverses.items():
        preds[code(p)].inverses = tuple(code(q) for q in qs)
    for p1, chains in rules.chains_first.items():
        preds[code(p1)].chain_first = tuple((code(p2), code(q)) for _, p2, q in chains)
    for p2, chains in rules.chains_second.items():
        preds[code(p2)].chain_second = tuple((code(p1), code(q)) for p1, _, q in chains)
    for (p, v), classes in rules.has_value_of.items():
        plan = preds[code(p)]
        plan.has_value = plan.has_value or {}
        plan.has_value[code(v)] = tuple(code(c) for c in classes)
    for name in ("symmetric", "transitive", "functional", "inverse_functional"):
        for p in getattr(rules, name):
            setattr(preds[code(p)], name, True)
    classes: dict[int, tuple[tuple, tuple]] = {}
    for c in set(rules.super_classes) | set(rules.has_value):
        classes[code(c)] = (tuple(code(d) for d in rules.super_classes.get(c, ())),
                            tuple((code(q), code(v)) for q, v in rules.has_value.get(c, ())))
    return dict(preds), classes


_PLANS: dict = {}


def _compiled(rules: Rules):
    """The rules compiled once per ``Rules`` object (a build reasons over many small graphs)."""
    key = id(rules)
    if key not in _PLANS or _PLANS[key][0] is not rules:
        code = _Codes()
        code(RDF.type), code(OWL.sameAs)
        preds, classes = _compile(rules, code)
        _PLANS[key] = (rules, code, preds, classes)
    return _PLANS[key][1:]


def entailments(asserted, rules: Rules) -> set:
    """The triples entailed by ``asserted`` under ``rules`` (prp-*, cax-sco, cls-hv*, eq-*) that
    are not already in ``asserted``."""
    base, preds, classes = _compiled(rules)
    code = _Codes(base)  # the schema's codes, then this data's: the compiled plan stays valid
    TYPE, SAME = code(RDF.type), code(OWL.sameAs)
    literals = code.literals
    known: set = set()
    queue: list = []
    index_sp = {p for p, x in preds.items() if x.transitive or x.functional} | {
        p2 for x in preds.values() for p2, _ in x.chain_first}
    index_po = {p for p, x in preds.items() if x.transitive or x.inverse_functional} | {
        p1 for x in preds.values() for p1, _ in x.chain_second}
    sp: dict = defaultdict(set)
    po: dict = defaultdict(set)
    by_node: dict | None = None

    def add(t):
        if t in known:
            return
        known.add(t)
        s, p, o = t
        if p in index_sp:
            sp[(p, s)].add(o)
        if p in index_po:
            po[(p, o)].add(s)
        if by_node is not None:
            by_node[s].add(t)
            by_node[o].add(t)
        queue.append(t)

    for s, p, o in asserted:
        add((code(s), code(p), code(o)))
    given = set(known)
    while queue:
        s, p, o = queue.pop()
        if p == TYPE:
            plan_c = classes.get(o)
            if plan_c is not None:
                for d in plan_c[0]:
                    add((s, TYPE, d))
                for q, v in plan_c[1]:
                    add((s, q, v))
        if p == SAME and s != o:
            if by_node is None:
                by_node = defaultdict(set)
                for t in known:
                    by_node[t[0]].add(t)
                    by_node[t[2]].add(t)
            add((o, SAME, s))
            for a, b, c in list(by_node.get(s, ())):
                add((o if a == s else a, o if b == s else b, o if c == s else c))
        x = preds.get(p)
        if x is None:
            continue
        for q in x.supers:
            add((s, q, o))
        for c in x.domains:
            add((s, TYPE, c))
        if x.has_value is not None:
            for c in x.has_value.get(o, ()):
                add((s, TYPE, c))
        if o in literals:
            continue
        for q in x.inverses:
            add((o, q, s))
        for c in x.ranges:
            add((o, TYPE, c))
        if x.symmetric:
            add((o, p, s))
        if x.transitive:
            for z in list(sp.get((p, o), ())):
                add((s, p, z))
            for y in list(po.get((p, s), ())):
                add((y, p, o))
        for p2, q in x.chain_first:
            for z in list(sp.get((p2, o), ())):
                add((s, q, z))
        for p1, q in x.chain_second:
            for y in list(po.get((p1, s), ())):
                add((y, q, o))
        if x.functional:
            for o2 in list(sp.get((p, s), ())):
                if o2 != o and o2 not in literals:
                    add((o, SAME, o2))
        if x.inverse_functional:
            for s2 in list(po.get((p, o), ())):
                if s2 != s:
                    add((s, SAME, s2))
    terms = code.terms
    return {(terms[s], terms[p], terms[o]) for s, p, o in known - given}


__all__ = ["entailments"]
