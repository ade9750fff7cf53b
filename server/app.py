"""The application factory: ``create_app(config) -> Flask``.

Settings come from :func:`server.settings.load_settings` (defaults, file, ``FILMKG_*``, then
``config``); the dataset is loaded once (or a ``Store`` passed in ``config["store"]`` is used as
is); query workers are forked after loading. One blueprint per concern: the SPARQL endpoint, pages
for people, exports. ``app.extensions["filmkg"]`` holds the :class:`~server.service.Service`; call
its ``close()`` (or let the process exit) to stop the workers.
"""

from __future__ import annotations

import atexit

from flask import Flask, Response, request

from . import errors, exports, pages, sparql
from .service import Service
from .settings import Settings, load_settings
from .store import Store


def create_app(config: dict | Settings | None = None) -> Flask:
    """``config``: setting overrides (see :class:`~server.settings.Settings`), optionally with a
    ready ``"store"``; or a complete ``Settings``. Returns the app, data loaded and workers running."""
    if isinstance(config, Settings):
        settings, store = config, None
    else:
        config = dict(config or {})
        # "store" is either a ready Store (tests, benchmarks) or the store setting's text
        store = config.pop("store") if isinstance(config.get("store"), Store) else None
        settings = load_settings(config)
    app = Flask(__name__)
    app.config["FILMKG"] = settings
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False
    store = store or Store.open(settings)
    service = Service(store, settings)
    atexit.register(service.close)
    app.extensions["filmkg"] = service
    errors.init_app(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(exports.bp)
    if settings.cors:
        app.after_request(_cors)
    return app


def _cors(resp: Response) -> Response:
    # Anyone may read the data from a browser; no cookies or credentials are ever accepted.
    resp.headers["Access-Control-Allow-Origin"] = "*"
    if request.method == "OPTIONS":
        resp.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization, If-None-Match"
        resp.headers["Access-Control-Max-Age"] = "86400"
    resp.headers["Access-Control-Expose-Headers"] = "ETag, X-SPARQL-Truncated"
    return resp


__all__ = ["create_app"]
