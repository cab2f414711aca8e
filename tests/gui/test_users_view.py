"""The admin's user list: add, deactivate, new PIN, with messages next to the fields."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import LoginFailedError
from tests.gui.conftest import NAMES, save_screenshot, settle
from ui.common.context import UiContext
from ui.common.operations import Operations
from ui.platform.users.view import UsersView


@pytest.fixture
def view(
    qtbot: QtBot, make_context: Callable[..., UiContext], ops: Operations, users: dict[Role, Actor]
) -> UsersView:
    users_view = UsersView(make_context(users[Role.ADMIN]))
    qtbot.addWidget(users_view)
    users_view.resize(1100, 700)
    users_view.show()
    settle(qtbot, ops)
    return users_view


def _names(view: UsersView) -> list[str]:
    return [view.model.item(row, 0).text() for row in range(view.model.rowCount())]


def _select(view: UsersView, name: str) -> None:
    view.table.selectRow(_names(view).index(name))


def test_the_list_shows_every_user_with_role_and_status(view: UsersView) -> None:
    assert _names(view) == sorted(NAMES.values(), key=lambda n: n.replace("Å", "~"))  # Å after Z
    row = _names(view).index(NAMES[Role.JOB_COACH])
    assert view.model.item(row, 1).text() == "job coach"
    assert view.model.item(row, 2).text() == "Active"
    save_screenshot(view, "users_view")


def test_adding_a_user_who_can_then_log_in(qtbot: QtBot, view: UsersView, app_services: AppServices) -> None:
    qtbot.keyClicks(view.name_edit, "Per Hansen")
    view.role_combo.setCurrentIndex(view.role_combo.findData(Role.CANTEEN_MANAGER))
    qtbot.keyClicks(view.pin_edit, "4455")
    qtbot.keyClicks(view.repeat_edit, "4455")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Per Hansen" in _names(view), timeout=5000)
    assert view.selected_user() is not None and view.selected_user().name == "Per Hansen"  # type: ignore[union-attr]
    assert view.name_edit.text() == "" and view.pin_edit.text() == ""
    assert app_services.auth.login("per hansen", "4455").role is Role.CANTEEN_MANAGER


def test_mistakes_are_shown_next_to_the_field_and_nothing_is_added(
    qtbot: QtBot, view: UsersView, app_services: AppServices, users: dict[Role, Actor]
) -> None:
    before = len(app_services.auth.all_users(users[Role.ADMIN]))
    qtbot.keyClicks(view.name_edit, "Nina")
    view.role_combo.setCurrentIndex(view.role_combo.findData(Role.JOB_COACH))
    qtbot.keyClicks(view.pin_edit, "12")
    qtbot.keyClicks(view.repeat_edit, "13")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.pin_message.isVisible() and "not the same" in view.pin_message.text()
    view.repeat_edit.setText("12")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isEnabled() and "at least 6" in view.pin_message.text(), timeout=5000)
    view.name_edit.setText(NAMES[Role.KIOSK].upper())
    view.pin_edit.setText("123456")
    view.repeat_edit.setText("123456")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isEnabled() and "already exists" in view.name_message.text(), timeout=5000)
    assert view.name_edit.text() == NAMES[Role.KIOSK].upper()  # what was typed stays
    assert len(app_services.auth.all_users(users[Role.ADMIN])) == before


def test_deactivating_and_reactivating_a_user(
    qtbot: QtBot, view: UsersView, app_services: AppServices
) -> None:
    name = NAMES[Role.CANTEEN_MANAGER]
    _select(view, name)
    assert view.toggle_button.text() == "Deactivate"
    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    row = _names(view).index(name)
    qtbot.waitUntil(lambda: view.model.item(row, 2).text() == "Deactivated", timeout=5000)
    assert name not in app_services.auth.login_names()
    with pytest.raises(LoginFailedError):
        app_services.auth.login(name, "1234")
    assert view.toggle_button.text() == "Reactivate"
    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.item(row, 2).text() == "Active", timeout=5000)
    assert app_services.auth.login(name, "1234").name == name


def test_the_admin_cannot_deactivate_themself(qtbot: QtBot, view: UsersView) -> None:
    _select(view, NAMES[Role.ADMIN])
    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.isEnabled() and "yourself" in view.message.text(), timeout=5000)


def test_a_new_pin_unlocks_a_locked_user(
    qtbot: QtBot, view: UsersView, app_services: AppServices, ops: Operations
) -> None:
    name = NAMES[Role.CANTEEN_MANAGER]
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong PINs until the lock
            app_services.auth.login(name, "0000")
    view.reload()
    settle(qtbot, ops)
    row = _names(view).index(name)
    assert view.model.item(row, 2).text().startswith("Locked until")
    _select(view, name)
    qtbot.keyClicks(view.new_pin_edit, "9876")
    qtbot.keyClicks(view.new_pin_repeat, "9876")
    qtbot.mouseClick(view.new_pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.item(row, 2).text() == "Active", timeout=5000)
    assert app_services.auth.login(name, "9876").name == name
