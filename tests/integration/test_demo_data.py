"""Demo data (P9 `seed-demo`) looks like a real canteen and is safe to run."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta
from decimal import Decimal

import holidays
import pytest
from sqlalchemy import func, select

from canteen_app.access import Role
from canteen_app.app import AppServices
from canteen_app.canteen.guests.models import GuestTap
from canteen_app.canteen.ingredients.allergens import Allergen
from canteen_app.core.dates import SITE_TIMEZONE
from canteen_app.core.errors import DomainError
from canteen_app.demo import DEMO_USERS, seed_demo
from canteen_app.platform.auth.models import User
from canteen_app.training.attendance.models import AttendanceDay
from canteen_app.training.attendance.rules import rate
from canteen_app.training.participants.models import MeasureEvent, Participant
from canteen_app.training.participants.nav import NavMeasure
from canteen_app.training.plans.models import Assessment, PlanGoal
from tests.conftest import FakeClock
from tests.helpers import SYSTEM, db_session


def _table_counts(services: AppServices) -> tuple[int, int, int]:
    with db_session(services) as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (User, Participant, GuestTap)
        )


@pytest.mark.slow
def test_demo_data_on_an_empty_database(services: AppServices, clock: FakeClock) -> None:
    """One run per backend (seeding two years takes a few seconds), checked from every side."""
    summary = seed_demo(services, years=2, now=clock.now)
    today = date(2026, 11, 25)
    assert (summary.first_day, summary.last_day) == (date(2024, 11, 25), today)

    # --- users: every role present, and every demo PIN from the README logs in -----------------
    assert {user.role for user in DEMO_USERS} == set(Role)
    for demo in DEMO_USERS:
        actor = services.auth.login(demo.name, demo.pin)
        assert actor.role is demo.role
    coaches = {user.id: user.name for user in services.auth.users_with_role(1, Role.JOB_COACH)}
    assert len(coaches) >= 1

    # --- participants: 20, spread over the NAV measures, each with a job coach -----------------
    rows = services.participants.rows(SYSTEM)
    assert len(rows) == summary.participants == 20
    measures = Counter(row.nav_measure for row in rows)
    assert set(measures) == {measure.value for measure in NavMeasure}
    assert all(row.coach_name in coaches.values() for row in rows)
    assert all(row.measure_planned_end is not None for row in rows)
    with db_session(services) as session:
        coach_ids = set(session.scalars(select(Participant.coach_id)))
    assert coach_ids <= set(coaches) and len(coach_ids) == len(coaches)  # every coach has a caseload

    _check_training(services, summary.participants, today)

    # --- guest taps: only on days the canteen is open --------------------------------------------
    with db_session(services) as session:
        taps = session.execute(select(GuestTap.service_date, GuestTap.tapped_at, GuestTap.undone_at)).all()
    assert len(taps) == summary.taps
    public_holidays = set(holidays.country_holidays("NO", years=range(2024, 2027)))
    per_day = Counter(service_date for service_date, _at, _undone in taps)
    assert min(per_day) >= summary.first_day and max(per_day) <= summary.last_day
    assert not [day for day in per_day if day.weekday() >= 5], "taps on a weekend"
    assert not [day for day in per_day if day in public_holidays], "taps on a public holiday"
    assert not [day for day in per_day if day.isocalendar().week in (28, 29, 30)], "taps in fellesferien"
    assert not [day for day in per_day if (day.month, day.day) >= (12, 24)], "taps in Christmas week"
    # Each tap lies on its own Oslo service day, within lunch opening hours.
    for service_date, tapped_at, undone_at in taps:
        local = tapped_at.astimezone(SITE_TIMEZONE)
        assert local.date() == service_date
        assert time(10, 45) <= local.time() <= time(13, 15)
        assert undone_at is None
    # No tap in the future of the seeding moment.
    assert max(tapped_at for _day, tapped_at, _undone in taps) <= clock.now

    # About 200 guests on an open day (the product's canteen), seen through the statistics too.
    average = len(taps) / len(per_day)
    assert 170 <= average <= 230, average
    year = services.statistics.summary(SYSTEM, date(2025, 1, 1), date(2025, 12, 31))
    assert 220 <= len(year.daily) <= 250  # open days in a year: weekdays minus holidays
    assert year.weekday_averages[5] is None and year.weekday_averages[6] is None
    assert all(170 <= avg <= 230 for avg in year.weekday_averages[:4])  # type: ignore[operator]

    # Two categories besides the default one, all of them counted.
    categories = services.guests.categories(1)
    assert len(categories) == 3
    by_category: Counter[int] = Counter()
    for day in services.statistics.daily_totals(SYSTEM, date(2025, 1, 1), date(2025, 12, 31)):
        by_category.update(day.by_category)
    assert set(by_category) == {c.id for c in categories}

    # --- the kitchen: the 14 allergens, about 40 dishes, a vegetarian main every open day -------
    ingredients = services.ingredients.ingredients(SYSTEM)
    assert len(ingredients) == summary.ingredients >= 80
    assert {mark.allergen for i in ingredients for mark in i.profile.contains} == set(Allergen)
    assert 0 < sum(i.check_stale for i in ingredients) < 10  # a few to check again
    dishes = services.dishes.dishes(SYSTEM)
    assert len(dishes) == summary.dishes >= 40
    assert all(dish.cost_per_portion is not None and dish.price for dish in dishes)
    served = services.menus.days(SYSTEM, summary.first_day, today)
    open_days = [day for day in served if not day.closed]
    assert all(day.dishes for day in open_days), "an open day without a menu"
    assert all(day.has_vegetarian_main for day in open_days), "a day without a vegetarian main"
    assert not [day for day in served if day.closed and day.dishes], "dishes on a closed day"
    closed = {day.day: day.reason for day in served if day.closed}
    assert closed[date(2025, 7, 15)] == "Fellesferie" and closed[date(2025, 12, 29)] == "Juleferie"
    assert closed[date(2025, 5, 29)] == "Kristi himmelfartsdag"
    planned = services.menus.days(SYSTEM, summary.first_day, today + timedelta(weeks=8))
    assert summary.menu_days == sum(1 for day in planned if day.dishes)
    assert all(day.dishes for day in planned if not day.closed)  # the coming weeks are planned too

    # --- a second run is refused and changes nothing ----------------------------------------------
    before = _table_counts(services)
    with pytest.raises(DomainError, match="not empty"):
        seed_demo(services, years=2, now=clock.now)
    assert _table_counts(services) == before


def test_demo_data_refuses_a_database_that_already_has_a_user(sqlite_services: AppServices) -> None:
    sqlite_services.auth.create_user(SYSTEM, "Ekte Bruker", Role.KIOSK, "1234")
    with pytest.raises(DomainError):
        seed_demo(sqlite_services, years=1)
    assert _table_counts(sqlite_services) == (1, 0, 0)


def _check_training(services: AppServices, participants: int, today: date) -> None:
    """Plans, assessments over the measure's time, daily attendance, three ended measures."""
    with db_session(services) as session:
        people = {p.id: p for p in session.scalars(select(Participant))}
        goals = session.execute(
            select(PlanGoal.id, PlanGoal.participant_id, PlanGoal.competence_goal_id, PlanGoal.free_text)
        ).all()
        assessments = session.execute(
            select(
                Assessment.plan_goal_id, Assessment.kind, Assessment.level, Assessment.assessed_on
            ).order_by(Assessment.assessed_on, Assessment.id)
        ).all()
        days = session.execute(
            select(
                AttendanceDay.participant_id,
                AttendanceDay.day,
                AttendanceDay.status,
                AttendanceDay.hours,
                AttendanceDay.absence_reason,
            )
        ).all()
        events = session.execute(select(MeasureEvent.participant_id, MeasureEvent.kind)).all()
    assert len(people) == participants == 20

    # --- plans: 3-6 framework goals each, and some free goals --------------------------------------
    framework = Counter(pid for _id, pid, goal, _free in goals if goal is not None)
    assert set(framework) == set(people) and all(3 <= n <= 6 for n in framework.values())
    free = [text for _id, _pid, goal, text in goals if goal is None]
    assert 3 <= len(free) <= 15 and all(free)

    # --- assessments: coach and self, spread over the measure, levels rising -----------------------
    owner = {goal_id: pid for goal_id, pid, _goal, _free in goals}
    coach_levels: dict[int, list[int]] = {}
    for goal_id, kind, level, on in assessments:
        person = people[owner[goal_id]]
        assert person.measure_start <= on <= min(today, person.ended_on or today)
        if kind == "coach":
            coach_levels.setdefault(goal_id, []).append(level)
    kinds = Counter(kind for _goal, kind, _level, _on in assessments)
    assert kinds["coach"] >= 200 and kinds["self"] >= 80
    assert len({on for *_rest, on in assessments}) >= 60  # many days, not one
    rising = [levels for levels in coach_levels.values() if len(levels) >= 4]
    assert rising and all(levels == sorted(levels) for levels in coach_levels.values())
    assert sum(levels[-1] for levels in rising) / len(rising) >= 1 + sum(
        levels[0] for levels in rising
    ) / len(rising)

    # --- attendance: counted days only, realistic absences, hours by participation -----------------
    open_days = set(services.calendar.open_days(1, min(p.measure_start for p in people.values()), today))
    per_person: dict[int, Counter[str]] = {}
    for pid, day, status, hours, reason in days:
        person = people[pid]
        assert day in open_days and person.measure_start <= day < today, (pid, day)
        assert day <= (person.ended_on or person.measure_planned_end)
        per_person.setdefault(pid, Counter())[status] += 1
        if status == "present":
            assert hours is not None and 4 <= hours <= 7.5 and hours % Decimal("0.25") == 0
        else:
            assert hours is None
        if status == "excused":
            assert reason, "an excused absence without its reason"
    assert set(per_person) == set(people)
    statuses = Counter(status for *_rest, status, _hours, _reason in days)
    assert statuses["excused"] > statuses["unexcused"] > 10
    ended = {p.id: p.end_reason for p in people.values() if p.ended_on is not None}
    assert sorted(ended.values()) == ["did_not_attend", "education", "got_job"]
    assert sorted(pid for pid, kind in events if kind == "end") == sorted(ended)

    def rate_of(pids: list[int]) -> float:
        counts = sum((per_person[pid] for pid in pids), Counter())
        return rate(counts["present"], counts["excused"], counts["unexcused"]) or 0.0

    attending = [pid for pid in people if ended.get(pid) != "did_not_attend"]
    assert 0.88 <= rate_of(attending) <= 0.95
    [absent] = [pid for pid, reason in ended.items() if reason == "did_not_attend"]
    assert rate_of([absent]) < 0.7

    # --- the coach's overview and retention have something to show ---------------------------------
    overview = services.write(lambda app: app.overview.overview(SYSTEM)).value
    assert overview.participants == 17
    assert overview.ending_very_soon and overview.past_limit and overview.goals_overdue
    assert overview.not_assessed and overview.low_attendance
    due = services.write(lambda app: app.retention.due(SYSTEM)).value
    assert [person.participant_id for person in due.people] == [absent]
