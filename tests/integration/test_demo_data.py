"""Demo data (P9 `seed-demo`) looks like a real canteen and is safe to run."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta

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
from canteen_app.training.participants.models import Participant
from canteen_app.training.participants.nav import NavMeasure
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
