"""Unexpected errors: logged to a file in the data folder and shown in a friendly dialog,
while the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from canteen_app.core.errors import DomainError
from canteen_app.core.files import private_folder
from canteen_app.core.logs import private_log_handler, redact
from ui.common.i18n import message_text

log = logging.getLogger("canteen_app")


def configure_logging(log_file: Path) -> None:
    """The log and its rotations are owner-only files (0600) in an owner-only folder."""
    private_folder(log_file.parent)
    root = logging.getLogger()
    root.addHandler(private_log_handler(log_file))
    root.setLevel(logging.INFO)


class ErrorReporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread."""

    error_shown = Signal(str)
    _report = Signal(object, str)

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._dialog: QMessageBox | None = None
        # From a worker thread Qt queues the call to the GUI thread; on the GUI thread it is direct.
        self._report.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        if isinstance(error, DomainError):
            # A rule the user ran into, not a bug: say what it is, no apology needed.
            self._report.emit(error, "")
            return
        details = redact("".join(traceback.format_exception(kind, error, tb)))
        log.error("Unexpected error\n%s", details)
        print(
            f"canteen-app: unexpected error: {redact(repr(error))} (details in {self._log_file})",
            file=sys.stderr,
        )
        self._report.emit(error, details)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, error: BaseException, details: str) -> None:
        if isinstance(error, DomainError):
            text = message_text(error.message)
        else:
            text = self.tr(
                "Something went wrong, but your data is safe and the program keeps running.\n\n"
                "The details were written to {log}."
            ).format(log=self._log_file)
        if self._dialog is not None:  # one dialog at a time, not a cascade
            self._dialog.close()
        parent: QWidget | None = QApplication.activeWindow()
        dialog = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"), text, parent=parent)
        dialog.setObjectName("errorDialog")
        if details:
            dialog.setDetailedText(details)
        from PySide6.QtCore import Qt  # Qt's enums cost ~30 ms to build; not before the first paint

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._dialog = dialog
        dialog.finished.connect(self._forget_dialog)
        self.error_shown.emit(text)

    def _forget_dialog(self) -> None:
        self._dialog = None
