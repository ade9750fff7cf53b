"""A small SPARQL 1.1 protocol client for Wikidata-shaped endpoints, with a committable answer cache.

Input: SELECT query text; output: the rows of the answer (``results.bindings`` of the SPARQL JSON
results format, a list of ``{var: {"type", "value", ...}}``). Every answer is kept in a
:class:`QueryCache` (a JSON file keyed by the SHA-256 of the query text, whatever the endpoint), so
that a build can be repeated without a network. Offline, only the cache answers: a miss is an empty
answer, counted, never an error and never a wait. Online, requests are spaced (``min_interval``),
sent with a descriptive User-Agent as Wikimedia's policy asks, and retried with exponential backoff
on 429, 5xx, timeouts and connection errors, honouring ``Retry-After``; a query that still fails is
an empty answer counted as failed (and not cached), so a flaky network yields fewer links, not an
abort.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import os
import socket
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
log = logging.getLogger("filmkg.linking")


def user_agent() -> str:
    try:
        from importlib.metadata import version
        v = version("filmkg")
    except Exception:  # not installed (a source checkout): the UA must still be descriptive
        v = "0"
    return f"filmkg/{v} (https://filmkg.org; film knowledge graph builder)"


def query_key(query: str) -> str:
    """The cache key of a query: SHA-256 of its text with runs of whitespace folded (so that
    re-indenting a query keeps its answer); the endpoint is deliberately not part of it."""
    return hashlib.sha256(" ".join(query.split()).encode("utf-8")).hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class QueryCache:
    """Answers by query key: ``{key: {"query": text, "fetched": ISO time, "result": SPARQL JSON}}``.

    The query text is kept next to its answer so that a reviewer of the committed file can see what
    was asked; ``fetched`` dates the answer (links made from it carry that time).
    """

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else None
        self.entries: dict[str, dict] = {}
        self.changed = False
        if self.path and self.path.exists():
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            if not isinstance(data, dict):
                raise ValueError(f"{self.path}: a link cache must be a JSON object")
            self.entries = data

    def get(self, query: str) -> dict | None:
        return self.entries.get(query_key(query))

    def put(self, query: str, result: dict, fetched: str) -> dict:
        entry = {"query": query, "fetched": fetched, "result": result}
        self.entries[query_key(query)] = entry
        self.changed = True
        return entry

    def save(self) -> None:
        """Write the file atomically, sorted, one entry per block (reviewable diffs)."""
        if not (self.path and self.changed):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".cache-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(self.entries, out, indent=1, sort_keys=True, ensure_ascii=False)
            out.write("\n")
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is meant to be shared
        os.replace(tmp, self.path)
        self.changed = False


@dataclass
class Stats:
    queries: int = 0
    hits: int = 0  # answered from the cache
    misses: int = 0  # offline and not in the cache: answered empty
    requests: int = 0  # HTTP requests sent (retries included)
    retries: int = 0
    failed: int = 0  # online, still failing after every retry: answered empty

    def summary(self) -> str:
        return (f"{self.queries} queries: {self.hits} from cache, {self.misses} cache misses offline, "
                f"{self.requests} requests, {self.retries} retries, {self.failed} failed")


class EndpointError(Exception):
    """One request failed; ``retry_after`` is the server's wish in seconds, if it said one."""

    def __init__(self, message: str, retryable: bool, retry_after: float | None = None):
        super().__init__(message)
        self.retryable, self.retry_after = retryable, retry_after


class SparqlClient:
    """SELECT queries against ``endpoint`` through ``cache``; see the module docstring."""

    def __init__(self, endpoint: str = DEFAULT_ENDPOINT, cache: QueryCache | None = None, *,
                 offline: bool = False, min_interval: float = 1.0, timeout: float = 60.0,
                 retries: int = 4, backoff: float = 2.0, max_wait: float = 120.0,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic):
        self.endpoint, self.cache, self.offline = endpoint, cache or QueryCache(), offline
        self.min_interval, self.timeout, self.retries = min_interval, timeout, retries
        self.backoff, self.max_wait = backoff, max_wait
        self.sleep, self.clock = sleep, clock
        self.stats = Stats()
        self.as_of: str | None = None  # the latest fetch time of the answers used
        self._last_request: float | None = None

    def select(self, query: str) -> list[dict]:
        """The rows of the answer to ``query`` (empty when offline and not cached, or failed)."""
        self.stats.queries += 1
        key = query_key(query)[:12]
        entry = self.cache.get(query)
        if entry is not None:
            self.stats.hits += 1
            log.info("query %s: cache hit\n%s", key, query)
        elif self.offline:
            self.stats.misses += 1
            log.info("query %s: not in the cache (offline): empty answer\n%s", key, query)
            return []
        else:
            log.info("query %s: asking %s\n%s", key, self.endpoint, query)
            try:
                entry = self.cache.put(query, self._fetch(query), now_iso())
            except EndpointError as err:
                self.stats.failed += 1
                log.warning("query %s failed, answered empty: %s", key, err)
                return []
        if self.as_of is None or entry["fetched"] > self.as_of:
            self.as_of = entry["fetched"]
        return entry["result"].get("results", {}).get("bindings", [])

    def _fetch(self, query: str) -> dict:
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return self._request(query)
            except EndpointError as err:
                if not err.retryable or attempt == self.retries:
                    raise
                if err.retry_after is not None and err.retry_after > self.max_wait:
                    # Asking again sooner than the server allows would be rude; give up instead.
                    raise EndpointError(f"{err} (Retry-After {err.retry_after:.0f} s is beyond "
                                        f"{self.max_wait:.0f} s)", False) from None
                wait = max(min(delay, self.max_wait), err.retry_after or 0.0)
                self.stats.retries += 1
                log.info("retrying in %.1f s: %s", wait, err)
                self.sleep(wait)
                delay *= 2
        raise AssertionError("unreachable")

    def _request(self, query: str) -> dict:
        if self._last_request is not None:
            # Space requests: Wikimedia throttles clients that send queries back to back.
            gap = self.min_interval - (self.clock() - self._last_request)
            if gap > 0:
                self.sleep(gap)
        self._last_request = self.clock()
        self.stats.requests += 1
        request = urllib.request.Request(
            self.endpoint, data=urllib.parse.urlencode({"query": query}).encode("utf-8"), method="POST",
            headers={"Accept": "application/sparql-results+json", "User-Agent": user_agent(),
                     "Content-Type": "application/x-www-form-urlencoded"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body = response.read()
        except urllib.error.HTTPError as err:
            retryable = err.code == 429 or err.code >= 500
            raise EndpointError(f"HTTP {err.code} from {self.endpoint}", retryable,
                                _retry_after(err.headers.get("Retry-After"))) from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as err:
            raise EndpointError(f"{self.endpoint}: {getattr(err, 'reason', err)}", True) from None
        try:
            result = json.loads(body)
        except ValueError:
            raise EndpointError(f"{self.endpoint} answered something that is not SPARQL JSON", False) from None
        if not isinstance(result, dict) or "results" not in result:
            raise EndpointError(f"{self.endpoint} answered JSON without results", False)
        return result


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
