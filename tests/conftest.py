"""Shared test fixtures. Qt runs offscreen: the variable is set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from attendance import i18n, services
from attendance.store import Store

# A copy of shared/samples kept in the repo, so the tests run on any fresh clone.
SAMPLES = Path(__file__).resolve().parent / "samples"


@pytest.fixture(autouse=True)
def english() -> None:
    """Every test starts with core output in English."""
    i18n.set_language("en")


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    """A fresh, migrated database in a temporary folder."""
    opened = Store(tmp_path / "attendance.db")
    yield opened
    opened.close()


@pytest.fixture()
def event(store: Store):
    """A 4-day course with four sessions."""
    return services.create_event(store, title="Serial Number Restoration Course", code="SNR26", kind="course",
                                 start_date="2026-12-07", end_date="2026-12-10", country="JM")


@pytest.fixture()
def samples() -> Path:
    """The folder of real-world sample input files."""
    return SAMPLES


@pytest.fixture(scope="session")
def postgres():
    """One real PostgreSQL server for the whole session (tests/hub_support.py), stopped at the end."""
    from hub_support import PostgresServer  # tests/ is on sys.path

    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture()
def hub_database(postgres) -> str:
    """A fresh hub database (schema applied) on the session's PostgreSQL server: its URL."""
    return postgres.new_database()


@pytest.fixture()
def hub(hub_database: str):
    """A running hub process (``attendance hub serve``) on that database, stopped after the test."""
    from hub_support import HubProcess

    process = HubProcess(hub_database).start()
    yield process
    process.stop()
