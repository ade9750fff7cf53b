"""filmkg's front end: the SPARQL server (``create_app``) and the command line (``server.cli``)."""

from .app import create_app

__all__ = ["create_app"]
