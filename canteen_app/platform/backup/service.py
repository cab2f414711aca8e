"""Backup and restore of the whole database (P4): SQLite's online backup, or pg_dump and
pg_restore for PostgreSQL.

Backups are written through `atomic_output` (no broken file under the final name, 0600) and
audited: a backup holds participant data. A restore first checks the backup (a damaged file,
a file that is not ours or a newer schema is refused and nothing changes), then writes a
safety backup of the current data, then replaces the data and migrates it when the backup is
older than the program. Both run outside any action's transaction: they work on the database
as a whole, and the audit entry is written after the copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from canteen_app.access import Actor, Permission, require
from canteen_app.core.config import data_dir
from canteen_app.core.errors import DomainError
from canteen_app.core.progress import NullProgress, ProgressSink
from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.db.engine import sqlite_file
from canteen_app.db.migrate import upgrade_to_head
from canteen_app.db.service import Clock, Service
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.auth.service import AuthService
from canteen_app.platform.backup import postgresql, sqlite
from canteen_app.platform.backup.dto import BackupFacts, RestoreResult
from canteen_app.platform.backup.rules import (
    BACKUP_DETAIL,
    ENTITY,
    restore_detail,
    safety_backup_name,
    suffix_for,
    suggested_backup_name,
)
from canteen_app.platform.backup.schema import check_known

RESTORE_STEPS = 4  # check, safety backup, replace, migrate and log


class RestoreFailedError(DomainError):
    """The backup was fine but replacing the data failed; the safety backup holds the data as
    it was."""

    def __init__(self, detail: str, safety_backup: Path) -> None:
        self.safety_backup = safety_backup
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The restore failed ({detail}). The data from before is in {safety}."
            ),
            detail=detail,
            safety=str(safety_backup),
        )


class RestoreCancelledError(DomainError):
    """The user cancelled while the backup was being checked; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The restore was cancelled. Nothing was changed."))


