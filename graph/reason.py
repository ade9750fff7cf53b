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

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import owlrl
from rdflib import BNode, Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .closure import entailments
from .rules import Rules

REASONERS = ("fast", "owlrl", "none")
VOCABULARIES = (str(RDF), str(RDFS), str(OWL), str(XSD))
SAME_AS, TYPE = OWL.sameAs, RDF.type


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
    if s == o and p == SAME_AS:
        return "reflexive owl:sameAs"
    if str(s).startswith(VOCABULARIES):  # rdflib terms override startswith; compare the text
        return "about the RDF/RDFS/OWL/XSD vocabulary itself"
    if s in ontology_terms:
        return "about the ontology's own terms (schema, not data)"
    if isinstance(o, BNode) and p == TYPE:
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


def fast_materialise(asserted: set, ontology: Graph, rules: Rules, terms: set | None = None) -> Materialised:
    """The compiled instance rules applied to fixpoint, less the inputs and the junk.

    ``terms`` (:func:`ontology_terms` of ``ontology``) may be passed in when reasoning over many
    small graphs, to compute it once."""
    return _filter(entailments(asserted, rules), (), ontology_terms(ontology) if terms is None else terms)


__all__ = ["REASONERS", "Materialised", "junk_reason", "owlrl_materialise", "fast_materialise"]
