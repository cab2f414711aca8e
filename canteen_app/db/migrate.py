"""Alembic migrations applied at start-up; a database newer than the program is refused.

Start-up takes a fast path: when the database already carries this program's schema
revision, Alembic is not even imported (it costs ~0.3 s). `SCHEMA_HEAD` (in `schema_head.py`)
must name the newest migration; a test checks it against the migration scripts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from canteen_app.core.errors import DatabaseTooNewError
from canteen_app.db.engine import WRITE_OPTION
from canteen_app.db.schema_head import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any constant works; it only has to be the same for every copy of the program.
_PG_MIGRATION_LOCK = 7_310_001


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revisions(connection: Connection) -> set[str]:
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this program has a migration for."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_not_newer(connection: Connection) -> None:
    known = known_revisions()
    for revision in current_revisions(connection):
        if revision not in known:
            raise DatabaseTooNewError(revision)


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to this program's version (idempotent).

    On PostgreSQL an advisory lock makes PCs that start at the same moment migrate one at a
    time instead of racing each other.
    """
    with engine.connect() as connection:
        if current_revisions(connection) == {SCHEMA_HEAD}:
            return
    from alembic import command

    # One program migrates at a time: PostgreSQL by an advisory lock, SQLite by taking the
    # write lock up front (BEGIN IMMEDIATE). The others wait, then find nothing left to do.
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        if current_revisions(connection) == {SCHEMA_HEAD}:
            return
        check_not_newer(connection)
        command.upgrade(alembic_config(connection), "head")


def is_up_to_date(engine: Engine) -> bool:
    with engine.connect() as connection:
        return current_revisions(connection) == {head_revision()}
