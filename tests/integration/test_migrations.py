"""The schema is built by the migrations, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from canteen_app.app import open_database
from canteen_app.core.errors import DatabaseTooNewError, DatabaseUnavailableError
from canteen_app.db.migrate import head_revision, is_up_to_date
from canteen_app.db.registry import load_models

EXPECTED_TABLES = {
    "sites",
    "users",
    "guest_categories",
    "guest_taps",
    "participants",
    "audit_log",
    "settings",
}


def test_migrations_build_the_whole_schema_from_an_empty_database(db_url: str) -> None:
    db = open_database(db_url)
    try:
        inspector = inspect(db.engine)
        tables = set(inspector.get_table_names())
        assert tables >= EXPECTED_TABLES
        assert is_up_to_date(db.engine)
        # Every column the models use exists, so the models and migrations agree.
        for table in load_models().sorted_tables:
            columns = {column["name"] for column in inspector.get_columns(table.name)}
            assert {column.name for column in table.columns} <= columns, table.name
        with db.engine.connect() as connection:
            assert connection.scalar(text("SELECT name FROM sites WHERE id = 1")) == "Kantina"
            default = connection.execute(text("SELECT name_nb, is_default FROM guest_categories")).one()
            assert default[0] == "Gjest" and bool(default[1])
    finally:
        db.dispose()


def test_migrating_twice_changes_nothing(db_url: str) -> None:
    open_database(db_url).dispose()
    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM sites")) == 1
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    finally:
        db.dispose()


def test_a_database_from_a_newer_program_is_refused(db_url: str) -> None:
    open_database(db_url).dispose()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNewError) as refused:
        open_database(db_url)
    assert "newer version" in str(refused.value)
    assert "9999_from_the_future" in str(refused.value)


def test_sqlite_runs_in_wal_mode_with_full_sync_and_foreign_keys(sqlite_url: str, tmp_path: Path) -> None:
    db = open_database(sqlite_url)
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()
    # WAL mode is a property of the file itself, seen by any other program too.
    with sqlite3.connect(tmp_path / "canteen.sqlite3") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced(db_url: str) -> None:
    db = open_database(db_url)
    try:
        with pytest.raises(Exception, match=r"(?i)foreign key"), db.transaction(write=True) as transaction:
            transaction.session.execute(
                text(
                    "INSERT INTO guest_taps (site_id, category_id, tapped_at, service_date, device) "
                    "VALUES (1, 999, CURRENT_TIMESTAMP, CURRENT_DATE, 'x')"
                )
            )
    finally:
        db.dispose()


def test_an_unreachable_server_gives_one_clear_error() -> None:
    with pytest.raises(DatabaseUnavailableError, match="Cannot open the database"):
        open_database("postgresql://nobody@127.0.0.1:1/none")


def test_the_start_up_fast_path_knows_the_newest_migration() -> None:
    from canteen_app.db.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "update SCHEMA_HEAD in canteen_app/db/schema_head.py"
