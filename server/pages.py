"""Pages for people: the query page, entity pages (with content negotiation), the ontology page.

``/`` is the query editor with the competency questions as examples; ``/resource/<path>`` shows an
entity (HTML), or its description as Turtle / JSON-LD / N-Triples / RDF/XML by ``Accept`` or by
extension (``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``); ``/ontology`` lists the ontology's classes and
properties (and serves the Turtle by ``Accept``).
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template, request, url_for
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.build import INFERRED
from graph.iris import IRIs
from ontology import FK, competency_queries, ontology_text

from .entity import entity_view, label_of, neighbours
from .errors import ApiError
from .formats import GRAPH_FORMATS, media_type, negotiate, render_graph
from .svg import neighbourhood, timeline

bp = Blueprint("pages", __name__)
EXTENSIONS = {f.extension: name for name, f in GRAPH_FORMATS.items() if name in ("turtle", "jsonld",
                                                                                  "ntriples", "rdfxml")}


def _store():
    return current_app.extensions["filmkg"].store


def _examples() -> list[dict]:
    out = []
    for name, text in competency_queries().items():
        first = text.splitlines()[0].lstrip("# ").strip()
        out.append({"name": name, "title": first, "query": text})
    return out


@bp.route("/")
def query_page():
    store = _store()
    return render_template("query.html", examples=_examples(), graphs=store.graph_names(),
                           triples=len(store.ds), base=store.base)


def local_href(iri: str) -> str:
    """Our resource IRIs link to this server's pages; others stay as they are."""
    prefix = _store().base + "resource/"
    if iri.startswith(prefix):
        return url_for("pages.resource", path=iri[len(prefix):])
    return iri


def _split_extension(path: str) -> tuple[str, str | None]:
    for ext, name in EXTENSIONS.items():
        if path.endswith(ext):
            return path[: -len(ext)], name
    return path, None


def _description(ds, iri: URIRef) -> Graph:
    """The entity's own triples, the links to it, and its evidence nodes, with our prefixes."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for t in ds.triples((iri, None, None)):
        g.add(t)
    for t in ds.triples((None, None, iri)):
        g.add(t)
    for _, _, ev in ds.triples((iri, FK.evidence, None)):
        for t in ds.triples((ev, None, None)):
            g.add(t)
    return g


@bp.route("/resource/<path:path>")
def resource(path: str):
    store = _store()
    path, by_extension = _split_extension(path)
    iri = URIRef(store.base + "resource/" + path)
    view = entity_view(store.ds, iri, IRIs(store.base).graph(INFERRED))
    if not view.exists:
        raise ApiError(404, f"no entity {iri} in this dataset")
    fmt = by_extension or negotiate(GRAPH_FORMATS, request.accept_mimetypes, request.args.get("format"), html=True)
    if fmt is None:
        raise ApiError(406, "an entity is offered as HTML or " + ", ".join(f.media_type for f in GRAPH_FORMATS.values()))
    if fmt != "html":
        body = render_graph(_description(store.ds, iri), fmt if fmt not in ("trig", "nquads") else "turtle")
        resp = Response(body, mimetype=media_type(fmt if fmt not in ("trig", "nquads") else "turtle"))
        resp.headers["Vary"] = "Accept"
        return resp
    picture = neighbourhood(view.label, neighbours(view), local_href)
    resp = Response(render_template("entity.html", view=view, href=local_href, picture=picture,
                                    timeline=timeline(view.events)), mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    return resp


@bp.route("/ontology")
def ontology_page():
    fmt = negotiate(GRAPH_FORMATS, request.accept_mimetypes, request.args.get("format"), html=True)
    if fmt == "turtle":
        return Response(ontology_text(), mimetype="text/turtle")
    g = Graph().parse(data=ontology_text(), format="turtle")
    if fmt not in ("html", None):
        return Response(render_graph(g, fmt), mimetype=media_type(fmt))

    def terms(kind):
        rows = []
        for term in sorted(set(g.subjects(RDF.type, kind))):
            if isinstance(term, URIRef) and str(term).startswith("https://filmkg.org/"):
                rows.append({"iri": str(term), "label": label_of(g, term),
                             "comment": str(g.value(term, RDFS.comment) or ""),
                             "parents": [label_of(g, p) for p in g.objects(term, RDFS.subClassOf)
                                         if isinstance(p, URIRef)]
                             + [label_of(g, p) for p in g.objects(term, RDFS.subPropertyOf)],
                             "same": [str(x) for x in g.objects(term, OWL.equivalentClass) if isinstance(x, URIRef)]
                             + [str(x) for x in g.objects(term, OWL.equivalentProperty)]})
        return rows

    return render_template("ontology.html", classes=terms(OWL.Class), objects=terms(OWL.ObjectProperty),
                           data=terms(OWL.DatatypeProperty))


__all__ = ["bp", "local_href"]
