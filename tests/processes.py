"""Subprocesses for the tests that need a real server: the ``filmkg`` command, free loopback ports,
starting a server until it answers (retrying when a probed port is taken meanwhile), stopping it
with the workers it forked, and the seed built once into a TriG file."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def filmkg_command() -> list[str]:
    """The installed ``filmkg`` script beside this interpreter, else the CLI module run directly."""
    script = Path(sys.executable).with_name("filmkg")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from server.cli import main; sys.exit(main())"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(url: str) -> bool:
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    try:
        with urllib.request.urlopen(urllib.request.Request(probe, headers={"Accept": "application/json"}),
                                    timeout=5) as r:
            return r.status == 200
    except (OSError, urllib.error.URLError):
        return False


def stop(proc: subprocess.Popen) -> None:
    """Stop a server we started in its own session: SIGTERM, then SIGKILL to its group (workers)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # query workers forked by the server, if any remain
    except (ProcessLookupError, PermissionError):
        pass


def start_server(argv: list[str], url: str, log: Path, limit: float = 60.0) -> subprocess.Popen:
    """Start ``argv`` (its own session, output to ``log``) and poll ``url`` until it answers."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        if answers(url):
            return proc
        time.sleep(0.2)
    stop(proc)
    raise RuntimeError(f"{argv[0]} did not answer at {url} within {limit:g} s:\n"
                       + log.read_text(errors="replace")[-3000:])


def start_on_free_port(argv_for, log: Path, path: str = "/sparql", tries: int = 3):
    """``(process, url)`` of the server ``argv_for(port)`` started on a free port; a port can be
    taken between the probe and the bind, so it tries again on another."""
    for attempt in range(tries):
        port = free_port()
        url = f"http://127.0.0.1:{port}{path}"
        try:
            return start_server(argv_for(port), url, log), url
        except RuntimeError:
            if attempt == tries - 1:
                raise


def build_seed(folder: Path) -> Path:
    """The seed built with the ``filmkg`` command into ``folder/seed.trig``."""
    out = folder / "seed.trig"
    subprocess.run([*filmkg_command(), "build", str(ROOT / "seeds"), "-o", str(out)], cwd=ROOT, check=True,
                   capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    return out
