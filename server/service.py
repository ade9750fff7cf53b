"""The query service behind the HTTP layer: workers, the response cache, updates.

Input: a :class:`~server.store.Store` and settings; output: ``answer(...) -> (body, truncated)``
for prepared queries, with answers cached by (query, format, dataset, data version) because the data
are immutable while served; ``update(...)`` applies an authorised SPARQL Update and refreshes the
workers and the cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from .engine import Prepared, QueryError, apply_update, prepare_update
from .settings import Settings
from .store import Store
from .workers import Job, WorkerPool


class Service:
    def __init__(self, store: Store, settings: Settings):
        self.store, self.settings = store, settings
        self.lock = threading.Lock()
        self.cache: OrderedDict = OrderedDict()
        self.cached_bytes = 0
        self.last_export: tuple = (None, b"")
        self.pool = self._pool()

    def _pool(self) -> WorkerPool | None:
        s = self.settings
        if not s.workers or self.store.remote is not None:  # a remote server runs (and times) its own queries
            return None
        return WorkerPool(self.store, s.workers, s.query_timeout, s.worker_memory_mb)

    def answer(self, prepared: Prepared, fmt: str, default_graphs=(), named_graphs=()) -> tuple[bytes, bool]:
        key = (prepared.text, fmt, tuple(default_graphs), tuple(named_graphs), self.store.etag)
        with self.lock:
            hit = self.cache.get(key)
            if hit is not None:
                self.cache.move_to_end(key)
                return hit
        if self.pool is not None:
            job = Job(prepared.text, None, fmt, tuple(default_graphs), tuple(named_graphs), self.settings.max_rows,
                      prepared.kind, prepared.dataset_clause)
            answer = self.pool.run(job)
        else:
            answer = self.store.execute(prepared, fmt, default_graphs, named_graphs, self.settings.max_rows)
        size = len(answer[0])
        if self.store.immutable and size <= self.settings.cache_bytes // 16:  # a huge answer would evict everything else
            with self.lock:
                self.cache[key] = answer
                self.cached_bytes += size
                while len(self.cache) > self.settings.cache_entries or self.cached_bytes > self.settings.cache_bytes:
                    _, (body, _) = self.cache.popitem(last=False)
                    self.cached_bytes -= len(body)
        return answer

    def export(self, name: str, make) -> bytes:
        """The whole dataset in export format ``name``, made by ``make()`` once per data version
        (only the latest format is kept: a dump can be hundreds of megabytes)."""
        with self.lock:
            key = (self.store.etag, name)
            if self.last_export[0] != key:
                self.last_export = (key, make())
            return self.last_export[1]

    def update(self, text: str, using_graphs=(), using_named_graphs=()) -> None:
        """Apply an update (the caller checked the token); workers are re-forked to see the change."""
        if not self.store.immutable:
            raise QueryError("this server reads a remote SPARQL server; send updates to that server", 403)
        update = prepare_update(text)
        if using_graphs or using_named_graphs:
            for op in update.algebra:
                if getattr(op, "using", None):
                    raise QueryError("using-graph-uri / using-named-graph-uri conflict with USING in the update")
            raise QueryError("using-graph-uri and using-named-graph-uri are not supported; use USING in the update")
        with self.lock:
            apply_update(self.store.ds, update)
            self.store.touched()
            self.cache.clear()
            self.cached_bytes = 0
            if self.pool is not None:
                self.pool.close()
                self.pool = self._pool()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()


__all__ = ["Service"]
