"""The NAV reports and the monthly attendance summary made from the app, through the real
widgets: the NAV report dialog opened from the participant list's tools (and the profile) by
a job coach, its period checks next to the fields, the preview (a real PDF on screen, from a
private temporary file that goes with it), "Save as…", the final report offered only once the
measure has ended, a cancelled render leaving nothing; and the attendance register's month as
PDF and CSV.

The participant is the report tests' Åse (tests/reports/test_nav_reports.py): a plan with
assessments, every day since September registered with one excused absence (with a reason)
and one unexcused, support needs and contact details on record. Every document is read back
with pypdf; none may hold the support needs, the absence reason or the contact details."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

import ui.shell.pages  # noqa: F401 - the shell offers the tools in the participant list
from canteen_app.access import Role
from canteen_app.app import AppServices, build_services, open_database
from canteen_app.training.participants.dto import MeasurePeriod
from canteen_app.training.participants.service import ENDED
from tests.conftest import FAST_HASHER, FakeClock
from tests.gui.a11y_checks import clipped_widgets
from tests.gui.conftest import save_screenshot, settle
from tests.gui.test_report_preview import _has_ink
from tests.helpers import make_user, participant_input
from tests.reports.test_nav_reports import (
    ABSENCE_REASON,
    SUMMARY,
    Trainee,
    assert_nothing_private,
    build_trainee,
    end_measure,
    export_entries,
    flat,
)
from ui.common.context import UiContext
from ui.common.navigation import participant_actions
from ui.common.pdf_preview import PdfPreviewDialog
from ui.training.attendance import AttendanceDialog
from ui.training.nav_reports import NavReportDialog, PeriodProblem, default_period, period_problems
from ui.training.nav_reports.preview import NavReportPreview
from ui.training.participants import ParticipantsView
from ui.training.plans import TrainingPlanWindow

NAME = "Åse Ødegård"


@pytest.fixture
def app_services(sqlite_url: str, clock: FakeClock) -> Iterator[AppServices]:
    services = build_services(open_database(sqlite_url), clock, FAST_HASHER)
    yield services
    services.close()


@pytest.fixture
def trainee(app_services: AppServices) -> Trainee:
    trainee = build_trainee(app_services)
    other = participant_input(trainee.coach.user_id, first_name="Per", last_name="Hansen")
    app_services.write(lambda app: app.participants.create(trainee.coach, other))
    return trainee


@pytest.fixture
def context(make_context: Callable[..., UiContext], trainee: Trainee) -> UiContext:
    return make_context(trainee.coach)


@pytest.fixture
def view(qtbot: QtBot, context: UiContext, theme: Callable[[float], None]) -> Iterator[ParticipantsView]:
    participants = ParticipantsView(context)
    qtbot.addWidget(participants)
    participants.resize(1280, 800)
    participants.show()
    settle(qtbot, context.ops)
    yield participants
    participants.shutdown()


@pytest.fixture
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the previews' temporary folders go in this test (to see that they go again)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


class SaveAs:
    """Stands in for the system's "Save as" window: answers with `target`, remembers what it
    was offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path | None) -> None:
        self.target = target
        self.offered: list[str] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self))

    def __call__(self, _parent: object, _caption: str, directory: str, *_args: object) -> tuple[str, str]:
        self.offered.append(directory)
        return (str(self.target), "") if self.target is not None else ("", "")


def _select(view: ParticipantsView, name: str) -> None:
    names = [view.model.row_at(row).full_name for row in range(view.model.rowCount())]
    view.table.selectRow(names.index(name))


def _open_from_list(qtbot: QtBot, view: ParticipantsView, name: str = NAME) -> NavReportDialog:
    button = view.tool_buttons["nav_report"]
    assert button.text() == "NAV report…"
    _select(view, name)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(NavReportDialog) is not None)
    dialog = view.findChild(NavReportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.measure is not None)
    settle(qtbot, view._context.ops)
    return dialog


