"""Engine creation: the same code on an SQLite file and on a PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

from canteen_app.core.errors import DatabaseUnavailableError
from canteen_app.core.files import make_folders, make_private, private_file
from canteen_app.core.logs import redact_url

SQLITE_BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "canteen_write"
READ_ONLY_OPTION = "canteen_read_only"
_QUERY_ONLY = "canteen_query_only"  # the connection's PRAGMA query_only, in its info dict


def transaction_options(backend: str, write: bool) -> dict[str, Any]:
    """Execution options that start a write (SQLite: BEGIN IMMEDIATE) or a read-only transaction."""
    if backend == "sqlite":
        return {WRITE_OPTION: True} if write else {READ_ONLY_OPTION: True}
    return {} if write else {"postgresql_readonly": True}


def normalise_url(url: str) -> URL:
    """Parse a database URL; plain `postgresql://` gets the psycopg 3 driver we ship."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        # Not chained: the parser's own error repeats the URL, password and all.
        raise DatabaseUnavailableError(f"not a database URL: {redact_url(url)!r}") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailableError(f"unsupported database {parsed.get_backend_name()!r}")
    return parsed


def make_engine(url: str) -> Engine:
    """`hide_parameters`: SQL errors and logs never show the values (PINs' hashes, names)."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        file_path = sqlite_file(parsed)
        if file_path is not None:
            _prepare_private_file(file_path)
        engine = create_engine(
            parsed, hide_parameters=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(parsed, hide_parameters=True, pool_pre_ping=True, pool_size=5, max_overflow=5)


def sqlite_file(url: URL) -> Path | None:
    """The database file of an SQLite URL (None for an in-memory database)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def _prepare_private_file(path: Path) -> None:
    """Create the database file owner-only before SQLite opens it: SQLite gives its -wal and
    -shm files the same permissions. Files left wider by an older program are narrowed."""
    make_folders(path.parent)
    private_file(path)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            make_private(companion)


def _configure_sqlite(engine: Engine) -> None:
    """WAL, full sync on commit, foreign keys, and explicit transaction control.

    pysqlite's own transaction handling is switched off so that writes can start with
    BEGIN IMMEDIATE: a write transaction then takes the write lock up front and waits for
    it (busy timeout) instead of failing when it upgrades from reading (SQLAlchemy's
    documented recipe for pysqlite).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # Switching to WAL needs the file to itself; once it is WAL (it stays so), only read it,
        # so a PC opening a connection never waits for another PC's write.
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: every commit is fsynced to the WAL, so a tap survives a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        # query_only makes a read transaction refuse writes, as READ ONLY does on PostgreSQL.
        # It belongs to the connection, which remembers it: set it only when it changes.
        read_only = bool(options.get(READ_ONLY_OPTION, False))
        if connection.info.get(_QUERY_ONLY, False) != read_only:
            connection.exec_driver_sql(f"PRAGMA query_only={int(read_only)}")
            connection.info[_QUERY_ONLY] = read_only
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE_OPTION, False) else "BEGIN")
