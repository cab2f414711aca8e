"""Backup and restore of a PostgreSQL database with pg_dump and pg_restore.

A backup is a `pg_dump --format=custom` archive. A restore checks the archive with
`pg_restore --list`, reads its schema revision from the archive's alembic_version data, and
then restores with `--clean --if-exists --no-owner --single-transaction`: either all of it or
none of it. The password never goes on a command line (other users of the PC can read those):
the tools get it in their environment.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from canteen_app.core.errors import DomainError
from canteen_app.core.files import atomic_output
from canteen_app.core.logs import redact
from canteen_app.core.text import QT_TRANSLATE_NOOP

_TABLE_ENTRY = re.compile(r"^\d+; \d+ \d+ TABLE public (\S+)(?: |$)", re.MULTILINE)
_VERSION_TABLE = "alembic_version"


class ToolFailedError(DomainError):
    """pg_dump or pg_restore ended with an error; `detail` is its last line (no password)."""

    def __init__(self, failure: str, detail: str) -> None:
        self.detail = detail
        super().__init__(failure, detail=detail)


def pg_tool(name: str) -> str:
    """A PostgreSQL client tool: on PATH, else the newest in Debian's /usr/lib/postgresql."""
    found = shutil.which(name)
    if found is not None:
        return found
    installed = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if installed:
        return installed[-1]
    raise DomainError(
        QT_TRANSLATE_NOOP("errors", "{tool} was not found. Install the PostgreSQL client tools."), tool=name
    )


def write_backup(url: URL, out_path: Path) -> None:
    with atomic_output(out_path) as tmp_path:
        _run(
            [pg_tool("pg_dump"), "--format=custom", "--no-owner", f"--file={tmp_path}"],
            url,
            QT_TRANSLATE_NOOP("errors", "The backup failed: {detail}"),
        )


def check_backup(backup_file: Path) -> tuple[str, set[str]]:
    """(the archive's schema revision, the tables it holds); refused when it is not ours."""
    backup_file = Path(backup_file)
    if not backup_file.is_file():
        raise DomainError(
            QT_TRANSLATE_NOOP("errors", "The backup file was not found: {path}"), path=str(backup_file)
        )
    listing = subprocess.run(
        [pg_tool("pg_restore"), "--list", str(backup_file)], capture_output=True, text=True, check=False
    )
    tables = set(_TABLE_ENTRY.findall(listing.stdout)) if listing.returncode == 0 else set()
    if _VERSION_TABLE not in tables:
        raise _not_a_backup(backup_file)
    version_data = subprocess.run(
        [pg_tool("pg_restore"), "--data-only", f"--table={_VERSION_TABLE}", "--file=-", str(backup_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    revisions = _copied_rows(version_data.stdout, _VERSION_TABLE)
    if version_data.returncode != 0 or len(revisions) != 1:
        raise _not_a_backup(backup_file)
    return revisions[0], tables


def _copied_rows(script: str, table: str) -> list[str]:
    """The data lines of `COPY public.<table> ... FROM stdin;` in a pg_restore script."""
    rows: list[str] = []
    inside = False
    for line in script.splitlines():
        if line.startswith(f"COPY public.{table} "):
            inside = True
        elif inside and line == "\\.":
            break
        elif inside:
            rows.append(line)
    return rows


def drop_tables_not_in(engine: Engine, tables: set[str]) -> None:
    """Drop the tables a newer schema added that the (older) backup does not have: the
    restore recreates only what the archive holds, and the migrations add the rest again."""
    with engine.begin() as connection:
        present = connection.scalars(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).all()
        for table in sorted(set(present) - tables):
            connection.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))


def restore(url: URL, backup_file: Path) -> None:
    _run(
        [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            str(backup_file),
        ],
        url,
        QT_TRANSLATE_NOOP("errors", "The restore failed: {detail}"),
    )


def _run(command: list[str], url: URL, failure: str) -> None:
    """Run a client tool on the database at `url`; its last error line becomes the message."""
    target, env = _connection(url)
    completed = subprocess.run(
        [*command, f"--dbname={target}"], capture_output=True, text=True, env=env, check=False
    )
    if completed.returncode != 0:
        lines = completed.stderr.strip().splitlines()
        raise ToolFailedError(failure, redact(lines[-1]) if lines else Path(command[0]).name)


def _connection(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URL without the password, and an environment that carries it."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    # URL.set() reads None as "keep": build the URL anew, without the password.
    without_password = URL.create(
        "postgresql", url.username, None, url.host, url.port, url.database, url.query
    )
    return without_password.render_as_string(hide_password=False), env


def _not_a_backup(backup_file: Path) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP("errors", "This file is not a backup of the canteen database: {path}"),
        path=str(backup_file),
    )
