"""The prefixes bound on every graph filmkg writes, so Turtle and TriG outputs read well."""

from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from ontology.namespace import DBO, FK, ROLE, SDO, WD, WDT

from .iris import IRIs


def prefixes(iris: IRIs) -> dict[str, str]:
    base = iris.resource_prefix()
    return {
        "fk": str(FK._NS), "role": str(ROLE._NS), "rdf": str(RDF), "rdfs": str(RDFS),
        "xsd": str(XSD), "owl": str(OWL), "skos": str(SKOS), "prov": str(PROV),
        "schema": str(SDO), "wd": str(WD), "wdt": str(WDT), "dbo": str(DBO),
        "film": base + "film/", "person": base + "person/", "org": base + "organization/",
        "character": base + "character/", "credit": base + "credit/",
        "performance": base + "performance/", "release": base + "release/",
        "evidence": base + "evidence/",
    }


def bind_prefixes(graph, iris: IRIs) -> None:
    for prefix, ns in prefixes(iris).items():
        graph.bind(prefix, ns, override=True, replace=True)
