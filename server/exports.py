"""Downloads of the whole dataset in every export format, and its VoID description.

``/export/<name>`` (``trig``, ``nquads``, ``turtle``, ``ntriples``, ``rdfxml``, ``jsonld``) answers
the served dataset as a file; each format is serialised once and kept, since the data are immutable
while served (an authorised update changes the ETag, which is part of the key). ``/void`` is the
VoID description.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request
from rdflib import BNode, Graph

from graph.exports import FORMATS, serialize

from .description import void_description
from .errors import ApiError
from .formats import GRAPH_FORMATS, media_type, negotiate, render_graph
from .oxstore import dump

bp = Blueprint("exports", __name__)


@bp.route("/export/<name>")
def export(name: str):
    if name not in FORMATS:
        raise ApiError(404, f"no export format {name!r}; choose one of {', '.join(FORMATS)}")
    service = current_app.extensions["filmkg"]
    store = service.store
    etag = f"{store.etag}-{name}"
    if request.if_none_match.contains(etag):
        resp = Response(status=304)
        resp.set_etag(etag)
        return resp
    body = service.export(name, lambda: dump(store.ox, name) if store.ox is not None else serialize(store.ds, name))
    _, _, mime, ext = FORMATS[name]
    resp = Response(body, mimetype=mime)
    resp.headers["Content-Disposition"] = f'attachment; filename="filmkg{ext}"'
    resp.set_etag(etag)
    return resp


@bp.route("/void")
def void():
    store = current_app.extensions["filmkg"].store
    fmt = negotiate(GRAPH_FORMATS, request.accept_mimetypes, request.args.get("format"))
    if fmt is None:
        raise ApiError(406, "VoID is offered as " + ", ".join(f.media_type for f in GRAPH_FORMATS.values()))
    g = Graph()
    g.bind("void", "http://rdfs.org/ns/void#")
    void_description(store, g, BNode())
    return Response(render_graph(g, fmt), mimetype=media_type(fmt))


__all__ = ["bp"]
