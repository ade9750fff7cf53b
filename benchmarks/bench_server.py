"""SPARQL server latency and throughput: filmkg serve vs rdflib-endpoint vs oxigraph serve.

Input: ``python benchmarks/bench_server.py [--corpus N] [--seed S] [--work DIR] [--clients 1,8]
[--cell-seconds T] [--no-interference]``. Needs ``pip install '.[bench]'`` (oxigraph, rdflib-endpoint,
uvicorn). Datasets: the seed (``filmkg build seeds``) and, with ``--corpus N`` (default 1000, 0 to
skip) and ``benchmarks/generate.py`` present, N synthetic articles built with ``filmkg build``
(kept in ``--work`` and reused on the next run). For each dataset the three servers are started
on 127.0.0.1 on free ports over the same TriG file:

* ``filmkg serve --dataset X`` with default settings (2 query workers, 10 s deadline, 8 threads,
  response cache);
* rdflib-endpoint's ``SparqlEndpoint`` (rdflib's engine, default-union dataset) under uvicorn;
* ``oxigraph load``, an ``oxigraph update`` that copies the union of the named graphs into the
  default graph (a set, as filmkg and rdflib serve it), then ``oxigraph serve`` (Rust, RocksDB).

Three query classes (trivial, competency, heavy) are sent by 1 and by 8 client threads, each with
a keep-alive ``http.client`` connection, GET, ``Accept: application/sparql-results+json``. Every
request's text is made unique with a trailing comment, so no server answers from a cache of
answers or parsed queries (a second, smaller table repeats one identical text per class: what
filmkg's response cache and rdflib-endpoint's parse cache give). A cell sends at most a fixed number of
requests and starts no new one after ``--cell-seconds``; a request waits at most 120 s and an
answer is read up to 64 MB. Each query is also sent once on its own first, so every query has a
latency (or a failure) on record. Output: Markdown tables on stdout (per query: p50 latency with 1
client, row counts, ratios to rdflib-endpoint and to oxigraph; per class: p50/p99, requests/s with
1 and with 8 clients, errors and ratios), progress on stderr, raw numbers in
``WORK/bench_server.json``. Then the interference demonstration: a runaway query against filmkg,
cut at its deadline, while a simple query's latency is measured next to it; and, on the largest
dataset, a heavy query against each server while a simple query's latency is measured.
"""

from __future__ import annotations

import argparse
import http.client
import importlib.metadata
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from ontology import competency_queries  # noqa: E402

