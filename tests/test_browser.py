"""A real browser (Debian's headless Chromium, installed by .ci/browser.sh) on the query page and an
entity page, served over HTTP on loopback. Screenshots are kept in tests/artifacts/ (not committed).
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
from werkzeug.serving import make_server

from .server_support import close, make_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).parent / "artifacts"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/browser.sh installs it)")


@pytest.fixture(scope="module")
def base_url(seed_dataset):
    app = make_app(seed_dataset)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    close(app)


def chromium(*args: str, timeout: int = 60) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-dev-shm-usage", "--virtual-time-budget=8000", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    return out.stdout


def test_query_page_runs_a_query_and_shows_a_table(base_url):
    query = "PREFIX wdt: <http://www.wikidata.org/prop/direct/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " \
            "SELECT ?name WHERE { ?film wdt:P57 ?d . ?d rdfs:label ?name }"
    url = f"{base_url}/?query={quote(query)}&run=1"
    dom = chromium("--dump-dom", url)
    assert '<table class="results">' in dom, dom[-2000:]
    assert "Hiroyuki Seshita" in dom
    assert "1 result" in dom
    ARTIFACTS.mkdir(exist_ok=True)
    chromium(f"--screenshot={ARTIFACTS / 'query-page.png'}", "--window-size=1200,900", url)
    assert (ARTIFACTS / "query-page.png").stat().st_size > 10_000


def test_query_page_shows_a_syntax_error(base_url):
    dom = chromium("--dump-dom", f"{base_url}/?query={quote('SELECT * WHERE { ?s ?p }')}&run=1")
    assert "Error 400" in dom and "syntax error" in dom


def test_entity_page_renders_with_pictures(base_url):
    url = f"{base_url}/resource/film/blame-film"
    dom = chromium("--dump-dom", url)
    assert "<h1>Blame!</h1>" in dom and "<svg" in dom
    ARTIFACTS.mkdir(exist_ok=True)
    chromium(f"--screenshot={ARTIFACTS / 'entity-page.png'}", "--window-size=1200,2400", url)
    assert (ARTIFACTS / "entity-page.png").stat().st_size > 10_000
