"""The filmkg ontology package: ``film.ttl`` (OWL 2 RL), ``shapes.ttl`` (SHACL), ``context.jsonld``.

``load_ontology()`` and ``load_shapes()`` return fresh rdflib graphs each call, so callers may
change them; ``load_context()`` returns the JSON-LD context as a dict (never fetched remotely).
"""

from __future__ import annotations

import json
from importlib import resources

from rdflib import Graph

from .namespace import FK, ONTOLOGY_IRI, ONTOLOGY_VERSION_IRI, ROLE

__all__ = ["FK", "ROLE", "ONTOLOGY_IRI", "ONTOLOGY_VERSION_IRI", "load_ontology", "load_shapes",
           "load_context", "ontology_text", "competency_queries", "ONTOLOGY_FILE", "SHAPES_FILE", "CONTEXT_FILE"]

ONTOLOGY_FILE = "film.ttl"
SHAPES_FILE = "shapes.ttl"
CONTEXT_FILE = "context.jsonld"


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def ontology_text() -> str:
    """The Turtle source of the ontology."""
    return _read(ONTOLOGY_FILE)


def load_ontology() -> Graph:
    """A new graph holding the ontology."""
    return Graph().parse(data=_read(ONTOLOGY_FILE), format="turtle")


def load_shapes() -> Graph:
    """A new graph holding the SHACL shapes."""
    return Graph().parse(data=_read(SHAPES_FILE), format="turtle")


def load_context() -> dict:
    """The JSON-LD ``@context`` object (the value of the file's ``@context`` key)."""
    return json.loads(_read(CONTEXT_FILE))["@context"]


def competency_queries() -> dict[str, str]:
    """The named competency queries, ``{"01-film-facts": "PREFIX ...", ...}``, in order."""
    folder = resources.files(__name__).joinpath("queries")
    return {p.name[:-3]: p.read_text(encoding="utf-8")
            for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".rq")}