BIN = Path(sys.executable).parent
CLIENT_TIMEOUT = 120.0
MAX_BODY = 64 * 1024 * 1024  # a longer answer is read no further and counted as an error
PREFIXES = ("PREFIX fk: <https://filmkg.org/ontology#>\nPREFIX role: <https://filmkg.org/ontology/role/>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
CQ = competency_queries()
CLASSES: dict[str, list[tuple[str, str]]] = {
    "trivial": [("ask-empty", "ASK {}"), ("select-1", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1")],
    "competency": [(name, CQ[name]) for name in ("01-film-facts", "02-director", "06-voices", "18-genres")],
    "heavy": [
        # a 3-way join (film -> director credit, film -> performance) with grouping
        ("director-actor-join", PREFIXES + "SELECT ?director ?actor (COUNT(DISTINCT ?film) AS ?films) WHERE {\n"
         "  ?film a fk:Film ; fk:credit ?c ; fk:performance ?perf .\n"
         "  ?c fk:role role:director ; fk:agent/rdfs:label ?director .\n"
         "  ?perf fk:performer/rdfs:label ?actor .\n"
         "} GROUP BY ?director ?actor ORDER BY DESC(?films) ?director ?actor LIMIT 20"),
        # a property path: each director's co-credited people (through the films' credits)
        ("co-credit-path", PREFIXES + "SELECT ?p (COUNT(DISTINCT ?q) AS ?n) WHERE {\n"
         "  ?c0 fk:role role:director ; fk:agent ?p .\n"
         "  ?p ^fk:agent/^fk:credit/fk:credit/fk:agent ?q .\n"
         "} GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 10"),
    ],
}
# (requests with 1 client, requests with 8 clients): upper bounds; --cell-seconds cuts earlier.
BUDGET = {"trivial": (300, 800), "competency": (40, 80), "heavy": (20, 40)}
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SIMPLE = "ASK { ?s ?p ?o }"

PEER = """
import sys
import uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint

ds = Dataset(default_union=True)
ds.parse(sys.argv[1], format="trig")
app = SparqlEndpoint(graph=ds, path="/sparql", cors_enabled=False)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        sys.exit(f"bench_server: {name} not found; pip install '.[bench]'")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- HTTP ----------------------------------------------------------------------------------------

class Client:
    """One keep-alive connection; ``get(query) -> (status, body, seconds)``."""

    def __init__(self, port: int, path: str):
        self.port, self.path = port, path
        self.conn: http.client.HTTPConnection | None = None

    def _connect(self) -> http.client.HTTPConnection:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=CLIENT_TIMEOUT)
        return self.conn

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def get(self, query: str) -> tuple[int, bytes, float]:
        target = self.path + "?" + urllib.parse.urlencode({"query": query})
        headers = {"Accept": "application/sparql-results+json"}
        for attempt in (0, 1):
            reused = self.conn is not None
            started = time.perf_counter()
            try:
                conn = self._connect()
                conn.request("GET", target, headers=headers)
                resp = conn.getresponse()
                parts, size = [], 0
                while part := resp.read(1 << 20):
                    parts.append(part)
                    size += len(part)
                    if size > MAX_BODY:
                        self.close()
                        return -1, b"answer longer than MAX_BODY", time.perf_counter() - started
                body = b"".join(parts)
                elapsed = time.perf_counter() - started
                if resp.will_close:
                    self.close()
                return resp.status, body, elapsed
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as err:
                self.close()
                if attempt == 0 and reused:  # a stale keep-alive connection: retry once on a new one
                    continue
                return 0, str(err).encode(), time.perf_counter() - started
            except (TimeoutError, socket.timeout, OSError, http.client.HTTPException) as err:
                self.close()
                return 0, f"{type(err).__name__}: {err}".encode(), time.perf_counter() - started
        raise AssertionError("unreachable")


def rows_of(body: bytes) -> int | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if "boolean" in data:
        return int(bool(data["boolean"]))
    return len(data.get("results", {}).get("bindings", []))


# --- servers -------------------------------------------------------------------------------------

@dataclass
class Server:
    name: str
    argv: list[str]
    port: int
    path: str
    log_path: Path
    proc: subprocess.Popen | None = None
    ready_s: float = 0.0

    def start(self) -> None:
        out = open(self.log_path, "wb")
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(self.argv, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        out.close()

    def wait(self, limit: float) -> None:
        client = Client(self.port, self.path)
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            status, _, _ = client.get("ASK {}")
            if status == 200:
                self.ready_s = time.perf_counter() - self.started
                client.close()
                return
            time.sleep(0.3)
        self.stop()
        sys.exit(f"bench_server: {self.name} did not answer within {limit:g} s:\n"
                 + self.log_path.read_text(errors="replace")[-2000:])

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)  # filmkg's forked query workers
        except (ProcessLookupError, PermissionError):
            pass
        self.proc = None


def make_servers(trig: Path, work: Path, tag: str) -> list[Server]:
    oxi_dir = work / f"oxigraph-{tag}"
    if oxi_dir.exists():
        shutil.rmtree(oxi_dir)
    started = time.perf_counter()
    subprocess.run([tool("oxigraph"), "load", "--location", str(oxi_dir), "--file", str(trig)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=1800)
    # The default graph as filmkg and rdflib serve it: the set union of the named graphs. (Oxigraph's
    # --union-default-graph is a bag over quads: a triple stated in k graphs matches k times, so
    # 01-film-facts gives 94 million rows at 1000 films instead of 1438.)
    subprocess.run([tool("oxigraph"), "update", "--location", str(oxi_dir), "--update",
                    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=1800)
    log(f"  oxigraph load + union into the default graph: {time.perf_counter() - started:.1f} s")
    servers = []
    port = free_port()
    servers.append(Server("filmkg", [tool("filmkg"), "serve", "--dataset", str(trig), "--host", "127.0.0.1",
                                     "--port", str(port)], port, "/sparql", work / f"filmkg-{tag}.log"))
    port = free_port()
    servers.append(Server("rdflib-endpoint", [sys.executable, "-c", PEER, str(trig), str(port)], port, "/sparql",
                          work / f"rdflib-endpoint-{tag}.log"))
    port = free_port()
    servers.append(Server("oxigraph", [tool("oxigraph"), "serve", "--location", str(oxi_dir), "--bind",
                                       f"127.0.0.1:{port}"], port, "/query",
                          work / f"oxigraph-{tag}.log"))
    return servers


# --- measurements --------------------------------------------------------------------------------

@dataclass
class Cell:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict = field(default_factory=dict)
    wall: float = 0.0
    rows: dict = field(default_factory=dict)  # query name -> rows in the first good answer
    by_query: dict = field(default_factory=dict)  # query name -> latencies of its good answers
    failed: dict = field(default_factory=dict)  # query name -> statuses of its failures

    @property
    def ok(self) -> int:
        return len(self.latencies)

    def rps(self) -> float | None:
        return self.ok / self.wall if self.wall and self.ok else None

    def pct(self, p: float) -> float | None:
        return percentile(self.latencies, p)


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    xs = sorted(values)
    return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs) + 0.5) - 1))]


_counter = iter(range(10**12))
_counter_lock = threading.Lock()


def unique(text: str) -> str:
    with _counter_lock:
        n = next(_counter)
    return f"{text}\n# bench request {n}\n"


def run_cell(server: Server, queries: list[tuple[str, str]], clients: int, limit: int, seconds: float,
             distinct: bool = True) -> Cell:
    cell = Cell()
    lock = threading.Lock()
    issued = [0]
    stop_at = time.perf_counter() + seconds

    def worker(offset: int) -> None:
        client = Client(server.port, server.path)
        i = offset
        try:
            while True:
                with lock:
                    if issued[0] >= limit or (issued[0] >= clients and time.perf_counter() > stop_at):
                        return
                    issued[0] += 1
                name, text = queries[i % len(queries)]
                i += 1
                status, body, elapsed = client.get(unique(text) if distinct else text)
                with lock:
                    cell.statuses[status] = cell.statuses.get(status, 0) + 1
                    if status == 200:
                        cell.latencies.append(elapsed)
                        cell.by_query.setdefault(name, []).append(elapsed)
                        if name not in cell.rows:
                            cell.rows[name] = rows_of(body)
                    else:
                        cell.errors += 1
                        cell.failed.setdefault(name, []).append(status)
        finally:
            client.close()

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + limit * CLIENT_TIMEOUT)
    cell.wall = time.perf_counter() - started
    return cell


def drain(server: Server, limit: float = 600) -> None:
    """Wait until the server answers a trivial query again (work left by clients that gave up)."""
    client = Client(server.port, server.path)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if client.get("ASK {}")[0] == 200:
            break
        time.sleep(0.5)
    client.close()


def interference(server: Server, heavy: str, simple: str, label: str) -> dict:
    """Send ``heavy`` once; meanwhile send ``simple`` (distinct texts) one after another and time each."""
    baseline = Client(server.port, server.path)
    base = [baseline.get(unique(simple))[2] for _ in range(20)]
    baseline.close()
    result: dict = {"server": server.name, "label": label}

    def run_heavy() -> None:
        c = Client(server.port, server.path)
        status, body, elapsed = c.get(unique(heavy))
        c.close()
        result.update(heavy_status=status, heavy_s=elapsed, heavy_body=body[:200].decode(errors="replace"))

    t = threading.Thread(target=run_heavy, daemon=True)
    t.start()
    time.sleep(0.05)  # let the heavy query reach the server first
    side = Client(server.port, server.path)
    during, statuses = [], {}
    limit = time.monotonic() + CLIENT_TIMEOUT + 30
    while t.is_alive() and time.monotonic() < limit and len(during) < 5000:
        status, _, elapsed = side.get(unique(simple))
        statuses[status] = statuses.get(status, 0) + 1
        during.append(elapsed)
    t.join(CLIENT_TIMEOUT + 30)
    after_status, _, after = side.get(unique(simple))
    side.close()
    during_sorted = sorted(during) or [float("nan")]
    result.update(baseline_p50=statistics.median(base), during_n=len(during), during_statuses=statuses,
                  during_p50=statistics.median(during_sorted), during_max=during_sorted[-1],
                  after_status=after_status, after_s=after)
    return result


# --- datasets ------------------------------------------------------------------------------------

def build(paths: list[Path], out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([tool("filmkg"), "build", *map(str, paths), "-o", str(out)], cwd=ROOT, check=True,
                   stdin=subprocess.DEVNULL, timeout=3600)
    return time.perf_counter() - started


def datasets(args, work: Path) -> list[tuple[str, Path]]:
    seed = work / "seed.trig"
    log(f"building the seed: {build([ROOT / 'seeds'], seed):.1f} s")
    out = [("seed", seed)]
    if args.corpus and (ROOT / "benchmarks" / "generate.py").exists():
        folder = work / f"synthetic-{args.corpus}-{args.seed}"
        trig = work / f"synthetic-{args.corpus}-{args.seed}.trig"
        if not trig.exists():
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(args.corpus), str(folder),
                            "--seed", str(args.seed)], check=True, stdin=subprocess.DEVNULL, timeout=600)
            log(f"building {args.corpus} synthetic articles: {build([folder], trig):.1f} s")
        else:
            log(f"reusing {trig} (delete it to rebuild)")
        out.append((f"{args.corpus} films", trig))
    return out


# --- report --------------------------------------------------------------------------------------

def ms(x: float | None) -> str:
    if x is None or x != x:  # None or NaN
        return "—"
    return f"{x * 1000:.1f}" if x < 10 else f"{x * 1000:.0f}"


def num(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:.0f}" if x >= 100 else f"{x:.1f}" if x >= 1 else f"{x:.2f}"


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "—"
    return f"{a / b:.2f}×"


def mark(text: str, *cells: Cell) -> str:
    return text + " †" if text != "—" and any(c.errors for c in cells) else text


def table(results: dict, clients: list[int]) -> str:
    lo, hi = clients[0], clients[-1]
    head = (f"| data | class | server | p50 ms | p99 ms | req/s ×{lo} | req/s ×{hi} | errors ×{lo}/×{hi} "
            f"| req/s ×{lo} vs rdflib-endpoint | req/s ×{lo} vs oxigraph | req/s ×{hi} vs rdflib-endpoint "
            f"| req/s ×{hi} vs oxigraph |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for data, by_class in results.items():
        for cls, by_server in by_class.items():
            for name, cells in by_server.items():
                one, many = cells[lo], cells[hi]
                ratios = []
                for c in (lo, hi):
                    for peer in ("rdflib-endpoint", "oxigraph"):
                        other = by_server.get(peer)
                        ratios.append("—" if name == peer or other is None else
                                      mark(ratio(cells[c].rps(), other[c].rps()), cells[c], other[c]))
                lines.append(f"| {data} | {cls} | {name} | {ms(one.pct(50))} | {ms(one.pct(99))} | {num(one.rps())} "
                             f"| {num(many.rps())} | {one.errors}/{many.errors} | " + " | ".join(ratios) + " |")
    return "\n".join(lines)


def latency(entry: dict | None) -> str:
    if not entry:
        return "—"
    if not entry["latencies"]:
        return "failed: " + ", ".join(sorted({str(x) for x in entry["failed"]}))
    text = ms(percentile(entry["latencies"], 50))
    if entry["failed"]:
        text += f" ({len(entry['failed'])}× failed)"
    return text


def query_table(per_query: dict) -> str:
    servers = ("filmkg", "rdflib-endpoint", "oxigraph")
    lines = ["| data | class | query | filmkg p50 ms | rdflib-endpoint p50 ms | oxigraph p50 ms | samples "
             "| speed vs rdflib-endpoint | speed vs oxigraph | rows (filmkg / rdflib-endpoint / oxigraph) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for data, by_query in per_query.items():
        for (cls, q), by_server in by_query.items():
            p50 = {srv: percentile(by_server[srv]["latencies"], 50) if srv in by_server else None for srv in servers}
            samples = "/".join(str(len(by_server.get(srv, {}).get("latencies", []))) for srv in servers)
            rows = " / ".join(str(by_server.get(srv, {}).get("rows", "—")) for srv in servers)
            lines.append(f"| {data} | {cls} | {q} | " + " | ".join(latency(by_server.get(srv)) for srv in servers)
                         + f" | {samples} | {ratio(p50['rdflib-endpoint'], p50['filmkg'])} "
                         f"| {ratio(p50['oxigraph'], p50['filmkg'])} | {rows} |")
    return "\n".join(lines)


def repeated_table(results: dict) -> str:
    lines = ["| data | class | filmkg p50 ms | rdflib-endpoint p50 ms | oxigraph p50 ms |", "|---|---|---|---|---|"]
    for data, by_class in results.items():
        for cls, by_server in by_class.items():
            lines.append(f"| {data} | {cls} | " + " | ".join(ms(by_server[s].pct(50)) if s in by_server else "—"
                                                            for s in ("filmkg", "rdflib-endpoint", "oxigraph")) + " |")
    return "\n".join(lines)


def interference_table(rows: list[dict]) -> str:
    lines = ["| data | server | long query | its answer | simple queries answered meanwhile | simple p50 before "
             "| simple p50 meanwhile | simple max meanwhile | first simple after |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        answer = f"{r['heavy_status']} after {r['heavy_s']:.1f} s"
        errors = {k: v for k, v in r["during_statuses"].items() if k != 200}
        lines.append(f"| {r['data']} | {r['server']} | {r['label']} | {answer} | {r['during_n']}"
                     f"{' (' + ', '.join(f'{v}× {k}' for k, v in errors.items()) + ')' if errors else ''} "
                     f"| {ms(r['baseline_p50'])} ms | {ms(r['during_p50'])} ms | {ms(r['during_max'])} ms "
                     f"| {r['after_status']} in {ms(r['after_s'])} ms |")
    return "\n".join(lines)


def versions() -> str:
    out = subprocess.run([tool("oxigraph"), "--version"], capture_output=True, text=True).stdout.strip()
    parts = [f"Python {platform.python_version()}", out or "oxigraph ?"]
    for dist in ("rdflib", "rdflib-endpoint", "uvicorn", "fastapi", "waitress", "flask"):
        try:
            parts.append(f"{dist} {importlib.metadata.version(dist)}")
        except importlib.metadata.PackageNotFoundError:
            pass
    return ", ".join(parts)


# --- main ----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=int, default=1000, help="synthetic articles for the larger dataset (0: none)")
    parser.add_argument("--seed", type=int, default=0, help="generator seed")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench-server", help="scratch folder")
    parser.add_argument("--clients", default="1,8", help="client thread counts, e.g. 1,8")
    parser.add_argument("--cell-seconds", type=float, default=15.0, help="no new request after this, per cell")
    parser.add_argument("--no-interference", action="store_true", help="skip the interference demonstration")
    args = parser.parse_args(argv)
    clients = sorted({int(c) for c in args.clients.split(",")})
    args.work.mkdir(parents=True, exist_ok=True)
    log(f"machine: {os.cpu_count()} cores; {versions()}")
    load_start = "/".join(f"{x:.1f}" for x in os.getloadavg())

    results: dict = {}
    per_query: dict = {}
    repeated: dict = {}
    interferences: list[dict] = []
    load_times: dict = {}
    sets = datasets(args, args.work)
    for index, (data, trig) in enumerate(sets):
        log(f"== {data}: {trig} ({trig.stat().st_size / 1e6:.1f} MB)")
        servers = make_servers(trig, args.work, data.replace(" ", "-"))
        try:
            for s in servers:
                s.start()
            for s in servers:
                s.wait(1800)
            load_times[data] = {s.name: round(s.ready_s, 1) for s in servers}
            log(f"  ready after (s): {load_times[data]}")
            results[data], repeated[data] = {}, {}
            for cls, queries in CLASSES.items():
                results[data][cls], repeated[data][cls] = {}, {}
                for s in servers:
                    cells = {}
                    # one request per query first, so every query has an answer (or a failure) on
                    # record even when a cell's time runs out before it comes round
                    once = Cell()
                    for q in queries:
                        one = run_cell(s, [q], 1, 1, 0)
                        once.by_query.update(one.by_query)
                        once.failed.update(one.failed)
                        once.rows.update(one.rows)
                        drain(s)
                    for c in clients:
                        limit = BUDGET[cls][0] if c == 1 else BUDGET[cls][1]
                        cells[c] = run_cell(s, queries, c, limit, args.cell_seconds)
                        drain(s)
                        log(f"  {cls:10} {s.name:15} ×{c}: {cells[c].ok} ok, {cells[c].errors} errors "
                            f"{cells[c].statuses}, p50 {ms(cells[c].pct(50))} ms, {num(cells[c].rps())} req/s, "
                            f"rows {cells[c].rows}")
                    results[data][cls][s.name] = cells
                    for q, _ in queries:
                        entry = per_query.setdefault(data, {}).setdefault((cls, q), {}).setdefault(s.name, {})
                        entry["latencies"] = once.by_query.get(q, []) + cells[clients[0]].by_query.get(q, [])
                        entry["failed"] = once.failed.get(q, []) + cells[clients[0]].failed.get(q, [])
                        entry["rows"] = once.rows.get(q, cells[clients[0]].rows.get(q))
                    rep = run_cell(s, queries[:1], 1, BUDGET[cls][0] // 2, args.cell_seconds / 2, distinct=False)
                    drain(s)
                    repeated[data][cls][s.name] = rep
                # the servers must agree on the answers they gave
                for qname, _ in queries:
                    seen = {srv: e["rows"] for srv, e in per_query[data][(cls, qname)].items()}
                    if len({v for v in seen.values() if v is not None}) > 1:
                        log(f"  WARNING: row counts differ for {qname}: {seen} (filmkg cuts SELECT answers "
                            "at max_rows = 10000)")
            if not args.no_interference:
                filmkg = servers[0]
                row = interference(filmkg, RUNAWAY, SIMPLE, "runaway 3-way cross product")
                row["data"] = data
                interferences.append(row)
                log(f"  runaway on filmkg: {row}")
                if index == len(sets) - 1:
                    heavy_name, heavy = CLASSES["heavy"][0]
                    for s in servers:
                        row = interference(s, heavy, SIMPLE, f"heavy ({heavy_name})")
                        row["data"] = data
                        interferences.append(row)
                        drain(s)
                        log(f"  heavy on {s.name}: {row}")
        finally:
            for s in servers:
                s.stop()

    print(f"Machine: {os.cpu_count()} cores; {versions()}; load average at start {load_start}, "
          f"at end {'/'.join(f'{x:.1f}' for x in os.getloadavg())}.\n")
    print("Load time until the first answer (s): "
          + "; ".join(f"{d}: " + ", ".join(f"{k} {v}" for k, v in t.items()) for d, t in load_times.items()) + "\n")
    print("Latency per query, 1 client, distinct query texts (no answer or parse cache): median over "
          "the good answers; speed = the other server's p50 ÷ filmkg's p50 (above 1: filmkg is faster). "
          "'failed: 503' is filmkg's deadline (10 s) or its full worker queue; 0 is the client's 120 s "
          "timeout.\n")
    print(query_table(per_query))
    print(f"\nThroughput per class, the class's queries in turn, with {' and '.join(map(str, clients))} client "
          "threads (p50/p99 over all of the class's good answers with 1 client); req/s ratio = this row ÷ the "
          "other (above 1: this row does more). † the ratio compares cells in which requests failed.\n")
    print(table(results, clients))
    print("\nOne identical query text repeated (1 client; filmkg answers from its response cache):\n")
    print(repeated_table(repeated))
    if interferences:
        print("\nA long query and, meanwhile, simple queries (`ASK { ?s ?p ?o }`) one after another on another "
              "connection:\n")
        print(interference_table(interferences))
    raw = {data: {cls: {srv: {str(c): {"latencies": cell.latencies, "errors": cell.errors, "wall": cell.wall,
                                       "statuses": {str(k): v for k, v in cell.statuses.items()}, "rows": cell.rows}
                              for c, cell in cells.items()} for srv, cells in by_server.items()}
                  for cls, by_server in by_class.items()} for data, by_class in results.items()}
    queries_raw = {data: {f"{cls}/{q}": v for (cls, q), v in by_query.items()} for data, by_query in per_query.items()}
    (args.work / "bench_server.json").write_text(json.dumps(
        {"results": raw, "per_query": queries_raw, "interference": interferences, "load_times": load_times},
        indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
