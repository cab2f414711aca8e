"""What every feature service shares: the database, the clock, and the `@reads` / `@writes`
markers that make a method join the action's transaction (or open one when called alone).

    class GuestService(Service):
        @writes
        def record_tap(self, actor: Actor, category_id: int, device: str) -> TapResult:
            self.session.add(...)
            self.changed(GUEST_COUNTS)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Concatenate, ParamSpec, TypeVar, overload

from sqlalchemy.orm import Session

from canteen_app.core.dates import utc_now
from canteen_app.db.unit_of_work import Database

Clock = Callable[[], datetime]
P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="Service")


class Service:
    """Base of the feature services: no state beyond the database and the clock."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    @property
    def session(self) -> Session:
        """The session of the action's transaction (only inside a @reads/@writes method)."""
        return self._db.current().session

    def changed(self, kind: str, *ids: int | None) -> None:
        """Tell the action's caller that data of `kind` changed, so views showing it refresh."""
        self._db.current().changed(kind, *ids)

    def now(self) -> datetime:
        return self._clock()


def reads(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """The method only reads: it joins the caller's transaction or opens a read-only one."""

    @functools.wraps(method)
    def in_transaction(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._db.transaction(write=False):
            return method(self, *args, **kwargs)

    return in_transaction


Method = Callable[Concatenate[S, P], R]


@overload
def writes(method: Method[S, P, R], /) -> Method[S, P, R]: ...


@overload
def writes(*, savepoint: bool) -> Callable[[Method[S, P, R]], Method[S, P, R]]: ...


def writes(
    method: Method[S, P, R] | None = None, /, *, savepoint: bool = True
) -> Method[S, P, R] | Callable[[Method[S, P, R]], Method[S, P, R]]:
    """The method writes: it joins the caller's write transaction or opens one of its own.

    Joined, it runs in a savepoint, so that only its own work is undone when it raises.
    `@writes(savepoint=False)` is for a method whose only write is one statement, made last:
    a failed statement changes nothing, so there is nothing of its own to undo.
    """

    def decorate(method: Method[S, P, R]) -> Method[S, P, R]:
        @functools.wraps(method)
        def in_transaction(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            with self._db.transaction(write=True, savepoint=savepoint):
                return method(self, *args, **kwargs)

        return in_transaction

    return decorate if method is None else decorate(method)
