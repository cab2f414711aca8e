"""Backup and restore of an SQLite database file with SQLite's online backup API.

The API copies a consistent snapshot page by page while other connections keep working, and
into a live database it writes under SQLite's own locks, so every other connection sees the
restored data on its next read. A backup to be restored is first copied next to the database,
checked and migrated there: the live database only ever receives a complete, current file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from canteen_app.core.errors import DomainError
from canteen_app.core.files import atomic_output, make_private
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.engine import SQLITE_BUSY_TIMEOUT_MS, make_engine
from canteen_app.db.migrate import upgrade_to_head
from canteen_app.platform.backup.schema import check_known

_COMPANIONS = ("-wal", "-shm", "-journal")


def write_backup(source_path: Path, out_path: Path) -> None:
    """A consistent copy of the database as one self-contained file (no -wal beside it)."""
    with atomic_output(out_path) as tmp_path:
        _copy(source_path, tmp_path)


def _copy(source_path: Path, target_path: Path) -> None:
    with (
        contextlib.closing(sqlite3.connect(source_path)) as source,
        contextlib.closing(sqlite3.connect(target_path)) as target,
    ):
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")


@contextlib.contextmanager
def checked_copy(backup_file: Path, folder: Path) -> Iterator[tuple[Path, str]]:
    """Copy a backup into `folder`, check it and migrate it to this program's schema; yield
    (the ready copy, the backup's own schema revision). The copy is removed afterwards."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The backup file was not found: {path}"), path=str(backup_file)
        )
    fd, name = tempfile.mkstemp(prefix=".restore-", suffix=".sqlite3", dir=folder)
    os.close(fd)
    staged = Path(name)
    try:
        _stage(backup_file, staged)
        revision = _checked_revision(backup_file, staged)
        engine = make_engine(f"sqlite:///{staged}")
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
        yield staged, revision
    finally:
        for path in (staged, *(staged.with_name(staged.name + suffix) for suffix in _COMPANIONS)):
            path.unlink(missing_ok=True)


def _stage(backup_file: Path, staged: Path) -> None:
    """Read the backup without changing it (read-only), as one file in rollback-journal mode."""
    try:
        with (
            contextlib.closing(
                sqlite3.connect(f"{backup_file.resolve().as_uri()}?mode=ro", uri=True)
            ) as source,
            contextlib.closing(sqlite3.connect(staged)) as target,
        ):
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            problems = [row[0] for row in target.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError:
        raise _not_a_backup(backup_file) from None
    make_private(staged)
    if problems != ["ok"]:
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The backup file is damaged and cannot be restored: {path}"),
            path=str(backup_file),
        )


def _checked_revision(backup_file: Path, staged: Path) -> str:
    """The backup's schema revision; refused when it is not ours or newer than this program."""
    with contextlib.closing(sqlite3.connect(staged)) as copy:
        has_version = copy.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()[0]
        revisions = (
            [row[0] for row in copy.execute("SELECT version_num FROM alembic_version")] if has_version else []
        )
    if len(revisions) != 1:
        raise _not_a_backup(backup_file)
    return check_known(revisions[0])


def replace_contents(ready_copy: Path, live_path: Path) -> None:
    """Copy the checked backup over the live database, under SQLite's locks (it waits for a
    writer in progress, and readers see the new data next time)."""
    with (
        contextlib.closing(sqlite3.connect(ready_copy)) as source,
        contextlib.closing(sqlite3.connect(live_path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)) as live,
    ):
        live_page_size = live.execute("PRAGMA page_size").fetchone()[0]
        if source.execute("PRAGMA page_size").fetchone()[0] != live_page_size:
            # Into a database in WAL mode the backup API only copies equal page sizes; a page
            # size changes with VACUUM, outside WAL mode.
            source.execute("PRAGMA journal_mode=DELETE")
            source.execute(f"PRAGMA page_size={int(live_page_size)}")
            source.execute("VACUUM")
        source.backup(live)


def _not_a_backup(backup_file: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("errors", "This file is not a backup of the canteen database: {path}"),
        path=str(backup_file),
    )
