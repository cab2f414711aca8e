"""The coach's overview page (T7) with real widgets: a job coach logs in to it, sees their
caseload and who needs attention with the reasons in words, and a row opens the participant
(their record, their plan, their attendance), through the workspace."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.dates import oslo_today
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput
from canteen_app.training.overview.rules import Attention
from canteen_app.training.plans.rules import PlanGoalInput
from tests.gui.conftest import NAMES, PINS, log_in, save_screenshot, settle
from tests.helpers import participant_input
from ui.shell.main_window import MainWindow, Station, read_start_facts
from ui.training.overview import OverviewView
from ui.training.participants import ParticipantsView


@pytest.fixture
def made(app_services: AppServices, users: dict[Role, Actor]) -> dict[str, int]:
    """Jonas Berg's caseload: one measure ending in ten days, one participant with an overdue
    goal and low attendance; neither ever assessed. The admin's own participant is not his."""
    coach = users[Role.JOB_COACH]
    today = oslo_today()

    def add(first: str, **values: object) -> int:
        data = participant_input(coach.user_id, first_name=first, last_name="Testesen", **values)
        return app_services.write(lambda app: app.participants.create(coach, data)).value.id

    ending = add(
        "Snart", measure_start=today - timedelta(days=200), measure_planned_end=today + timedelta(days=10)
    )
    late = add(
        "Sen", measure_start=today - timedelta(days=90), measure_planned_end=today + timedelta(days=200)
    )
    areas = app_services.read(lambda app: app.competence.framework(coach)).value
    goal = PlanGoalInput(areas[0].goals[0].id, target_level=3, target_date=today - timedelta(days=5))
    app_services.write(lambda app: app.plans.add_goal(coach, late, goal))
    days = app_services.calendar.open_days(1, today - timedelta(days=14), today - timedelta(days=1))[-5:]
    for number, day in enumerate(days):
        present = number < 2
        entry = DayInput(
            day,
            AttendanceStatus.PRESENT if present else AttendanceStatus.UNEXCUSED,
            Decimal(6) if present else None,
        )
        app_services.write(lambda app, e=entry: app.attendance.record_day(coach, late, e))
    return {"ending": ending, "late": late}


@pytest.fixture
def window(qtbot: QtBot, app_services: AppServices, users: dict[Role, Actor]) -> Iterator[MainWindow]:
    main = MainWindow(Station(device="pc-1", language="en", kiosk_mode=False))
    qtbot.addWidget(main)
    main.attach(app_services, app_services.read(read_start_facts).value)
    main.resize(1280, 800)
    main.show()
    assert main.ops is not None
    settle(qtbot, main.ops)
    yield main
    main.close()


def _overview(qtbot: QtBot, window: MainWindow) -> OverviewView:
    assert window.workspace is not None and window.ops is not None
    view = window.workspace.view("overview")
    assert isinstance(view, OverviewView)
    qtbot.waitUntil(lambda: view.overview is not None)
    settle(qtbot, window.ops)
    return view


def test_a_job_coach_starts_on_the_overview_and_reads_who_needs_attention(
    qtbot: QtBot, window: MainWindow, made: dict[str, int]
) -> None:
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    assert window.workspace is not None
    assert window.workspace.navigation.currentItem().data(Qt.ItemDataRole.UserRole) == "overview"
    view = _overview(qtbot, window)
    save_screenshot(window, "overview_job_coach")

    assert view.caseload_label.text() == "Your caseload: 2 participants. Arbeidstrening: 2"
    ending = view.models[Attention.ENDING_VERY_SOON]
    assert [row.participant_id for row in ending.rows] == [made["ending"]]
    assert ending.display("what", ending.rows[0]) == "The measure ends in 10 day(s)"
    assert view.headings[Attention.ENDING_VERY_SOON].text() == "Measures ending within 30 days (1)"
    goals = view.models[Attention.GOAL_OVERDUE]
    assert [row.first_name for row in goals.rows] == ["Sen"]
    assert goals.display("what", goals.rows[0]).endswith(": not assessed, target level 3")
    attendance = view.models[Attention.LOW_ATTENDANCE]
    assert attendance.display("what", attendance.rows[0]) == (
        "Attendance 40% over the last four weeks (5 day(s) registered)"
    )
    assert {row.first_name for row in view.models[Attention.NOT_ASSESSED].rows} == {"Snart", "Sen"}
    assert view.nobody[Attention.PAST_LIMIT].isVisible()
    assert not view.tables[Attention.PAST_LIMIT].isVisible()
    assert view.tables[Attention.GOAL_OVERDUE].isVisible()
    # The coach's own caseload: no coach column.
    assert [ending.headerData(n, Qt.Orientation.Horizontal) for n in range(ending.columnCount())] == [
        "Participant",
        "Measure",
        "Date",
        "Needs attention",
    ]


def _activate_first_row(qtbot: QtBot, view: OverviewView, attention: Attention) -> None:
    table = view.tables[attention]
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)


