"""Links -> the ``links`` named graph.

Input: :class:`~graph.linking.reconcile.Link` records, the entity labels and an
:class:`~graph.iris.IRIs`; output: an rdflib ``Graph`` named ``<base>graph/links`` holding, per
link, ``owl:sameAs`` both ways (so ``?x owl:sameAs wd:Q…`` finds the filmkg entity without any
reasoning) and one ``fk:WikidataLink`` node with the score, the method and the time.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV

from ontology.namespace import FK

from ..iris import IRIs
from .reconcile import Link

LINKS = "links"  # the name of the named graph


def links_graph(links: Iterable[Link], iris: IRIs, labels: dict[URIRef, str] | None = None) -> Graph:
    """The ``links`` graph of ``links``; ``labels`` names the link nodes readably."""
    g = Graph(identifier=iris.graph(LINKS))
    labels = labels or {}
    prefix = iris.resource_prefix()
    for link in links:
        local, target = link.local, link.target
        g.add((local, OWL.sameAs, target))
        g.add((target, OWL.sameAs, local))
        # One node per local entity: its IRI follows the entity's path (film/blame-film).
        path = str(local)[len(prefix):] if str(local).startswith(prefix) else str(local)
        node = iris.resource("link", "wikidata", path)
        g.add((node, RDF.type, FK.WikidataLink))
        g.add((node, FK.linkSubject, local))
        g.add((node, FK.linkTarget, target))
        g.add((node, FK.linkScore, Literal(Decimal(f"{link.score:.2f}"), datatype=XSD.decimal)))
        g.add((node, FK.linkMethod, Literal(link.method)))
        g.add((node, PROV.generatedAtTime, Literal(link.time, datatype=XSD.dateTime)))
        name = labels.get(local, path)
        g.add((node, RDFS.label, Literal(f"{name} = wd:{str(target).rsplit('/', 1)[-1]}")))
    return g
