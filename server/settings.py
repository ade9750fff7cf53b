"""Server settings as data: defaults, then a TOML file, then ``FILMKG_*`` variables, then code.

Input: an optional mapping (what ``create_app(config)`` was given), an optional TOML file and an
environment mapping; output: a frozen :class:`Settings`. This is the only place the server reads
the environment; handlers read ``current_app.config["FILMKG"]``. An unknown key or a value of the
wrong type is a :class:`SettingsError` naming the key and where it came from.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path


class SettingsError(ValueError):
    pass


@dataclass(frozen=True)
class Settings:
    dataset: str | None = None  # a built dataset file (TriG, N-Quads); None: build ``seeds``
    seeds: str = "seeds"  # articles built at start when no dataset file is given
    base: str = "https://filmkg.org/"
    reasoner: str = "fast"
    # "oxigraph" (in memory; measured 10-700x faster than rdflib here, see benchmarks/README.md),
    # "oxigraph:DIR" (on disk, reopened on restart) or "memory" (rdflib's engine)
    store: str = "oxigraph"
    query_timeout: float = 10.0  # seconds a query may run before its worker is killed
    max_rows: int = 10_000  # SELECT rows returned; more are cut and flagged
    max_body_bytes: int = 1_000_000  # request bodies above this are refused (413)
    worker_memory_mb: int = 2048  # address space a query worker may add before MemoryError
    workers: int = 2  # query worker processes (0: evaluate in the request thread, no deadline)
    update_token: str | None = None  # SPARQL Update is refused (403) unless this bearer token is sent
    cors: bool = True  # Access-Control-Allow-Origin: * (never with credentials)
    cache_entries: int = 512  # responses cached by (query, dataset, format); data are immutable
    cache_bytes: int = 64_000_000  # and at most this many bytes of them
    host: str = "127.0.0.1"
    port: int = 8000
    threads: int = 8  # request threads of the WSGI server

    def replace(self, **changes) -> Settings:
        return dataclasses.replace(self, **changes)


ENV_PREFIX = "FILMKG_"


def _coerce(name: str, value, origin: str):
    field = next((f for f in fields(Settings) if f.name == name), None)
    if field is None:
        raise SettingsError(f"unknown setting {name!r} (from {origin})")
    kind = field.type if isinstance(field.type, str) else field.type.__name__
    try:
        if value is None or (isinstance(value, str) and value == "" and "None" in kind):
            if "None" not in kind:
                raise ValueError("may not be empty")
            return None
        if kind.startswith("bool"):
            if isinstance(value, str):
                if value.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                    raise ValueError(f"not a boolean: {value!r}")
                return value.lower() in ("1", "true", "yes", "on")
            return bool(value)
        if kind.startswith("int"):
            return int(value)
        if kind.startswith("float"):
            return float(value)
        return str(value)
    except (TypeError, ValueError) as err:
        raise SettingsError(f"setting {name!r} (from {origin}): {err}") from None


def load_settings(config: Mapping | Settings | None = None, *, environ: Mapping[str, str] | None = None,
                  config_file: str | Path | None = None) -> Settings:
    """Merge the sources, later ones winning: defaults < file < environment < ``config``.

    The file is ``config_file`` or ``$FILMKG_CONFIG``; ``environ`` defaults to ``os.environ``.
    """
    if isinstance(config, Settings):
        return config
    environ = os.environ if environ is None else environ
    values: dict = {}
    path = config_file or environ.get(ENV_PREFIX + "CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise SettingsError(f"cannot read settings file {path}: {err}") from None
        for key, value in data.get("filmkg", data).items():
            values[key] = _coerce(key, value, str(path))
    for key, value in environ.items():
        if key.startswith(ENV_PREFIX) and key != ENV_PREFIX + "CONFIG":
            name = key[len(ENV_PREFIX):].lower()
            values[name] = _coerce(name, value, f"${key}")
    for key, value in (config or {}).items():
        values[key] = _coerce(key, value, "create_app(config)")
    settings = Settings(**values)
    if settings.query_timeout <= 0 or settings.max_rows <= 0 or settings.workers < 0:
        raise SettingsError("query_timeout and max_rows must be positive and workers not negative")
    return settings


__all__ = ["Settings", "SettingsError", "load_settings"]
