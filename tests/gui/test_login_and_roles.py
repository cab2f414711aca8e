"""Login, lockout, role gates, kiosk mode and the idle lock, on the real main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from tests.gui.conftest import NAMES, PINS, save_screenshot, settle
from ui.shell.main_window import MainWindow, Station, read_start_facts


def _window(qtbot: QtBot, services: AppServices, kiosk_mode: bool = False) -> MainWindow:
    window = MainWindow(Station(device="pc-1", language="en", kiosk_mode=kiosk_mode))
    qtbot.addWidget(window)
    window.attach(services, services.read(read_start_facts).value)
    window.show()
    _settle(qtbot, window)
    return window


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    assert window.ops is not None
    settle(qtbot, window.ops)


@pytest.fixture
def window(qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor]) -> Iterator[MainWindow]:
    main = _window(qtbot, app_services)
    yield main
    main.close()


def _log_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    page = window.login_page
    page.name_combo.setCurrentText(name)
    page.pin_edit.setText("")
    qtbot.keyClicks(page.pin_edit, pin)
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)


def test_an_empty_database_asks_for_the_first_admin(qtbot: QtBot, app_services: AppServices) -> None:
    window = _window(qtbot, app_services)
    page = window.first_admin_page
    assert window.pages.currentWidget() is page
    qtbot.keyClicks(page.name_edit, "Åse Admin")
    qtbot.keyClicks(page.pin_edit, "123")
    qtbot.keyClicks(page.repeat_edit, "123")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert page.pin_message.isVisible() and "at least 6" in page.pin_message.text()
    assert not app_services.auth.has_users()
    page.pin_edit.setText("hemmelig")
    page.repeat_edit.setText("hemmelig2")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.pin_message.text()
    page.repeat_edit.setText("hemmelig")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.actor is not None and window.actor.role is Role.ADMIN
    assert window.actor.name == "Åse Admin"


def test_login_with_the_right_pin_opens_the_workspace(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.login_page
    save_screenshot(window, "login_page")
    _log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.actor is not None and window.actor.role is Role.JOB_COACH


def test_wrong_pins_say_how_many_tries_are_left_then_lock(qtbot: QtBot, window: MainWindow) -> None:
    name = NAMES[Role.CANTEEN_MANAGER]
    _log_in(qtbot, window, name, "9999")
    assert "Tries left before the account locks: 4" in window.login_page.error.text()
    for _ in range(4):
        _log_in(qtbot, window, name, "9999")
    assert "locked" in window.login_page.error.text()
    # Locked: even the right PIN does not get in.
    _log_in(qtbot, window, name, PINS[Role.CANTEEN_MANAGER])
    assert window.workspace is None
    assert "locked" in window.login_page.error.text()


def test_the_pin_pad_types_the_pin_without_a_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    page = window.login_page
    page.name_combo.setCurrentText(NAMES[Role.CANTEEN_MANAGER])
    for digit in "12345":
        qtbot.mouseClick(page.findChild(QPushButton, f"keypad_{digit}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(QPushButton, "keypad_back"), Qt.MouseButton.LeftButton)
    assert page.pin_edit.text() == "1234"
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    assert window.workspace is not None


@pytest.mark.parametrize(
    ("role", "pages"),
    [
        (Role.ADMIN, ["kiosk", "statistics", "participants", "audit", "users", "settings", "backup"]),
        (Role.CANTEEN_MANAGER, ["kiosk", "statistics", "participants"]),
        (Role.JOB_COACH, ["kiosk", "participants"]),
        (Role.KIOSK, ["kiosk"]),
    ],
)
def test_each_role_sees_only_its_pages(
    qtbot: QtBot, window: MainWindow, role: Role, pages: list[str]
) -> None:
    _log_in(qtbot, window, NAMES[role], PINS[role])
    assert window.workspace is not None
    assert window.workspace.page_keys == pages


def test_logging_out_drops_every_view(qtbot: QtBot, window: MainWindow) -> None:
    _log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    workspace = window.workspace
    assert workspace is not None
    qtbot.mouseClick(workspace.findChild(QPushButton, "logoutButton"), Qt.MouseButton.LeftButton)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.login_page
    _settle(qtbot, window)
    assert window.login_page.pin_edit.text() == ""


def test_idle_time_returns_to_the_login_screen(qtbot: QtBot, window: MainWindow) -> None:
    _log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    window.idle.set_seconds(1)
    window.idle.start()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=4000)
    assert window.pages.currentWidget() is window.login_page


def test_activity_keeps_the_session_open(qtbot: QtBot, window: MainWindow) -> None:
    _log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    window.idle.set_seconds(1)
    window.idle.start()
    for _ in range(6):
        qtbot.wait(300)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert window.workspace is not None


def test_kiosk_mode_starts_on_the_counter_without_a_login(
    qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor]
) -> None:
    window = _window(qtbot, app_services, kiosk_mode=True)
    workspace = window.workspace
    assert workspace is not None and workspace.is_shared_kiosk
    assert workspace.page_keys == ["kiosk"]
    assert not workspace.navigation.isVisible()
    total = workspace.findChild(QLabel, "kioskTodayTotal")
    assert total is not None and total.isVisible()
    save_screenshot(window, "kiosk_mode")
    # Leaving the kiosk needs a login.
    qtbot.mouseClick(workspace.findChild(QPushButton, "kioskLoginButton"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page
    _settle(qtbot, window)
    qtbot.mouseClick(window.login_page.findChild(QPushButton, "loginBackButton"), Qt.MouseButton.LeftButton)
    assert window.workspace is not None and window.workspace.is_shared_kiosk
    qtbot.mouseClick(window.workspace.findChild(QPushButton, "kioskLoginButton"), Qt.MouseButton.LeftButton)
    _settle(qtbot, window)
    _log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    assert window.actor is not None and window.actor.role is Role.ADMIN
    # Walking away: back to the shared kiosk screen on its own.
    window.idle.set_seconds(1)
    window.idle.start()
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.is_shared_kiosk, timeout=4000)
    window.close()


def test_no_participant_widget_survives_a_logout(qtbot: QtBot, window: MainWindow) -> None:
    _log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    window.workspace.open_page("participants")
    window.logout()
    qtbot.wait(50)  # deleteLater runs
    leftovers = [
        w for w in window.findChildren(QWidget) if w.objectName() in {"participantsView", "participantTable"}
    ]
    assert leftovers == []
