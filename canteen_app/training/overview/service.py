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
    assessment_due,
    attendance_window,
    ending_attention,
    is_low_attendance,
)
from canteen_app.training.participants.dto import MeasurePeriod, ParticipantRow
from canteen_app.training.participants.nav import NavMeasure
from canteen_app.training.participants.service import ENTITY, ParticipantService
from canteen_app.training.plans.dto import PlanFollowUp
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
        follow_up = self._plans.overdue_and_last_assessed(ids)
        counts = self._attendance.rates(actor.site_id, ids, *attendance_window(today), periods=periods)
        overview = _overview(today, actor.role is not Role.JOB_COACH, people, periods, follow_up, counts)
        self._audit.record(actor, AuditAction.LIST, ENTITY, None, f"overview rows={overview.row_count}")
        return overview


def _overview(
    today: date,
    everyone: bool,
    people: list[ParticipantRow],
    periods: dict[int, MeasurePeriod],
    follow_up: dict[int, PlanFollowUp],
    counts: dict[int, AttendanceCounts],
) -> CoachOverview:
    per_measure = {measure.value: 0 for measure in NavMeasure}
    lists: dict[Attention, list[OverviewRow]] = {attention: [] for attention in Attention}
    for person in people:  # in name order: the lists' ties stay in name order
        measure = person.nav_measure or ""
        per_measure[measure] = per_measure.get(measure, 0) + 1
        # A plain constructor per row: dataclasses.replace costs ten times more, per row of 2,000.
        who = (person.id, person.first_name, person.last_name, measure, person.coach_name)

        end = person.measure_planned_end
        if end is not None:
            ending = ending_attention(end, today)
            if ending is not None:
                lists[ending].append(OverviewRow(*who, attention=ending, day=end, days=(end - today).days))
            if person.past_usual_limit:
                lists[Attention.PAST_LIMIT].append(
                    OverviewRow(*who, attention=Attention.PAST_LIMIT, day=end, limit=person.usual_limit_end)
                )
        plan = follow_up.get(person.id)
        for goal in plan.overdue if plan else ():
            lists[Attention.GOAL_OVERDUE].append(
                OverviewRow(
                    *who,
                    attention=Attention.GOAL_OVERDUE,
                    day=goal.target_date,
                    days=(today - goal.target_date).days,
                    plan_goal_id=goal.plan_goal_id,
                    goal_text_nb=goal.text_nb,
                    goal_text_en=goal.text_en,
                    level=goal.coach_level,
                    target_level=goal.target_level,
                )
            )
        attendance = counts.get(person.id)
        if attendance is not None and is_low_attendance(attendance.rate):
            lists[Attention.LOW_ATTENDANCE].append(
                OverviewRow(
                    *who,
                    attention=Attention.LOW_ATTENDANCE,
                    rate=attendance.rate,
                    counted_days=attendance.counted_days,
                )
            )
        period = periods.get(person.id)
        last = plan.last_coach_assessment if plan else None
        if period is not None and assessment_due(last, period.start, today):
            lists[Attention.NOT_ASSESSED].append(
                OverviewRow(
                    *who,
                    attention=Attention.NOT_ASSESSED,
                    day=last,
                    days=(today - (last or period.start)).days,
                )
            )
    return CoachOverview(
        today=today,
        everyone=everyone,
        caseload=tuple(MeasureCount(measure, count) for measure, count in per_measure.items()),
        ending_very_soon=_sorted(lists[Attention.ENDING_VERY_SOON], _by_day),
        ending_soon=_sorted(lists[Attention.ENDING_SOON], _by_day),
        past_limit=_sorted(lists[Attention.PAST_LIMIT], _by_day),
        goals_overdue=_sorted(lists[Attention.GOAL_OVERDUE], _by_day),
        low_attendance=_sorted(lists[Attention.LOW_ATTENDANCE], lambda row: row.rate or 0.0),
        # Never assessed first, then the longest ago.
        not_assessed=_sorted(lists[Attention.NOT_ASSESSED], lambda row: (row.day is not None, _by_day(row))),
    )


def _by_day(row: OverviewRow) -> date:
    return row.day or date.min


def _sorted(rows: list[OverviewRow], key: Callable[[OverviewRow], Any]) -> tuple[OverviewRow, ...]:
    """Sorted by `key`; ties keep the caseload's name order."""
    return tuple(sorted(rows, key=key))
