"""Restore (P4, item 7) on a real SQLite file and a real PostgreSQL server: the round trip
data -> backup -> changed data -> restore gives the original data back, and the safety backup
written first holds the changed data. Bad backups are refused and change nothing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, database_of, open_database
from canteen_app.core.errors import DomainError, NotAuthorizedError
from canteen_app.core.progress import NullProgress
from canteen_app.db.migrate import SCHEMA_HEAD
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.platform.backup.service import RestoreCancelledError
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, db_session, make_user, participant_input

EXTRA_TABLE = "added_by_a_newer_program"


def _state(services: AppServices) -> dict[str, object]:
    """What a user would notice: the users, the counted guests, the participant's phone."""
    with db_session(services) as session:
        return {
            "users": sorted(session.scalars(text("SELECT name FROM users"))),
            "taps": list(session.scalars(text("SELECT id FROM guest_taps ORDER BY id"))),
            "phones": list(session.scalars(text("SELECT phone FROM participants ORDER BY id"))),
        }


def _some_data(services: AppServices, clock: FakeClock) -> None:
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
    services.participants.create(coach, participant_input(coach.user_id, phone="91234567"))
    for _ in range(3):
        clock.advance(seconds=20)
        services.guests.record_tap(KIOSK, 1, "kiosk-1")


def _change_everything(services: AppServices, clock: FakeClock) -> None:
    make_user(services, "Ola Nordmann", Role.CANTEEN_MANAGER, "4321")
    coach = services.auth.login("Jonas Berg", "246810")
    participant = services.participants.rows(coach)[0]
    details = services.participants.get(coach, participant.id)
    services.participants.update(
        coach, details.id, details.version, participant_input(coach.user_id, phone="40000000")
    )
    clock.advance(minutes=5)
    services.guests.record_tap(KIOSK, 1, "kiosk-1")
    with db_session(services, write=True) as session:  # as if a newer program had added a table
        session.execute(text(f"CREATE TABLE {EXTRA_TABLE} (id integer primary key)"))


def _tables(services: AppServices) -> set[str]:
    return set(inspect(database_of(services).engine).get_table_names())


