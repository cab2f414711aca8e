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
    qtbot.waitUntil(lambda: view.isEnabled() and "6 to 12 digits" in view.pin_message.text(), timeout=5000)
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
    qtbot.mouseClick(view.save_user_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.item(row, 2).text() == "Active", timeout=5000)
    assert app_services.auth.login(name, "9876").name == name


def test_pin_fields_take_digits_only(qtbot: QtBot, view: UsersView) -> None:
    qtbot.keyClicks(view.pin_edit, "12ab-34 5678901234")
    assert view.pin_edit.text() == "123456789012"  # letters refused, no more than 12 digits


def test_the_admin_renames_a_user_and_changes_the_role(
    qtbot: QtBot, view: UsersView, app_services: AppServices, ops: Operations
) -> None:
    _select(view, NAMES[Role.KIOSK])
    assert view.edit_name.text() == NAMES[Role.KIOSK]
    view.edit_name.setText("Kiosk ved døra")
    view.edit_role.setCurrentIndex(view.edit_role.findData(Role.CANTEEN_MANAGER))
    qtbot.mouseClick(view.save_user_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert "Kiosk ved døra" in _names(view) and NAMES[Role.KIOSK] not in _names(view)
    actor = app_services.auth.login("kiosk ved døra", "0000")  # the PIN stayed
    assert actor.role is Role.CANTEEN_MANAGER


def test_a_role_that_needs_a_longer_pin_asks_for_one_and_changes_nothing_until_then(
    qtbot: QtBot, view: UsersView, app_services: AppServices, ops: Operations
) -> None:
    name = NAMES[Role.CANTEEN_MANAGER]  # a 4-digit PIN; a job coach needs 6
    _select(view, name)
    view.edit_role.setCurrentIndex(view.edit_role.findData(Role.JOB_COACH))
    qtbot.mouseClick(view.save_user_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert "at least 6 digits" in view.edit_message.text()
    assert app_services.auth.login(name, "1234").role is Role.CANTEEN_MANAGER
    qtbot.keyClicks(view.new_pin_edit, "246802")
    qtbot.keyClicks(view.new_pin_repeat, "246802")
    qtbot.mouseClick(view.save_user_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert app_services.auth.login(name, "246802").role is Role.JOB_COACH


def test_the_last_administrator_keeps_the_role(
    qtbot: QtBot, view: UsersView, app_services: AppServices, ops: Operations
) -> None:
    _select(view, NAMES[Role.ADMIN])
    view.edit_role.setCurrentIndex(view.edit_role.findData(Role.KIOSK))
    qtbot.mouseClick(view.save_user_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert "last active administrator" in view.edit_role_message.text()
    assert app_services.auth.login(NAMES[Role.ADMIN], "246810").role is Role.ADMIN


def test_a_name_with_control_characters_is_refused(
    qtbot: QtBot, view: UsersView, app_services: AppServices, ops: Operations
) -> None:
    _select(view, NAMES[Role.KIOSK])
    view.edit_name.setText("Kiosk\u202eevil")
    qtbot.mouseClick(view.save_user_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ops)
    assert "text-direction" in view.edit_name_message.text()
    assert NAMES[Role.KIOSK] in _names(view)
