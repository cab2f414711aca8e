"""The coach's overview (T7) on SQLite and PostgreSQL: the caseload per measure, and who needs
attention (measures ending or past their limit, goals overdue, low attendance, no assessment),
read in a fixed handful of queries however large the caseload, and logged as one list view."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices, database_of
from canteen_app.core.errors import NotAuthorizedError
from canteen_app.platform.audit.models import AuditEntry
from canteen_app.training.attendance.rules import AttendanceStatus, DayInput
from canteen_app.training.overview.dto import CoachOverview
from canteen_app.training.participants.nav import EndReason
from canteen_app.training.plans.rules import AssessmentInput, PlanGoalInput
from tests.helpers import SYSTEM, db_session, make_user, participant_input

TODAY = date(2026, 11, 25)  # the FakeClock's Wednesday


@pytest.fixture
def coach(services: AppServices) -> Actor:
    return make_user(services, "Jonas Berg", Role.JOB_COACH)


@pytest.fixture
def other_coach(services: AppServices) -> Actor:
    return make_user(services, "Amina Hassan", Role.JOB_COACH, "975310")


def _add(services: AppServices, coach: Actor, first: str, **values: object) -> int:
    data = participant_input(coach.user_id, first_name=first, last_name="Testesen", **values)
    return services.write(lambda app: app.participants.create(coach, data)).value.id


def _goal(services: AppServices, coach: Actor, participant_id: int, code: str, **values: Any) -> int:
    areas = services.read(lambda app: app.competence.framework(coach)).value
    goal_id = next(goal.id for area in areas for goal in area.goals if goal.code == code)
    data = PlanGoalInput(goal_id, **values)
    return services.write(lambda app: app.plans.add_goal(coach, participant_id, data)).value.id


def _assess(services: AppServices, coach: Actor, plan_goal_id: int, level: int, on: date) -> None:
    data = AssessmentInput(plan_goal_id, level, on, "Observert på oppvasken.")
    services.write(lambda app: app.plans.assess(coach, data))


def _overview(services: AppServices, actor: Actor) -> CoachOverview:
    return services.write(lambda app: app.overview.overview(actor)).value


def _names(rows: tuple[Any, ...]) -> list[str]:
    return [row.first_name for row in rows]


def test_the_overview_lists_who_needs_attention_and_why(
    services: AppServices, coach: Actor, other_coach: Actor
) -> None:
    # Runs from last December; its usual year ends 2026-12-01, the planned end is in 20 days.
    ending = _add(
        services, coach, "Snart", measure_start=date(2025, 12, 1), measure_planned_end=date(2026, 12, 15)
    )
    _add(services, coach, "Senere", measure_start=date(2026, 3, 1), measure_planned_end=date(2027, 1, 9))
    _add(
        services,
        coach,
        "Forbi",  # follow-up measures usually last 6 months: 2026-09-01 + 6 = 2027-03-01
        nav_measure="oppfolging",
        measure_start=date(2026, 9, 1),
        measure_planned_end=date(2027, 6, 30),
    )
    late = _add(services, coach, "Mål")
    overdue_goal = _goal(services, coach, late, "A01.1", target_level=3, target_date=date(2026, 11, 1))
    reached = _goal(services, coach, late, "A01.2", target_level=2, target_date=date(2026, 11, 1))
    _goal(services, coach, late, "A02.1", target_level=4, target_date=date(2027, 3, 1))  # not yet due
    _assess(services, coach, overdue_goal, 1, date(2026, 10, 1))
    _assess(services, coach, overdue_goal, 2, date(2026, 11, 20))
    _assess(services, coach, reached, 2, date(2026, 11, 20))
    absent = _add(services, coach, "Borte")
    # Three days present, two unexcused, in the last four weeks: 60 %.
    for day, status in (
        (date(2026, 11, 16), AttendanceStatus.PRESENT),
        (date(2026, 11, 17), AttendanceStatus.UNEXCUSED),
        (date(2026, 11, 18), AttendanceStatus.PRESENT),
        (date(2026, 11, 19), AttendanceStatus.UNEXCUSED),
        (date(2026, 11, 20), AttendanceStatus.PRESENT),
        (date(2026, 10, 20), AttendanceStatus.UNEXCUSED),  # before the four weeks: not counted
    ):
        hours = Decimal(6) if status is AttendanceStatus.PRESENT else None
        entry = DayInput(day, status, hours)
        services.write(lambda app, entry=entry: app.attendance.record_day(coach, absent, entry))
    goal_of_absent = _goal(services, coach, absent, "A01.1")
    _assess(services, coach, goal_of_absent, 2, date(2026, 10, 1))  # 55 days ago
    fresh = _add(services, coach, "Ny", measure_start=date(2026, 11, 10))  # not yet due an assessment
    _add(services, other_coach, "Annen")  # another coach's caseload
    gone = _add(
        services, coach, "Ferdig", measure_start=date(2026, 1, 5), measure_planned_end=date(2026, 12, 1)
    )
    details = services.write(lambda app: app.participants.get(coach, gone)).value
    services.write(
        lambda app: app.participants.end_measure(coach, gone, details.version, TODAY, EndReason.GOT_JOB.value)
    )

    overview = _overview(services, coach)

    assert overview.today == TODAY and not overview.everyone
    counts = {count.nav_measure: count.count for count in overview.caseload}
    assert counts["arbeidstrening"] == 5 and counts["oppfolging"] == 1 and counts["vta"] == 0
    assert overview.participants == 6  # the ended one and the other coach's are not in it
    assert _names(overview.ending_very_soon) == ["Snart"]
    assert (overview.ending_very_soon[0].day, overview.ending_very_soon[0].days) == (date(2026, 12, 15), 20)
    assert overview.ending_very_soon[0].participant_id == ending
    assert _names(overview.ending_soon) == ["Senere"]
    assert _names(overview.past_limit) == ["Snart", "Forbi"]  # Snart's year ended 2026-12-01
    assert overview.past_limit[1].limit == date(2027, 3, 1)
    [goal_row] = overview.goals_overdue
    assert (goal_row.first_name, goal_row.plan_goal_id, goal_row.level, goal_row.target_level) == (
        "Mål",
        overdue_goal,
        2,  # the latest coach level, not the first
        3,
    )
    assert goal_row.day == date(2026, 11, 1) and goal_row.days == 24 and goal_row.goal_text_nb
    [low] = overview.low_attendance
    assert (low.participant_id, low.rate, low.counted_days) == (absent, pytest.approx(0.6), 5)
    not_assessed = {row.first_name: row for row in overview.not_assessed}
    assert "Ny" not in not_assessed and "Mål" not in not_assessed  # started 15 days ago / assessed 5 days ago
    assert not_assessed["Borte"].day == date(2026, 10, 1) and not_assessed["Borte"].days == 55
    assert not_assessed["Snart"].day is None  # never assessed, started long ago
    assert overview.not_assessed[-1].first_name == "Borte"  # never assessed first
    assert fresh not in {row.participant_id for row in overview.not_assessed}

    # An administrator sees everyone's caseload, with the coach of each row.
    everyone = _overview(services, SYSTEM)
    assert everyone.everyone and everyone.participants == 7
    assert {row.coach_name for row in everyone.not_assessed} == {"Jonas Berg", "Amina Hassan"}

    # One list entry per opening, however many rows.
    with db_session(services) as session:
        entries = session.execute(
            select(AuditEntry.actor_name, AuditEntry.detail).where(AuditEntry.action == "list")
        ).all()
    assert entries == [
        ("Jonas Berg", f"overview rows={overview.row_count}"),
        ("test-admin", f"overview rows={everyone.row_count}"),
    ]


def test_a_canteen_manager_has_no_overview(services: AppServices) -> None:
    manager = make_user(services, "Kari Nordmann", Role.CANTEEN_MANAGER, "1234")
    with pytest.raises(NotAuthorizedError):
        _overview(services, manager)


def test_attendance_rates_count_only_the_days_that_count(services: AppServices, coach: Actor) -> None:
    """The bulk counts agree with the monthly summary: a measure that started inside the four
    weeks counts only its own days."""
    started = _add(services, coach, "Start", measure_start=date(2026, 11, 18))
    whole = _add(services, coach, "Hel")
    for participant_id, day, status in (
        (started, date(2026, 11, 18), AttendanceStatus.PRESENT),
        (started, date(2026, 11, 19), AttendanceStatus.EXCUSED),
        (whole, date(2026, 11, 2), AttendanceStatus.PRESENT),
        (whole, date(2026, 11, 3), AttendanceStatus.UNEXCUSED),
    ):
        entry = DayInput(day, status, Decimal(5) if status is AttendanceStatus.PRESENT else None)
        services.write(
            lambda app, pid=participant_id, entry=entry: app.attendance.record_day(coach, pid, entry)
        )
    first, last = date(2026, 10, 29), TODAY
    rates = services.read(lambda app: app.attendance.rates(1, [started, whole], first, last)).value
    for participant_id in (started, whole):
        summary = services.read(
            lambda app, pid=participant_id: app.attendance.summary(1, pid, first, last)
        ).value
        counts = rates[participant_id]
        assert (counts.present_days, counts.excused_days, counts.unexcused_days) == (
            summary.present_days,
            summary.excused_days,
            summary.unexcused_days,
        )
        assert counts.rate == summary.rate == 0.5


@contextmanager
def _statements(services: AppServices) -> Iterator[list[str]]:
    seen: list[str] = []
    engine = database_of(services).engine

    def count(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_the_overview_reads_a_fixed_number_of_queries_however_large_the_caseload(
    services: AppServices, coach: Actor
) -> None:
    def participants_with_plans(count: int) -> None:
        for n in range(count):
            pid = _add(services, coach, f"P{n}", measure_start=TODAY - timedelta(days=40))
            goal = _goal(services, coach, pid, "A01.1", target_level=3, target_date=date(2026, 11, 1))
            _assess(services, coach, goal, 1, date(2026, 11, 2))

    participants_with_plans(2)
    with _statements(services) as few:
        small = _overview(services, coach)
    participants_with_plans(10)
    with _statements(services) as many:
        large = _overview(services, coach)
    assert (len(small.goals_overdue), len(large.goals_overdue)) == (2, 12)
    assert len(many) == len(few) <= 20


def test_the_caseload_queries_of_plans_pick_the_latest_coach_level(
    services: AppServices, coach: Actor
) -> None:
    """`overdue_goals` and `last_coach_assessments` read a whole caseload in one query each: the
    latest coach level decides whether a goal is overdue (not the highest, not the participant's
    own), removed goals are not overdue but their assessments count as assessed, and someone
    with only self-assessments has never been assessed by a coach."""
    areas = services.read(lambda app: app.competence.framework(coach)).value
    framework_goal = areas[0].goals[0]
    lower = _add(services, coach, "Lavere")
    fell_back = _goal(services, coach, lower, "A01.1", target_level=3, target_date=date(2026, 11, 1))
    _assess(services, coach, fell_back, 3, date(2026, 10, 1))
    _assess(services, coach, fell_back, 2, date(2026, 11, 20))  # the latest: below the target again
    reached = _goal(services, coach, lower, "A01.2", target_level=2, target_date=date(2026, 11, 1))
    _assess(services, coach, reached, 2, date(2026, 11, 10))
    services.write(lambda app: app.plans.self_assess(coach, lower, {fell_back: 4}))  # today, their own
    free = _add(services, coach, "Fri")
    free_goal = PlanGoalInput(None, "Møter presis", target_level=2, target_date=date(2026, 11, 24))
    free_id = services.write(lambda app: app.plans.add_goal(coach, free, free_goal)).value.id
    gone = _goal(services, coach, free, "A01.3", target_level=4, target_date=date(2026, 10, 1))
    _assess(services, coach, gone, 1, date(2026, 11, 23))
    services.write(lambda app: app.plans.remove_goal(coach, gone))
    own_only = _add(services, coach, "Selv")
    own_goal = _goal(services, coach, own_only, "A02.1", target_level=2, target_date=date(2027, 1, 4))
    services.write(lambda app: app.plans.self_assess(coach, own_only, {own_goal: 1}))
    never = _add(services, coach, "Aldri")
    ids = [lower, free, own_only, never]

    overdue = services.read(lambda app: app.plans.overdue_goals(ids)).value
    last = services.read(lambda app: app.plans.last_coach_assessments(ids)).value

    assert [(g.plan_goal_id, g.participant_id, g.coach_level, g.target_level) for g in overdue] == [
        (fell_back, lower, 2, 3),  # target date 2026-11-01 comes first
        (free_id, free, None, 2),
    ]
    assert overdue[0].text_nb == framework_goal.text_nb and overdue[0].text_en == framework_goal.text_en
    assert overdue[1].text_nb == overdue[1].text_en == "Møter presis"
    assert last == {lower: date(2026, 11, 20), free: date(2026, 11, 23)}
    # The per-participant form gives the same.
    follow_up = services.read(lambda app: app.plans.overdue_and_last_assessed(ids)).value
    assert {
        pid: (tuple(g.plan_goal_id for g in f.overdue), f.last_coach_assessment)
        for pid, f in follow_up.items()
    } == {
        lower: ((fell_back,), date(2026, 11, 20)),
        free: ((free_id,), date(2026, 11, 23)),
        own_only: ((), None),
        never: ((), None),
    }
    # What each participant's own plan says.
    for pid in ids:
        plan = services.write(lambda app, pid=pid: app.plans.plan(coach, pid)).value
        assert {g.id for g in plan.goals if g.overdue} == {
            g.plan_goal_id for g in overdue if g.participant_id == pid
        }