def _top_level(name: str) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def test_a_row_opens_the_participant_their_plan_or_their_attendance(
    qtbot: QtBot, window: MainWindow, made: dict[str, int]
) -> None:
    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    view = _overview(qtbot, window)
    assert window.workspace is not None and window.ops is not None

    _activate_first_row(qtbot, view, Attention.ENDING_VERY_SOON)  # the record, on the participant page
    settle(qtbot, window.ops)
    participants = window.workspace.view("participants")
    assert isinstance(participants, ParticipantsView)
    assert window.workspace.stack.currentWidget() is participants
    qtbot.waitUntil(lambda: participants.dialog is not None)
    assert participants.dialog is not None and participants.dialog.details is not None
    assert participants.dialog.details.id == made["ending"]
    participants.dialog.force_close()

    window.workspace.open_page("overview")
    _activate_first_row(qtbot, view, Attention.GOAL_OVERDUE)  # the training plan
    qtbot.waitUntil(lambda: _top_level("trainingPlanWindow") is not None)
    settle(qtbot, window.ops)
    plan = _top_level("trainingPlanWindow")
    assert plan is not None
    plan.close()
    _activate_first_row(qtbot, view, Attention.LOW_ATTENDANCE)  # the attendance register
    qtbot.waitUntil(lambda: _top_level("attendanceDialog") is not None)
    settle(qtbot, window.ops)
    register = _top_level("attendanceDialog")
    assert register is not None
    register.close()
    assert window.workspace.stack.currentWidget() is view


def test_an_administrator_sees_everyone_with_their_coach(
    qtbot: QtBot,
    window: MainWindow,
    made: dict[str, int],
    app_services: AppServices,
    users: dict[Role, Actor],
) -> None:
    admin = users[Role.ADMIN]
    data = participant_input(users[Role.JOB_COACH].user_id, first_name="Tredje", measure_start=oslo_today())
    app_services.write(lambda app: app.participants.create(admin, data))
    log_in(qtbot, window, NAMES[Role.ADMIN], PINS[Role.ADMIN])
    assert window.workspace is not None and window.ops is not None
    window.workspace.open_page("overview")
    view = _overview(qtbot, window)
    assert view.caseload_label.text().startswith("Everyone's caseload: 3 participants.")
    model = view.models[Attention.NOT_ASSESSED]
    assert model.display("coach", model.rows[0]) == NAMES[Role.JOB_COACH]

    # A change made elsewhere in the program shows at once.
    version = app_services.write(lambda app: app.participants.get(admin, made["ending"])).value.version
    window.ops.write(
        view,
        lambda app: app.participants.end_measure(admin, made["ending"], version, oslo_today(), "got_job"),
    )
    settle(qtbot, window.ops)
    qtbot.waitUntil(lambda: not view.is_loading)
    settle(qtbot, window.ops)
    assert view.overview is not None and view.overview.participants == 2
    assert view.models[Attention.ENDING_VERY_SOON].rows == []


def test_the_reasons_read_in_norwegian_on_a_norwegian_screen(qapp: object) -> None:
    """Each row's "needs attention" text reaches the translations (lupdate reads its count)."""
    from canteen_app.core.formatting import locale_format
    from canteen_app.training.overview.dto import OverviewRow
    from canteen_app.training.overview.rules import Attention
    from ui.common.i18n import install_language
    from ui.training.overview.model import _assessment_text, _attendance_text

    row = OverviewRow(
        1, "Åse", "Ødegård", "aft", None, Attention.NOT_ASSESSED, None, 63, rate=0.7, counted_days=20
    )
    install_language("nb")
    try:
        assert (
            _assessment_text(row, locale_format("nb"), False)
            == "Aldri vurdert; tiltaket startet for 63 dag(er) siden"
        )
        assert _attendance_text(row, locale_format("nb"), False).startswith("Oppmøte 70")
    finally:
        install_language("en")


def test_the_lists_answer_and_size_their_columns_as_plain_list_tables(
    qtbot: QtBot, window: MainWindow, made: dict[str, int]
) -> None:
    """The overview's lists answer every role as `ListTableModel` does (their texts made once
    per row), and each list's columns are as wide as ResizeToContents makes them, though they
    are measured only once per filling."""
    from PySide6.QtWidgets import QHeaderView

    from ui.common.qt_models import ListTableModel, RawValueRole
    from ui.common.widgets import read_only_table

    log_in(qtbot, window, NAMES[Role.JOB_COACH], PINS[Role.JOB_COACH])
    view = _overview(qtbot, window)
    filled = [attention for attention, model in view.models.items() if model.rows]
    assert len(filled) >= 3
    roles = [*range(40), RawValueRole, ListTableModel.IdRole, RawValueRole + 7]
    for attention in filled:
        model = view.models[attention]
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in roles:
                    expected = ListTableModel.data(model, index, role)
                    assert model.data(index, role) == expected, (row, column, role)
            for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
                for role in roles:
                    expected = ListTableModel.headerData(model, column, orientation, role)
                    assert model.headerData(column, orientation, role) == expected, (column, role)

        table = view.tables[attention]
        reference = read_only_table("reference", "reference", model)
        qtbot.addWidget(reference)
        header = reference.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(table.horizontalHeader().resizeContentsPrecision())
        header.setStretchLastSection(True)
        reference.resize(table.size())
        reference.show()
        qtbot.waitExposed(reference)
        widths = [table.horizontalHeader().sectionSize(n) for n in range(model.columnCount() - 1)]
        assert widths == [header.sectionSize(n) for n in range(model.columnCount() - 1)]
