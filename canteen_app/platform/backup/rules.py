"""Names and kinds for backup and restore."""

from __future__ import annotations

from datetime import datetime

from canteen_app.core.dates import SITE_TIMEZONE

ENTITY = "database"  # what backup and restore entries in the audit log are about
BACKUP_DETAIL = "backup"
# A restore changes every view's data: the program goes back to its first screen.
DATABASE_REPLACED = "platform.database"
SQLITE_SUFFIX = ".sqlite3"
DUMP_SUFFIX = ".dump"


def suffix_for(backend: str) -> str:
    """SQLite backups are database files; PostgreSQL backups are pg_dump archives."""
    return SQLITE_SUFFIX if backend == "sqlite" else DUMP_SUFFIX


def suggested_backup_name(now: datetime, backend: str) -> str:
    return f"canteen-backup-{now.astimezone(SITE_TIMEZONE):%Y-%m-%d-%H%M}{suffix_for(backend)}"


def safety_backup_name(stem: str, now: datetime, backend: str) -> str:
    """The copy of the data as it was just before a restore, e.g.
    canteen-before-restore-2026-11-25-123005.sqlite3 (Oslo time: the name the admin reads)."""
    return f"{stem}-before-restore-{now.astimezone(SITE_TIMEZONE):%Y-%m-%d-%H%M%S}{suffix_for(backend)}"


def restore_detail(backup_name: str, safety_name: str) -> str:
    """The restore's audit detail: file names only, never paths (they may name a person)."""
    return f"backup={backup_name};safety={safety_name}"


def parse_restore_detail(detail: str) -> tuple[str, str] | None:
    parts = dict(part.partition("=")[::2] for part in detail.split(";"))
    if "backup" in parts and "safety" in parts:
        return parts["backup"], parts["safety"]
    return None
