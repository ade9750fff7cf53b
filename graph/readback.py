"""Reading the facts of one film back out of a built graph with SPARQL, as evaluation items.

Input: a dataset and a film IRI; output: ``{list name: [Item]}`` in the shape of
:func:`graph.evaluate.gold_items`, each item marked "structured" when any of its evidence is an
infobox line, table row or list item, else "prose".
"""

from __future__ import annotations

from rdflib import Dataset, URIRef

from .eval_conventions import canonical_org_role, canonical_rating, canonical_role
from .evaluate import STRUCTURED, Item
from .query import union_view

PREFIXES = """PREFIX fk: <https://filmkg.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

_QUERIES = {
    "crew": """SELECT ?node ?a ?role (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        ?film fk:credit ?node . ?node fk:role ?role ; fk:agent ?agent . ?agent a fk:Person ; rdfs:label ?a .
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } } GROUP BY ?node ?a ?role""",
    "organizations": """SELECT ?node ?a ?role (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        { ?film fk:credit ?node } UNION { ?film fk:basedOn|^fk:basedOn ?w . ?w fk:credit ?node }
        ?node fk:role ?role ; fk:agent ?agent . ?agent a fk:Organization ; rdfs:label ?a .
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } } GROUP BY ?node ?a ?role""",
    "events": """SELECT ?node ?a ?role (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        ?film fk:productionEvent ?node . ?node fk:agent ?agent . ?agent a fk:Organization ; rdfs:label ?a .
        OPTIONAL { ?node fk:agentDescription ?role }
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } } GROUP BY ?node ?a ?role""",
    "cast": """SELECT ?node ?a ?c ?l (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        ?film fk:performance ?node . ?node fk:performer/rdfs:label ?a .
        OPTIONAL { ?node fk:character/rdfs:label ?c } OPTIONAL { ?node fk:dubLanguage/rdfs:label ?l }
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } } GROUP BY ?node ?a ?c ?l""",
    "awards": """SELECT ?node ?award ?category ?year ?outcome ?ceremony ?prize
               (GROUP_CONCAT(DISTINCT COALESCE(?r, ""); separator="\\u001f") AS ?recipients) (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        ?film fk:awardOutcome ?node . ?node fk:award/rdfs:label ?award ; fk:outcome ?outcome .
        OPTIONAL { ?node fk:category ?category } OPTIONAL { ?node fk:year ?year }
        OPTIONAL { ?node fk:ceremony ?ceremony } OPTIONAL { ?node fk:prize ?prize }
        OPTIONAL { ?node fk:recipient/rdfs:label ?r }
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } }
        GROUP BY ?node ?award ?category ?year ?outcome ?ceremony ?prize""",
    "reviews": """SELECT ?node ?critic ?pub ?rating (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        ?film fk:review ?node . OPTIONAL { ?node fk:critic/rdfs:label ?critic }
        OPTIONAL { ?node fk:publication/rdfs:label ?pub } OPTIONAL { ?node fk:rating ?rating }
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } } GROUP BY ?node ?critic ?pub ?rating""",
    "release_dates": """SELECT ?node ?date (GROUP_CONCAT(DISTINCT COALESCE(?where, ""); separator="\\u001f") AS ?places)
               (GROUP_CONCAT(?kind) AS ?kinds) WHERE {
        ?film fk:release ?node . ?node fk:date ?date .
        OPTIONAL { { ?node fk:platform|fk:region|fk:releasedBy ?p . ?p rdfs:label ?where }
                   UNION { ?node fk:medium|fk:venue ?where } }
        OPTIONAL { ?node fk:evidence/fk:evidenceKind ?kind } } GROUP BY ?node ?date""",
    "film": """SELECT ?name ?value ?c WHERE {
        { ?film fk:year ?value BIND("year" AS ?name) }
        UNION { ?film fk:runtimeMinutes ?value BIND("runtime" AS ?name) }
        UNION { ?film fk:country/rdfs:label ?value BIND("country" AS ?name) }
        UNION { ?film fk:originalLanguage/rdfs:label ?value BIND("language" AS ?name) }
        UNION { ?film fk:genre/rdfs:label ?value BIND("genre" AS ?name) }
        UNION { ?film fk:basedOn/rdfs:label ?value BIND("based_on" AS ?name) }
        UNION { ?film fk:budget ?m . ?m fk:amount ?value ; fk:currency ?c BIND("budget" AS ?name) }
        UNION { ?film fk:boxOffice ?m . ?m fk:amount ?value ; fk:currency ?c BIND("box_office" AS ?name) } }""",
}


def _source(kinds) -> str:
    return "structured" if kinds and any(k in STRUCTURED for k in str(kinds).split()) else "prose"


def _str(term):
    return None if term is None else str(term)


def _local(iri) -> str:
    return str(iri).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _split_camel(name: str) -> str:
    return "".join(" " + c.lower() if c.isupper() else c for c in name).strip()


def graph_items(ds: Dataset, film: URIRef) -> dict[str, list[Item]]:
    """The facts about ``film`` in ``ds`` as evaluation items."""
    ds = union_view(ds)

    def rows(name):
        query = PREFIXES + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + _QUERIES[name]
        return ds.query(query, initBindings={"film": film})

    items: dict[str, list[Item]] = {}
    items["film"] = [Item((r.name.toPython(), _number_text(r.value) + (f" {r.c}" if r.c else "")),
                          "structured") for r in rows("film")]
    items["crew"] = [Item((str(r.a), canonical_role(_split_camel(_local(r.role)))), _source(r.kinds))
                     for r in rows("crew") if _local(r.role) != "starring"]
    items["organizations"] = [
        Item((str(r.a), canonical_org_role(_split_camel(_local(r.role)))), _source(r.kinds))
        for r in rows("organizations")] + [
        Item((str(r.a), canonical_org_role(str(r.role or "participant"))), _source(r.kinds)) for r in rows("events")]
    items["cast"] = [Item((str(r.a), _str(r.c), _str(r.l)), _source(r.kinds)) for r in rows("cast")]
    items["awards"] = [
        Item((str(r.award), _str(r.category), int(str(r.year)[:4]) if r.year else None,
              _local(r.outcome).lower(), [x for x in str(r.recipients or "").split("\x1f") if x],
              _str(r.ceremony), _str(r.prize)), _source(r.kinds))
        for r in rows("awards")]
    items["reviews"] = [Item((_str(r.critic), _str(r.pub), canonical_rating(_str(r.rating))), _source(r.kinds))
                        for r in rows("reviews")]
    items["release_dates"] = [
        Item((str(r.date), sorted(x for x in str(r.places or "").split("\x1f") if x)), _source(r.kinds))
        for r in rows("release_dates")]
    for name in ("crew", "organizations"):
        items[name] = _one_each(items[name])
    return items


def _one_each(items: list[Item]) -> list[Item]:
    """One item per fact: two roles with one canonical word ("financier" and "production company"
    of one company) are one fact, from the infobox when either is."""
    kept: dict[tuple, Item] = {}
    for i in items:
        if i.fields not in kept or i.source == "structured":
            kept[i.fields] = i
    return list(kept.values())


def _number_text(value) -> str:
    text = str(value)
    return text[:-2] if text.endswith(".0") else text


def films(ds: Dataset) -> list[URIRef]:
    return sorted(r.f for r in union_view(ds).query(PREFIXES + "SELECT DISTINCT ?f WHERE { ?f a fk:Film }"))
