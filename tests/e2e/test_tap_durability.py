"""The power-off test (C4): a guest the kiosk has counted is never lost when the PC dies.

A child process counts guests through the real services and prints each tap id once
`record_tap` has returned. The parent kills it with SIGKILL (no cleanup, no atexit, like
pulling the plug), reopens the database and checks every printed id is stored.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from canteen_app.app import build_services, open_database
from canteen_app.canteen.guests.models import GuestTap
from tests.conftest import FakeClock
from tests.helpers import db_session

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("tap_writer.py")
TAPS_BEFORE_THE_PLUG_IS_PULLED = 200


def _count_until_killed(db_url: str, log: Path) -> list[int]:
    """Run a counting kiosk, kill it hard after enough confirmed taps; the ids it confirmed."""
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    )
    with open(log, "w", encoding="utf-8") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(WRITER), db_url],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        confirmed: list[int] = []
        deadline = time.monotonic() + 120
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", log.read_text()
            while len(confirmed) < TAPS_BEFORE_THE_PLUG_IS_PULLED:
                assert time.monotonic() < deadline, "the kiosk counted too slowly"
                line = child.stdout.readline()
                assert line, f"the kiosk stopped on its own: {log.read_text()}"
                confirmed.append(int(line))
        finally:
            child.kill()  # SIGKILL on POSIX: the process gets no chance to flush or close anything
            child.wait(timeout=30)
    assert child.returncode == -9 or os.name != "posix"
    return confirmed


def _stored_tap_ids(db_url: str, clock: FakeClock) -> set[int]:
    app = build_services(open_database(db_url), clock)
    try:
        with db_session(app) as session:
            return set(session.scalars(select(GuestTap.id)))
    finally:
        app.close()


def test_no_confirmed_tap_is_lost_when_the_kiosk_is_killed(
    db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    open_database(db_url).dispose()  # the database exists before the kiosk starts, as in real use

    first_run = _count_until_killed(db_url, tmp_path / "first.log")
    # The PC comes back on: the kiosk starts again on the same database and counts on.
    second_run = _count_until_killed(db_url, tmp_path / "second.log")

    confirmed = first_run + second_run
    assert len(set(confirmed)) == len(confirmed) == 2 * TAPS_BEFORE_THE_PLUG_IS_PULLED
    stored = _stored_tap_ids(db_url, clock)
    lost = set(confirmed) - stored
    assert not lost, f"{len(lost)} counted guests are gone: {sorted(lost)[:10]}"

    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        with contextlib.closing(sqlite3.connect(url.database)) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    else:
        engine = create_engine(url)
        try:
            # The killed client's open transaction is rolled back by the server, not left hanging
            # (the server notices the dropped connection within moments).
            hanging = -1
            for _ in range(50):
                with engine.connect() as connection:
                    hanging = connection.scalar(
                        text(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                            "AND state LIKE 'idle in transaction%'"
                        )
                    )
                if hanging == 0:
                    break
                time.sleep(0.1)
            assert hanging == 0
        finally:
            engine.dispose()
