"""The canteen calendar page, driven through its real widgets on a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.calendar.rules import ClosureInput
from tests.gui.conftest import save_screenshot, settle
from tests.helpers import SYSTEM
from ui.canteen.calendar import CalendarView
from ui.common.context import UiContext

SUMMER = ClosureInput(date(2026, 7, 6), date(2026, 7, 24), "Fellesferie")  # weeks 28-30
CHRISTMAS = ClosureInput(date(2026, 12, 21), date(2027, 1, 1), "Juleferie")


@pytest.fixture
def closures(app_services: AppServices) -> None:
    app_services.calendar.add_closure(SYSTEM, SUMMER)
    app_services.calendar.add_closure(SYSTEM, CHRISTMAS)


def _open(qtbot: QtBot, context: UiContext, year: int = 2026) -> CalendarView:
    view = CalendarView(context)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    settle(qtbot, context.ops)
    if view.year != year:
        with qtbot.waitSignal(view.year_loaded, timeout=10_000):
            view.year_spin.setValue(year)
    settle(qtbot, context.ops)
    return view


@pytest.fixture
def manager_view(
    qtbot: QtBot, make_context: Callable[..., UiContext], users: dict[Role, Actor], closures: None
) -> Iterator[CalendarView]:
    view = _open(qtbot, make_context(users[Role.CANTEEN_MANAGER]))
    yield view


def _rows(view: CalendarView) -> list[list[str]]:
    model = view.closed_model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _closure_rows(view: CalendarView) -> list[list[str]]:
    model = view.closure_model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_year_lists_every_closed_weekday_with_its_reason(
    theme: Callable[[float], None],  # the program's look, before the view is built
    manager_view: CalendarView,
) -> None:
    rows = _rows(manager_view)
    by_date = {row[0].split()[-1]: row for row in rows}
    assert by_date["01/01/2026"] == ["Th 01/01/2026", "1", "New Year's Day (Public holiday)"]
    assert by_date["14/05/2026"][2] == "Ascension Day (Public holiday)"
    assert by_date["06/07/2026"] == ["Mo 06/07/2026", "28", "Fellesferie (Closure)"]
    assert by_date["24/07/2026"][1] == "30"
    assert "25/12/2026" in by_date and by_date["21/12/2026"][2] == "Juleferie (Closure)"
    assert "11/07/2026" not in by_date  # a Saturday: never listed, the canteen serves weekdays
    summer = [row for row in rows if row[2] == "Fellesferie (Closure)"]
    assert len(summer) == 15
    holidays = sum(1 for day in manager_view.closed_days() if day.public_holiday)
    closed = len(manager_view.closed_days())
    assert manager_view.summary.text().startswith(
        f"2026: {261 - closed} open weekdays; {closed} closed ({holidays}"
    )
    # The closures themselves, the Christmas one reaching into the next year.
    assert _closure_rows(manager_view) == [
        ["Fellesferie", "06/07/2026", "24/07/2026"],
        ["Juleferie", "21/12/2026", "01/01/2027"],
    ]
    QApplication.sendPostedEvents()
    save_screenshot(manager_view, "calendar_2026")


def test_add_a_closure_with_messages_next_to_the_fields(
    qtbot: QtBot, manager_view: CalendarView, app_services: AppServices
) -> None:
    view = manager_view
    view.fill_closure(date(2026, 10, 5), date(2026, 10, 9), "")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert view.reason_message.isVisible() and view.reason_message.text()
    assert not view.first_message.isVisible()

    view.fill_closure(date(2026, 10, 9), date(2026, 10, 5), "Høstferie")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert view.last_message.text() == "The last day cannot be before the first day."
    assert not view.reason_message.isVisible()

    view.fill_closure(date(2026, 7, 20), date(2026, 7, 31), "Sommer")  # overlaps the summer weeks
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert view.first_message.text() == "This overlaps the closure 'Fellesferie' (2026-07-06 – 2026-07-24)."

    view.fill_closure(date(2026, 10, 5), date(2026, 10, 9), "Høstferie")
    with qtbot.waitSignal(view.year_loaded, timeout=10_000):
        qtbot.keyClick(view.reason_edit, Qt.Key.Key_Return)
    assert not view.first_message.isVisible() and not view.last_message.isVisible()
    assert view.add_status.text() == "Added: Høstferie, 05/10/2026 – 09/10/2026."
    assert view.reason_edit.text() == ""
    assert ["Høstferie", "05/10/2026", "09/10/2026"] in _closure_rows(view)
    assert sum(1 for row in _rows(view) if row[2] == "Høstferie (Closure)") == 5
    assert [
        c.reason for c in app_services.calendar.closures(SYSTEM, date(2026, 1, 1), date(2026, 12, 31))
    ] == [
        "Fellesferie",
        "Høstferie",
        "Juleferie",
    ]


def test_remove_a_closure_only_after_saying_yes(
    qtbot: QtBot, manager_view: CalendarView, app_services: AppServices
) -> None:
    view = manager_view
    assert not view.remove_button.isEnabled()  # nothing chosen yet
    summer = next(c for c in view.closures() if c.reason == "Fellesferie")
    view.select_closure(summer.id)
    assert view.remove_button.isEnabled()
    with qtbot.waitSignal(view.question_opened) as opened:
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    box = opened.args[0]
    assert isinstance(box, QMessageBox)
    assert box.text() == "Remove the closure “Fellesferie” (06/07/2026 – 24/07/2026)?"
    qtbot.mouseClick(box.findChild(QPushButton, "removeClosureCancel"), Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert len(view.closures()) == 2

    with qtbot.waitSignal(view.question_opened) as opened:
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(view.year_loaded, timeout=10_000):
        qtbot.mouseClick(
            opened.args[0].findChild(QPushButton, "removeClosureConfirm"), Qt.MouseButton.LeftButton
        )
    assert [c.reason for c in view.closures()] == ["Juleferie"]
    assert not any(row[2] == "Fellesferie (Closure)" for row in _rows(view))
    assert app_services.calendar.open_days(1, date(2026, 7, 6), date(2026, 7, 10)) == [
        date(2026, 7, day) for day in range(6, 11)
    ]


def test_the_year_chooser_moves_through_the_years(qtbot: QtBot, manager_view: CalendarView) -> None:
    view = manager_view
    with qtbot.waitSignal(view.year_loaded, timeout=10_000):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.year == 2027 and view.year_spin.value() == 2027
    assert _closure_rows(view) == [["Juleferie", "21/12/2026", "01/01/2027"]]  # reaches into 2027
    assert _rows(view)[0][0].endswith("01/01/2027")
    with qtbot.waitSignal(view.year_loaded, timeout=10_000):
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.year == 2026


@pytest.mark.parametrize("role", [Role.JOB_COACH, Role.KIOSK])
def test_the_calendar_is_read_only_without_the_right_to_plan_menus(
    qtbot: QtBot, make_context: Callable[..., UiContext], users: dict[Role, Actor], closures: None, role: Role
) -> None:
    view = _open(qtbot, make_context(users[role]))
    assert not view.can_edit
    assert view.findChild(QPushButton, "calendarAddClosure") is None
    assert view.findChild(QPushButton, "calendarRemoveClosure") is None
    assert len(view.closures()) == 2 and view.closed_model.rowCount() > 0
