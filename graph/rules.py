"""The ontology compiled into instance-level OWL 2 RL rules, for the fast reasoner.

Input: an ontology graph; output: :class:`Rules`, plain dicts and sets keyed by IRIs. The ontology
is first closed with owlrl itself (schema rules scm-*: subclass/subproperty transitivity,
equivalences as two-way subsumption, domains and ranges inherited along both hierarchies), so the
fast path inherits owlrl's semantics for the schema and only applies the instance rules
(prp-dom, prp-rng, prp-spo1, prp-spo2, prp-inv, prp-symp, prp-trp, prp-fp, prp-ifp, cax-sco,
cls-hv1/2, eq-*). The caller's graph is never changed.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field

import owlrl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS


@dataclass
class Rules:
    """Instance rules: every map goes from a property or class to what it entails."""

    super_properties: dict = field(default_factory=lambda: defaultdict(set))
    inverses: dict = field(default_factory=lambda: defaultdict(set))
    domains: dict = field(default_factory=lambda: defaultdict(set))
    ranges: dict = field(default_factory=lambda: defaultdict(set))
    super_classes: dict = field(default_factory=lambda: defaultdict(set))
    # chains[p1] = [(p1, p2, q)] and chains_second[p2] likewise: q is implied by p1 then p2.
    chains_first: dict = field(default_factory=lambda: defaultdict(list))
    chains_second: dict = field(default_factory=lambda: defaultdict(list))
    # has_value[class] = [(property, value)]; has_value_of[(property, value)] = [class]
    has_value: dict = field(default_factory=lambda: defaultdict(list))
    has_value_of: dict = field(default_factory=lambda: defaultdict(list))
    symmetric: set = field(default_factory=set)
    transitive: set = field(default_factory=set)
    functional: set = field(default_factory=set)
    inverse_functional: set = field(default_factory=set)


def _closed_schema(ontology: Graph) -> Graph:
    g = Graph()
    for t in ontology:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return g


def compile_rules(ontology: Graph) -> Rules:
    """The instance rules of ``ontology`` (closed with owlrl first)."""
    g = _closed_schema(ontology)
    r = Rules()
    for p, q in g.subject_objects(RDFS.subPropertyOf):
        if p != q and not isinstance(q, Literal):
            r.super_properties[p].add(q)
    for p, q in g.subject_objects(OWL.inverseOf):
        r.inverses[p].add(q)
        r.inverses[q].add(p)
    for p, c in g.subject_objects(RDFS.domain):
        r.domains[p].add(c)
    for p, c in g.subject_objects(RDFS.range):
        r.ranges[p].add(c)
    for c, d in g.subject_objects(RDFS.subClassOf):
        if c != d:
            r.super_classes[c].add(d)
    for q, head in g.subject_objects(OWL.propertyChainAxiom):
        chain = list(Collection(g, head))
        if len(chain) != 2:
            raise ValueError(f"property chain of {q} has {len(chain)} links; the fast reasoner supports 2")
        p1, p2 = chain
        r.chains_first[p1].append((p1, p2, q))
        r.chains_second[p2].append((p1, p2, q))
    for restriction in g.subjects(RDF.type, OWL.Restriction):
        prop, value = g.value(restriction, OWL.onProperty), g.value(restriction, OWL.hasValue)
        if prop is not None and value is not None:
            r.has_value[restriction].append((prop, value))
            r.has_value_of[(prop, value)].append(restriction)
    r.symmetric = set(g.subjects(RDF.type, OWL.SymmetricProperty))
    r.transitive = set(g.subjects(RDF.type, OWL.TransitiveProperty))
    r.functional = set(g.subjects(RDF.type, OWL.FunctionalProperty))
    r.inverse_functional = set(g.subjects(RDF.type, OWL.InverseFunctionalProperty))
    return r


@functools.lru_cache(maxsize=4)
def rules_for(ontology_key: str) -> Rules:
    """Cached rules of the packaged ontology (``ontology_key`` is its text, so an edit recompiles)."""
    return compile_rules(Graph().parse(data=ontology_key, format="turtle"))


def is_node(term) -> bool:
    return isinstance(term, (URIRef, BNode))


__all__ = ["Rules", "compile_rules", "rules_for", "is_node"]