def test_round_trip_gives_the_original_data_back_and_keeps_the_changed_data_safe(
    services: AppServices, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(services, clock)
    original = _state(services)
    backup = (
        _folder(tmp_path / "backups") / f"backup{'.sqlite3' if services.backend == 'sqlite' else '.dump'}"
    )
    services.backup.backup(SYSTEM, backup)
    _change_everything(services, clock)
    changed = _state(services)
    assert changed != original and EXTRA_TABLE in _tables(services)
    other_pc = build_services(open_database(db_url), clock)  # already connected before the restore
    try:
        assert _state(other_pc) == changed

        clock.advance(minutes=1)
        result = services.backup.restore(SYSTEM, backup, _folder(tmp_path / "safety"))

        assert _state(services) == original
        assert _state(other_pc) == original  # another connection sees the restored data too
        assert EXTRA_TABLE not in _tables(services)
        assert result.backup == backup and result.backup_revision == SCHEMA_HEAD
        safety = result.safety_backup
        assert safety.parent == tmp_path / "safety" and "-before-restore-" in safety.name
        assert stat.S_IMODE(safety.stat().st_mode) == 0o600
        assert [p.name for p in safety.parent.iterdir()] == [safety.name]  # nothing half-written
        with db_session(services) as session:
            newest = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert newest is not None
        assert (newest.action, newest.actor_name, newest.entity_type) == ("restore", SYSTEM.name, "database")
        assert newest.detail == f"backup={backup.name};safety={safety.name}"

        # The safety backup holds the data as it was just before: restoring it brings it back.
        services.backup.restore(SYSTEM, safety, _folder(tmp_path / "safety-2"))
        assert _state(services) == changed
        assert _state(other_pc) == changed
    finally:
        other_pc.close()


def test_sqlite_safety_backup_goes_next_to_the_database_by_default(
    sqlite_services: AppServices, sqlite_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(sqlite_services, clock)
    backup = _folder(tmp_path / "elsewhere") / "backup.sqlite3"
    sqlite_services.backup.backup(SYSTEM, backup)
    result = sqlite_services.backup.restore(SYSTEM, backup)
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    assert result.safety_backup.parent == database.parent
    assert result.safety_backup.name.startswith("canteen-before-restore-2026-11-25-1231")  # Oslo time
    assert not [p.name for p in database.parent.iterdir() if p.name.startswith(".restore-")]
    with db_session(sqlite_services) as session:
        assert session.scalar(text("PRAGMA journal_mode")) == "wal"  # the live database stays in WAL


def _folder(path: Path) -> Path:
    """A folder the admin chose; the program writes into folders, it never makes them."""
    path.mkdir(parents=True, exist_ok=True)
    return path


def _refused(services: AppServices, backup: Path, tmp_path: Path, message: str) -> None:
    before = _state(services)
    safety = _folder(tmp_path / "safety")
    with pytest.raises(DomainError, match=message):
        services.backup.restore(SYSTEM, backup, safety)
    assert _state(services) == before
    assert list(safety.iterdir()) == []  # refused before the safety backup: nothing was touched


def test_a_file_that_is_not_a_backup_is_refused_with_one_clear_line(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(services, clock)
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("Handleliste: mel, egg, melk\n" * 200, encoding="utf-8")
    _refused(services, not_a_backup, tmp_path, "not a backup of the canteen database")
    _refused(services, tmp_path / "missing.dump", tmp_path, "was not found")


def test_a_backup_of_another_kind_of_database_is_refused(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    """A database file, but not ours (no schema revision): refused."""
    _some_data(services, clock)
    foreign = tmp_path / "foreign.sqlite3"
    import sqlite3

    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE recipes (name text)")
    _refused(services, foreign, tmp_path, "not a backup of the canteen database")


def test_a_damaged_sqlite_backup_is_refused(
    sqlite_services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(sqlite_services, clock)
    backup = tmp_path / "backup.sqlite3"
    sqlite_services.backup.backup(SYSTEM, backup)
    damaged = bytearray(backup.read_bytes())
    page = 4096
    for offset in range(2 * page, len(damaged) - page, page):  # scribble over every table page
        damaged[offset : offset + 64] = b"\xff" * 64
    backup.write_bytes(bytes(damaged))
    _refused(sqlite_services, backup, tmp_path, "damaged|not a backup")


def test_a_backup_from_a_newer_program_is_refused(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(services, clock)
    with db_session(services, write=True) as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    backup = tmp_path / f"newer{'.sqlite3' if services.backend == 'sqlite' else '.dump'}"
    services.backup.backup(SYSTEM, backup)
    with db_session(services, write=True) as session:
        session.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": SCHEMA_HEAD})
    _refused(services, backup, tmp_path, r"newer version of the program \(schema 9999\)")


class _CancelledAtOnce(NullProgress):
    def cancelled(self) -> bool:
        return True


def test_cancelling_while_the_backup_is_checked_changes_nothing(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(services, clock)
    backup = tmp_path / f"backup{'.sqlite3' if services.backend == 'sqlite' else '.dump'}"
    services.backup.backup(SYSTEM, backup)
    _change_everything(services, clock)
    before = _state(services)
    with pytest.raises(RestoreCancelledError):
        services.backup.restore(SYSTEM, backup, _folder(tmp_path / "safety"), _CancelledAtOnce())
    assert _state(services) == before
    assert list((tmp_path / "safety").iterdir()) == []


def test_only_an_admin_restores_and_never_inside_an_action(
    sqlite_services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    _some_data(sqlite_services, clock)
    backup = tmp_path / "backup.sqlite3"
    sqlite_services.backup.backup(SYSTEM, backup)
    coach = sqlite_services.auth.login("Jonas Berg", "246810")
    with pytest.raises(NotAuthorizedError):
        sqlite_services.backup.restore(coach, backup, _folder(tmp_path / "safety"))
    with pytest.raises(RuntimeError, match="outside any action"):
        sqlite_services.write(lambda app: app.backup.restore(SYSTEM, backup, tmp_path / "safety"))
    assert list((tmp_path / "safety").iterdir()) == []


def test_the_restore_entry_keeps_the_name_of_an_admin_the_backup_did_not_know(
    sqlite_services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    sqlite_services.backup.backup(SYSTEM, backup)  # before the admin's user existed
    admin = make_user(sqlite_services, "Åse Admin", Role.ADMIN)
    sqlite_services.backup.restore(admin, backup, _folder(tmp_path / "safety"))
    newest = sqlite_services.audit.entries(SYSTEM, limit=1)[0]
    assert (newest.action, newest.actor_name) == ("restore", "Åse Admin")


def test_an_older_backup_is_migrated_to_the_programs_schema(
    services: AppServices, clock: FakeClock, tmp_path: Path
) -> None:
    """A backup made by the previous version: restored, then brought up to this program's
    schema. (Runs once the program has more than one schema revision.)"""
    from alembic import command
    from alembic.script import ScriptDirectory

    from canteen_app.db.migrate import alembic_config, current_revisions, upgrade_to_head

    head = ScriptDirectory.from_config(alembic_config()).get_revision(SCHEMA_HEAD)
    previous = head.down_revision if head is not None else None
    if not isinstance(previous, str):
        pytest.skip("only one schema revision so far: no backup can be older than the program")
    engine = database_of(services).engine
    _some_data(services, clock)
    original = _state(services)
    with engine.begin() as connection:  # the database as the previous version left it
        command.downgrade(alembic_config(connection), previous)
    backup = tmp_path / f"older{'.sqlite3' if services.backend == 'sqlite' else '.dump'}"
    services.backup.backup(SYSTEM, backup)
    upgrade_to_head(engine)
    _change_everything(services, clock)

    result = services.backup.restore(SYSTEM, backup, _folder(tmp_path / "safety"))

    assert result.backup_revision == previous
    with engine.connect() as connection:
        assert current_revisions(connection) == {SCHEMA_HEAD}
    assert _state(services) == original
