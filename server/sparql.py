"""The SPARQL 1.1 Protocol endpoint at ``/sparql``.

Query by GET ``query=``, POST form or POST ``application/sparql-query``; update by POST form or
``application/sparql-update`` (403 unless the configured bearer token is sent). Graph IRIs from
``default-graph-uri`` / ``named-graph-uri`` select the dataset. Answers are negotiated from
``Accept`` (or ``format=``), carry an ETag and ``X-SPARQL-Truncated`` when rows were cut; GET with
no query returns the service description (RDF) or the query page (HTML).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from urllib.parse import parse_qsl

from flask import Blueprint, Response, current_app, redirect, request, url_for
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from .description import service_description
from .engine import prepare, prepare_scanned
from .errors import ApiError
from .formats import GRAPH_FORMATS, RESULT_FORMATS, media_type, negotiate, render_graph

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


def _service():
    return current_app.extensions["filmkg"]


def _form() -> dict[str, list[str]]:
    """The URL-encoded body, decoded exactly once and strictly as UTF-8."""
    raw = request.get_data(cache=True)
    try:
        pairs = parse_qsl(raw.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ApiError(400, "the form body is not valid UTF-8 (percent-encoded)") from None
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return out


def _body_text() -> str:
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "the request body is not valid UTF-8") from None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ApiError(400, f"the {name!r} parameter was given {len(values)} times; give it once")
    return values[0] if values else None


def read_operation():
    """``(kind, text, params)`` where kind is "query", "update" or None (no operation)."""
    params = {k: request.args.getlist(k) for k in request.args}
    if request.method == "GET":
        if "update" in params:
            raise ApiError(400, "SPARQL Update must be sent by POST, never GET")
        text = _one(params, "query")
        return ("query", text, params) if text is not None else (None, None, params)
    mimetype = request.mimetype
    if mimetype == FORM:
        for k, v in _form().items():
            params.setdefault(k, []).extend(v)
        query, update = _one(params, "query"), _one(params, "update")
        if query is not None and update is not None:
            raise ApiError(400, "give either 'query' or 'update', not both")
        if query is None and update is None:
            raise ApiError(400, "the form has neither a 'query' nor an 'update' parameter")
        return ("query", query, params) if query is not None else ("update", update, params)
    if mimetype == QUERY_TYPE:
        return "query", _body_text(), params
    if mimetype == UPDATE_TYPE:
        return "update", _body_text(), params
    if not mimetype:
        raise ApiError(400, f"a POST needs a Content-Type: {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}")
    raise ApiError(415, f"unsupported Content-Type {mimetype!r}; use {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}")


@bp.route("/sparql", methods=["GET", "POST"])
@bp.route("/sparql/", methods=["GET", "POST"])
def endpoint():
    kind, text, params = read_operation()
    if kind is None:
        return _describe()
    if kind == "update":
        return _update(text, params)
    service = _service()
    prepared = prepare_scanned(text) if service.store.engine_parses else prepare(text)
    table = RESULT_FORMATS if prepared.tabular else GRAPH_FORMATS
    fmt = _negotiated(prepared.tabular, request.headers.get("Accept", ""), _override(params, table))
    if fmt is None:
        offered = ", ".join(f.media_type for f in table.values())
        raise ApiError(406, f"no acceptable format for a {prepared.kind} answer; offered: {offered}")
    default_graphs = tuple(params.get("default-graph-uri", []))
    named_graphs = tuple(params.get("named-graph-uri", []))
    digest = hashlib.sha1(repr((prepared.text, fmt, default_graphs, named_graphs)).encode()).hexdigest()[:12]
    etag = f"{service.store.etag}-{digest}"
    if service.store.immutable and request.if_none_match.contains(etag):
        return _headers(Response(status=304), etag)
    body, truncated = service.answer(prepared, fmt, default_graphs, named_graphs)
    resp = Response(body, mimetype=media_type(fmt))
    if fmt in ("json", "xml", "turtle", "jsonld", "ntriples", "rdfxml", "trig", "nquads", "csv", "tsv"):
        resp.charset = "utf-8"
    if truncated:
        resp.headers["X-SPARQL-Truncated"] = f"true; max-rows={current_app.config['FILMKG'].max_rows}"
    return _headers(resp, etag) if service.store.immutable else resp


@functools.lru_cache(maxsize=256)
def _negotiated(tabular: bool, accept: str, override: str | None) -> str | None:
    """:func:`negotiate` per distinct ``Accept`` header: clients send the same few headers over
    and over, and parsing them cost a tenth of a fast answer."""
    table = RESULT_FORMATS if tabular else GRAPH_FORMATS
    return negotiate(table, parse_accept_header(accept, MIMEAccept) if accept else None, override)


def _override(params, table) -> str | None:
    """The first ``format=`` value that names a format of ``table``. Clients such as SPARQLWrapper
    send it beside ``Accept`` (sometimes twice, sometimes empty); one that names nothing here
    leaves the choice to ``Accept``."""
    for value in params.get("format", []):
        if value and negotiate(table, None, value) is not None:
            return value
    return None


def _headers(resp: Response, etag: str) -> Response:
    resp.set_etag(etag)
    resp.headers["Vary"] = "Accept"
    resp.headers["Cache-Control"] = "no-cache"  # revalidate with If-None-Match: cheap 304s
    return resp


def _update(text: str, params) -> Response:
    settings = current_app.config["FILMKG"]
    token = settings.update_token
    sent = request.headers.get("Authorization", "")
    if not token or not hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
        raise ApiError(403, "this endpoint is read-only: SPARQL Update needs the configured update token")
    _service().update(text, tuple(params.get("using-graph-uri", [])), tuple(params.get("using-named-graph-uri", [])))
    return Response(status=204)


def _describe():
    fmt = negotiate(GRAPH_FORMATS, request.accept_mimetypes, request.args.get("format"), html=True)
    if fmt == "html":
        return redirect(url_for("pages.query_page"))
    if fmt is None:
        raise ApiError(406, "the service description is offered as " +
                       ", ".join(f.media_type for f in GRAPH_FORMATS.values()))
    graph = service_description(_service().store, request.base_url)
    return Response(render_graph(graph, fmt), mimetype=media_type(fmt))


__all__ = ["bp"]
