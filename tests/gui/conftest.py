"""GUI test fixtures: real widgets on a real SQLite file, driven with pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from tests.conftest import FAST_HASHER
from tests.helpers import SYSTEM
from ui.common.context import UiContext
from ui.common.i18n import install_language
from ui.common.operations import Operations
from ui.common.qt_models import LazyTableModel
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

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(autouse=True)
def english_ui(qapp: QApplication) -> None:
    """GUI tests read the English source texts unless a test switches language itself."""
    install_language("en")


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
