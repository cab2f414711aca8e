"""What backup and restore hand back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BackupFacts:
    """What the backup page shows before anything is done."""

    backend: str  # "sqlite" or "postgresql"
    location: str  # the database file, or server and database name (never a password)
    suggested_name: str  # a file name for a new backup
    file_suffix: str  # ".sqlite3" or ".dump"


@dataclass(frozen=True)
class RestoreResult:
    backup: Path  # the file the data came from
    safety_backup: Path  # the data as it was just before, should the restore have been a mistake
    backup_revision: str  # the backup's schema (migrated to the program's own if older)
