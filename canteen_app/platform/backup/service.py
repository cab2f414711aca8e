"""Backup of the whole database (P4): SQLite's online backup, or pg_dump for PostgreSQL.

Both write through `atomic_output`, so an interrupted backup never leaves a broken file
under the final name.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

from canteen_app.access import Actor, Permission, require
from canteen_app.core.errors import DomainError
from canteen_app.core.files import atomic_output
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.service import Clock, Service
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService

ENTITY = "database"


class BackupService(Service):
    def __init__(self, db: Database, clock: Clock, audit: AuditService) -> None:
        super().__init__(db, clock)
        self._audit = audit

    def backup(self, actor: Actor, out_path: Path) -> Path:
        """Copy the whole database to `out_path`; the copy holds participant data, so it is
        audited. The copy is made outside any write transaction (kiosks keep counting); a
        backup whose audit entry cannot be written is removed again."""
        require(actor, Permission.MANAGE_SETTINGS)
        out_path = Path(out_path)
        if self._db.backend == "sqlite":
            self._backup_sqlite(out_path)
        else:
            self._backup_postgresql(out_path)
        try:
            self._audit.record(actor, AuditAction.EXPORT, ENTITY, None, "backup")
        except BaseException:
            out_path.unlink(missing_ok=True)
            raise
        return out_path

    def _backup_sqlite(self, out_path: Path) -> None:
        source_path = self._db.engine.url.database
        if not source_path or source_path == ":memory:":
            raise DomainError(QT_TRANSLATE_NOOP("errors", "An in-memory database cannot be backed up."))
        # The online backup API copies a consistent snapshot while kiosks keep counting.
        with (
            atomic_output(out_path) as tmp_path,
            contextlib.closing(sqlite3.connect(source_path)) as source,
            contextlib.closing(sqlite3.connect(tmp_path)) as target,
        ):
            source.backup(target)
            # A backup should be one self-contained file, without a -wal beside it.
            target.execute("PRAGMA journal_mode=DELETE")

    def _backup_postgresql(self, out_path: Path) -> None:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("errors", "pg_dump was not found. Install the PostgreSQL client tools.")
            )
        libpq_url = self._db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with atomic_output(out_path) as tmp_path:
            completed = subprocess.run(
                [pg_dump, "--format=custom", "--no-owner", f"--file={tmp_path}", f"--dbname={libpq_url}"],
                capture_output=True,
                text=True,
                check=False,
            )
            if completed.returncode != 0:
                raise DomainError(
                    QT_TRANSLATE_NOOP("errors", "The backup failed: {detail}"),
                    detail=completed.stderr.strip().splitlines()[-1]
                    if completed.stderr.strip()
                    else "pg_dump",
                )
