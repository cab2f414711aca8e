"""One user action = one transaction (the unit of work).

The caller of an action, the UI's operation runner or a CLI command, opens the transaction with
`Database.transaction(write=...)`; every service called inside joins it, so the data, its audit
entry and everything else the action does commit together, or not at all. A service called on
its own (a script, a test) opens its own transaction in the same way.

- A joined write runs inside a SAVEPOINT: when it raises, only its own work is undone, and a
  caller that handles the error can go on with a consistent transaction. A write whose only
  write is one statement, made last, needs none (`savepoint=False`): a statement that fails
  changes nothing, so there is nothing of its own to undo (the kiosk's tap, the busiest write).
- An error marked `commit_before_raise` (a wrong PIN must still count) keeps the work done
  before it: the savepoint is released and the outermost transaction commits, then raises.
- A read transaction refuses writes (PostgreSQL `READ ONLY`, SQLite `query_only`), and a write
  step inside a read transaction is a programming error, reported at once.
- Services say what they changed (`Transaction.changed(kind, ids)`); the outermost transaction
  hands the collected `Changes` back, so open views can refresh.

The transaction in progress lives in a context variable: each thread (each worker of the UI's
task runner) has its own, and sessions never cross threads.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from canteen_app.db.engine import transaction_options


class ReadOnlyTransactionError(RuntimeError):
    """A service tried to write inside a read transaction: a bug in the calling code."""


class NoTransactionError(RuntimeError):
    """A service's session was used outside any transaction: a bug in the service."""


@dataclass(frozen=True)
class Changes:
    """What one action changed: kinds of data (e.g. "guests.counts") and the ids touched."""

    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids)

    def __contains__(self, kind: object) -> bool:
        return kind in self.ids

    def __bool__(self) -> bool:
        return bool(self.ids)

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.ids for kind in kinds)

    def ids_of(self, kind: str) -> frozenset[int]:
        return self.ids.get(kind, frozenset())


NO_CHANGES = Changes()


class Transaction:
    """The unit of work in progress: its session, whether it may write, what it changed."""

    def __init__(self, database: Database, session: Session, write: bool) -> None:
        self.database = database
        self.session = session
        self.write = write
        self._changed: dict[str, set[int]] = {}

    def changed(self, kind: str, *ids: int | None) -> None:
        """Note that data of `kind` changed (optionally which ids); views showing it refresh."""
        self._changed.setdefault(kind, set()).update(i for i in ids if i is not None)

    def changes(self) -> Changes:
        return Changes({kind: frozenset(ids) for kind, ids in self._changed.items()})


_current: contextvars.ContextVar[Transaction | None] = contextvars.ContextVar(
    "canteen_transaction", default=None
)


def _commits_anyway(error: BaseException) -> bool:
    return bool(getattr(error, "commit_before_raise", False))


class Database:
    """The engine and its sessions. Only the core sees this; the UI gets services."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def current(self) -> Transaction:
        """The transaction of the action in progress on this thread."""
        transaction = _current.get()
        if transaction is None or transaction.database is not self:
            raise NoTransactionError("this service call needs a transaction (use @reads or @writes)")
        return transaction

    def in_transaction(self) -> bool:
        """Whether this thread is inside an action's transaction on this database."""
        transaction = _current.get()
        return transaction is not None and transaction.database is self

    @contextlib.contextmanager
    def transaction(self, write: bool, savepoint: bool = True) -> Iterator[Transaction]:
        """Join the action's transaction, or open one (committed at the end when `write`).
        `savepoint=False`: see the module's docstring."""
        outer = _current.get()
        if outer is not None and outer.database is self:
            if write and not outer.write:
                raise ReadOnlyTransactionError("a write step was called inside a read transaction")
            with self._joined(outer, write and savepoint):
                yield outer
            return
        with self._outermost(write) as transaction:
            yield transaction

    @contextlib.contextmanager
    def _joined(self, outer: Transaction, in_savepoint: bool) -> Iterator[None]:
        if not in_savepoint:
            yield
            return
        savepoint = outer.session.begin_nested()
        try:
            yield
        except BaseException as error:
            if _commits_anyway(error):
                savepoint.commit()
            else:
                savepoint.rollback()
            raise
        savepoint.commit()

    @contextlib.contextmanager
    def _outermost(self, write: bool) -> Iterator[Transaction]:
        with self._sessions() as session:
            session.connection(execution_options=transaction_options(self.backend, write))
            transaction = Transaction(self, session, write)
            token = _current.set(transaction)
            try:
                yield transaction
                if write:
                    session.commit()
                # A read ends when the session closes: its transaction is rolled back, and the
                # objects it loaded stay readable (a rollback() would expire them).
            except BaseException as error:
                if write and _commits_anyway(error):
                    session.commit()
                else:
                    session.rollback()
                raise
            finally:
                _current.reset(token)

    def dispose(self) -> None:
        self.engine.dispose()
