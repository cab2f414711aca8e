"""Retention (P3) in the app: the administrator sees who is due, chooses a folder, confirms a
question that names the consequence, and the participant's file is archived there and their
data deleted or anonymised; the log then shows "Deleted participant #id". A folder that cannot
be written deletes nothing."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.dates import oslo_today
from canteen_app.platform.audit.rules import AuditFilter
from canteen_app.platform.settings.rules import SettingKey
from tests.gui.conftest import NAMES, PINS, click_box_button, log_in, save_screenshot, settle, wait_for_box
from tests.helpers import participant_input
from ui.platform.audit.view import detail_text, entity_text
from ui.platform.retention import RetentionView
from ui.shell.main_window import MainWindow, Station, read_start_facts


def _ended(services: AppServices, coach: Actor, first: str, days_ago: int) -> int:
    today = oslo_today()
    data = participant_input(
        coach.user_id,
        first_name=first,
        measure_start=today - timedelta(days=days_ago + 200),
        measure_planned_end=today - timedelta(days=days_ago - 100),
        support_needs="Trenger skriftlige steglister.",
    )
    participant_id = services.write(lambda app: app.participants.create(coach, data)).value.id
    version = services.write(lambda app: app.participants.get(coach, participant_id)).value.version
    ended_on = today - timedelta(days=days_ago)
    services.write(lambda app: app.participants.end_measure(coach, participant_id, version, ended_on, "ill"))
    return participant_id


@pytest.fixture
def made(app_services: AppServices, users: dict[Role, Actor]) -> dict[str, int]:
    coach = users[Role.JOB_COACH]
    return {
        "due": _ended(app_services, coach, "Lenge", 420),
        "recent": _ended(app_services, coach, "Nylig", 150),
    }


@pytest.fixture
def window(
    qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor], made: dict[str, int]
) -> Iterator[MainWindow]:
    main = MainWindow(Station(device="pc-1", language="en", kiosk_mode=False))
    qtbot.addWidget(main)
    main.attach(app_services, app_services.read(read_start_facts).value)
    main.resize(1280, 800)
    main.show()
    assert main.ops is not None
    settle(qtbot, main.ops)
    log_in(qtbot, main, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    assert main.workspace is not None
    main.workspace.open_page("retention")
    settle(qtbot, main.ops)
    yield main
    main.close()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """What the folder chooser answers (instead of the system's dialog)."""

    def choose(path: Path) -> None:
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(path))

    return choose


def _view(window: MainWindow) -> RetentionView:
    assert window.workspace is not None
    view = window.workspace.view("retention")
    assert isinstance(view, RetentionView)
    return view


def _start_archiving(qtbot: QtBot, view: RetentionView, row: int = 0) -> QMessageBox:
    view.table.selectRow(row)
    assert view.archive_button.isEnabled()
    qtbot.mouseClick(view.archive_button, Qt.MouseButton.LeftButton)
    return wait_for_box(qtbot, "retentionConfirmDialog")


