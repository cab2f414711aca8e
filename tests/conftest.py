"""Shared fixtures: real SQLite files and a real PostgreSQL server, never mocks.

PostgreSQL tests use the server in CANTEEN_TEST_PG_URL (`.ci/run` starts one). Locally they
skip when it is unset; with CANTEEN_REQUIRE_PG=1 (set by `.ci/run`) a missing server fails.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Before anything can create a QApplication: no display on these machines.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Keep logs and preferences of the tests out of the real user's data folder.
os.environ.setdefault("CANTEEN_DATA_DIR", tempfile.mkdtemp(prefix="canteen-test-data-"))
os.environ.pop("CANTEEN_DB_URL", None)

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from canteen_app.app import AppServices, build_services, open_database

PG_ENV = "CANTEEN_TEST_PG_URL"

# Real argon2id with light parameters: the tests hash many PINs. One test in
# tests/integration/test_auth.py checks the program's real (OWASP) parameters.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@dataclass
class FakeClock:
    """A clock the test moves by hand; starts on a Wednesday lunch in Oslo."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 11, 30, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'canteen.sqlite3'}"


def _pg_server_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CANTEEN_REQUIRE_PG") == "1":
            pytest.fail(f"{PG_ENV} is not set but CANTEEN_REQUIRE_PG=1: PostgreSQL tests must run")
        pytest.skip(f"{PG_ENV} not set")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A brand-new, empty database on the test server, dropped afterwards."""
    server_url = make_url(_pg_server_url())
    name = f"canteen_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server_url.set(drivername="postgresql+psycopg", database=name).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on an SQLite file and once on the PostgreSQL server."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def services(db_url: str, clock: FakeClock) -> Iterator[AppServices]:
    app = build_services(open_database(db_url), clock, FAST_HASHER)
    yield app
    app.close()


@pytest.fixture
def sqlite_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    app = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield app
    app.close()
