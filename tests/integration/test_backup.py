"""Backup of the whole database (P4) on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.core.errors import NotAuthorizedError, OutputPathError
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM

SITE = 1


def _some_data(services: AppServices, clock: FakeClock) -> list[int]:
    services.auth.create_user(SYSTEM, "Kari Nordmann", Role.CANTEEN_MANAGER, "1234")
    tap_ids = []
    for _ in range(3):
        clock.advance(seconds=20)
        tap_ids.append(services.guests.record_tap(KIOSK, 1, "kiosk-1").tap_id)
    return tap_ids


def test_sqlite_backup_is_one_self_contained_file_with_the_data(
    sqlite_services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    tap_ids = _some_data(sqlite_services, clock)
    out = tmp_path / "backups" / "kantina-2026-11-25.sqlite3"
    out.parent.mkdir()

    assert sqlite_services.backup.backup(SYSTEM, out) == out

    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no -wal, -shm or temp file
    with contextlib.closing(sqlite3.connect(out)) as backup:
        assert backup.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [row[0] for row in backup.execute("SELECT id FROM guest_taps ORDER BY id")] == tap_ids
        assert [row[0] for row in backup.execute("SELECT name FROM users")] == ["Kari Nordmann"]
    # The file is a complete copy on its own: copied elsewhere, it still opens with the data.
    moved = tmp_path / "elsewhere.sqlite3"
    shutil.copyfile(out, moved)
    with contextlib.closing(sqlite3.connect(moved)) as copy:
        assert copy.execute("SELECT count(*) FROM guest_taps").fetchone()[0] == 3


def test_sqlite_backup_replaces_an_older_backup_of_the_same_name(
    sqlite_services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    out = tmp_path / "backup.sqlite3"
    out.write_bytes(b"an old backup")
    _some_data(sqlite_services, clock)
    sqlite_services.backup.backup(SYSTEM, out)
    with contextlib.closing(sqlite3.connect(out)) as backup:
        assert backup.execute("SELECT count(*) FROM guest_taps").fetchone()[0] == 3


def test_a_failed_backup_leaves_no_partial_file(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(services, clock)
    folder = tmp_path / "backups"
    out = folder / "backup.dump"
    out.mkdir(parents=True)  # the chosen name is taken by a folder
    (out / "keep.txt").write_text("someone's file")

    with pytest.raises(OutputPathError, match="is not a file"):
        services.backup.backup(SYSTEM, out)

    assert sorted(p.name for p in folder.iterdir()) == ["backup.dump"]
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


@pytest.mark.postgres
def test_postgresql_backup_is_a_dump_that_pg_restore_reads(
    pg_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    services = build_services(open_database(pg_url), clock)
    try:
        tap_ids = _some_data(services, clock)
        out = tmp_path / "kantina.dump"
        services.backup.backup(SYSTEM, out)
    finally:
        services.close()

    assert out.is_file() and out.stat().st_size > 0
    assert out.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert [p.name for p in tmp_path.iterdir()] == ["kantina.dump"]
    pg_restore = shutil.which("pg_restore")
    if pg_restore is None:
        pytest.skip("pg_restore is not installed; the dump's contents cannot be checked")
    listing = subprocess.run(
        [pg_restore, "--list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE public guest_taps" in listing
    assert "TABLE DATA public guest_taps" in listing

    # Restoring into an empty database gives back the taps and users.
    server = make_url(pg_url)
    name = f"canteen_restore_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    restored_url = server.set(database=name)
    try:
        libpq = restored_url.set(drivername="postgresql").render_as_string(hide_password=False)
        subprocess.run(
            [pg_restore, "--no-owner", f"--dbname={libpq}", str(out)], capture_output=True, check=True
        )
        restored = create_engine(restored_url)
        try:
            with restored.connect() as connection:
                assert list(connection.scalars(text("SELECT id FROM guest_taps ORDER BY id"))) == tap_ids
                assert list(connection.scalars(text("SELECT name FROM users"))) == ["Kari Nordmann"]
        finally:
            restored.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.parametrize(
    "actor",
    [
        Actor(user_id=None, name="Kari Nordmann", role=Role.CANTEEN_MANAGER, site_id=SITE),
        Actor(user_id=None, name="Jonas Berg", role=Role.JOB_COACH, site_id=SITE),
        KIOSK,
    ],
    ids=["canteen_manager", "job_coach", "kiosk"],
)
def test_only_an_admin_may_take_a_backup(sqlite_services: AppServices, actor: Actor, tmp_path: Path) -> None:
    out = tmp_path / "backup.sqlite3"
    with pytest.raises(NotAuthorizedError):
        sqlite_services.backup.backup(actor, out)
    assert not out.exists()
    assert not any(name.startswith(".backup") for name in os.listdir(tmp_path))


@pytest.mark.postgres
def test_the_database_password_never_goes_on_a_tool_command_line(
    pg_url: str, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Other users of the PC can read command lines (ps); pg_dump and pg_restore get the
    password in their environment. The test server trusts local users, so any password works."""
    with_password = make_url(pg_url).set(password="s3cret-db-pw").render_as_string(hide_password=False)
    services = build_services(open_database(with_password), clock)
    seen: list[tuple[list[str], dict[str, str]]] = []
    real_run = subprocess.run

    def watching_run(command: list[str], *args: object, **kwargs: object) -> object:
        seen.append((list(command), dict(kwargs.get("env") or {})))  # type: ignore[call-overload]
        return real_run(command, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "run", watching_run)
    try:
        _some_data(services, clock)
        services.backup.backup(SYSTEM, tmp_path / "backup.dump")
        (tmp_path / "safety").mkdir()
        services.backup.restore(SYSTEM, tmp_path / "backup.dump", tmp_path / "safety")
    finally:
        services.close()
    tools = {Path(command[0]).name for command, _env in seen}
    assert {"pg_dump", "pg_restore"} <= tools
    assert not [command for command, _env in seen if "s3cret-db-pw" in " ".join(command)]
    assert {env.get("PGPASSWORD") for command, env in seen if "--dbname" in " ".join(command)} == {
        "s3cret-db-pw"
    }
