"""The kiosk at start-up: its first look (read before the services are open) is on screen at
once, and whatever is tapped meanwhile reaches the database, in order, once they are open."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.first_look import read_first_look
from tests.gui.conftest import NAMES, settle
from tests.gui.test_kiosk import _taps
from tests.helpers import KIOSK, SYSTEM
from ui.canteen.kiosk.view import KioskView
from ui.shell.main_window import MainWindow, Station, read_start_facts

DEVICE = "pc-1"


@pytest.fixture
def window(qtbot: QtBot, app_services: AppServices, sqlite_url: str) -> Iterator[MainWindow]:
    """A kiosk PC's window showing the first look; its services are not open yet."""
    guest = next(c.id for c in app_services.guests.categories(1) if c.is_default)
    for _ in range(4):
        app_services.guests.record_tap(KIOSK, guest, "another-kiosk")
    app_services.guests.add_category(SYSTEM, "Besøkende", "Visitor")
    look = read_first_look(sqlite_url, 1, DEVICE)
    assert look is not None
    main = MainWindow(Station(device=DEVICE, language="en", kiosk_mode=True))
    qtbot.addWidget(main)
    main.show()
    main.show_first_look(look)
    yield main
    main.ops.attach(app_services)  # let nothing wait for ever
    main.close()


def _kiosk(window: MainWindow) -> KioskView:
    assert window.workspace is not None
    view = window.workspace.view("kiosk")
    assert isinstance(view, KioskView)
    return view


def _total(window: MainWindow) -> str:
    label = _kiosk(window).findChild(QLabel, "kioskTodayTotal")
    assert label is not None
    return label.text()


def _click(qtbot: QtBot, window: MainWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_taps_before_the_services_are_open_are_counted_at_once_and_stored_in_order(
    qtbot: QtBot, window: MainWindow, app_services: AppServices
) -> None:
    assert _total(window) == "4"  # the database's count, before any service was there
    kiosk = _kiosk(window)
    assert kiosk.is_loaded and kiosk.button_for(2) is not None  # the visitor button too
    _click(qtbot, window, "kioskAddGuestButton")
    _click(qtbot, window, "kioskCategoryButton_2")
    _click(qtbot, window, "kioskAddGuestButton")
    assert _total(window) == "7"
    qtbot.wait(50)  # (not a wait for an event: proves that nothing is written meanwhile)
    assert len(_taps(app_services)) == 4

    window.attach(app_services, app_services.read(read_start_facts).value)
    settle(qtbot, window.ops)
    assert _kiosk(window) is kiosk  # the same screen goes on, nothing was rebuilt
    mine = [tap for tap in _taps(app_services) if tap.device == DEVICE]
    assert [tap.category_id for tap in mine] == [1, 2, 1]
    assert _total(window) == "7" and kiosk.pending_writes == 0


def test_login_can_be_opened_before_the_services_are_open(
    qtbot: QtBot, window: MainWindow, app_services: AppServices, users: dict[Role, Actor]
) -> None:
    _click(qtbot, window, "kioskLoginButton")
    page = window.login_page
    assert page is not None and window.pages.currentWidget() is page
    assert page.name_combo.count() == 0  # the names come from the database
    window.attach(app_services, app_services.read(read_start_facts).value)
    settle(qtbot, window.ops)
    assert window.pages.currentWidget() is page
    names = [page.name_combo.itemText(i) for i in range(page.name_combo.count())]
    assert NAMES[Role.CANTEEN_MANAGER] in names


def test_taps_waiting_for_a_database_that_cannot_be_opened_say_they_were_not_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    _click(qtbot, window, "kioskAddGuestButton")
    assert _total(window) == "5"
    window.ops.no_services("OperationalError")
    settle(qtbot, window.ops)
    status = _kiosk(window).findChild(QLabel, "kioskStatus")
    assert status is not None and "Not saved" in status.text()
    assert _total(window) == "4"