def test_archive_and_delete_after_a_question_that_names_the_consequence(
    qtbot: QtBot,
    window: MainWindow,
    app_services: AppServices,
    users: dict[Role, Actor],
    made: dict[str, int],
    tmp_path: Path,
    folder: Callable[[Path], None],
) -> None:
    view = _view(window)
    assert [row.first_name for row in view.model.rows] == ["Lenge"]  # "Nylig" ended 5 months ago
    assert view.count_label.text() == "Ended more than 12 months ago: 1"
    assert view.model.display("reason", view.model.rows[0]) == "Ill"
    assert not view.archive_button.isEnabled()  # until someone is chosen
    archive = tmp_path / "arkiv"
    archive.mkdir()
    folder(archive)

    box = _start_archiving(qtbot, view)
    assert "Lenge Ødegård" in box.informativeText() and "cannot be undone" in box.informativeText()
    assert str(archive) in box.informativeText()
    save_screenshot(box, "retention_confirm")
    click_box_button(qtbot, box, "retentionCancelButton")  # nothing happens
    assert list(archive.iterdir()) == []

    box = _start_archiving(qtbot, view)
    click_box_button(qtbot, box, "retentionConfirmButton")
    assert window.ops is not None
    qtbot.waitUntil(view.status.isVisible, timeout=30_000)
    settle(qtbot, window.ops)

    files = sorted(archive.iterdir())
    assert [path.suffix for path in files] == [".json", ".pdf"]
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in files)
    assert "Lenge Ødegård was deleted" in view.status.text()
    assert view.model.rows == []
    admin = users[Role.ADMIN]
    assert app_services.participants.names_of(admin, [made["due"], made["recent"]]) == {
        made["recent"]: "Nylig Ødegård"
    }
    entries = app_services.audit.entries(admin, filters=AuditFilter(participant_id=made["due"]))
    assert entries[0].action == "delete" and entries[0].detail == "retention: archived and deleted"
    assert entity_text(entries[0]) == f"Deleted participant #{made['due']}"
    assert detail_text(entries[0]) == "Retention: the file was archived, then deleted"
    save_screenshot(window, "retention_after_delete")


def test_anonymise_keeps_the_participant_without_a_name(
    qtbot: QtBot,
    window: MainWindow,
    app_services: AppServices,
    users: dict[Role, Actor],
    made: dict[str, int],
    tmp_path: Path,
    folder: Callable[[Path], None],
) -> None:
    view = _view(window)
    folder(tmp_path)
    view.anonymise_radio.setChecked(True)
    view.table.selectRow(0)
    assert view.archive_button.text() == "Archive and anonymise…"
    box = _start_archiving(qtbot, view)
    assert "Attendance and levels stay" in box.informativeText()
    click_box_button(qtbot, box, "retentionConfirmButton")
    qtbot.waitUntil(view.status.isVisible, timeout=30_000)
    assert window.ops is not None
    settle(qtbot, window.ops)
    names = app_services.participants.names_of(users[Role.ADMIN], [made["due"]])
    assert names == {made["due"]: f"Anonymisert #{made['due']}"}
    assert view.model.rows == []  # anonymised once is done


def test_a_folder_that_cannot_be_written_deletes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    app_services: AppServices,
    users: dict[Role, Actor],
    made: dict[str, int],
    tmp_path: Path,
    folder: Callable[[Path], None],
) -> None:
    view = _view(window)
    folder(tmp_path / "borte")  # removed after it was chosen
    box = _start_archiving(qtbot, view)
    click_box_button(qtbot, box, "retentionConfirmButton")
    qtbot.waitUntil(view.message.isVisible, timeout=30_000)
    assert window.ops is not None
    settle(qtbot, window.ops)
    assert view.message.severity == "error"
    assert "does not exist" in view.message.text() and "Nothing was deleted." in view.message.text()
    assert made["due"] in app_services.participants.names_of(users[Role.ADMIN], [made["due"]])
    assert [row.first_name for row in view.model.rows] == ["Lenge"]


def test_the_retention_time_is_set_here_at_least_three_months(
    qtbot: QtBot, window: MainWindow, app_services: AppServices
) -> None:
    view = _view(window)
    assert window.ops is not None
    assert view.months_spin.value() == 12
    view.months_spin.setValue(2)
    qtbot.mouseClick(view.months_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    assert view.months_message.isVisible() and "from 3 to 120" in view.months_message.text()
    view.months_spin.setValue(4)
    qtbot.mouseClick(view.months_save, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    qtbot.waitUntil(lambda: len(view.model.rows) == 2)
    assert app_services.settings.get_int(1, SettingKey.RETENTION_MONTHS) == 4
    assert not view.months_message.isVisible()
    assert [row.first_name for row in view.model.rows] == ["Lenge", "Nylig"]
