"""An unexpected error shows a friendly dialog, is logged, and the app keeps running."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from canteen_app.core.errors import NotAuthorizedError
from ui.shell.errors import ErrorReporter, configure_logging


@pytest.fixture
def reporter(tmp_path: Path, qapp: QApplication) -> Iterator[ErrorReporter]:
    log_file = tmp_path / "canteen-app.log"
    configure_logging(log_file)
    hooks = sys.excepthook, threading.excepthook
    error_reporter = ErrorReporter(log_file)
    error_reporter.install()
    yield error_reporter
    sys.excepthook, threading.excepthook = hooks


def _error_dialog() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "errorDialog" and widget.isVisible():
            return widget
    return None


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_click_handler_is_logged_and_shown(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    button = QPushButton("Go")
    qtbot.addWidget(button)
    clicks = []

    def broken_handler() -> None:
        clicks.append(1)
        raise ZeroDivisionError("a bug in a slot")

    button.clicked.connect(broken_handler)
    button.click()
    qtbot.waitUntil(lambda: _error_dialog() is not None, timeout=3000)
    dialog = _error_dialog()
    assert dialog is not None
    assert "your data is safe" in dialog.text()
    assert "ZeroDivisionError" in dialog.detailedText()
    log_text = (tmp_path / "canteen-app.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: a bug in a slot" in log_text
    dialog.close()
    # The app is still alive: the next click runs (and fails) again instead of a dead window.
    button.click()
    assert clicks == [1, 1]
    qtbot.waitUntil(lambda: _error_dialog() is not None, timeout=3000)
    _error_dialog().close()  # type: ignore[union-attr]


@pytest.mark.qt_no_exception_capture
def test_a_rule_the_user_ran_into_is_explained_not_apologised_for(
    qtbot: QtBot, reporter: ErrorReporter
) -> None:
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(NotAuthorizedError()))
    qtbot.waitUntil(lambda: _error_dialog() is not None, timeout=3000)
    dialog = _error_dialog()
    assert dialog is not None and dialog.text() == "You do not have access to this."
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_errors_in_worker_threads_are_reported_too(
    qtbot: QtBot, reporter: ErrorReporter, tmp_path: Path
) -> None:
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: _error_dialog() is not None, timeout=3000)
    assert "ZeroDivisionError" in (tmp_path / "canteen-app.log").read_text(encoding="utf-8")
    _error_dialog().close()  # type: ignore[union-attr]
