"""NAV reports (T5) and the monthly attendance summary (T4) as documents.

As the kitchen's menu prints: a document's content is read in one read transaction, the PDF
or CSV is laid out and written outside it (atomically: under its name only when complete),
and only then is the export logged, in a short write transaction of its own (the
participant's id and what was exported, never a name). A cancelled or failed render leaves
neither a file nor an entry; a file whose entry cannot be written is removed again, so no
document leaves unlogged. The render methods are called outside an action's transaction (the
UI's `ops.render`, the command line), so that the entry is committed when they return.
reportlab and the fonts load with the first document, not at start-up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

from canteen_app.access import Actor, Permission, require
from canteen_app.core.dates import local_day, month_bounds
from canteen_app.core.files import check_output_path
from canteen_app.core.progress import ProgressSink
from canteen_app.db.service import Clock, Service, reads, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.platform.sites.service import SiteService
from canteen_app.training.attendance.dto import MonthSummary
from canteen_app.training.attendance.service import AttendanceService
from canteen_app.training.competence.service import CompetenceService
from canteen_app.training.nav_reports.dto import (
    AttendanceDayRow,
    AttendanceMonthData,
    AttendanceTotals,
    GoalRow,
    NavReportData,
    ReportKind,
)
from canteen_app.training.nav_reports.rules import (
    MeasureNotEndedError,
    check_language,
    check_period,
    check_status_period,
    clean_summary,
    levels_as_of,
)
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.nav import MEASURE_RULES, NavMeasure
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.plans.dto import AssessmentInfo, TrainingPlan
from canteen_app.training.plans.rules import AssessmentKind
from canteen_app.training.plans.service import PlanService


class NavReportService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        plans: PlanService,
        attendance: AttendanceService,
        competence: CompetenceService,
        sites: SiteService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._plans = plans
        self._attendance = attendance
        self._competence = competence
        self._sites = sites
        self._audit = audit

    # --- the NAV reports -------------------------------------------------------------------------

    def render_status_report(
        self,
        actor: Actor,
        participant_id: int,
        first: date,
        last: date,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
        *,
        summary: str = "",
        preview: bool = False,
    ) -> Path:
        """The status report of [first, last] with the coach's `summary`, as a PDF; ValidationError
        (before anything is written or logged) unless the period lies within the measure and
        ends by today (`rules.check_status_period`). `preview`: the file is made to be shown on
        screen (a temporary file), and the audit entry says so."""
        from canteen_app.training.nav_reports.nav_report import render_nav_report
        from canteen_app.training.nav_reports.nav_report_labels import nav_report_labels

        check_language(language)
        check_period(first, last)
        text = clean_summary(summary)
        out_path = check_output_path(out_path)
        data = self.report_data(actor, ReportKind.STATUS, participant_id, language, text, first, last)
        written = render_nav_report(data, nav_report_labels(language), out_path, progress)
        return self._logged(actor, participant_id, _report_detail(data, preview), written)

    def render_final_report(
        self,
        actor: Actor,
        participant_id: int,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
        *,
        summary: str = "",
        preview: bool = False,
    ) -> Path:
        """The final report (sluttrapport) of an ended measure, as a PDF; MeasureNotEndedError
        while the measure runs. `preview` as in `render_status_report`."""
        from canteen_app.training.nav_reports.nav_report import render_nav_report
        from canteen_app.training.nav_reports.nav_report_labels import nav_report_labels

        check_language(language)
        text = clean_summary(summary)
        out_path = check_output_path(out_path)
        data = self.report_data(actor, ReportKind.FINAL, participant_id, language, text)
        written = render_nav_report(data, nav_report_labels(language), out_path, progress)
        return self._logged(actor, participant_id, _report_detail(data, preview), written)

    @reads
    def report_data(
        self,
        actor: Actor,
        kind: ReportKind,
        participant_id: int,
        language: str,
        summary: str,
        first: date | None = None,
        last: date | None = None,
    ) -> NavReportData:
        """What the report shows (the status report's period is [first, last], refused unless it
        lies within the measure and ends by today; the final report's the whole measure), each
        goal's levels as of the period's last day (the day the measure ended). Not logged here:
        the render methods log the export once the file is written; another caller logs its own
        use of the data."""
        check_language(language)
        details = self._details(actor, participant_id)
        if kind is ReportKind.FINAL:
            if details.ended_on is None:
                raise MeasureNotEndedError()
            first, last = details.measure_start, details.ended_on
        elif first is None or last is None:
            raise ValueError("a status report needs its period")
        else:
            check_status_period(
                first,
                last,
                details.measure_start,
                details.ended_on or details.measure_planned_end,
                details.ended_on is not None,
                local_day(self.now()),
            )
        check_period(first, last)
        plan = self._plans.plan_for_report(participant_id)
        assessments = self._plans.assessments_for_report(participant_id)
        attendance = self._attendance.summary(actor.site_id, participant_id, first, last, coach=False)
        return NavReportData(
            kind=kind,
            language=language,
            site_name=self._sites.name(actor.site_id),
            participant_id=participant_id,
            participant_name=details.full_name,
            measure_name=_measure_name(details.nav_measure),
            measure_start=details.measure_start,
            measure_end=details.ended_on or details.measure_planned_end,
            ended=details.ended_on is not None,
            participation_percent=details.participation_percent,
            coach_name=details.coach_name,
            period_first=first,
            period_last=last,
            attendance=_totals(attendance),
            tasks=_tasks(goal.tasks for goal in plan.goals),
            goals=self._goal_rows(actor, plan, _coach_levels(assessments), last, language),
            summary=summary,
            end_reason=details.end_reason if kind is ReportKind.FINAL else None,
            generated_at=self.now(),
            author=actor.name,
        )

    # --- the monthly attendance summary ------------------------------------------------------------

    def render_attendance_month(
        self,
        actor: Actor,
        participant_id: int,
        month: date,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
    ) -> Path:
        """The month's counted days and totals, as a PDF."""
        from canteen_app.training.nav_reports.attendance_report import render_attendance_month
        from canteen_app.training.nav_reports.nav_report_labels import nav_report_labels

        check_language(language)
        out_path = check_output_path(out_path)
        data = self.attendance_month_data(actor, participant_id, month, language)
        written = render_attendance_month(data, nav_report_labels(language), out_path, progress)
        return self._logged(actor, participant_id, f"attendance {data.month:%Y-%m} PDF", written)

    def export_attendance_csv(self, actor: Actor, participant_id: int, month: date, out_path: Path) -> Path:
        """The month's counted days and totals, as CSV (see attendance_csv.py)."""
        from canteen_app.training.nav_reports.attendance_csv import write_attendance_csv

        out_path = check_output_path(out_path)
        data = self.attendance_month_data(actor, participant_id, month, "nb")
        written = write_attendance_csv(out_path, data)
        return self._logged(actor, participant_id, f"attendance {data.month:%Y-%m} CSV", written)

    @reads
    def attendance_month_data(
        self, actor: Actor, participant_id: int, month: date, language: str
    ) -> AttendanceMonthData:
        """The month's counted days (never an absence reason) and totals. Not logged here (see
        `report_data`)."""
        check_language(language)
        details = self._details(actor, participant_id)
        first, last = month_bounds(month)
        summary = self._attendance.summary(actor.site_id, participant_id, first, last, coach=False)
        return AttendanceMonthData(
            language=language,
            site_name=self._sites.name(actor.site_id),
            participant_id=participant_id,
            participant_name=details.full_name,
            measure_name=_measure_name(details.nav_measure),
            coach_name=details.coach_name,
            month=first,
            days=tuple(AttendanceDayRow(entry.day, entry.status, entry.hours) for entry in summary.days),
            totals=_totals(summary),
            generated_at=self.now(),
            author=actor.name,
        )

    # --- the audit entry, once the file exists ------------------------------------------------------

    @writes
    def record_export(self, actor: Actor, participant_id: int, detail: str) -> None:
        """Log that a document with the participant's data was written (`detail`: which one,
        never a name or a value from it)."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        self._audit.record(actor, AuditAction.EXPORT, ENTITY, participant_id, detail)

    def _logged(self, actor: Actor, participant_id: int, detail: str, written: Path) -> Path:
        """`written` once its export is logged; a file whose entry could not be committed is
        removed again (no document leaves unlogged), and the failure raised."""
        try:
            self.record_export(actor, participant_id, detail)
        except BaseException:
            with contextlib.suppress(OSError):
                written.unlink()
            raise
        return written

    # --- helpers -----------------------------------------------------------------------------------

    def _details(self, actor: Actor, participant_id: int) -> ParticipantDetails:
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        return self._participants.for_report(actor, participant_id)

    def _goal_rows(
        self,
        actor: Actor,
        plan: TrainingPlan,
        assessed: Mapping[int, list[tuple[date, int]]],
        as_of: date,
        language: str,
    ) -> tuple[GoalRow, ...]:
        areas = {area.number: area.name(language) for area in self._competence.framework(actor)}
        framework = self._competence.goals(g.competence_goal_id for g in plan.goals if g.competence_goal_id)
        rows = []
        for goal in plan.goals:
            known = framework.get(goal.competence_goal_id) if goal.competence_goal_id else None
            start_level, current_level = levels_as_of(assessed.get(goal.id, ()), as_of)
            rows.append(
                GoalRow(
                    area_number=goal.area_number,
                    area_name=areas.get(goal.area_number, "") if goal.area_number else "",
                    text=known.text(language) if known else goal.text,
                    start_level=start_level,
                    current_level=current_level,
                    target_level=goal.target_level,
                    target_date=goal.target_date,
                )
            )
        return tuple(rows)


def _measure_name(measure: str) -> str:
    try:
        return MEASURE_RULES[NavMeasure(measure)].name
    except ValueError:
        return measure


def _report_detail(data: NavReportData, preview: bool = False) -> str:
    """What the audit log says of a NAV report: which one, its period, and "(preview)" when it
    was made to be shown on screen (a temporary file, removed with the preview) rather than
    saved where the user chose. Either is an export: the document was made."""
    what = "NAV final report" if data.kind is ReportKind.FINAL else "NAV status report"
    return f"{what} {data.period_first}..{data.period_last}" + (" (preview)" if preview else "")


def _coach_levels(assessments: Iterable[AssessmentInfo]) -> dict[int, list[tuple[date, int]]]:
    """Per plan goal: its coach assessments as (day, level), in the order they were recorded."""
    levels: dict[int, list[tuple[date, int]]] = {}
    for assessment in assessments:
        if assessment.kind is AssessmentKind.COACH:
            levels.setdefault(assessment.plan_goal_id, []).append((assessment.assessed_on, assessment.level))
    return levels


def _totals(summary: MonthSummary) -> AttendanceTotals:
    return AttendanceTotals(
        present_days=summary.present_days,
        hours=summary.hours,
        excused_days=summary.excused_days,
        unexcused_days=summary.unexcused_days,
        unregistered_days=summary.unregistered_days,
    )


def _tasks(texts: Iterable[str]) -> tuple[str, ...]:
    """Every line of the goals' tasks once, in plan order (the same task in two goals is one)."""
    seen: set[str] = set()
    tasks = []
    for block in texts:
        for line in block.splitlines():
            task = line.strip().lstrip("-•*").strip()
            if task and task.casefold() not in seen:
                seen.add(task.casefold())
                tasks.append(task)
    return tuple(tasks)
