"""Work off the GUI thread, on a QThreadPool: the machinery under `ui.common.operations`.

`TaskRunner.run(fn, on_done, on_error)` calls `fn(progress)` in a worker thread; the
callbacks run on the GUI thread. Workers never touch widgets; only the callbacks do. Views do
not use this directly: database work goes through `Operations`; only the start-up (opening
the database, before there are any services) runs here on its own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class WorkerProgress:
    """The core's ProgressSink, implemented for a worker thread."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Job(QRunnable):
    def __init__(
        self, fn: Callable[[WorkerProgress], Any], signals: _Signals, progress: WorkerProgress
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, never lost
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


class Task:
    """A running job; keep it to cancel, or ignore it."""

    def __init__(self, signals: _Signals, progress: WorkerProgress) -> None:
        self.signals = signals
        self.progress = progress

    def cancel(self) -> None:
        self.progress.cancel()


class TaskRunner(QObject):
    """Runs jobs on a thread pool; keeps each job's signal object alive until it reports."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[WorkerProgress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Run `fn` in a worker. With an `owner` (usually the view that asked), the callbacks
        are skipped when the owner has been deleted meanwhile, e.g. after a logout."""
        signals = _Signals()
        progress = WorkerProgress(signals)
        self._running.add(signals)

        def owner_gone() -> bool:
            return owner is not None and not shiboken6.isValid(owner)

        def finished(result: object) -> None:
            self._running.discard(signals)
            if not owner_gone():
                on_done(result)

        def failed(error: BaseException) -> None:
            self._running.discard(signals)
            if owner_gone():
                log.info("Dropped an error for a closed view: %r", error)
            elif on_error is not None:
                on_error(error)
            else:
                raise error  # reaches the global error handler (dialog + log)

        # Emitted from the worker thread, so Qt queues these calls onto the GUI thread.
        signals.finished.connect(finished)
        signals.failed.connect(failed)
        self._pool.start(_Job(fn, signals, progress))
        return Task(signals, progress)

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


def progress_dialog(parent: QWidget, title: str, cancel_text: str) -> QProgressDialog:
    """A window-modal progress dialog that appears only when the work takes more than a moment.

    Call `follow(dialog, task)` once the task runs, and close the dialog from the task's own
    answer callbacks (they are connected before the worker starts, so none is missed)."""
    from PySide6.QtCore import Qt  # Qt's enums cost ~30 ms to build; not before the first paint

    dialog = QProgressDialog(title, cancel_text, 0, 0, parent)
    dialog.setObjectName("taskProgressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs finish before anything flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def follow(dialog: QProgressDialog, task: Task) -> None:
    """Show the task's progress in the dialog; its Cancel button cancels the task."""

    def progressed(value: int, total: int, text: str) -> None:
        if shiboken6.isValid(dialog):
            dialog.setMaximum(total)
            dialog.setValue(value)
            if text:
                dialog.setLabelText(text)

    task.signals.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)


def close_dialog(dialog: QProgressDialog) -> None:
    if shiboken6.isValid(dialog):
        dialog.close()
        dialog.deleteLater()
