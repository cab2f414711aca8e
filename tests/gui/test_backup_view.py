"""Backup and restore in the app (P4, item 7): the admin backs up, restores after a clear
confirmation, and the program returns to the login screen on the restored data."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from tests.gui.conftest import NAMES, PINS, log_in, save_screenshot, settle
from tests.helpers import KIOSK, SYSTEM
from ui.platform.backup import BackupView
from ui.shell.main_window import MainWindow, Station, read_start_facts


def _taps(services: AppServices) -> int:
    return services.guests.today(1).total


@pytest.fixture
def window(qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor]) -> Iterator[MainWindow]:
    """The real main window with the admin logged in and on the backup page."""
    main = MainWindow(Station(device="pc-1", language="en", kiosk_mode=False))
    qtbot.addWidget(main)
    main.attach(app_services, app_services.read(read_start_facts).value)
    main.show()
    assert main.ops is not None
    settle(qtbot, main.ops)
    log_in(qtbot, main, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    assert main.workspace is not None
    main.workspace.open_page("backup")
    settle(qtbot, main.ops)
    yield main
    main.close()


def _view(window: MainWindow) -> BackupView:
    assert window.workspace is not None
    view = window.workspace.view("backup")
    assert isinstance(view, BackupView)
    return view


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    assert window.ops is not None
    settle(qtbot, window.ops)


def _click(qtbot: QtBot, button: QWidget | QAbstractButton | None) -> None:
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_up_now_writes_the_chosen_file_and_says_where(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_url: str,
    app_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(window)
    assert view.location_label.text() == "Database: SQLite file"
    location = view.location_edit.text()
    assert location == sqlite_url.removeprefix("sqlite:///") and "\u200b" not in location  # copies as is
    target = tmp_path / "backups" / "kantina.sqlite3"
    target.parent.mkdir()  # a folder the file dialog showed (it lists folders that exist)
    offered: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    _click(qtbot, view.backup_button)
    _settle(qtbot, window)

    assert Path(offered[0]).name.startswith("canteen-backup-") and offered[0].endswith(".sqlite3")
    assert target.read_bytes().startswith(b"SQLite format 3")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert view.backup_status.isVisible() and view.backup_status.text() == f"Backup written to {target}."
    newest = app_services.audit.entries(SYSTEM, limit=1)[0]
    assert (newest.actor_name, newest.action, newest.detail) == (NAMES[Role.ADMIN], "export", "backup")
    save_screenshot(view, "backup_page")


def test_restore_asks_first_then_brings_the_backup_back_and_returns_to_the_login(
    qtbot: QtBot,
    window: MainWindow,
    app_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    backup = tmp_path / "backup.sqlite3"
    app_services.backup.backup(SYSTEM, backup)
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")  # after the backup: the restore takes it away
    assert _taps(app_services) == 2
    view = _view(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(backup), "")))

    _click(qtbot, view.restore_button)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    assert "backup.sqlite3" in box.text()
    assert "safety copy" in box.informativeText() and "replaced" in box.informativeText()
    assert box.defaultButton() is box.findChild(QPushButton, "restoreCancelButton")  # Enter cancels
    save_screenshot(box, "restore_confirmation")
    _click(qtbot, box.findChild(QPushButton, "restoreConfirmButton"))
    _settle(qtbot, window)

    assert _taps(app_services) == 1
    assert window.workspace is None  # nobody stays logged in on replaced data
    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.name_combo.findText(NAMES[Role.ADMIN]) >= 0
    done = window.findChild(QMessageBox, "restoreDoneDialog")
    assert done is not None and done.isVisible()
    safety = next(Path(tmp_path).glob("canteen-before-restore-*.sqlite3"))  # next to the database
    assert str(safety) in done.informativeText()
    save_screenshot(window, "restore_done")
    done.close()


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    app_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = tmp_path / "backup.sqlite3"
    app_services.backup.backup(SYSTEM, backup)
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    view = _view(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(backup), "")))
    _click(qtbot, view.restore_button)
    assert view.confirm_box is not None
    qtbot.keyClick(view.confirm_box, Qt.Key.Key_Escape)
    _settle(qtbot, window)
    assert _taps(app_services) == 1
    assert window.workspace is not None
    assert not list(tmp_path.glob("canteen-before-restore-*"))


def test_a_file_that_is_not_a_backup_is_refused_next_to_the_button(
    qtbot: QtBot,
    window: MainWindow,
    app_services: AppServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    not_a_backup = tmp_path / "menu.pdf"
    not_a_backup.write_bytes(b"%PDF-1.4 not a database at all" * 100)
    view = _view(window)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(not_a_backup), ""))
    )
    _click(qtbot, view.restore_button)
    assert view.confirm_box is not None
    _click(qtbot, view.confirm_box.findChild(QPushButton, "restoreConfirmButton"))
    _settle(qtbot, window)

    assert view.restore_message.isVisible()
    assert view.restore_message.text() == f"This file is not a backup of the canteen database: {not_a_backup}"
    assert window.workspace is not None and view.restore_button.isEnabled()  # still here, still usable
    assert _taps(app_services) == 1
    assert not list(tmp_path.glob("canteen-before-restore-*"))
