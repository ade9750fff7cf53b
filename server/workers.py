"""Query workers: persistent processes that can be killed at a query's deadline.

A thread cannot be stopped, so a runaway query would keep a core busy for ever. Each worker is a
process forked from the server after the dataset is loaded (so it shares the data copy-on-write),
warmed with a first query, limited in address space, and barred from the network (its own empty
network namespace where the kernel allows it, and an audit hook).
A request borrows an idle worker, sends it the query and waits at most the deadline; at the
deadline the worker is killed and a fresh one forked in its place, while other workers go on
answering. Input: the store and settings; output: ``run(job) -> (body, truncated)`` or a
:class:`~server.engine.QueryError`.
"""

from __future__ import annotations

import ctypes
import marshal
import multiprocessing
import os
import queue
import resource
import select
import socket
import struct
import sys
import threading
from dataclasses import dataclass

from .engine import Prepared, QueryError, prepare

_FORK = multiprocessing.get_context("fork")
WARM_UP = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"


@dataclass(frozen=True)
class Job:
    text: str
    base: str | None
    fmt: str
    default_graphs: tuple = ()
    named_graphs: tuple = ()
    max_rows: int = 10_000
    kind: str = ""  # what the request thread found, so an Oxigraph worker need not parse again
    dataset_clause: bool = False

    def prepared(self, store) -> Prepared:
        """The query as the worker's engine needs it: rdflib must parse (its algebra does not
        pickle); Oxigraph parses by itself, and the safety checks were done before dispatch."""
        if store.ox is not None and self.kind:
            return Prepared(self.text, self.kind, None, (), (), self.dataset_clause)
        return prepare(self.text, self.base)


class _Channel:
    """One end of a socket pair carrying tuples of plain values (str, bytes, int, bool, None,
    tuples), marshalled behind a length prefix. Measured against multiprocessing's ``Connection``
    (pickle, and a new selector for every ``poll``): a query's round trip 0.087 -> 0.054 ms. Only
    ever talks to a process forked from this one, so marshal's lack of safety checks is moot."""

    HEADER = struct.Struct("!Q")

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.poller = select.poll()
        self.poller.register(sock, select.POLLIN)

    def send(self, message: tuple | None) -> None:
        data = marshal.dumps(message)
        if len(data) < 65536:
            self.sock.sendall(self.HEADER.pack(len(data)) + data)
        else:  # a large answer: no extra copy for the concatenation
            self.sock.sendall(self.HEADER.pack(len(data)))
            self.sock.sendall(data)

    def poll(self, timeout: float) -> bool:
        """Whether a message (or the peer's end) arrived within ``timeout`` seconds."""
        return bool(self.poller.poll(timeout * 1000))

    def recv(self):
        """The next message; EOFError when the peer has gone."""
        (size,) = self.HEADER.unpack(self._exactly(self.HEADER.size))
        return marshal.loads(self._exactly(size))

    def _exactly(self, size: int) -> bytes:
        buf = bytearray(size)
        view, got = memoryview(buf), 0
        while got < size:
            n = self.sock.recv_into(view[got:])
            if not n:
                raise EOFError("the other process closed the channel")
            got += n
        return bytes(buf)

    def close(self) -> None:
        self.sock.close()


def _no_network(event: str, args) -> None:
    # The documented security setting: query workers never open a connection or a URL, whatever
    # rdflib might try (SERVICE and dataset clauses are also refused or resolved locally earlier).
    if event in ("urllib.Request", "socket.connect", "socket.getaddrinfo"):
        raise PermissionError(f"network access is disabled in query workers ({event})")


CLONE_NEWUSER, CLONE_NEWNET = 0x10000000, 0x40000000


def _isolate_network() -> bool:
    """Move this worker into a new, empty network namespace (Linux): not even loopback is up, so
    no engine can connect anywhere, whatever its language. The audit hook only sees Python's own
    sockets, and Oxigraph's Rust code would answer SERVICE by fetching the URL itself. Needs
    root or unprivileged user namespaces; returns whether it worked (when it did not, the token
    scan and the parse check before dispatch still refuse SERVICE and LOAD)."""
    try:
        unshare = ctypes.CDLL(None, use_errno=True).unshare
    except (OSError, AttributeError):
        return False
    return any(unshare(flags) == 0 for flags in (CLONE_NEWNET, CLONE_NEWUSER | CLONE_NEWNET))


def _worker_main(conn, store, memory_mb: int) -> None:
    try:
        isolated = _isolate_network()
        if memory_mb:
            soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            used = _address_space()
            limit = used + memory_mb * 1024 * 1024
            if hard == resource.RLIM_INFINITY or limit < hard:
                resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        for fmt in ("json", "xml", "csv", "tsv"):
            store.execute(prepare(WARM_UP), fmt, max_rows=1)
        sys.addaudithook(_no_network)
        conn.send(("ready", isolated, None))
        while True:
            fields = conn.recv()
            if fields is None:
                return
            job = Job(*fields)
            try:
                body, truncated = store.execute(job.prepared(store), job.fmt, job.default_graphs,
                                                job.named_graphs, job.max_rows)
                conn.send(("ok", body, truncated))
            except QueryError as err:
                conn.send(("error", err.message, err.status))
            except MemoryError:
                conn.send(("error", "the query needed more memory than a worker may use", 503))
            except Exception as err:  # a renderer's or engine's own bug: report it, keep the worker
                conn.send(("error", f"internal error: {type(err).__name__}: {err}", 500))
    except (EOFError, KeyboardInterrupt, BrokenPipeError):
        return


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


class _Worker:
    def __init__(self, store, memory_mb: int):
        mine, child = socket.socketpair()
        self.conn = _Channel(mine)
        self.process = _FORK.Process(target=_worker_main, args=(_Channel(child), store, memory_mb), daemon=True)
        self.process.start()
        child.close()
        self.ready = self.isolated = False

    def wait_ready(self, timeout: float) -> None:
        if not self.ready and self.conn.poll(timeout):
            self.isolated = self.conn.recv()[1]
            self.ready = True

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """``size`` workers over ``store``; ``run`` blocks until a worker is free, then at most ``timeout`` s."""

    def __init__(self, store, size: int, timeout: float, memory_mb: int = 0):
        self.store, self.timeout, self.memory_mb = store, timeout, memory_mb
        self.idle: queue.Queue = queue.Queue()
        self.lock = threading.Lock()
        self.closed = False
        self.respawned = 0
        for _ in range(size):
            self.idle.put(_Worker(store, memory_mb))

    def run(self, job: Job) -> tuple[bytes, bool]:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryError("all query workers are busy; try again shortly", 503) from None
        try:
            worker.wait_ready(30)
            # A plain tuple of the fields (not dataclasses.astuple, which deep-copies: 47 µs).
            worker.conn.send(tuple(job.__dict__.values()))
            if not worker.conn.poll(self.timeout):
                worker.kill()
                worker = self._replace()
                raise QueryError(f"the query ran past its deadline of {self.timeout:g} s and was stopped", 503)
            status, body, extra = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            worker.kill()
            worker = self._replace()
            raise QueryError("the query worker died (out of memory?) and was replaced", 503) from None
        finally:
            if not self.closed:
                self.idle.put(worker)
        if status == "error":
            raise QueryError(body, extra)
        return body, extra

    def _replace(self) -> _Worker:
        with self.lock:
            self.respawned += 1
            return _Worker(self.store, self.memory_mb)

    def close(self) -> None:
        self.closed = True
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                return


__all__ = ["Job", "WorkerPool"]
