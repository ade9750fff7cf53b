"""Helpers for the server tests: a fresh app per test over the seed, and the error shape."""

from __future__ import annotations

from server import create_app
from server.store import Store


def make_app(dataset, engine: str = "memory", **settings):
    """A new app over ``dataset`` (not changed), answered by rdflib ("memory") or Oxigraph;
    evaluation in-process unless ``workers`` is given."""
    config = {"workers": 0, **settings, "store": Store.of(dataset, engine=engine)}
    return create_app(config)


def close(app) -> None:
    app.extensions["filmkg"].close()


def error_of(response) -> dict:
    body = response.get_json()
    assert set(body) == {"error"}, body
    assert set(body["error"]) == {"status", "title", "detail"}, body
    assert body["error"]["status"] == response.status_code
    return body["error"]
