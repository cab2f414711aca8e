"""The one way the UI runs database work (Anki's CollectionOp / QueryOp, for this app).

    self.ops.write(
        self,
        lambda app: app.participants.create(actor, data),
        done=self._on_saved,
        errors=self.form_errors,   # domain errors shown next to their fields
        busy=self.save_button,     # disabled while the action runs
    )

Every call runs one user action off the GUI thread as one transaction (`AppServices.write` or
`.read`). When it answers, on the GUI thread:
- `busy` is released, then `done(value)` runs (skipped when `owner` was deleted meanwhile, e.g.
  after a logout);
- a `DomainError` (a rule the user ran into) goes to `errors`, which shows it next to the field
  it concerns; without `errors` it goes to the error dialog as a plain message;
- anything else is a bug: it goes to the error dialog and the log, with its traceback;
- `changed(changes, owner)` is emitted with what the action changed, so every open view that
  shows that data refreshes (the statistics after a tap, the user list after a new PIN, ...).

`lane` runs actions one after another in the order they were asked for (the kiosk's taps);
other actions share a small thread pool.

The window makes its `Operations` before the database is open (the kiosk can then show its
first look and take taps at once). An action asked for meanwhile waits in its worker until
`attach(app)` brings the services, then runs as it always does; if the database cannot be
opened (`no_services`), it fails with `DatabaseUnavailableError`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from canteen_app.core.errors import DatabaseUnavailableError, DomainError
from canteen_app.core.progress import ProgressSink
from ui.common.tasks import Task, TaskRunner, close_dialog, follow, progress_dialog

if TYPE_CHECKING:  # SQLAlchemy loads with the services, not before the first screen
    from canteen_app.app import AppServices, Changes, Outcome

log = logging.getLogger(__name__)

T = TypeVar("T")
Action = Callable[["AppServices"], T]
ErrorTarget = Callable[[DomainError], None]
Busy = Callable[[bool], None] | QWidget | None


class Operations(QObject):
    """Runs the UI's actions on the open database; one per window."""

    changed = Signal(object, object)  # Changes, the QObject that asked (None: unknown)
    all_done = Signal()  # every action asked for has answered and its callbacks have run

    def __init__(self, app: AppServices | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._opened = threading.Event()  # set once the services are open, or cannot be
        self._failure = ""
        if app is not None:
            self._opened.set()
        self._pool = TaskRunner(self)
        self._lanes: dict[str, TaskRunner] = {}
        self._in_flight = 0

    def attach(self, app: AppServices) -> None:
        """The services are open: actions waiting for them run now. Any thread may call this."""
        self._app = app
        self._opened.set()

    def no_services(self, reason: str) -> None:
        """The database could not be opened: actions waiting for it fail (any thread)."""
        self._failure = reason
        self._opened.set()

    def _services(self) -> AppServices:
        """In a worker: the services, once they are open."""
        self._opened.wait()
        if self._app is None:
            raise DatabaseUnavailableError(self._failure)
        return self._app

    @property
    def busy(self) -> bool:
        """Some action has not answered yet."""
        return self._in_flight > 0

    # --- the API -------------------------------------------------------------------------------

    def read(
        self,
        owner: QObject,
        action: Action[T],
        done: Callable[[T], None] | None = None,
        errors: ErrorTarget | None = None,
        busy: Busy = None,
    ) -> Task:
        """Run an action that only reads, in one read-only transaction."""
        return self._start(owner, lambda _progress: self._services().read(action), done, errors, busy, None)

    def write(
        self,
        owner: QObject,
        action: Action[T],
        done: Callable[[T], None] | None = None,
        errors: ErrorTarget | None = None,
        busy: Busy = None,
        lane: str | None = None,
        after_commit: Callable[[T], object] | None = None,
    ) -> Task:
        """Run an action that changes data (audited reads included), as one transaction.

        `after_commit(value)` runs in the worker once the transaction has committed, before
        `done`: slow preparation for what `done` will show (loading the next screen's modules)
        that must not hold the transaction open nor stop the GUI thread."""

        def work(_progress: ProgressSink) -> Outcome[T]:
            outcome = self._services().write(action)
            if after_commit is not None:
                after_commit(outcome.value)
            return outcome

        return self._start(owner, work, done, errors, busy, lane)

    def render(
        self,
        parent: QWidget,
        title: str,
        action: Callable[[AppServices, ProgressSink], T],
        done: Callable[[T], None] | None = None,
        errors: Callable[[BaseException], None] | None = None,
        changes: Changes | None = None,
    ) -> Task:
        """Long work that reads through the services and then writes a file (a report), with a
        cancellable progress dialog. The services open their own short transactions.

        `errors` receives every failure: domain errors, a cancelled render, a file that could
        not be written; it re-raises what it does not handle (a bug). `changes`: what the work
        changes when it succeeds (a restore changes everything), announced like a write's."""
        dialog = progress_dialog(parent, title, self.tr("Cancel"))

        def work(progress: ProgressSink) -> Outcome[T]:
            from canteen_app.app import NO_CHANGES, Outcome  # loaded with the services by now

            return Outcome(action(self._services(), progress), changes or NO_CHANGES)

        def finished(value: T) -> None:
            close_dialog(dialog)
            if done is not None:
                done(value)

        def failed(error: DomainError) -> None:
            close_dialog(dialog)
            if errors is None:
                raise error
            errors(error)

        task = self._start(parent, work, finished, failed, None, None, catch_all=True)
        follow(dialog, task)
        return task

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        """Block until every action asked for so far has answered (at exit, in tests)."""
        finished = self._pool.wait_for_all(msecs)
        return all([lane.wait_for_all(msecs) for lane in self._lanes.values()]) and finished

    # --- running -------------------------------------------------------------------------------

    def _start(
        self,
        owner: QObject,
        work: Callable[[ProgressSink], Outcome[T]],
        done: Callable[[T], None] | None,
        errors: ErrorTarget | None,
        busy: Busy,
        lane: str | None,
        catch_all: bool = False,
    ) -> Task:
        """`catch_all`: every failure goes to `errors`, not only domain errors."""
        set_busy = _busy_setter(busy)
        set_busy(True)
        self._in_flight += 1

        def finished(outcome: Outcome[T]) -> None:
            if not shiboken6.isValid(self):
                return  # the window closed while the action ran; the work itself is done
            try:
                if _alive(owner):
                    set_busy(False)
                    if done is not None:
                        done(outcome.value)
                if outcome.changes:
                    self.changed.emit(outcome.changes, owner if _alive(owner) else None)
            finally:
                self._answered()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self):
                log.info("An action failed after its window closed: %s", type(error).__name__)
                return
            try:
                if not _alive(owner):
                    log.info("Dropped an answer for a closed view: %s", type(error).__name__)
                    return
                set_busy(False)
                if errors is not None and (catch_all or isinstance(error, DomainError)):
                    errors(error)  # type: ignore[arg-type]
                    return
                raise error  # the error dialog: a message for a DomainError, the traceback for a bug
            finally:
                self._answered()

        return self._runner(lane).run(work, finished, failed)

    def _answered(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.all_done.emit()

    def _runner(self, lane: str | None) -> TaskRunner:
        if lane is None:
            return self._pool
        runner = self._lanes.get(lane)
        if runner is None:
            runner = self._lanes[lane] = TaskRunner(self, max_threads=1)  # one at a time, in order
        return runner


def _alive(owner: QObject | None) -> bool:
    return owner is None or shiboken6.isValid(owner)


def _busy_setter(busy: Busy) -> Callable[[bool], None]:
    if busy is None:
        return lambda _busy: None
    if isinstance(busy, QWidget):
        widget = busy

        def set_enabled(is_busy: bool) -> None:
            if shiboken6.isValid(widget):
                widget.setEnabled(not is_busy)

        return set_enabled
    return busy


__all__ = ["Action", "ErrorTarget", "Operations"]
