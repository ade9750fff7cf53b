"""The one error shape of the HTTP layer, and the one place errors become responses.

Every error — a bad query, a refused update, an unknown page, a deadline, an unexpected exception —
is answered as ``{"error": {"status": int, "title": str, "detail": str}}`` (JSON), or the same
fields in a small HTML page when the client prefers HTML. A test pins this shape.
"""

from __future__ import annotations

import logging

from flask import Flask, Response, json, render_template, request
from werkzeug.exceptions import HTTPException

from .engine import QueryError

log = logging.getLogger("filmkg.server")


class ApiError(Exception):
    """An error with an HTTP status, raised by handlers."""

    def __init__(self, status: int, detail: str, headers: dict | None = None):
        super().__init__(detail)
        self.status, self.detail, self.headers = status, detail, headers or {}


TITLES = {400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
          406: "Not Acceptable", 413: "Payload Too Large", 415: "Unsupported Media Type",
          500: "Internal Server Error", 503: "Service Unavailable"}


def error_response(status: int, detail: str, headers: dict | None = None) -> Response:
    title = TITLES.get(status, "Error")
    body = {"error": {"status": status, "title": title, "detail": detail}}
    wants_html = request.accept_mimetypes.best_match(["application/json", "text/html"]) == "text/html" \
        and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]
    if wants_html:
        resp = Response(render_template("error.html", **body["error"]), status, mimetype="text/html")
    else:
        resp = Response(json.dumps(body), status, mimetype="application/json")
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def init_app(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api(err: ApiError):
        return error_response(err.status, err.detail, err.headers)

    @app.errorhandler(QueryError)
    def _query(err: QueryError):
        return error_response(err.status, err.message)

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException):
        headers = {"Allow": err.valid_methods and ", ".join(err.valid_methods)} if getattr(
            err, "valid_methods", None) else None
        return error_response(err.code or 500, err.description or err.name, headers)

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):
        log.exception("unexpected error")
        return error_response(500, f"unexpected error: {type(err).__name__}")


__all__ = ["ApiError", "error_response", "init_app"]
