"""The measure's lifecycle in the participant list: extend it (a later end and a reason), end it
(the day and NAV's end reason, asked first), and the ended participant moves to the "Ended"
list; each refusal shows next to its field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers the attendance register in the list
from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.training.participants.service import ACTIVE, ENDED
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.conftest import click_box_button, save_screenshot, settle, wait_for_box
from tests.helpers import make_user, participant_input
from ui.common.context import UiContext
from ui.training.participants import ParticipantsView
from ui.training.participants.lifecycle import EndMeasureDialog, ExtendMeasureDialog

PLANNED_END = date(2027, 6, 30)  # participant_input's; arbeidstrening from 2026-09-01: limit 2027-09-01


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def view(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, coach: Actor
) -> Iterator[ParticipantsView]:
    for first, last in (("Åse", "Ødegård"), ("Per", "Hansen")):
        data = participant_input(coach.user_id, first_name=first, last_name=last)
        app_services.write(lambda app, data=data: app.participants.create(coach, data))
    context = make_context(coach)
    participants = ParticipantsView(context)
    qtbot.addWidget(participants)
    participants.resize(1280, 800)
    participants.show()
    settle(qtbot, context.ops)
    yield participants
    participants.shutdown()


def _names(view: ParticipantsView) -> list[str]:
    return [view.model.row_at(row).full_name for row in range(view.model.rowCount())]


def _end_column(view: ParticipantsView) -> int:
    return next(c for c in range(view.model.columnCount()) if view.model.column_kind(c) == "end")


def _select(view: ParticipantsView, name: str) -> None:
    view.table.selectRow(_names(view).index(name))


def _open_tool(qtbot: QtBot, view: ParticipantsView, key: str) -> object:
    qtbot.mouseClick(view.tool_buttons[key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tool_dialog is not None)
    return view.tool_dialog


def _stored(app_services: AppServices, coach: Actor, name: str):  # type: ignore[no-untyped-def]
    row = next(
        r for r in app_services.write(lambda app: app.participants.rows(coach)).value if r.full_name == name
    )
    return app_services.write(lambda app: app.participants.get(coach, row.id)).value


def test_extending_needs_a_later_end_and_a_reason(
    qtbot: QtBot,
    view: ParticipantsView,
    app_services: AppServices,
    coach: Actor,
    theme: Callable[[float], None],
) -> None:
    assert not view.tool_buttons["extend"].isEnabled()  # nobody chosen yet
    _select(view, "Åse Ødegård")
    dialog = _open_tool(qtbot, view, "extend")
    assert isinstance(dialog, ExtendMeasureDialog)
    assert "planned to end 30/06/2027" in dialog.period_label.text()

    dialog.new_end_edit.setDate(QDate(2027, 5, 1))  # before the planned end
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    assert dialog.messages["new_end"].severity == "error"
    assert dialog.messages["new_end"].text() == "The new end must be after the planned end."
    assert dialog.messages["reason"].severity == "error"  # and the reason is missing
    assert dialog.isVisible()

    dialog.new_end_edit.setDate(QDate(2027, 12, 31))  # past the usual year: said in amber
    assert dialog.messages["new_end"].severity == "warning"
    assert "Past the usual limit" in dialog.messages["new_end"].text()
    qtbot.keyClicks(dialog.reason_edit, "NAV innvilget forlengelse (redusert arbeidsevne)")
    qtbot.wait(50)  # the dialog grows for the wrapped warning
    save_screenshot(dialog, "measure_extend")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, view._context.ops)
    qtbot.waitUntil(lambda: view.tool_dialog is None)
    assert view.saved_label.text() == "Measure extended: Åse Ødegård"
    assert _stored(app_services, coach, "Åse Ødegård").measure_planned_end == date(2027, 12, 31)
    qtbot.waitUntil(lambda: not view.model.is_loading)
    row = view.model.row_of(_stored(app_services, coach, "Åse Ødegård").id)
    assert view.model.index(row, _end_column(view)).data() == "31/12/2027"


def test_ending_asks_first_and_moves_the_participant_to_the_ended_list(
    qtbot: QtBot,
    view: ParticipantsView,
    app_services: AppServices,
    coach: Actor,
    theme: Callable[[float], None],
) -> None:
    assert _names(view) == ["Per Hansen", "Åse Ødegård"] and view.count_label.text() == "Participants: 2"
    _select(view, "Åse Ødegård")
    dialog = _open_tool(qtbot, view, "end")
    assert isinstance(dialog, EndMeasureDialog)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason chosen
    settle(qtbot, view._context.ops)
    assert dialog.messages["end_reason"].text() == "Choose NAV's end reason."
    assert dialog.confirm_box is None

    dialog.ended_on_edit.setDate(QDate(2026, 11, 20))
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("got_job"))
    assert dialog.reason_combo.currentText() == "Got a job"
    qtbot.wait(50)
    save_screenshot(dialog, "measure_end")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = wait_for_box(qtbot, "confirmEndDialog")
    assert "End Åse Ødegård's measure on 20/11/2026 (Got a job)?" in box.text()
    click_box_button(qtbot, box, "backFromEndButton")  # not yet: nothing changes
    assert _stored(app_services, coach, "Åse Ødegård").ended_on is None

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    click_box_button(qtbot, wait_for_box(qtbot, "confirmEndDialog"), "confirmEndButton")
    settle(qtbot, view._context.ops)
    qtbot.waitUntil(lambda: view.tool_dialog is None)
    stored = _stored(app_services, coach, "Åse Ødegård")
    assert (stored.ended_on, stored.end_reason) == (date(2026, 11, 20), "got_job")
    assert view.saved_label.text() == "Measure ended: Åse Ødegård"

    qtbot.waitUntil(lambda: not view.model.is_loading)
    assert _names(view) == ["Per Hansen"]  # no longer among the active
    view.show_status(ENDED)
    settle(qtbot, view._context.ops)
    qtbot.waitUntil(lambda: not view.model.is_loading)
    assert _names(view) == ["Åse Ødegård"] and view.count_label.text() == "Ended: 1"
    end_column = _end_column(view)
    assert view.model.headerData(end_column, Qt.Orientation.Horizontal) == "Ended on"
    assert view.model.index(0, end_column).data() == "20/11/2026"
    _select(view, "Åse Ødegård")
    assert not view.tool_buttons["extend"].isEnabled() and not view.tool_buttons["end"].isEnabled()
    assert view.tool_buttons["attendance"].isEnabled()  # the past stays readable
    save_screenshot(view, "participants_ended_list")
    view.show_status(ACTIVE)
    settle(qtbot, view._context.ops)
    qtbot.waitUntil(lambda: not view.model.is_loading)
    assert _names(view) == ["Per Hansen"]


def test_the_names_only_role_sees_active_participants_and_no_tools(
    qtbot: QtBot, make_context: Callable[..., UiContext], app_services: AppServices, coach: Actor
) -> None:
    data = participant_input(coach.user_id, first_name="Ola", last_name="Nordmann")
    ola = app_services.write(lambda app: app.participants.create(coach, data)).value
    app_services.write(
        lambda app: app.participants.end_measure(coach, ola.id, ola.version, date(2026, 11, 2), "ill")
    )
    manager = make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    context = make_context(manager)
    view = ParticipantsView(context)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, context.ops)
    assert view.status_combo is None and view.tool_buttons == {}
    assert view.model.rowCount() == 0  # Ola has ended
    view.shutdown()
