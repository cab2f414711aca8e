"""The NAV status and final reports and the monthly attendance summary (PDF and CSV), made
from a real database (SQLite and PostgreSQL) and read back as an NAV adviser gets them.

The participant has support needs, contact details and an absence reason on record: none of
them may appear in any of the documents."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.core.errors import NotAuthorizedError, NotFoundError, ValidationError
from canteen_app.documents.templates import RenderCancelled
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput
from canteen_app.training.nav_reports.attendance_report import render_attendance_month
from canteen_app.training.nav_reports.dto import (
    AttendanceDayRow,
    AttendanceMonthData,
    AttendanceTotals,
    NavReportData,
    ReportKind,
)
from canteen_app.training.nav_reports.nav_report import render_nav_report
from canteen_app.training.nav_reports.nav_report_labels import nav_report_labels
from canteen_app.training.nav_reports.rules import SUMMARY_MAX, MeasureNotEndedError
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput
from tests.helpers import db_session, make_user, participant_input

SUPPORT_NEEDS = "trenger skriftlige steglister"
ABSENCE_REASON = "legetime"
PHONE = "91234567"
EMAIL = "ase.odegard@example.no"
EXCUSED_DAY = date(2026, 11, 16)
UNEXCUSED_DAY = date(2026, 11, 17)
UNREGISTERED_DAY = date(2026, 11, 25)  # today: not registered yet
SHORT_DAYS = {date(2026, 11, 4), date(2026, 11, 11)}  # 4.25 hours instead of 6.5
SUMMARY = (
    "Åse har kommet godt i gang i kaldkjøkkenet og følger hygienerutinene uten påminnelser.\n\n"
    "Neste periode: mer ansvar ved oppvasken og første vakt i serveringen."
)
FIGURES_NB = "Dager til stede Timer Dager med gyldig fravær Dager med ugyldig fravær"
FOOTER = re.compile(r"Side (\d+) av (\d+)")
FOOTER_EN = re.compile(r"Page (\d+) of (\d+)")


@dataclass(frozen=True)
class Trainee:
    coach: Actor
    participant_id: int


# --- the participant, the plan, the attendance -------------------------------------------------


def _framework_goal(services: AppServices, actor: Actor, code: str) -> int:
    areas = services.read(lambda app: app.competence.framework(actor)).value
    return next(goal.id for area in areas for goal in area.goals if goal.code == code)


def build_trainee(services: AppServices, *, absences: bool = True) -> Trainee:
    """Åse Ødegård on Arbeidstrening since 1 September 2026, with a plan of four goals (three
    from the framework, one of the coach's own), dated assessments, and every counted day from
    September to yesterday registered: present, one excused absence (with a reason), one
    unexcused."""
    coach = make_user(services, "Jonas Berg", Role.JOB_COACH)
    data = participant_input(coach.user_id, support_needs=SUPPORT_NEEDS, phone=PHONE, email=EMAIL)
    participant_id = services.write(lambda app: app.participants.create(coach, data)).value.id
    goals = [
        PlanGoalInput(
            _framework_goal(services, coach, "A01.1"),
            target_level=3,
            target_date=date(2027, 1, 31),
            tasks="Kaldkjøkken: smørbrød og salater\nHåndvask ved stasjonen",
        ),
        PlanGoalInput(
            _framework_goal(services, coach, "A04.1"),
            target_level=3,
            target_date=date(2027, 3, 31),
            tasks="Oppvask: oppvaskmaskin og grovoppvask",
        ),
        PlanGoalInput(
            _framework_goal(services, coach, "A09.1"),
            target_level=4,
            target_date=date(2027, 5, 31),
            tasks="Servering i kantina\nKaldkjøkken: smørbrød og salater",
        ),
        PlanGoalInput(None, free_text="Tar bussen alene til og fra jobb", target_level=3),
    ]
    plan_goals = [
        services.write(lambda app, goal=goal: app.plans.add_goal(coach, participant_id, goal)).value.id
        for goal in goals
    ]
    assessments = [
        (plan_goals[0], 1, date(2026, 9, 10)),
        (plan_goals[0], 2, date(2026, 10, 8)),
        (plan_goals[0], 3, date(2026, 11, 20)),
        (plan_goals[1], 2, date(2026, 9, 15)),
        (plan_goals[1], 2, date(2026, 11, 10)),
        (plan_goals[3], 2, date(2026, 10, 1)),
    ]
    for plan_goal, level, day in assessments:
        evidence = f"Observert på vakt {day:%d.%m}"
        services.write(
            lambda app, g=plan_goal, lv=level, d=day, e=evidence: app.plans.assess(
                coach, AssessmentInput(g, lv, d, e)
            )
        )
    services.write(lambda app: app.plans.self_assess(coach, participant_id, {plan_goals[0]: 4}))
    _register_attendance(services, coach, participant_id, absences)
    return Trainee(coach, participant_id)


def _register_attendance(services: AppServices, coach: Actor, participant_id: int, absences: bool) -> None:
    days = services.read(
        lambda app: app.attendance.counted_days(1, participant_id, date(2026, 9, 1), date(2026, 11, 24))
    ).value
    for day in days:
        if absences and day == EXCUSED_DAY:
            entry = DayInput(day, AttendanceStatus.EXCUSED, absence_reason=ABSENCE_REASON)
        elif absences and day == UNEXCUSED_DAY:
            entry = DayInput(day, AttendanceStatus.UNEXCUSED)
        else:
            hours = Decimal("4.25") if day in SHORT_DAYS else Decimal("6.5")
            entry = DayInput(day, AttendanceStatus.PRESENT, hours)
        services.write(lambda app, e=entry: app.attendance.record_day(coach, participant_id, e))


def end_measure(services: AppServices, trainee: Trainee, ended_on: date, reason: str = "got_job") -> None:
    def end(app: AppServices) -> None:
        version = app.participants.get(trainee.coach, trainee.participant_id).version
        app.participants.end_measure(trainee.coach, trainee.participant_id, version, ended_on, reason)

    services.write(end)


@pytest.fixture
def trainee(services: AppServices) -> Trainee:
    return build_trainee(services)


# --- reading the documents back ---------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    # Numbers are written with no-break spaces; a reader sees plain spaces.
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]


def flat(path: Path) -> str:
    """The whole document's text on one line, so that wrapped cells still read as phrases."""
    return re.sub(r"\s+", " ", " ".join(page_texts(path)))


def assert_nothing_private(path: Path) -> None:
    text = flat(path).casefold()
    for private in (SUPPORT_NEEDS, ABSENCE_REASON, PHONE, EMAIL, "steglister"):
        assert private.casefold() not in text, private
    raw = path.read_bytes()  # not in the metadata or anywhere else either
    assert b"legetime" not in raw and b"steglister" not in raw


def assert_footers(path: Path, template: re.Pattern[str] = FOOTER) -> None:
    texts = page_texts(path)
    for number, text in enumerate(texts, start=1):
        assert template.findall(text) == [(str(number), str(len(texts)))]


def assert_only_embedded_dejavu(path: Path) -> None:
    base_fonts = set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for font_ref in resources["/Font"].values():
            font = font_ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            base_fonts.add(str(font["/BaseFont"]))
    assert base_fonts and all("DejaVuSans" in name for name in base_fonts), base_fonts


def export_entries(services: AppServices, participant_id: int | None) -> list[tuple[str, str]]:
    with db_session(services) as session:
        query = (
            select(AuditEntry.action, AuditEntry.detail)
            .where(AuditEntry.entity_type == "participant", AuditEntry.action == "export")
            .where(
                AuditEntry.entity_id == participant_id
                if participant_id is not None
                else AuditEntry.entity_id.is_(None)
            )
            .order_by(AuditEntry.id)
        )
        return [(action, detail) for action, detail in session.execute(query)]


# --- the status report ------------------------------------------------------------------------------


def _status(services: AppServices, trainee: Trainee, out: Path, language: str = "nb", **kw: Any) -> Path:
    return services.nav_reports.render_status_report(
        trainee.coach,
        trainee.participant_id,
        date(2026, 11, 1),
        date(2026, 11, 25),
        language,
        out,
        summary=kw.pop("summary", SUMMARY),
        **kw,
    )


def test_the_status_report_shows_the_measure_goals_attendance_and_summary(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    path = _status(services, trainee, tmp_path / "status.pdf")
    text = flat(path)

    assert "Statusrapport" in text and "Åse Ødegård" in text
    assert "Tiltak Arbeidstrening" in text
    assert "Tiltaksperiode 01.09.2026–30.06.2027 (planlagt slutt)" in text
    assert "Deltakelse 80 %" in text
    assert "Jobbkonsulent Jonas Berg" in text
    assert "Rapportperiode 01.11.2026–25.11.2026" in text
    # November up to today: 18 open days; 15 present (two short), one excused, one unexcused,
    # today not registered yet. 93 hours = 13 x 6.5 + 2 x 4.25; 88.2 % = 15 / 17.
    assert (
        f"Oppmøte i rapportperioden {FIGURES_NB} Dager uten registrering Oppmøte 15 93 1 1 1 88,2 %" in text
    )
    assert "Kaldkjøkken: smørbrød og salater" in text and "Oppvask: oppvaskmaskin og grovoppvask" in text
    assert text.count("Kaldkjøkken: smørbrød og salater") == 1  # a task in two goals is listed once
    assert "Servering i kantina" in text
    assert "Kompetansemål Ved start Nå Målnivå 1 Personlig hygiene Vasker hender" in text
    assert "Andre mål Tar bussen alene til og fra jobb 2 Med støtte 2 Med støtte 3 Selvstendig" in text
    assert "Åse har kommet godt i gang i kaldkjøkkenet" in text and "første vakt i serveringen" in text
    assert "Dato og underskrift, jobbkonsulent" in text
    assert "Sluttårsak" not in text
    assert_nothing_private(path)
    assert_footers(path)
    assert_only_embedded_dejavu(path)

    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Statusrapport – Åse Ødegård"
    assert reader.metadata.subject == "Statusrapport til NAV, Arbeidstrening, 01.11.2026–25.11.2026"
    assert reader.metadata.author == "Jonas Berg"


def test_each_goal_shows_its_level_at_start_now_and_target(services: AppServices, trainee: Trainee) -> None:
    data = services.nav_reports.report_data(
        trainee.coach,
        ReportKind.STATUS,
        trainee.participant_id,
        "nb",
        "",
        date(2026, 11, 1),
        date(2026, 11, 25),
    )
    levels = [(g.area_number, g.start_level, g.current_level, g.target_level) for g in data.goals]
    assert levels == [(1, 1, 3, 3), (4, 2, 2, 3), (9, None, None, 4), (None, 2, 2, 3)]
    assert data.goals[0].text.startswith("Vasker hender etter fast rutine")
    assert data.goals[-1].text == "Tar bussen alene til og fra jobb"
    assert data.tasks == (
        "Kaldkjøkken: smørbrød og salater",
        "Håndvask ved stasjonen",
        "Oppvask: oppvaskmaskin og grovoppvask",
        "Servering i kantina",
    )


def test_the_levels_are_printed_in_the_goal_rows(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    """The goal table's rows as a reader sees them: the goal, then its level at start, now and
    the target (with its date), each with the framework's word for the level."""
    data = services.nav_reports.report_data(
        trainee.coach,
        ReportKind.STATUS,
        trainee.participant_id,
        "nb",
        "",
        date(2026, 11, 1),
        date(2026, 11, 25),
    )
    hygiene, dishes, serving, _own = (goal.text for goal in data.goals)
    text = flat(_status(services, trainee, tmp_path / "s.pdf"))
    assert f"{hygiene} 1 Med hjelp 3 Selvstendig 3 Selvstendig innen 31.01.2027" in text
    assert f"{dishes} 2 Med støtte 2 Med støtte 3 Selvstendig innen 31.03.2027" in text
    assert f"{serving} Ikke vurdert Ikke vurdert 4 Kan vise andre innen 31.05.2027" in text
    assert "1 Med hjelp: Gjør oppgaven når noen viser hvordan" in text  # the legend of the levels
    assert "4 Kan vise andre: Gjør oppgaven sikkert" in text


def test_the_status_report_in_english(services: AppServices, trainee: Trainee, tmp_path: Path) -> None:
    path = _status(services, trainee, tmp_path / "status-en.pdf", language="en", summary="")
    text = flat(path)
    assert "Status report" in text and "Measure Arbeidstrening" in text
    assert "Measure period 01/09/2026–30/06/2027 (planned end)" in text
    assert "Washes hands by the set routine" in text and "1 Personal hygiene" in text
    assert "1 With help 3 Independently 3 Independently by 31/01/2027" in text
    assert "Not assessed Not assessed 4 Can show others by 31/05/2027" in text
    assert "Days not registered Attendance 15 93 1 1 1 88.2%" in text
    assert "No summary has been written." in text
    assert "Tar bussen alene til og fra jobb" in text  # a free goal is printed as written
    assert_nothing_private(path)
    assert_footers(path, FOOTER_EN)


def test_the_status_report_is_audited_as_an_export(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    _status(services, trainee, tmp_path / "status.pdf")
    assert export_entries(services, trainee.participant_id) == [
        ("export", "NAV status report 2026-11-01..2026-11-25")
    ]


def test_a_preview_is_audited_as_an_export_that_says_preview(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    """The app's preview renders the same document to a temporary file: the entry says so, so
    the log tells a look on screen from a file saved where the coach chose."""
    preview = _status(services, trainee, tmp_path / "preview.pdf", preview=True)
    assert flat(preview) == flat(_status(services, trainee, tmp_path / "saved.pdf"))
    end_measure(services, trainee, date(2026, 11, 20))
    services.nav_reports.render_final_report(
        trainee.coach, trainee.participant_id, "nb", tmp_path / "final.pdf", preview=True
    )
    assert export_entries(services, trainee.participant_id) == [
        ("export", "NAV status report 2026-11-01..2026-11-25 (preview)"),
        ("export", "NAV status report 2026-11-01..2026-11-25"),
        ("export", "NAV final report 2026-09-01..2026-11-20 (preview)"),
    ]


def test_the_coachs_summary_must_be_plain_text_of_at_most_3000_characters(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    out = tmp_path / "status.pdf"
    with pytest.raises(ValidationError) as too_long:
        _status(services, trainee, out, summary="x" * (SUMMARY_MAX + 1))
    assert "summary" in too_long.value.field_errors
    with pytest.raises(ValidationError):
        _status(services, trainee, out, summary="Bra arbeid \u202e hemmelig")
    _status(services, trainee, out, summary="y" * SUMMARY_MAX)  # exactly the limit is fine
    assert export_entries(services, trainee.participant_id) == [
        ("export", "NAV status report 2026-11-01..2026-11-25")
    ]


def test_a_period_that_ends_before_it_starts_is_refused(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError):
        services.nav_reports.render_status_report(
            trainee.coach,
            trainee.participant_id,
            date(2026, 11, 25),
            date(2026, 11, 1),
            "nb",
            tmp_path / "x.pdf",
        )
    assert not (tmp_path / "x.pdf").exists()


def test_only_those_who_may_see_the_details_make_reports(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    manager = make_user(services, "Kari Kjøkken", Role.CANTEEN_MANAGER)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotAuthorizedError):
        services.nav_reports.render_status_report(
            manager, trainee.participant_id, date(2026, 11, 1), date(2026, 11, 25), "nb", out / "x.pdf"
        )
    with pytest.raises(NotAuthorizedError):
        services.nav_reports.export_attendance_csv(
            manager, trainee.participant_id, date(2026, 11, 1), out / "x.csv"
        )
    with pytest.raises(NotFoundError):
        services.nav_reports.render_attendance_month(
            trainee.coach, 9999, date(2026, 11, 1), "nb", out / "x.pdf"
        )
    assert list(out.iterdir()) == []
    assert export_entries(services, trainee.participant_id) == []


def test_a_report_for_an_earlier_period_shows_the_levels_of_then(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    """Hand washing was assessed 1 (10 Sep), 2 (8 Oct), 3 (20 Nov); the bus goal 2 (1 Oct).
    October's report says 2 "now" for hand washing, September's 1 and the bus goal not
    assessed yet: a later assessment never reaches back into an earlier period's report."""

    def levels(first: date, last: date) -> list[tuple[int | None, int | None]]:
        data = services.nav_reports.report_data(
            trainee.coach, ReportKind.STATUS, trainee.participant_id, "nb", "", first, last
        )
        return [(goal.start_level, goal.current_level) for goal in data.goals]

    assert levels(date(2026, 10, 1), date(2026, 10, 31)) == [(1, 2), (2, 2), (None, None), (2, 2)]
    assert levels(date(2026, 9, 1), date(2026, 9, 30)) == [(1, 1), (2, 2), (None, None), (None, None)]
    assert levels(date(2026, 9, 1), date(2026, 9, 9)) == [(None, None)] * 4

    hygiene = "Vasker hender etter fast rutine"
    october = flat(
        services.nav_reports.render_status_report(
            trainee.coach,
            trainee.participant_id,
            date(2026, 10, 1),
            date(2026, 10, 31),
            "nb",
            tmp_path / "oktober.pdf",
        )
    )
    assert re.search(rf"{hygiene}[^0-9]* 1 Med hjelp 2 Med støtte 3 Selvstendig innen 31.01.2027", october)
    assert "3 Selvstendig 3 Selvstendig" not in october  # November's level is not in October's report
    assert "Tar bussen alene til og fra jobb 2 Med støtte 2 Med støtte 3 Selvstendig" in october
    assert "«Nå» den siste til og med 31.10.2026" in october

    september = flat(
        services.nav_reports.render_status_report(
            trainee.coach,
            trainee.participant_id,
            date(2026, 9, 1),
            date(2026, 9, 30),
            "en",
            tmp_path / "september.pdf",
        )
    )
    assert "1 With help 1 With help 3 Independently by 31/01/2027" in september
    assert "Tar bussen alene til og fra jobb Not assessed Not assessed 3 Independently" in september
    assert "2 With support 3 Independently by 31/01/2027" not in september
    assert "“Now” the latest up to and including 30/09/2026" in september


def test_the_final_report_shows_the_levels_on_the_day_the_measure_ended(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    """Ended on 20 October: hand washing's 3 of 20 November came after the measure and is not
    its level "at end"."""
    end_measure(services, trainee, date(2026, 10, 20))
    data = services.nav_reports.report_data(trainee.coach, ReportKind.FINAL, trainee.participant_id, "nb", "")
    assert [(goal.start_level, goal.current_level) for goal in data.goals] == [
        (1, 2),
        (2, 2),
        (None, None),
        (2, 2),
    ]
    text = flat(
        services.nav_reports.render_final_report(
            trainee.coach, trainee.participant_id, "nb", tmp_path / "s.pdf"
        )
    )
    assert "Kompetansemål Ved start Ved slutt Målnivå" in text
    assert "1 Med hjelp 2 Med støtte 3 Selvstendig innen 31.01.2027" in text
    assert "3 Selvstendig 3 Selvstendig" not in text
    assert "«Ved slutt» den siste til og med 20.10.2026" in text


# --- the export is logged once the file exists ---------------------------------------------------------


class _StopAtFirstPage:
    """The user cancels while the first page is laid out: the progress callback raises (as the
    UI's sink does once Cancel was pressed) or says "cancelled"."""

    def __init__(self, raising: bool) -> None:
        self.raising = raising
        self.reports = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports += 1
        if self.raising and done >= 1:
            raise RenderCancelled()

    def cancelled(self) -> bool:
        return not self.raising and self.reports > 0


def _render(
    services: AppServices,
    trainee: Trainee,
    what: str,
    out: Path,
    progress: Any = None,
    actor: Actor | None = None,
) -> Path:
    reports, coach, pid = services.nav_reports, actor or trainee.coach, trainee.participant_id
    if what == "csv":
        return reports.export_attendance_csv(coach, pid, date(2026, 11, 1), out)
    if what == "status":
        return reports.render_status_report(
            coach, pid, date(2026, 11, 1), date(2026, 11, 25), "nb", out, progress, summary=SUMMARY * 8
        )
    if what == "final":
        return reports.render_final_report(coach, pid, "nb", out, progress, summary=SUMMARY * 8)
    return reports.render_attendance_month(coach, pid, date(2026, 11, 1), "nb", out, progress)


EXPORT_DETAILS = {
    "status": "NAV status report 2026-11-01..2026-11-25",
    "final": "NAV final report 2026-09-01..2026-11-20",
    "attendance": "attendance 2026-11 PDF",
}


@pytest.mark.parametrize("raising", [True, False], ids=["raised", "cancelled"])
@pytest.mark.parametrize("what", ["status", "final", "attendance"])
def test_a_cancelled_render_leaves_no_file_and_no_export_entry(
    services: AppServices, trainee: Trainee, tmp_path: Path, what: str, raising: bool
) -> None:
    if what == "final":
        end_measure(services, trainee, date(2026, 11, 20))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"{what}.pdf"
    progress = _StopAtFirstPage(raising)
    with pytest.raises(RenderCancelled):
        _render(services, trainee, what, out, progress)
    assert progress.reports > 0  # the render had started
    assert list(folder.iterdir()) == []  # no file, no half-written temporary file
    assert export_entries(services, trainee.participant_id) == []

    path = _render(services, trainee, what, out)
    assert path == out and out.is_file()
    assert export_entries(services, trainee.participant_id) == [("export", EXPORT_DETAILS[what])]


@pytest.mark.parametrize("what", ["status", "final", "attendance", "csv"])
def test_a_file_whose_export_cannot_be_logged_is_removed(
    services: AppServices, trainee: Trainee, tmp_path: Path, what: str
) -> None:
    """The audit entry is written after the file: when that fails (here the coach's account is
    gone, so the entry's reference to it is refused), the file goes too; no document leaves
    unlogged."""
    if what == "final":
        end_measure(services, trainee, date(2026, 11, 20))
    ghost = replace(trainee.coach, user_id=987_654)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"{what}.{'csv' if what == 'csv' else 'pdf'}"
    with pytest.raises(IntegrityError):
        _render(services, trainee, what, out, actor=ghost)
    assert list(folder.iterdir()) == []
    assert export_entries(services, trainee.participant_id) == []

    assert _render(services, trainee, what, out).is_file()  # the coach's own: written and logged
    assert len(export_entries(services, trainee.participant_id)) == 1


# --- the final report -----------------------------------------------------------------------------


def test_the_final_report_of_an_active_measure_is_refused(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    out = tmp_path / "slutt.pdf"
    with pytest.raises(MeasureNotEndedError) as refused:
        services.nav_reports.render_final_report(trainee.coach, trainee.participant_id, "nb", out)
    assert str(refused.value) == "The measure has not ended; a final report is made after it ends."
    assert not out.exists()
    assert export_entries(services, trainee.participant_id) == []


def test_the_final_report_covers_the_whole_measure_and_gives_the_end_reason(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    end_measure(services, trainee, date(2026, 11, 20))
    path = services.nav_reports.render_final_report(
        trainee.coach, trainee.participant_id, "nb", tmp_path / "slutt.pdf", summary=SUMMARY
    )
    text = flat(path)
    assert "Sluttrapport" in text and "Åse Ødegård" in text
    assert "Tiltaksperiode 01.09.2026–20.11.2026 (avsluttet)" in text
    assert "Sluttårsak Fikk jobb" in text
    assert "Oppmøte i tiltaksperioden" in text
    assert "Rapportperiode" not in text
    # Every open day from 1 September to the end day is registered; two absences.
    counted = services.read(
        lambda app: app.attendance.counted_days(
            1, trainee.participant_id, date(2026, 9, 1), date(2026, 11, 20)
        )
    ).value
    present = len(counted) - 2
    rate = f"{present / len(counted) * 100:.1f} %".replace(".", ",")
    assert re.search(rf"{FIGURES_NB} Oppmøte {present} [\d,]+ 1 1 {rate}", text)
    assert "Dager uten registrering" not in text
    assert "Kompetansemål Ved start Ved slutt Målnivå" in text
    assert "Vasker hender etter fast rutine" in text and "Åse har kommet godt i gang" in text
    assert_nothing_private(path)
    assert_footers(path)
    assert_only_embedded_dejavu(path)
    assert export_entries(services, trainee.participant_id) == [
        ("export", "NAV final report 2026-09-01..2026-11-20")
    ]

    english = services.nav_reports.render_final_report(
        trainee.coach, trainee.participant_id, "en", tmp_path / "final.pdf"
    )
    assert "End reason Got a job" in flat(english)
    assert "(ended)" in flat(english)


# --- the monthly attendance summary ------------------------------------------------------------------


def test_the_attendance_month_pdf_lists_every_counted_day_without_reasons(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    path = services.nav_reports.render_attendance_month(
        trainee.coach, trainee.participant_id, date(2026, 11, 1), "nb", tmp_path / "oppmote.pdf"
    )
    text = flat(path)
    assert "Oppmøte november 2026" in text and "Åse Ødegård" in text
    assert "16.11.2026 Mandag Gyldig fravær" in text
    assert "17.11.2026 Tirsdag Ugyldig fravær" in text
    assert "04.11.2026 Onsdag Til stede 4,25" in text
    assert "02.11.2026 Mandag Til stede 6,5" in text
    assert "25.11.2026 Onsdag —" in text  # today: counted, nothing registered yet
    assert "26.11.2026" not in text  # after today
    assert "01.11.2026" not in text  # a Sunday
    assert "Totalt 93" in text
    assert f"Sammendrag {FIGURES_NB} Dager uten registrering Oppmøte 15 93 1 1 1 88,2 %" in text
    assert_nothing_private(path)
    assert_footers(path)
    assert_only_embedded_dejavu(path)
    assert export_entries(services, trainee.participant_id) == [("export", "attendance 2026-11 PDF")]


def test_the_attendance_month_csv(services: AppServices, trainee: Trainee, tmp_path: Path) -> None:
    path = services.nav_reports.export_attendance_csv(
        trainee.coach, trainee.participant_id, date(2026, 11, 1), tmp_path / "oppmote.csv"
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert b"legetime" not in raw and b"steglister" not in raw
    days, totals = raw.decode("utf-8-sig").split("\r\n\r\n")
    rows = list(csv.reader(io.StringIO(days), delimiter=";"))
    pid = str(trainee.participant_id)
    assert rows[0] == ["participant_id", "month", "date", "status", "hours"]
    assert rows[1] == [pid, "2026-11", "2026-11-02", "present", "6.5"]
    assert [pid, "2026-11", "2026-11-04", "present", "4.25"] in rows
    assert [pid, "2026-11", "2026-11-16", "excused", ""] in rows
    assert [pid, "2026-11", "2026-11-17", "unexcused", ""] in rows
    assert rows[-1] == [pid, "2026-11", "2026-11-25", "unregistered", ""]
    assert len(rows) == 1 + 18
    summary = list(csv.reader(io.StringIO(totals), delimiter=";"))
    assert summary == [
        [
            "participant_id",
            "month",
            "present_days",
            "hours",
            "excused_days",
            "unexcused_days",
            "unregistered_days",
            "rate",
        ],
        [pid, "2026-11", "15", "93", "1", "1", "1", "0.8824"],
    ]
    assert export_entries(services, trainee.participant_id) == [("export", "attendance 2026-11 CSV")]


def test_a_month_before_the_measure_has_no_counted_days(
    services: AppServices, trainee: Trainee, tmp_path: Path
) -> None:
    path = services.nav_reports.render_attendance_month(
        trainee.coach, trainee.participant_id, date(2026, 8, 1), "en", tmp_path / "august.pdf"
    )
    text = flat(path)
    assert "Attendance August 2026" in text
    assert "No day counts this month" in text
    assert "Attendance 0 0 0 0 –" in text  # no rate without a counted day
    assert_footers(path, FOOTER_EN)


def test_every_page_of_a_long_plan_is_numbered(services: AppServices, tmp_path: Path) -> None:
    """A plan with a goal from every area runs over several pages; the table's header repeats."""
    trainee = build_trainee(services, absences=False)
    areas = services.read(lambda app: app.competence.framework(trainee.coach)).value
    for area in areas:
        for goal in area.goals[:3]:
            services.write(
                lambda app, g=goal.id: app.plans.add_goal(
                    trainee.coach, trainee.participant_id, PlanGoalInput(g, target_level=3, tasks="Diverse")
                )
            )
    path = _status(services, trainee, tmp_path / "long.pdf", summary=SUMMARY * 8)
    texts = page_texts(path)
    assert len(texts) >= 3
    assert_footers(path)
    assert sum("Kompetansemål Ved start Nå Målnivå" in t.replace("\n", " ") for t in texts) >= 2
    assert_nothing_private(path)


def test_the_report_days_count_up_to_today(services: AppServices, trainee: Trainee) -> None:
    """A period ending today counts today as a day not registered yet: 23 and 24 November
    registered, today not yet. A period reaching past today is refused (see
    tests/integration/test_nav_report_period.py)."""
    data = services.nav_reports.report_data(
        trainee.coach,
        ReportKind.STATUS,
        trainee.participant_id,
        "nb",
        "",
        date(2026, 11, 23),
        date(2026, 11, 25),
    )
    counted = data.attendance
    assert (counted.present_days, counted.unregistered_days, counted.hours) == (2, 1, Decimal(13))


def test_a_month_of_23_weekdays_fits_on_one_page(tmp_path: Path) -> None:
    """The monthly summary is one sheet of paper, however many weekdays the month has."""
    days = [date(2027, 3, 1) + timedelta(days=i) for i in range(31)]
    weekdays = [day for day in days if day.weekday() < 5]
    assert len(weekdays) == 23
    rows = tuple(AttendanceDayRow(day, AttendanceStatus.PRESENT, Decimal("7.25")) for day in weekdays[:-3])
    rows += tuple(AttendanceDayRow(day, None, None) for day in weekdays[-3:])
    data = AttendanceMonthData(
        language="nb",
        site_name="Rådhuskantina",
        participant_id=1,
        participant_name="Muhammad Abdirahman Warsame-Johannessen",
        measure_name="Arbeidsforberedende trening (AFT)",
        coach_name="Kari-Anne Østby Haugland",
        month=date(2027, 3, 1),
        days=rows,
        totals=AttendanceTotals(20, Decimal("145"), 0, 0, 3),
        generated_at=datetime(2027, 3, 31, 12, tzinfo=UTC),
        author="Kari-Anne Østby Haugland",
    )
    for language in ("nb", "en"):
        out = render_attendance_month(data, nav_report_labels(language), tmp_path / f"{language}.pdf")
        assert len(PdfReader(out).pages) == 1, language


def _report(**changes: Any) -> NavReportData:
    data = NavReportData(
        kind=ReportKind.STATUS,
        language="nb",
        site_name="Rådhuskantina",
        participant_id=7,
        participant_name="Åse Ødegård",
        measure_name="Varig tilrettelagt arbeid (VTA)",
        measure_start=date(2026, 1, 5),
        measure_end=date(2027, 1, 4),
        ended=False,
        participation_percent=50,
        coach_name=None,
        period_first=date(2026, 7, 1),
        period_last=date(2026, 12, 31),
        attendance=AttendanceTotals(0, Decimal(0), 0, 0, 0),
        tasks=(),
        goals=(),
        summary="Bra < forventet & <b>mer</b> enn før.\nNy linje.",
        end_reason=None,
        generated_at=datetime(2026, 12, 31, 12, tzinfo=UTC),
        author="Jonas Berg",
    )
    return replace(data, **changes)


def test_an_empty_plan_and_markup_in_the_summary(tmp_path: Path) -> None:
    path = render_nav_report(_report(), nav_report_labels("nb"), tmp_path / "tom.pdf")
    text = flat(path)
    assert "Jobbkonsulent Ikke tildelt" in text
    assert "Ingen stasjoner eller oppgaver er ført i opplæringsplanen." in text
    assert "Opplæringsplanen har ingen mål." in text
    assert "Bra < forventet & <b>mer</b> enn før. Ny linje." in text  # the coach's words, as written
    assert "Oppmøte 0 0 0 0 –" in text
    assert_footers(path)


def test_a_name_in_arabic_script_is_written_in_its_own_font(tmp_path: Path) -> None:
    """The title block writes the name with the Arabic font; the page header (DejaVu only)
    leaves the name out rather than print empty boxes."""
    name = "أحمد Rahimi"
    path = render_nav_report(_report(participant_name=name), nav_report_labels("nb"), tmp_path / "ar.pdf")
    reader = PdfReader(path)
    assert reader.metadata is not None and reader.metadata.title == "Statusrapport"
    text = flat(path)
    assert "Rahimi" in text and "Statusrapport – " not in text
    fonts = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for font_ref in resources["/Font"].values():
            font = font_ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            fonts.add(str(font["/BaseFont"]))
    assert any("NotoSansArabic" in font for font in fonts), fonts