def _set_period(dialog: NavReportDialog, first: date, last: date) -> None:
    dialog.first_edit.setDate(QDate(first.year, first.month, first.day))
    dialog.last_edit.setDate(QDate(last.year, last.month, last.day))


def _preview(qtbot: QtBot, dialog: NavReportDialog) -> NavReportPreview:
    with qtbot.waitSignal(dialog.preview_opened, timeout=30_000) as opened:
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    assert isinstance(preview, NavReportPreview) and preview.isVisible()
    return preview


def _save(qtbot: QtBot, dialog: NavReportDialog) -> Path:
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = saved.args[0]
    assert isinstance(path, Path)
    return path


def _owner_only(path: Path) -> bool:
    return os.name != "posix" or stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_status_report_is_previewed_and_saved_from_the_participant_list(
    qtbot: QtBot,
    view: ParticipantsView,
    app_services: AppServices,
    trainee: Trainee,
    private_temp: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open_from_list(qtbot, view)
    pid = trainee.participant_id
    assert dialog.windowTitle() == f"NAV report – {NAME}"
    assert dialog.measure_label.text() == f"{NAME} · measure from 01/09/2026, planned to end 30/06/2027"
    # Offered first: the previous calendar month, a status report in Norwegian.
    assert dialog.period() == (date(2026, 10, 1), date(2026, 10, 31))
    assert dialog.status_radio.isChecked() and dialog.language_combo.currentData() == "nb"
    assert "goes to NAV" in dialog.summary_warning.text() and "diagnoses" in dialog.summary_warning.text()
    assert dialog.summary_warning.isVisible()
    assert export_entries(app_services, pid) == []  # opening shows nothing of the record

    _set_period(dialog, date(2026, 11, 1), date(2026, 11, 24))
    dialog.summary_edit.setPlainText(SUMMARY)
    assert dialog.summary_count.text() == f"{len(SUMMARY)} of 3000 characters"
    qtbot.wait(50)
    save_screenshot(dialog, "nav_report_dialog")

    preview = _preview(qtbot, dialog)
    assert preview.windowTitle() == f"NAV status report – {NAME}"
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count == len(PdfReader(preview.path).pages) >= 1
    assert not preview.print_button.isVisible()  # a paper copy would leave no entry
    text = flat(preview.path)
    assert "Statusrapport" in text and NAME in text and "Åse har kommet godt i gang" in text
    assert "Rapportperiode 01.11.2026–24.11.2026" in text
    assert_nothing_private(preview.path)
    # A private folder of its own, the file readable by its owner only.
    folder = preview.path.parent
    assert folder.parent == private_temp and folder.name.startswith("canteen-nav-")
    assert _owner_only(preview.path)
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert export_entries(app_services, pid) == [
        ("export", "NAV status report 2026-11-01..2026-11-24 (preview)")
    ]
    qtbot.waitUntil(lambda: _has_ink(preview.view.viewport().grab().toImage()), timeout=10_000)
    save_screenshot(preview, "nav_report_preview")
    preview.close()
    qtbot.waitUntil(lambda: not folder.exists())  # the temporary file goes with the preview

    target_folder = tmp_path / "documents"
    target_folder.mkdir()
    chooser = SaveAs(monkeypatch, target_folder / "statusrapport")
    saved = _save(qtbot, dialog)
    offered = Path(chooser.offered[0]).name
    assert offered == f"nav-status-report-{pid}-2026-11-01-2026-11-24.pdf"  # no name in it
    assert saved == target_folder / "statusrapport.pdf"  # the missing suffix is added
    assert [p.name for p in target_folder.iterdir()] == ["statusrapport.pdf"]
    assert _owner_only(saved)
    saved_text = flat(saved)
    assert NAME in saved_text and "Åse har kommet godt i gang" in saved_text
    assert "Neste periode: mer ansvar ved oppvasken" in saved_text
    assert_nothing_private(saved)
    assert dialog.saved_label.text() == f"Saved: {saved}"
    assert export_entries(app_services, pid) == [
        ("export", "NAV status report 2026-11-01..2026-11-24 (preview)"),
        ("export", "NAV status report 2026-11-01..2026-11-24"),
    ]
    assert list(private_temp.iterdir()) == []
    dialog.close()


def test_save_as_in_the_preview_makes_the_report_anew_and_logs_it_as_saved(
    qtbot: QtBot,
    view: ParticipantsView,
    app_services: AppServices,
    trainee: Trainee,
    private_temp: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open_from_list(qtbot, view)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    preview = _preview(qtbot, dialog)
    assert "Status report" in flat(preview.path)
    SaveAs(monkeypatch, tmp_path / "report.pdf")
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [tmp_path / "report.pdf"]
    assert "Status report" in flat(tmp_path / "report.pdf")
    assert dialog.preview_dialog is None  # the preview has done its part
    assert export_entries(app_services, trainee.participant_id) == [
        ("export", "NAV status report 2026-10-01..2026-10-31 (preview)"),
        ("export", "NAV status report 2026-10-01..2026-10-31"),
    ]
    qtbot.waitUntil(lambda: list(private_temp.iterdir()) == [])
    dialog.close()


def test_the_period_is_checked_next_to_its_fields(
    qtbot: QtBot, view: ParticipantsView, app_services: AppServices, trainee: Trainee
) -> None:
    dialog = _open_from_list(qtbot, view)
    first, last = dialog.messages["first"], dialog.messages["last"]
    buttons = (dialog.preview_button, dialog.save_button)
    assert all(button.isEnabled() for button in buttons)

    _set_period(dialog, date(2026, 11, 10), date(2026, 11, 3))
    assert last.severity == "error" and last.text() == "The last day is before the first day."
    assert not first.isVisibleTo(dialog)
    assert not any(button.isEnabled() for button in buttons)

    _set_period(dialog, date(2026, 11, 1), date(2026, 11, 26))  # today is the 25th
    assert last.text() == "The last day is after today: only days that have come can be reported."

    _set_period(dialog, date(2026, 8, 25), date(2026, 9, 30))
    assert first.severity == "error"
    assert first.text() == "The measure started on 01/09/2026: the period cannot begin before it."
    assert not last.isVisibleTo(dialog)
    qtbot.wait(50)
    save_screenshot(dialog, "nav_report_period_error")
    assert dialog.request() is None

    _set_period(dialog, date(2026, 9, 1), date(2026, 9, 30))
    assert not first.isVisibleTo(dialog) and not last.isVisibleTo(dialog)
    assert all(button.isEnabled() for button in buttons)
    assert export_entries(app_services, trainee.participant_id) == []
    dialog.close()


def test_the_final_report_waits_for_the_end_of_the_measure(
    qtbot: QtBot,
    view: ParticipantsView,
    app_services: AppServices,
    trainee: Trainee,
    private_temp: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open_from_list(qtbot, view)
    assert not dialog.final_radio.isEnabled()
    assert dialog.final_reason.isVisible()
    assert dialog.final_reason.text() == (
        "Not yet: a final report is made once the measure has ended (planned end 30/06/2027)."
    )
    assert dialog.final_radio.accessibleDescription() == dialog.final_reason.text()
    dialog.close()

    end_measure(app_services, trainee, date(2026, 11, 20))
    view.show_status(ENDED)
    qtbot.waitUntil(lambda: not view.model.is_loading and view.model.rowCount() == 1)
    dialog = _open_from_list(qtbot, view)
    assert dialog.measure_label.text() == f"{NAME} · measure from 01/09/2026, ended 20/11/2026"
    assert dialog.final_radio.isEnabled() and not dialog.final_reason.isVisible()
    assert dialog.period() == (date(2026, 10, 1), date(2026, 10, 31))
    dialog.final_radio.setChecked(True)
    assert dialog.period() == (date(2026, 9, 1), date(2026, 11, 20))  # the whole measure
    assert not dialog.first_edit.isEnabled() and not dialog.last_edit.isEnabled()
    dialog.summary_edit.setPlainText("Åse fikk fast jobb i kantina på sykehjemmet.")
    qtbot.wait(50)
    save_screenshot(dialog, "nav_report_final")

    SaveAs(monkeypatch, tmp_path / "sluttrapport.pdf")
    saved = _save(qtbot, dialog)
    text = flat(saved)
    assert "Sluttrapport" in text and "Sluttårsak Fikk jobb" in text and NAME in text
    assert "Åse fikk fast jobb i kantina på sykehjemmet." in text
    assert_nothing_private(saved)
    assert export_entries(app_services, trainee.participant_id) == [
        ("export", "NAV final report 2026-09-01..2026-11-20")
    ]
    dialog.status_radio.setChecked(True)  # back to the status report: its period again
    assert dialog.period() == (date(2026, 10, 1), date(2026, 10, 31))
    dialog.close()


def _cancel_at_once(qtbot: QtBot, dialog: NavReportDialog, button: QPushButton) -> None:
    """Press `button` and Cancel in the render's progress dialog before it can finish."""
    earlier = dialog.findChildren(QProgressDialog, "taskProgressDialog")  # closed, not yet deleted
    with qtbot.waitSignal(dialog.render_finished, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        (progress,) = [
            found
            for found in dialog.findChildren(QProgressDialog, "taskProgressDialog")
            if found not in earlier
        ]
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()  # shown only after a moment; pressed at once here


def test_cancelling_the_render_leaves_no_file_and_no_entry(
    qtbot: QtBot,
    view: ParticipantsView,
    app_services: AppServices,
    trainee: Trainee,
    private_temp: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open_from_list(qtbot, view)
    dialog.summary_edit.setPlainText(SUMMARY * 8)  # a few pages
    target_folder = tmp_path / "documents"
    target_folder.mkdir()
    SaveAs(monkeypatch, target_folder / "statusrapport.pdf")
    _cancel_at_once(qtbot, dialog, dialog.save_button)
    assert list(target_folder.iterdir()) == []  # not even a half-written temporary file
    assert dialog.message.severity == "warning"
    assert dialog.message.text() == "Cancelled: no report was made."

    _cancel_at_once(qtbot, dialog, dialog.preview_button)
    assert dialog.preview_dialog is None
    assert list(private_temp.iterdir()) == []  # the preview's folder went too
    assert export_entries(app_services, trainee.participant_id) == []
    assert dialog.save_button.isEnabled()  # and the coach can go on
    dialog.close()


def test_a_summary_over_the_limit_is_refused_next_to_it(
    qtbot: QtBot, view: ParticipantsView, app_services: AppServices, trainee: Trainee, private_temp: Path
) -> None:
    dialog = _open_from_list(qtbot, view)
    dialog.summary_edit.setPlainText("x" * 3001)
    assert dialog.summary_count.text() == "3001 of 3000 characters"
    with qtbot.waitSignal(dialog.render_finished, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.messages["summary"].severity == "error"
    assert dialog.preview_dialog is None
    assert list(private_temp.iterdir()) == []
    assert export_entries(app_services, trainee.participant_id) == []
    dialog.close()


def test_the_profile_opens_the_nav_report_too(qtbot: QtBot, view: ParticipantsView, trainee: Trainee) -> None:
    _select(view, NAME)
    qtbot.mouseClick(view.tool_buttons["plan"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(TrainingPlanWindow) is not None)
    profile = view.findChild(TrainingPlanWindow)
    assert profile is not None
    settle(qtbot, view._context.ops)
    button = profile.findChild(type(view.tool_buttons["nav_report"]), "profileTool_nav_report")
    assert button is not None and button.text() == "NAV report…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: profile.findChild(NavReportDialog) is not None)
    dialog = profile.findChild(NavReportDialog)
    assert dialog is not None and dialog.windowTitle() == f"NAV report – {NAME}"
    qtbot.waitUntil(lambda: dialog.measure is not None)
    settle(qtbot, view._context.ops)
    dialog.close()
    profile.close()


def test_only_roles_that_see_participants_details_get_the_nav_report(
    app_services: AppServices, trainee: Trainee
) -> None:
    manager = make_user(app_services, "Kari Nordmann", Role.CANTEEN_MANAGER)
    assert "nav_report" in [action.key for action in participant_actions(trainee.coach)]
    assert "nav_report" not in [action.key for action in participant_actions(manager)]


# --- the attendance register's month as PDF and CSV ------------------------------------------------


@pytest.fixture
def register(qtbot: QtBot, context: UiContext, trainee: Trainee) -> Iterator[AttendanceDialog]:
    dialog = AttendanceDialog(context, trainee.participant_id, NAME, month=date(2026, 11, 1))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open_month()
    yield dialog
    dialog.close()


def test_the_attendance_month_as_pdf_is_saved_and_previewed(
    qtbot: QtBot,
    register: AttendanceDialog,
    app_services: AppServices,
    trainee: Trainee,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    theme: Callable[[float], None],
) -> None:
    pid = trainee.participant_id
    assert register.pdf_button.text() == "Month as PDF…" and register.pdf_button.isEnabled()
    assert ABSENCE_REASON in {entry.absence_reason for entry in register.summary.days}  # type: ignore[union-attr]
    chooser = SaveAs(monkeypatch, tmp_path / "november")
    with qtbot.waitSignal(register.exported, timeout=30_000) as exported:
        qtbot.mouseClick(register.pdf_button, Qt.MouseButton.LeftButton)
    assert Path(chooser.offered[0]).name == f"attendance-{pid}-2026-11.pdf"
    path = exported.args[0]
    assert path == tmp_path / "november.pdf" and _owner_only(path)
    text = flat(path)
    assert NAME in text and "November 2026" in text
    assert_nothing_private(path)
    assert register.export_label.text() == f"Saved: {path}"
    preview = register.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert preview.page_count == len(PdfReader(path).pages) >= 1
    qtbot.waitUntil(lambda: _has_ink(preview.view.viewport().grab().toImage()), timeout=10_000)
    save_screenshot(preview, "attendance_month_pdf_preview")
    preview.close()
    save_screenshot(register, "attendance_register_exports")
    assert export_entries(app_services, pid) == [("export", "attendance 2026-11 PDF")]


def test_the_attendance_month_as_csv(
    qtbot: QtBot,
    register: AttendanceDialog,
    app_services: AppServices,
    trainee: Trainee,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = trainee.participant_id
    chooser = SaveAs(monkeypatch, tmp_path / "november.csv")
    with qtbot.waitSignal(register.exported, timeout=30_000) as exported:
        qtbot.mouseClick(register.csv_button, Qt.MouseButton.LeftButton)
    assert Path(chooser.offered[0]).name == f"attendance-{pid}-2026-11.csv"
    path = exported.args[0]
    assert path == tmp_path / "november.csv" and _owner_only(path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "participant_id;month;date;status;hours"
    assert f"{pid};2026-11;2026-11-16;excused;" in lines
    content = path.read_text(encoding="utf-8-sig").casefold()
    assert ABSENCE_REASON not in content and "ødegård" not in content
    assert register.preview is None  # a CSV is not previewed
    assert export_entries(app_services, pid) == [("export", "attendance 2026-11 CSV")]

    # No file chosen: nothing is written or logged.
    SaveAs(monkeypatch, None)
    assert register.export_month("csv") is None
    assert export_entries(app_services, pid) == [("export", "attendance 2026-11 CSV")]


# --- the period offered first, and the checks, as plain rules -------------------------------------


def _measure(start: date, end: date, ended: bool = False) -> MeasurePeriod:
    return MeasurePeriod(1, start, end, ended)


TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        # Running since before last month: all of last month.
        (_measure(date(2026, 9, 1), date(2027, 6, 30)), (date(2026, 10, 1), date(2026, 10, 31))),
        # Started during last month: from its start.
        (_measure(date(2026, 10, 12), date(2027, 6, 30)), (date(2026, 10, 12), date(2026, 10, 31))),
        # Started this month: from its start to today.
        (_measure(date(2026, 11, 9), date(2027, 6, 30)), (date(2026, 11, 9), TODAY)),
        # Ended during last month: to its end.
        (_measure(date(2026, 3, 2), date(2026, 10, 16), True), (date(2026, 10, 1), date(2026, 10, 16))),
        # Ended months ago: its last month.
        (_measure(date(2026, 3, 2), date(2026, 8, 14), True), (date(2026, 8, 1), date(2026, 8, 14))),
        # Not started yet: its first day, which the checks refuse (after today).
        (_measure(date(2026, 12, 1), date(2027, 11, 30)), (date(2026, 12, 1), date(2026, 12, 1))),
    ],
)
def test_the_period_offered_first(measure: MeasurePeriod, expected: tuple[date, date]) -> None:
    assert default_period(measure, TODAY) == expected


def test_the_period_checks() -> None:
    running = _measure(date(2026, 9, 1), date(2027, 6, 30))
    ended = _measure(date(2026, 9, 1), date(2026, 11, 20), True)
    assert period_problems(date(2026, 9, 1), TODAY, running, TODAY) == {}
    assert period_problems(date(2026, 8, 31), date(2026, 9, 30), running, TODAY) == {
        "first": PeriodProblem.BEFORE_MEASURE
    }
    assert period_problems(date(2026, 10, 2), date(2026, 10, 1), running, TODAY) == {
        "last": PeriodProblem.BEFORE_FIRST
    }
    assert period_problems(date(2026, 11, 1), date(2026, 11, 26), running, TODAY) == {
        "last": PeriodProblem.AFTER_TODAY
    }
    assert period_problems(date(2026, 11, 1), date(2026, 11, 21), ended, TODAY) == {
        "last": PeriodProblem.AFTER_MEASURE
    }
    # Overrun: still running past its planned end; days after it do not count.
    overrun = _measure(date(2025, 11, 3), date(2026, 11, 2))
    assert period_problems(date(2026, 10, 1), date(2026, 11, 10), overrun, TODAY) == {
        "last": PeriodProblem.AFTER_MEASURE
    }
    assert default_period(overrun, TODAY) == (date(2026, 10, 1), date(2026, 10, 31))


def test_the_dialog_grows_for_its_messages_within_the_screen_at_larger_text(
    qtbot: QtBot,
    context: UiContext,
    trainee: Trainee,
    private_temp: Path,
    theme: Callable[[float], None],
) -> None:
    theme(1.5)
    dialog = NavReportDialog(context, trainee.participant_id, NAME)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.open_and_load()
    first_height = dialog.height()
    dialog.summary_edit.setPlainText("x" * 3001)  # refused next to it
    with qtbot.waitSignal(dialog.render_finished, timeout=30_000):
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    _set_period(dialog, date(2026, 8, 31), date(2026, 11, 26))  # both days refused
    assert all(dialog.messages[name].isVisible() for name in ("first", "last", "summary"))
    needed = dialog.minimumSizeHint()
    assert needed.width() <= 1280 and needed.height() <= 800, needed
    qtbot.waitUntil(lambda: clipped_widgets(dialog) == [])  # it grows to make room for them
    assert dialog.height() > first_height
    assert dialog.width() <= 1280 and dialog.height() <= 800, dialog.size()
    save_screenshot(dialog, "nav_report_dialog_1.5x")
    dialog.close()