class BackupService(Service):
    def __init__(self, db: Database, clock: Clock, audit: AuditService, auth: AuthService) -> None:
        super().__init__(db, clock)
        self._audit = audit
        self._auth = auth

    def facts(self, actor: Actor) -> BackupFacts:
        """Where the data is and what a new backup would be called (no database work)."""
        require(actor, Permission.BACKUP_AND_RESTORE)
        url = self._db.engine.url
        file_path = sqlite_file(url)
        if file_path is not None:
            location = str(file_path)
        else:
            location = f"{url.host or 'localhost'}{f':{url.port}' if url.port else ''}/{url.database or ''}"
        backend = self._db.backend
        return BackupFacts(backend, location, suggested_backup_name(self.now(), backend), suffix_for(backend))

    def backup(self, actor: Actor, out_path: Path) -> Path:
        """Copy the whole database to `out_path`; the copy holds participant data, so it is
        audited. The copy is made outside any write transaction (kiosks keep counting); a
        backup whose audit entry cannot be written is removed again."""
        require(actor, Permission.BACKUP_AND_RESTORE)
        out_path = Path(out_path)
        self._write_backup(out_path)
        try:
            self._audit.record(actor, AuditAction.EXPORT, ENTITY, None, BACKUP_DETAIL)
        except BaseException:
            out_path.unlink(missing_ok=True)
            raise
        return out_path

    def restore(
        self,
        actor: Actor,
        backup_file: Path,
        safety_folder: Path | None = None,
        progress: ProgressSink | None = None,
    ) -> RestoreResult:
        """Replace all data with the backup's. The current data is first saved as a safety
        backup in `safety_folder` (default: next to an SQLite database, else the data folder).
        Cancelling is possible while the backup is being checked, not once data changes."""
        require(actor, Permission.BACKUP_AND_RESTORE)
        if self._db.in_transaction():
            # SQLite: the action's own write lock would keep the restore waiting for ever.
            raise RuntimeError("restore() works on the whole database: call it outside any action")
        progress = progress or NullProgress()
        backup_file = _readable(Path(backup_file))
        if self._db.backend == "sqlite":
            result = self._restore_sqlite(backup_file, safety_folder, progress)
        else:
            result = self._restore_postgresql(backup_file, safety_folder, progress)
        self._db.engine.dispose()  # no pooled connection keeps the old data's prepared plans
        upgrade_to_head(self._db.engine)
        self._audit.record(
            self._actor_in_restored_data(actor),
            AuditAction.RESTORE,
            ENTITY,
            None,
            restore_detail(backup_file.name, result.safety_backup.name),
        )
        progress.report(RESTORE_STEPS, RESTORE_STEPS)
        return result

    # --- SQLite ------------------------------------------------------------------------------

    def _live_sqlite_file(self) -> Path:
        path = sqlite_file(self._db.engine.url)
        if path is None:
            raise DomainError(QT_TRANSLATE_NOOP("errors", "An in-memory database cannot be backed up."))
        return path

    def _restore_sqlite(
        self, backup_file: Path, safety_folder: Path | None, progress: ProgressSink
    ) -> RestoreResult:
        live = self._live_sqlite_file()
        progress.report(0, RESTORE_STEPS)
        with sqlite.checked_copy(backup_file, live.parent) as (ready, revision):
            safety = self._safety_backup(safety_folder or live.parent, progress)
            try:
                sqlite.replace_contents(ready, live)
            except (OSError, sqlite3.Error) as error:
                raise RestoreFailedError(str(error), safety) from error
        progress.report(3, RESTORE_STEPS)
        return RestoreResult(backup_file, safety, revision)

    # --- PostgreSQL --------------------------------------------------------------------------

    def _restore_postgresql(
        self, backup_file: Path, safety_folder: Path | None, progress: ProgressSink
    ) -> RestoreResult:
        progress.report(0, RESTORE_STEPS)
        revision, tables = postgresql.check_backup(backup_file)
        check_known(revision)
        safety = self._safety_backup(safety_folder or data_dir(), progress)
        try:
            postgresql.drop_tables_not_in(self._db.engine, tables)
            postgresql.restore(self._db.engine.url, backup_file)
        except postgresql.ToolFailedError as error:
            raise RestoreFailedError(error.detail, safety) from error
        progress.report(3, RESTORE_STEPS)
        return RestoreResult(backup_file, safety, revision)

    # --- shared ------------------------------------------------------------------------------

    def _write_backup(self, out_path: Path) -> None:
        if self._db.backend == "sqlite":
            sqlite.write_backup(self._live_sqlite_file(), out_path)
        else:
            postgresql.write_backup(self._db.engine.url, out_path)

    def _safety_backup(self, folder: Path, progress: ProgressSink) -> Path:
        """The point of no return: the backup has been checked; cancelling ends here."""
        if progress.cancelled():
            raise RestoreCancelledError()
        progress.report(1, RESTORE_STEPS)
        stem = self._live_sqlite_file().stem if self._db.backend == "sqlite" else "canteen"
        safety = Path(folder) / safety_backup_name(stem, self.now(), self._db.backend)
        self._write_backup(safety)
        progress.report(2, RESTORE_STEPS)
        return safety

    def _actor_in_restored_data(self, actor: Actor) -> Actor:
        """The restored data may predate the actor's user row; the entry then keeps the name."""
        if actor.user_id is None or self._auth.names_of([actor.user_id]):
            return actor
        return Actor(user_id=None, name=actor.name, role=actor.role, site_id=actor.site_id)


def _readable(backup_file: Path) -> Path:
    """The file exists and can be read (else "not found", or the system's own OSError, e.g.
    permission denied), before it is judged as a backup."""
    if not backup_file.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The backup file was not found: {path}"), path=str(backup_file)
        )
    with open(backup_file, "rb"):
        pass
    return backup_file
