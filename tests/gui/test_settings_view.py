"""The settings view: locking settings saved through the service with errors at the field, this
PC's language in its preferences file, and the kiosk's guest categories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.config import load_preferences
from canteen_app.platform.settings.service import SettingKey
from tests.gui.conftest import save_screenshot
from ui.common.context import UiContext
from ui.platform.settings.view import SettingsView

MakeContext = Callable[..., UiContext]
SITE = 1


def _settings_view(qtbot: QtBot, make_context: MakeContext, admin: Actor, folder: Path) -> SettingsView:
    view = SettingsView(make_context(admin), preferences_folder=folder)
    qtbot.addWidget(view)
    view.resize(900, 900)
    view.show()
    qtbot.waitUntil(view.save_button.isEnabled)
    return view


def _type_number(qtbot: QtBot, spin: object, value: int) -> None:
    spin.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(spin, str(value))


def _list_texts(view: SettingsView) -> list[str]:
    return [view.category_list.item(row).text() for row in range(view.category_list.count())]


def _select(view: SettingsView, name_nb: str) -> None:
    for row in range(view.category_list.count()):
        if view.category_list.item(row).text().startswith(name_nb):
            view.category_list.setCurrentRow(row)
            return
    raise AssertionError(name_nb)


def test_saving_the_idle_time_persists(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    tmp_path: Path,
) -> None:
    view = _settings_view(qtbot, make_context, users[Role.ADMIN], tmp_path)
    assert view.idle_spin.value() == 120  # the default, read from the service
    assert view.lockout_spin.value() == 15

    _type_number(qtbot, view.idle_spin, 300)
    _type_number(qtbot, view.lockout_spin, 30)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.settings_status.text() == "Saved.")

    assert app_services.settings.get_int(SITE, SettingKey.IDLE_SECONDS) == 300
    assert app_services.settings.get_int(SITE, SettingKey.LOCKOUT_MINUTES) == 30
    assert view.idle_message.text() == ""
    save_screenshot(view, "settings_view")


def test_an_out_of_range_value_is_refused_next_to_its_field(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    tmp_path: Path,
) -> None:
    view = _settings_view(qtbot, make_context, users[Role.ADMIN], tmp_path)
    _type_number(qtbot, view.idle_spin, 5)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.idle_message.severity == "error")

    assert view.idle_message.text() == "Choose a value from 15 to 3600."
    assert view.lockout_message.text() == ""
    assert app_services.settings.get_int(SITE, SettingKey.IDLE_SECONDS) == 120
    assert view.idle_spin.value() == 5  # what the admin typed stays, to be corrected

    _type_number(qtbot, view.lockout_spin, 2000)
    _type_number(qtbot, view.idle_spin, 60)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.lockout_message.severity == "error")
    assert view.lockout_message.text() == "Choose a value from 1 to 1440."
    assert view.idle_message.text() == ""
    assert view.settings_status.text() == "Not saved. See the marked fields."
    # One save is one action: the valid idle time waits for the lockout time to be right.
    assert app_services.settings.get_int(SITE, SettingKey.IDLE_SECONDS) == 120

    _type_number(qtbot, view.lockout_spin, 30)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.settings_status.text() == "Saved.")
    assert view.lockout_message.text() == "" and view.idle_message.text() == ""
    assert app_services.settings.get_int(SITE, SettingKey.IDLE_SECONDS) == 60
    assert app_services.settings.get_int(SITE, SettingKey.LOCKOUT_MINUTES) == 30


def test_the_language_of_this_pc_is_saved_for_the_next_start(
    qtbot: QtBot, make_context: MakeContext, users: dict[Role, Actor], tmp_path: Path
) -> None:
    view = _settings_view(qtbot, make_context, users[Role.ADMIN], tmp_path)
    assert view.language_combo.currentData() == "nb"
    assert "next time the program starts" in view.language_note.text()

    view.language_combo.setFocus()
    qtbot.keyClick(view.language_combo, Qt.Key.Key_Down)

    assert view.language_combo.currentData() == "en"
    assert load_preferences(tmp_path).language == "en"
    assert view.language_status.text() == "Saved: English from the next start."


def test_adding_a_category_shows_it_in_the_list_and_in_the_service(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    tmp_path: Path,
) -> None:
    view = _settings_view(qtbot, make_context, users[Role.ADMIN], tmp_path)
    assert _list_texts(view) == ["Gjest / Guest – default, always on the kiosk"]
    assert "next time the kiosk screen is opened" in view.findChild(QLabel, "categoryHint").text()

    qtbot.keyClicks(view.name_nb_edit, "Kurs")
    qtbot.keyClicks(view.name_en_edit, "Course")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Kurs / Course – on the kiosk" in _list_texts(view))

    assert [(c.name_nb, c.name_en, c.active) for c in app_services.guests.categories(SITE)][-1] == (
        "Kurs",
        "Course",
        True,
    )
    assert view.name_nb_edit.text() == ""
    assert view.selected_category() is not None and view.selected_category().name_nb == "Kurs"

    # The same name again, and an empty name: refused at the Norwegian name.
    qtbot.keyClicks(view.name_nb_edit, "Kurs")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.name_nb_message.severity == "error")
    assert view.name_nb_message.text() == "A category with this name already exists."
    assert view.name_nb_edit.text() == "Kurs"
    view.name_nb_edit.clear()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.name_nb_message.text() == "The name is required.")
    assert len(app_services.guests.categories(SITE, include_inactive=True)) == 2


def test_the_default_category_cannot_be_retired(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    tmp_path: Path,
) -> None:
    view = _settings_view(qtbot, make_context, users[Role.ADMIN], tmp_path)
    _select(view, "Gjest")
    assert view.toggle_button.isEnabled()
    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.category_message.severity == "error")

    assert view.category_message.text() == "The default category cannot be retired."
    assert [c.name_nb for c in app_services.guests.categories(SITE)] == ["Gjest"]


def test_a_category_is_retired_and_put_back(
    qtbot: QtBot,
    make_context: MakeContext,
    users: dict[Role, Actor],
    app_services: AppServices,
    tmp_path: Path,
) -> None:
    admin = users[Role.ADMIN]
    app_services.guests.add_category(admin, "Besøkende", "Visitor")
    view = _settings_view(qtbot, make_context, admin, tmp_path)
    _select(view, "Besøkende")
    assert view.toggle_button.text() == "Retire from the kiosk"

    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Besøkende / Visitor – retired" in _list_texts(view))
    assert [c.name_nb for c in app_services.guests.categories(SITE)] == ["Gjest"]
    assert view.toggle_button.text() == "Put back on the kiosk"

    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Besøkende / Visitor – on the kiosk" in _list_texts(view))
    assert [c.name_nb for c in app_services.guests.categories(SITE)] == ["Gjest", "Besøkende"]
