"""The job coach's attendance register, driven through its real widgets: the month's counted
days with what the kiosk registered, registering and correcting a day (a correction needs a
reason, refused next to its field), the month's totals and rate, and two coaches correcting the
same day (the later is asked: keep mine, use theirs, or go back)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers the register in the participant list
from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.conftest import click_box_button, save_screenshot, settle, wait_for_box
from tests.helpers import KIOSK, make_user, participant_input
from ui.common.context import UiContext
from ui.training.attendance import AttendanceDialog
from ui.training.participants import ParticipantsView

NOVEMBER = date(2026, 11, 1)
TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday
MONDAY, TUESDAY = date(2026, 11, 23), date(2026, 11, 24)


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def coach(app_services: AppServices) -> Actor:
    return make_user(app_services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def participant_id(app_services: AppServices, coach: Actor, clock: FakeClock) -> int:
    """Åse, who checked in at the kiosk at 08:02 today and out at 14:16."""
    data = participant_input(coach.user_id)
    pid = app_services.write(lambda app: app.participants.create(coach, data)).value.id
    clock.now = clock.now.replace(hour=7, minute=2)
    app_services.write(lambda app: app.attendance.check_in_or_out(KIOSK, pid))
    clock.advance(hours=6, minutes=14)
    app_services.write(lambda app: app.attendance.check_in_or_out(KIOSK, pid))
    return pid


def _open(qtbot: QtBot, context: UiContext, participant_id: int) -> AttendanceDialog:
    dialog = AttendanceDialog(context, participant_id, "Åse Ødegård", month=NOVEMBER)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open_month()
    return dialog


def _cell(dialog: AttendanceDialog, day: date, key: str) -> str:
    row = dialog.model.row_of(day)
    assert row >= 0, day
    return str(dialog.model.index(row, dialog.model.column_of(key)).data())


def _save(qtbot: QtBot, dialog: AttendanceDialog) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog._context.ops)


def _month(app_services: AppServices, coach: Actor, participant_id: int):  # type: ignore[no-untyped-def]
    return app_services.write(lambda app: app.attendance.month(coach, participant_id, NOVEMBER)).value


def test_the_month_shows_every_counted_day_with_the_kiosks_times(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    coach: Actor,
    participant_id: int,
    theme: Callable[[float], None],
) -> None:
    dialog = _open(qtbot, make_context(coach), participant_id)
    assert dialog.windowTitle() == "Attendance – Åse Ødegård"
    assert dialog.month_label.text() == "November 2026"
    # The weekdays from the 2nd to today, the 25th: eighteen days count.
    assert dialog.model.rowCount() == 18
    assert _cell(dialog, TODAY, "status") == "Present"
    assert (_cell(dialog, TODAY, "hours"), _cell(dialog, TODAY, "in"), _cell(dialog, TODAY, "out")) == (
        "6.25",
        "08:02",
        "14:16",
    )
    assert _cell(dialog, MONDAY, "status") == "Not registered"
    assert dialog.summary is not None and dialog.summary.unregistered_days == 17
    assert "Attendance rate: 100%" in dialog.totals_label.text()
    # The latest day is chosen, and since it has an entry, changing it is a correction.
    assert dialog.day_group.title() == "Correct the registered day"
    assert dialog.day_label.text() == "Wednesday, 25 November 2026"
    assert dialog.correction_edit.isVisible()
    save_screenshot(dialog, "attendance_register")
    dialog.close()


def test_the_coach_registers_an_absence_with_its_reason(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    participant_id: int,
) -> None:
    dialog = _open(qtbot, make_context(coach), participant_id)
    dialog.select_day(MONDAY)
    assert (dialog.day_group.title(), dialog.day_label.text()) == (
        "Register the day",
        "Monday, 23 November 2026",
    )
    assert not dialog.correction_edit.isVisible()  # nothing registered yet: no correction
    dialog.status_buttons[AttendanceStatus.EXCUSED].click()
    assert not dialog.hours_spin.isEnabled() and dialog.absence_edit.isEnabled()
    qtbot.keyClicks(dialog.absence_edit, "Legetime")
    _save(qtbot, dialog)
    assert _cell(dialog, MONDAY, "status") == "Excused absence"
    assert _cell(dialog, MONDAY, "reason") == "Legetime"
    assert dialog.saved_label.text() == "Saved: Monday, 23 November"
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == MONDAY)
    assert (stored.status, stored.absence_reason, stored.corrected) == (
        AttendanceStatus.EXCUSED,
        "Legetime",
        False,
    )
    dialog.close()


def test_a_correction_without_a_reason_is_refused_next_to_the_field(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    participant_id: int,
    theme: Callable[[float], None],
) -> None:
    dialog = _open(qtbot, make_context(coach), participant_id)
    dialog.select_day(TODAY)
    dialog.hours_spin.setValue(7.0)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):  # the refusal is the answer
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = dialog.messages["correction_reason"]
    assert message.isVisible() and message.severity == "error" and message.text()
    assert QApplication.focusWidget() is dialog.correction_edit or not dialog.isActiveWindow()
    assert _cell(dialog, TODAY, "hours") == "6.25"  # nothing was saved
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == TODAY)
    assert stored.hours == Decimal("6.25") and not stored.corrected
    save_screenshot(dialog, "attendance_correction_refused")

    qtbot.keyClicks(dialog.correction_edit, "Ble til kl. 15:15, glemte å sjekke ut")
    _save(qtbot, dialog)
    assert not dialog.messages["correction_reason"].isVisible()
    assert (_cell(dialog, TODAY, "hours"), _cell(dialog, TODAY, "corrected")) == ("7", "✓ corrected")
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == TODAY)
    assert stored.hours == Decimal("7.00") and stored.corrected
    dialog.close()


def test_hours_out_of_range_are_refused_at_the_hours(
    qtbot: QtBot, make_context: Callable[..., UiContext], coach: Actor, participant_id: int
) -> None:
    dialog = _open(qtbot, make_context(coach), participant_id)
    dialog.select_day(MONDAY)
    dialog.status_buttons[AttendanceStatus.PRESENT].click()
    dialog.hours_spin.setValue(0)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.messages["hours"].isVisible() and dialog.messages["hours"].severity == "error"
    assert _cell(dialog, MONDAY, "status") == "Not registered"
    dialog.close()


def test_the_totals_and_the_rate_follow_the_register(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    participant_id: int,
    theme: Callable[[float], None],
) -> None:
    dialog = _open(qtbot, make_context(coach), participant_id)
    dialog.select_day(MONDAY)
    dialog.status_buttons[AttendanceStatus.EXCUSED].click()
    _save(qtbot, dialog)
    dialog.select_day(TUESDAY)
    dialog.status_buttons[AttendanceStatus.UNEXCUSED].click()
    _save(qtbot, dialog)
    summary = dialog.summary
    assert summary is not None
    assert (summary.present_days, summary.excused_days, summary.unexcused_days) == (1, 1, 1)
    assert (summary.hours, summary.unregistered_days) == (Decimal("6.25"), 15)
    text = dialog.totals_label.text()
    assert "6.25 hours" in text and "Attendance rate: 33%" in text  # 1 / (1 + 1 + 1)
    assert summary.rate == pytest.approx(1 / 3)
    assert _month(app_services, coach, participant_id).rate == pytest.approx(1 / 3)
    qtbot.wait(50)  # the saved note laid out
    save_screenshot(dialog, "attendance_totals")
    # The months before: October counts too (the measure began in September); nothing registered.
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.month_label.text() == "October 2026"
    assert dialog.summary is not None and dialog.summary.present_days == 0
    assert "Attendance rate: –" in dialog.totals_label.text()
    assert dialog.next_button.isEnabled()
    dialog.close()


def test_the_participant_list_opens_the_register(
    qtbot: QtBot, make_context: Callable[..., UiContext], coach: Actor, participant_id: int
) -> None:
    context = make_context(coach)
    view = ParticipantsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    settle(qtbot, context.ops)
    button = view.tool_buttons["attendance"]
    assert button.text() == "Attendance…" and not button.isEnabled()  # nobody chosen yet
    view.table.selectRow(0)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(AttendanceDialog) is not None)
    dialog = view.findChild(AttendanceDialog)
    assert dialog is not None and dialog.windowTitle() == "Attendance – Åse Ødegård"
    settle(qtbot, context.ops)
    dialog.close()
    view.shutdown()


# --- two coaches, one day ---------------------------------------------------------------------------


def _other_coach_corrects_today(app_services: AppServices) -> None:
    """Kari, on another PC, corrects today while Jonas has the register open."""
    other = make_user(app_services, "Kari Lie", Role.JOB_COACH)

    def correct(app: AppServices) -> None:
        month = app.attendance.month(other, 1, NOVEMBER)
        seen = next(day for day in month.days if day.day == TODAY)
        fix = DayInput(TODAY, AttendanceStatus.EXCUSED, None, "Legetime", "Gikk til lege kl. 9")
        app.attendance.record_day(other, 1, fix, seen.version)

    app_services.write(correct)


def _type_my_correction(qtbot: QtBot, dialog: AttendanceDialog) -> None:
    dialog.select_day(TODAY)
    dialog.hours_spin.setValue(7.0)
    qtbot.keyClicks(dialog.correction_edit, "Glemte å sjekke ut")


def _save_into_conflict(qtbot: QtBot, dialog: AttendanceDialog):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return wait_for_box(qtbot, "attendanceConflictDialog")


def test_a_correction_saved_meanwhile_by_another_coach_is_not_overwritten_unless_kept(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    participant_id: int,
) -> None:
    assert participant_id == 1
    dialog = _open(qtbot, make_context(coach), participant_id)
    _type_my_correction(qtbot, dialog)
    _other_coach_corrects_today(app_services)

    box = _save_into_conflict(qtbot, dialog)
    assert "Wednesday, 25 November 2026 was changed after you opened it" in box.text()
    assert box.informativeText() == (
        "Their version: Excused absence (Legetime)\nYour version: Present, 7 hours"
    )
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == TODAY)
    assert stored.status is AttendanceStatus.EXCUSED  # theirs stands until Jonas chooses
    assert dialog.hours_spin.value() == 7.0  # the typing stays
    save_screenshot(box, "attendance_conflict")

    click_box_button(qtbot, box, "conflictKeepMineButton")
    settle(qtbot, dialog._context.ops)
    qtbot.waitUntil(lambda: _cell(dialog, TODAY, "hours") == "7")
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == TODAY)
    assert (stored.status, stored.hours, stored.absence_reason) == (
        AttendanceStatus.PRESENT,
        Decimal("7.00"),
        "",
    )
    assert stored.version == 4  # check-in, check-out, Kari's correction, mine
    dialog.close()


def test_going_back_keeps_the_typing_and_using_theirs_shows_theirs(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    participant_id: int,
) -> None:
    dialog = _open(qtbot, make_context(coach), participant_id)
    _type_my_correction(qtbot, dialog)
    _other_coach_corrects_today(app_services)

    click_box_button(qtbot, _save_into_conflict(qtbot, dialog), "conflictBackButton")
    assert dialog.hours_spin.value() == 7.0 and dialog.is_dirty()
    assert "saving asks again" in dialog.save_status.text()

    box = _save_into_conflict(qtbot, dialog)  # not chosen yet: asked again
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):  # the month is read again
        click_box_button(qtbot, box, "conflictUseTheirsButton")
    settle(qtbot, dialog._context.ops)
    assert dialog.status_buttons[AttendanceStatus.EXCUSED].isChecked()
    assert dialog.absence_edit.text() == "Legetime" and not dialog.is_dirty()
    assert _cell(dialog, TODAY, "status") == "Excused absence"
    assert dialog.save_status.text() == "Their version is in the form now. Your changes were not saved."
    assert dialog.expected_version == 3

    # Theirs is what the form is based on now: a new correction saves without a question.
    dialog.absence_edit.setText("Legetime og blodprøve")
    qtbot.keyClicks(dialog.correction_edit, "Mer presis grunn")
    _save(qtbot, dialog)
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == TODAY)
    assert (stored.absence_reason, stored.version) == ("Legetime og blodprøve", 4)
    dialog.close()


def test_a_refresh_while_typing_keeps_the_typing_and_the_save_asks(
    qtbot: QtBot,
    make_context: Callable[..., UiContext],
    app_services: AppServices,
    coach: Actor,
    participant_id: int,
) -> None:
    """The month is read again while Jonas types Monday (as after a tap at this PC's kiosk); Kari
    registered Monday meanwhile. The form keeps Jonas's typing, says the day changed, and the
    save asks instead of overwriting Kari's entry."""
    dialog = _open(qtbot, make_context(coach), participant_id)
    dialog.select_day(MONDAY)
    dialog.status_buttons[AttendanceStatus.UNEXCUSED].click()
    assert dialog.is_dirty() and dialog.expected_version is None
    other = make_user(app_services, "Kari Lie", Role.JOB_COACH)
    monday = DayInput(MONDAY, AttendanceStatus.PRESENT, Decimal("6"))
    app_services.write(lambda app: app.attendance.record_day(other, participant_id, monday))

    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.load(NOVEMBER, MONDAY)
    assert _cell(dialog, MONDAY, "status") == "Present"  # the list shows what is stored
    assert dialog.status_buttons[AttendanceStatus.UNEXCUSED].isChecked()  # the form what was typed
    assert "This day was changed meanwhile" in dialog.save_status.text()

    box = _save_into_conflict(qtbot, dialog)
    assert box.informativeText() == "Their version: Present, 6 hours\nYour version: Unexcused absence"
    click_box_button(qtbot, box, "conflictKeepMineButton")  # replacing Kari's entry is a correction
    settle(qtbot, dialog._context.ops)
    message = dialog.messages["correction_reason"]
    assert dialog.correction_edit.isVisible() and message.isVisible() and message.severity == "error"
    qtbot.keyClicks(dialog.correction_edit, "Var ikke her likevel")
    _save(qtbot, dialog)
    stored = next(day for day in _month(app_services, coach, participant_id).days if day.day == MONDAY)
    assert (stored.status, stored.corrected) == (AttendanceStatus.UNEXCUSED, True)
    dialog.close()
