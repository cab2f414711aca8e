"""The operation API: every database call of the UI runs off the GUI thread, and open views
refresh on what an action changed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, database_of
from canteen_app.db.unit_of_work import Database, Transaction
from tests.gui.conftest import NAMES, PINS, log_in, settle
from tests.helpers import KIOSK, participant_input
from ui.canteen.kiosk.view import KioskView
from ui.canteen.statistics import StatisticsView
from ui.common.context import UiContext
from ui.shell.main_window import MainWindow, Station, read_start_facts
from ui.shell.pages import PageSpec


@pytest.fixture
def gui_thread_transactions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every transaction opened on the GUI thread from now on (by the UI, since the test's own
    set-up is done before this fixture is asked for), with the method that opened it."""
    opened_on_gui_thread: list[str] = []
    original = Database.transaction

    def watched(self: Database, write: bool, **options: bool) -> AbstractContextManager[Transaction]:
        if threading.current_thread() is threading.main_thread():
            import traceback

            opened_on_gui_thread.append("".join(traceback.format_stack(limit=6)))
        return original(self, write, **options)

    monkeypatch.setattr(Database, "transaction", watched)
    yield opened_on_gui_thread


def test_no_screen_asks_the_database_on_the_gui_thread(
    qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor], request: pytest.FixtureRequest
) -> None:
    coach = users[Role.JOB_COACH]
    app_services.participants.create(coach, participant_input(coach.user_id))
    app_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    opened = request.getfixturevalue("gui_thread_transactions")  # set-up done; now watch

    window = MainWindow(Station(device="pc-1", language="en", kiosk_mode=True))
    qtbot.addWidget(window)
    facts = app_services.read(read_start_facts)  # what the start-up worker reads
    opened.clear()
    window.attach(app_services, facts.value)
    window.show()
    assert window.ops is not None
    settle(qtbot, window.ops)
    workspace = window.workspace
    assert workspace is not None
    kiosk = workspace.view("kiosk")
    assert isinstance(kiosk, KioskView)
    qtbot.mouseClick(kiosk.findChild(QPushButton, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.findChild(QPushButton, "kioskUndoButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    qtbot.mouseClick(workspace.findChild(QPushButton, "kioskLoginButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window.ops)
    log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    workspace = window.workspace
    assert workspace is not None and workspace.context.actor.role is Role.ADMIN
    for key in workspace.page_keys:  # every page an administrator has
        workspace.open_page(key)
        settle(qtbot, window.ops)
    statistics = workspace.view("statistics")
    assert isinstance(statistics, StatisticsView)
    statistics.model.fetchMore(statistics.model.index(0, 0).parent())
    settle(qtbot, window.ops)
    window.logout()
    settle(qtbot, window.ops)
    assert opened == [], "database work on the GUI thread:\n" + "\n".join(opened)


def test_the_statistics_follow_a_tap_in_the_same_program_without_a_refresh(
    qtbot: QtBot, make_context: Callable[..., UiContext], users: dict[Role, Actor], ops: Any
) -> None:
    manager = users[Role.CANTEEN_MANAGER]
    statistics = StatisticsView(make_context(manager))
    qtbot.addWidget(statistics)
    statistics.show()
    qtbot.waitExposed(statistics)
    settle(qtbot, ops)
    assert statistics.summary_label.text() == "No guests were counted in this period."
    kiosk = KioskView(make_context(manager, device="office-pc"))
    qtbot.addWidget(kiosk)
    settle(qtbot, ops)
    with qtbot.waitSignal(statistics.summary_loaded, timeout=10_000):
        qtbot.mouseClick(kiosk.findChild(QPushButton, "kioskAddGuestButton"), Qt.MouseButton.LeftButton)
    assert "Total guests: 1" in statistics.summary_label.text()
    kiosk.shutdown()
    statistics.shutdown()


def test_a_login_loads_the_home_page_in_its_worker_after_its_commit(
    qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manager's home page needs QtCharts: imported by the login's worker once the login has
    committed, so the GUI thread does not stop for it and no transaction waits on it."""
    preloaded: list[tuple[str, bool, bool]] = []
    engine = database_of(app_services).engine
    original = PageSpec.preload

    def watched(spec: PageSpec) -> None:
        on_gui_thread = threading.current_thread() is threading.main_thread()
        in_transaction = engine.pool.checkedout() > 0  # a connection out: the login's transaction
        preloaded.append((spec.key, on_gui_thread, in_transaction))
        original(spec)

    monkeypatch.setattr(PageSpec, "preload", watched)
    window = MainWindow(Station(device="pc-1", language="en", kiosk_mode=False))
    qtbot.addWidget(window)
    window.attach(app_services, app_services.read(read_start_facts).value)
    window.show()
    settle(qtbot, window.ops)
    log_in(qtbot, window, NAMES[Role.CANTEEN_MANAGER], PINS[Role.CANTEEN_MANAGER])
    workspace = window.workspace
    assert workspace is not None and workspace.stack.currentWidget() is workspace.view("statistics")
    assert preloaded == [("statistics", False, False)]
    window.logout()
    settle(qtbot, window.ops)
