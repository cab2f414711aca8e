"""Alembic environment: runs on the connection the program hands over.

From the command line (`uv run alembic ...`, configured in pyproject.toml) it opens the
database that the app would open (CANTEEN_DB_URL or the default SQLite file).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from canteen_app.core.config import resolve_db_url
from canteen_app.db.engine import make_engine
from canteen_app.db.registry import load_models


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=load_models(),
        # SQLite cannot ALTER most things in place; batch mode copies the table.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(resolve_db_url(None))
    with engine.begin() as own_connection:
        _run(own_connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; connect to a database.")
run_migrations_online()
