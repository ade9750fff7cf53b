"""The SPARQL service description and VoID description of the served dataset.

Input: the store and the endpoint's URL; output: an rdflib graph (``sd:Service`` with its formats,
features and default dataset; a ``void:Dataset`` per named graph with triple counts).
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, VOID, XSD

from .formats import GRAPH_FORMATS, RESULT_FORMATS
from .store import Store

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS_NS = Namespace("http://www.w3.org/ns/formats/")
FORMAT_IRIS = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
               "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "jsonld": "JSON-LD", "ntriples": "N-Triples",
               "rdfxml": "RDF_XML", "trig": "TriG", "nquads": "N-Quads"}


def void_description(store: Store, graph: Graph, dataset: URIRef) -> None:
    """Add VoID statistics of ``store`` to ``graph``, about ``dataset``."""
    graph.add((dataset, RDF.type, VOID.Dataset))
    graph.add((dataset, VOID.triples, Literal(len(store.ds), datatype=XSD.integer)))
    graph.add((dataset, VOID.uriSpace, Literal(store.base + "resource/")))
    for name in store.graph_names():
        part = URIRef(str(name))
        graph.add((dataset, VOID.subset, part))
        graph.add((part, RDF.type, VOID.Dataset))
        graph.add((part, VOID.triples, Literal(len(store.ds.graph(name)), datatype=XSD.integer)))


def service_description(store: Store, endpoint: str) -> Graph:
    g = Graph()
    g.bind("sd", SD)
    g.bind("void", VOID)
    service, dataset, default = URIRef(endpoint), BNode(), BNode()
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in list(RESULT_FORMATS) + list(GRAPH_FORMATS):
        g.add((service, SD.resultFormat, FORMATS_NS[FORMAT_IRIS[name]]))
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    void_description(store, g, dataset)
    for name in store.graph_names():
        named = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, SD.name, name))
    return g


__all__ = ["service_description", "void_description"]
