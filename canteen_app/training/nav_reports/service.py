"""NAV reports (T5) and the monthly attendance summary (T4) as documents.

Each document is read in one transaction that also writes its audit entry (an export of the
participant's data, with the participant's id and what was exported, never a name); the PDF
or CSV is then laid out and written outside the transaction. reportlab and the fonts load
with the first document, not at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from canteen_app.access import Actor, Permission, require
from canteen_app.core.dates import month_bounds
from canteen_app.core.files import check_output_path
from canteen_app.core.progress import ProgressSink
from canteen_app.db.service import Clock, Service, writes
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
    clean_summary,
)
from canteen_app.training.participants.dto import ParticipantDetails
from canteen_app.training.participants.nav import MEASURE_RULES, NavMeasure
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.plans.dto import TrainingPlan
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
    ) -> Path:
        """The status report of [first, last] with the coach's `summary`, as a PDF."""
        from canteen_app.training.nav_reports.nav_report import render_nav_report
        from canteen_app.training.nav_reports.nav_report_labels import nav_report_labels

        check_language(language)
        check_period(first, last)
        text = clean_summary(summary)
        out_path = check_output_path(out_path)
        data = self.report_data(actor, ReportKind.STATUS, participant_id, language, text, first, last)
        return render_nav_report(data, nav_report_labels(language), out_path, progress)

    def render_final_report(
        self,
        actor: Actor,
        participant_id: int,
        language: str,
        out_path: Path,
        progress: ProgressSink | None = None,
        *,
        summary: str = "",
    ) -> Path:
        """The final report (sluttrapport) of an ended measure, as a PDF; MeasureNotEndedError
        while the measure runs."""
        from canteen_app.training.nav_reports.nav_report import render_nav_report
        from canteen_app.training.nav_reports.nav_report_labels import nav_report_labels

        check_language(language)
        text = clean_summary(summary)
        out_path = check_output_path(out_path)
        data = self.report_data(actor, ReportKind.FINAL, participant_id, language, text)
        return render_nav_report(data, nav_report_labels(language), out_path, progress)

    @writes
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
        """What the report shows (the status report's period is [first, last]; the final
        report's the whole measure); logged as an export of the participant's data."""
        check_language(language)
        details = self._details(actor, participant_id)
        if kind is ReportKind.FINAL:
            if details.ended_on is None:
                raise MeasureNotEndedError()
            first, last = details.measure_start, details.ended_on
        elif first is None or last is None:
            raise ValueError("a status report needs its period")
        check_period(first, last)
        plan = self._plans.plan_for_report(participant_id)
        attendance = self._attendance.summary(actor.site_id, participant_id, first, last, coach=False)
        what = "NAV final report" if kind is ReportKind.FINAL else "NAV status report"
        self._audit.record(actor, AuditAction.EXPORT, ENTITY, participant_id, f"{what} {first}..{last}")
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
            goals=self._goal_rows(actor, plan, language),
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
        data = self.attendance_month_data(actor, participant_id, month, language, "PDF")
        return render_attendance_month(data, nav_report_labels(language), out_path, progress)

    def export_attendance_csv(self, actor: Actor, participant_id: int, month: date, out_path: Path) -> Path:
        """The month's counted days and totals, as CSV (see attendance_csv.py)."""
        from canteen_app.training.nav_reports.attendance_csv import write_attendance_csv

        out_path = check_output_path(out_path)
        data = self.attendance_month_data(actor, participant_id, month, "nb", "CSV")
        return write_attendance_csv(out_path, data)

    @writes
    def attendance_month_data(
        self, actor: Actor, participant_id: int, month: date, language: str, file_kind: str = "PDF"
    ) -> AttendanceMonthData:
        """The month's counted days (never an absence reason) and totals; logged as an export."""
        check_language(language)
        details = self._details(actor, participant_id)
        first, last = month_bounds(month)
        summary = self._attendance.summary(actor.site_id, participant_id, first, last, coach=False)
        self._audit.record(
            actor, AuditAction.EXPORT, ENTITY, participant_id, f"attendance {first:%Y-%m} {file_kind}"
        )
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

    # --- helpers -----------------------------------------------------------------------------------

    def _details(self, actor: Actor, participant_id: int) -> ParticipantDetails:
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        return self._participants.for_report(actor, participant_id)

    def _goal_rows(self, actor: Actor, plan: TrainingPlan, language: str) -> tuple[GoalRow, ...]:
        areas = {area.number: area.name(language) for area in self._competence.framework(actor)}
        framework = self._competence.goals(g.competence_goal_id for g in plan.goals if g.competence_goal_id)
        rows = []
        for goal in plan.goals:
            known = framework.get(goal.competence_goal_id) if goal.competence_goal_id else None
            rows.append(
                GoalRow(
                    area_number=goal.area_number,
                    area_name=areas.get(goal.area_number, "") if goal.area_number else "",
                    text=known.text(language) if known else goal.text,
                    start_level=goal.start_level,
                    current_level=goal.coach_level,
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
