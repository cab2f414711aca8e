"""Alembic migrations applied at start-up; a database newer than the program is refused."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from canteen_app.domain.errors import DatabaseTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any constant works; it only has to be the same for every copy of the program.
_PG_MIGRATION_LOCK = 7_310_001


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def check_not_newer(connection: Connection) -> None:
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    for revision in current_revisions(connection):
        if revision not in known:
            raise DatabaseTooNewError(revision)


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to this program's version (idempotent).

    On PostgreSQL an advisory lock makes PCs that start at the same moment migrate one at a
    time instead of racing each other.
    """
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        check_not_newer(connection)
        command.upgrade(alembic_config(connection), "head")


def is_up_to_date(engine: Engine) -> bool:
    with engine.connect() as connection:
        return current_revisions(connection) == {head_revision()}
