"""Materialising the ontology's entailments into their own named graph.

Input: the asserted triples of the article graphs and the ontology; output: a :class:`Materialised`
holding only the *new, meaningful* triples (and a count of what was filtered, by reason). Two
reasoners give the same named-node entailments (a differential test proves it):

- ``owlrl``: the reference semantics — owlrl's OWL 2 RL closure over data + ontology;
- ``fast``: the ontology compiled once into instance rules (:mod:`graph.rules`) and applied by a
  semi-naive worklist, linear in the data; property chains included (which ``reasonable`` lacks).

Neither changes its inputs: owlrl works on a copy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import owlrl
from rdflib import BNode, Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .rules import Rules, is_node

REASONERS = ("fast", "owlrl", "none")
VOCABULARIES = (str(RDF), str(RDFS), str(OWL), str(XSD))


@dataclass
class Materialised:
    triples: set = field(default_factory=set)
    filtered: Counter = field(default_factory=Counter)


def junk_reason(triple, ontology_terms: set) -> str | None:
    """Why an entailed triple is of no use to a user of the data, or None when it is kept.

    ``ontology_terms`` are the ontology's subjects (its classes, properties, role concepts and the
    blank nodes of its class expressions).
    """
    s, p, o = triple
    if isinstance(s, Literal):
        return "literal in subject position"
    if p == OWL.sameAs and s == o:
        return "reflexive owl:sameAs"
    if str(s).startswith(VOCABULARIES):
        return "about the RDF/RDFS/OWL/XSD vocabulary itself"
    if s in ontology_terms:
        return "about the ontology's own terms (schema, not data)"
    if p == RDF.type and isinstance(o, BNode):
        # Data are typed by named classes only; a blank class is an OWL restriction of the ontology.
        return "membership of an anonymous class expression"
    return None


def _filter(candidates: Iterable, asserted: set, ontology_terms: set) -> Materialised:
    out = Materialised()
    for t in candidates:
        if t in asserted:
            continue
        why = junk_reason(t, ontology_terms)
        if why:
            out.filtered[why] += 1
        else:
            out.triples.add(t)
    return out


def ontology_terms(ontology: Graph) -> set:
    return set(ontology.subjects())


def owlrl_materialise(asserted: set, ontology: Graph) -> Materialised:
    """owlrl's OWL 2 RL closure of data + ontology, less the inputs and the junk."""
    g = Graph()
    for t in asserted:
        g.add(t)
    for t in ontology:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    onto = set(ontology)
    return _filter((t for t in g if t not in onto), asserted, ontology_terms(ontology))


def fast_materialise(asserted: set, ontology: Graph, rules: Rules) -> Materialised:
    """The compiled instance rules applied to fixpoint, less the inputs and the junk."""
    return _filter(_Closure(rules).run(asserted), asserted, ontology_terms(ontology))


class _Closure:
    """Semi-naive forward chaining: each triple is taken from the worklist once and fires its rules."""

    def __init__(self, rules: Rules):
        self.r = rules
        self.known: set = set()
        self.queue: list = []
        chain_first = set(rules.chains_first)
        chain_second = set(rules.chains_second)
        # Only the properties a join needs are indexed, to keep memory linear in what matters.
        self.by_subject_props = chain_second | rules.transitive | rules.functional
        self.by_object_props = chain_first | rules.transitive | rules.inverse_functional
        self.sp: dict = defaultdict(set)
        self.po: dict = defaultdict(set)
        self.node_index: dict | None = None  # built on the first owl:sameAs, for eq-rep

    def add(self, t) -> None:
        if t in self.known:
            return
        self.known.add(t)
        s, p, o = t
        if p in self.by_subject_props:
            self.sp[(p, s)].add(o)
        if p in self.by_object_props:
            self.po[(p, o)].add(s)
        if self.node_index is not None:
            self.node_index[s].add(t)
            self.node_index[o].add(t)
        self.queue.append(t)

    def run(self, asserted: Iterable) -> set:
        for t in asserted:
            self.add(t)
        while self.queue:
            self.fire(*self.queue.pop())
        return self.known

    def fire(self, s, p, o) -> None:
        r, add = self.r, self.add
        if p == RDF.type:
            for d in r.super_classes.get(o, ()):
                add((s, RDF.type, d))
            for q, v in r.has_value.get(o, ()):
                add((s, q, v))
        for q in r.super_properties.get(p, ()):
            add((s, q, o))
        for c in r.domains.get(p, ()):
            add((s, RDF.type, c))
        for c in r.has_value_of.get((p, o), ()):
            add((s, RDF.type, c))
        if not is_node(o):
            return
        for q in r.inverses.get(p, ()):
            add((o, q, s))
        for c in r.ranges.get(p, ()):
            add((o, RDF.type, c))
        if p in r.symmetric:
            add((o, p, s))
        if p in r.transitive:
            for z in list(self.sp.get((p, o), ())):
                add((s, p, z))
            for y in list(self.po.get((p, s), ())):
                add((y, p, o))
        for _, p2, q in r.chains_first.get(p, ()):
            for z in list(self.sp.get((p2, o), ())):
                add((s, q, z))
        for p1, _, q in r.chains_second.get(p, ()):
            for y in list(self.po.get((p1, s), ())):
                add((y, q, o))
        if p in r.functional:
            for o2 in list(self.sp.get((p, s), ())):
                if o2 != o and is_node(o2):
                    add((o, OWL.sameAs, o2))
        if p in r.inverse_functional:
            for s2 in list(self.po.get((p, o), ())):
                if s2 != s:
                    add((s, OWL.sameAs, s2))
        if p == OWL.sameAs and s != o:
            self.same_as(s, o)

    def same_as(self, a, b) -> None:
        """eq-sym and eq-rep-s/p/o: ``b`` gets every statement ``a`` has (eq-trans follows)."""
        if self.node_index is None:
            self.node_index = defaultdict(set)
            for t in self.known:
                self.node_index[t[0]].add(t)
                self.node_index[t[2]].add(t)
        self.add((b, OWL.sameAs, a))
        for s, p, o in list(self.node_index.get(a, ())):
            self.add((b if s == a else s, b if p == a else p, b if o == a else o))


__all__ = ["REASONERS", "Materialised", "junk_reason", "owlrl_materialise", "fast_materialise"]
