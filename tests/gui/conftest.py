"""GUI test fixtures: real widgets on a real SQLite file, driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from tests.conftest import FAST_HASHER
from tests.helpers import SYSTEM
from ui.common.context import UiContext
from ui.common.focus_ring import install_focus_ring
from ui.common.i18n import install_language
from ui.common.operations import Operations
from ui.common.qt_models import LazyTableModel
from ui.common.theme import BASE_POINT_SIZE, apply_theme
from ui.common.widgets import FieldMessage
from ui.shell.main_window import MainWindow

PINS = {
    Role.ADMIN: "246810",
    Role.CANTEEN_MANAGER: "1234",
    Role.JOB_COACH: "135790",
    Role.KIOSK: "0000",
}
NAMES = {
    Role.ADMIN: "Admin Åse",
    Role.CANTEEN_MANAGER: "Kari Nordmann",
    Role.JOB_COACH: "Jonas Berg",
    Role.KIOSK: "Kiosk",
}

# Guest categories a real canteen has, some with long names: the kiosk's buttons must fit them
# (with the main "guest" button, up to eight on the screen).
KIOSK_CATEGORIES = [
    ("Besøkende", "Visitor"),
    ("Deltaker", "Participant"),
    ("Ansatt i kommunen", "Municipal staff"),
    ("Elev fra videregående skole", "Upper secondary pupil"),
    ("Pensjonist", "Pensioner"),
    ("Møtedeltaker", "Meeting guest"),
    ("Lærling", "Apprentice"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> None:
    """GUI tests read the English source texts unless a test switches language itself."""
    install_language("en")


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """The program's theme (1x unless a test asks for larger text: `theme(1.5)`); undone after
    the test."""
    font, palette, sheet = QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet()

    def apply(scale: float = 1.0) -> None:
        apply_theme(qapp, BASE_POINT_SIZE * scale)

    apply()
    yield apply
    keeper = install_focus_ring(qapp)
    if keeper.ring is not None:
        shiboken6.delete(keeper.ring)
    shiboken6.delete(keeper)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def app_services(sqlite_url: str) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), password_hasher=FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def users(app_services: AppServices) -> dict[Role, Actor]:
    """One logged-in actor per role (the kiosk as a personal kiosk account)."""
    actors = {}
    for role in Role:
        app_services.auth.create_user(SYSTEM, NAMES[role], role, PINS[role])
        actors[role] = app_services.auth.login(NAMES[role], PINS[role])
    return actors


@pytest.fixture
def manager(users: dict[Role, Actor]) -> Actor:
    return users[Role.CANTEEN_MANAGER]


@pytest.fixture
def ops(app_services: AppServices, qapp: QApplication) -> Iterator[Operations]:
    """The operation API over the test's database, as the main window makes it."""
    operations = Operations(app_services)
    yield operations
    operations.wait_for_all(10_000)


@pytest.fixture
def make_context(app_services: AppServices, ops: Operations) -> Callable[..., UiContext]:
    def make(
        actor: Actor, device: str = "test-kiosk", language: str = "en", kiosk_mode: bool = False
    ) -> UiContext:
        return UiContext(
            ops=ops,
            actor=actor,
            device=device,
            language=language,
            site_name=app_services.sites.name(actor.site_id),
            kiosk_mode=kiosk_mode,
        )

    return make


def save_screenshot(widget: QWidget, name: str) -> Path:
    """Keep a picture of what the test saw, for people to look at (test-artifacts/)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def settle(qtbot: QtBot, ops: Operations, timeout: int = 10_000) -> None:
    """Wait until every database action asked for has answered (and its views updated)."""
    if ops.busy:
        with qtbot.waitSignal(ops.all_done, timeout=timeout):
            pass


def log_in(qtbot: QtBot, window: MainWindow, name: str, pin: str) -> None:
    """Through the real login page: choose the name, type the PIN, press "Log in", wait for
    the answer (the workspace, or the login page's message)."""
    page = window.login_page
    assert page is not None
    page.name_combo.setCurrentText(name)
    page.pin_edit.setText("")
    qtbot.keyClicks(page.pin_edit, pin)
    qtbot.mouseClick(page.login_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)


def fetch_all(qtbot: QtBot, model: LazyTableModel[Any, Any], ops: Operations) -> None:
    """Fetch every page of a lazy table, one answer at a time, as scrolling to the end would."""
    while not model.at_end:
        if model.canFetchMore(QModelIndex()):  # else a fetch is already on its way
            model.fetchMore(QModelIndex())
        settle(qtbot, ops)


# --- forms and their questions ----------------------------------------------------------------

DialogT = TypeVar("DialogT")
DialogT_co = TypeVar("DialogT_co", covariant=True)


class OpensForms(Protocol[DialogT_co]):
    """A list page with a "New" button and the form it opens (`dialog`, None when closed)."""

    @property
    def new_button(self) -> QPushButton | None: ...

    @property
    def dialog(self) -> DialogT_co | None: ...


def open_new(qtbot: QtBot, view: OpensForms[DialogT]) -> DialogT:
    """Press "New" and wait for the form."""
    assert view.new_button is not None
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.dialog is not None)
    dialog = view.dialog
    assert dialog is not None
    return dialog


def field_message(dialog: QWidget, field_name: str) -> FieldMessage:
    """The message under a field (or the form's own, e.g. "dishSave")."""
    message = dialog.findChild(FieldMessage, f"{field_name}Message")
    assert message is not None, field_name
    return message


def top_level(object_name: str) -> QWidget | None:
    """The shown window (a question box, a dialog) of this name, if there is one."""
    return next(
        (w for w in QApplication.topLevelWidgets() if w.objectName() == object_name and w.isVisible()), None
    )


def wait_for_box(qtbot: QtBot, object_name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: top_level(object_name) is not None)
    box = top_level(object_name)
    assert isinstance(box, QMessageBox)
    return box


def click_box_button(qtbot: QtBot, box: QMessageBox, button_name: str) -> None:
    """Press one of a question's buttons and wait until the question has gone."""
    button = box.findChild(QPushButton, button_name)
    assert button is not None, button_name
    name = box.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: top_level(name) is None)
