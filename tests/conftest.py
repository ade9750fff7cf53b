"""Shared fixtures: paths, the seed's built dataset, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.build import BuildSettings, build_dataset

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_59a2781f4f9ca415.txt"
SEED_GOLD = SHARED / "gold" / "000_59a2781f4f9ca415.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_dataset():
    """The seed built once per session, with the ontology graph. Tests must not modify it."""
    return build_dataset([SEED], BuildSettings())


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def app(seed_dataset):
    """A fresh app per test over the seed's dataset, evaluating queries in-process."""
    from .server_support import close, make_app

    app = make_app(seed_dataset)
    yield app
    close(app)


@pytest.fixture
def client(app):
    return app.test_client()
