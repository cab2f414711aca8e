"""The coach's overview (T7), a job coach's start page: their caseload per NAV measure, and who
needs attention: measures ending soon or planned past their usual limit, goals overdue,
attendance under 80 % over the last four weeks, no coach assessment for 30 days.

It reads everyone at once: a handful of queries for the whole caseload (the register, the
plans' overdue goals and latest assessments, the attendance counted by the database), never
one per participant, so 2,000 participants stay well within the page's 300 ms. Opening it is
a view of participant data: one LIST entry in the audit log, not one per row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from canteen_app.access import Actor, Permission, Role, require
from canteen_app.core.dates import local_day
from canteen_app.db.service import Clock, Service, writes
from canteen_app.db.unit_of_work import Database
from canteen_app.platform.audit.rules import AuditAction
from canteen_app.platform.audit.service import AuditService
from canteen_app.training.attendance.dto import AttendanceCounts
from canteen_app.training.attendance.service import AttendanceService
from canteen_app.training.overview.dto import CoachOverview, MeasureCount, OverviewRow
from canteen_app.training.overview.rules import (
    Attention,
    assessment_due_since,
    attendance_window,
    ending_attention,
    is_low_attendance,
)
from canteen_app.training.participants.dto import MeasurePeriod, ParticipantRow
from canteen_app.training.participants.nav import NavMeasure
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.plans.dto import OverdueGoal
from canteen_app.training.plans.service import PlanService

__all__ = ["OverviewService"]


class OverviewService(Service):
    def __init__(
        self,
        db: Database,
        clock: Clock,
        participants: ParticipantService,
        plans: PlanService,
        attendance: AttendanceService,
        audit: AuditService,
    ) -> None:
        super().__init__(db, clock)
        self._participants = participants
        self._plans = plans
        self._attendance = attendance
        self._audit = audit

    @writes
    def overview(self, actor: Actor) -> CoachOverview:
        """The actor's caseload (a job coach's own participants; an administrator's: everyone on
        the site) and who needs attention. Logged as one list view."""
        require(actor, Permission.VIEW_PARTICIPANT_DETAILS)
        today = local_day(self.now())
        people = self._participants.caseload(actor)
        ids = [person.id for person in people]
        periods = self._participants.periods(actor.site_id, ids)
        overdue = self._plans.overdue_goals(ids)
        last_assessed = self._plans.last_coach_assessments(ids)
        counts = self._attendance.rates(actor.site_id, ids, *attendance_window(today), periods=periods)
        overview = _overview(
            today, actor.role is not Role.JOB_COACH, people, periods, overdue, last_assessed, counts
        )
        self._audit.record(actor, AuditAction.LIST, ENTITY, None, f"overview rows={overview.row_count}")
        return overview


def _overview(
    today: date,
    everyone: bool,
    people: list[ParticipantRow],
    periods: dict[int, MeasurePeriod],
    overdue: list[OverdueGoal],
    last_assessed: dict[int, date],
    counts: dict[int, AttendanceCounts],
) -> CoachOverview:
    """The lists, from what was read: per participant a few comparisons of dates, and a row for
    each list they are in (for 2,000 participants, up to 2,000 in "no assessment" alone: built
    with a plain positional constructor)."""
    per_measure = {measure.value: 0 for measure in NavMeasure}
    ending_very_soon: list[OverviewRow] = []
    ending_soon: list[OverviewRow] = []
    past_limit: list[OverviewRow] = []
    low_attendance: list[OverviewRow] = []
    not_assessed: list[OverviewRow] = []
    goals_of: dict[int, list[OverdueGoal]] = {}
    for goal in overdue:  # by target date: each participant's goals stay in that order
        goals_of.setdefault(goal.participant_id, []).append(goal)
    goals_overdue: list[OverviewRow] = []
    low = {pid for pid, attendance in counts.items() if is_low_attendance(attendance.rate)}
    due_since = assessment_due_since(today)  # last assessed (or started) on or before: due
    for person in people:  # in name order: the lists' ties stay in name order
        pid = person.id
        measure = person.nav_measure or ""
        per_measure[measure] = per_measure.get(measure, 0) + 1
        first, last_name, coach = person.first_name, person.last_name, person.coach_name
        end = person.measure_planned_end
        if end is not None:
            ending = ending_attention(end, today)
            if ending is not None:
                row = OverviewRow(pid, first, last_name, measure, coach, ending, end, (end - today).days)
                (ending_very_soon if ending is Attention.ENDING_VERY_SOON else ending_soon).append(row)
            limit = person.usual_limit_end
            if limit is not None and end > limit:  # ParticipantRow.past_usual_limit
                past_limit.append(
                    OverviewRow(pid, first, last_name, measure, coach, Attention.PAST_LIMIT, end, None, limit)
                )
        for goal in goals_of.get(pid, ()):
            goals_overdue.append(
                OverviewRow(
                    *(pid, first, last_name, measure, coach, Attention.GOAL_OVERDUE),
                    day=goal.target_date,
                    days=(today - goal.target_date).days,
                    plan_goal_id=goal.plan_goal_id,
                    goal_text_nb=goal.text_nb,
                    goal_text_en=goal.text_en,
                    level=goal.coach_level,
                    target_level=goal.target_level,
                )
            )
        if pid in low:
            attendance = counts[pid]
            low_attendance.append(
                OverviewRow(
                    *(pid, first, last_name, measure, coach, Attention.LOW_ATTENDANCE),
                    rate=attendance.rate,
                    counted_days=attendance.counted_days,
                )
            )
        period = periods.get(pid)
        if period is not None:
            assessed = last_assessed.get(pid)
            since = assessed or period.start
            if since <= due_since:  # assessment_due(assessed, period.start, today)
                days = (today - since).days
                not_assessed.append(
                    OverviewRow(pid, first, last_name, measure, coach, Attention.NOT_ASSESSED, assessed, days)
                )
    return CoachOverview(
        today=today,
        everyone=everyone,
        caseload=tuple(MeasureCount(measure, count) for measure, count in per_measure.items()),
        ending_very_soon=_sorted(ending_very_soon, _by_day),
        ending_soon=_sorted(ending_soon, _by_day),
        past_limit=_sorted(past_limit, _by_day),
        goals_overdue=_sorted(goals_overdue, _by_day),
        low_attendance=_sorted(low_attendance, lambda row: row.rate or 0.0),
        # Never assessed first, then the longest ago.
        not_assessed=_sorted(not_assessed, lambda row: (row.day is not None, _by_day(row))),
    )


def _by_day(row: OverviewRow) -> date:
    return row.day or date.min


def _sorted(rows: list[OverviewRow], key: Callable[[OverviewRow], Any]) -> tuple[OverviewRow, ...]:
    """Sorted by `key`; ties keep the caseload's name order."""
    return tuple(sorted(rows, key=key))
