"""One short session per user action (SQLAlchemy's advice for GUI programs).

A service opens `db.write()` or `db.read()`, does its work, and leaves: the write commits on
success and rolls back on any error. Sessions never outlive the action and never cross threads.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from canteen_app.persistence.engine import WRITE_OPTION


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits when the block ends without error."""
        with self._sessions() as session:
            session.connection(execution_options={WRITE_OPTION: True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction: closing the session rolls back anything written.

        Objects loaded here stay readable afterwards (closed, not expired).
        """
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
