"""Guest statistics (C5, first part) from real taps on real databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import insert

from canteen_app.access import Actor, Role
from canteen_app.app import AppServices
from canteen_app.canteen.guests.models import GuestTap
from canteen_app.canteen.statistics.dto import PeriodTotal
from canteen_app.core.dates import SITE_TIMEZONE
from canteen_app.core.errors import NotAuthorizedError
from tests.conftest import FakeClock
from tests.helpers import KIOSK, SYSTEM, db_session

SITE = 1
MANAGER = Actor(user_id=None, name="Kari Nordmann", role=Role.CANTEEN_MANAGER, site_id=SITE)
COACH = Actor(user_id=None, name="Jonas Berg", role=Role.JOB_COACH, site_id=SITE)


def _lunch(day: date, minute: int = 0) -> datetime:
    return datetime.combine(day, time(11, minute), SITE_TIMEZONE).astimezone(UTC)


def _categories(services: AppServices) -> tuple[int, int]:
    guest = next(c.id for c in services.guests.categories(SITE) if c.is_default)
    visitor = services.guests.add_category(SYSTEM, "Besøkende", "Visitor").id
    return guest, visitor


def _count_days(services: AppServices, clock: FakeClock, taps: dict[date, list[int]]) -> None:
    """Tap at the kiosk day by day, moving the clock as the days go by."""
    for day, categories in sorted(taps.items()):
        for minute, category in enumerate(categories):
            clock.now = _lunch(day, minute)
            services.guests.record_tap(KIOSK, category, "kiosk-1")


def test_daily_totals_are_newest_first_per_category_without_undone_taps(
    services: AppServices, clock: FakeClock
) -> None:
    guest, visitor = _categories(services)
    _count_days(
        services,
        clock,
        {
            date(2026, 11, 13): [guest] * 7,  # Friday before the window
            date(2026, 11, 16): [guest, guest, guest, visitor],
            date(2026, 11, 17): [guest, visitor],
            # Wednesday 18 closed: no row at all
            date(2026, 11, 23): [guest] * 5,
            date(2026, 11, 24): [guest, guest, visitor, guest],
            date(2026, 11, 25): [guest] * 9,  # the day after the window
        },
    )
    # A mistaken tap on the 24th, taken back at once.
    clock.now = _lunch(date(2026, 11, 24), 30)
    services.guests.record_tap(KIOSK, visitor, "kiosk-1")
    services.guests.undo_last_tap(KIOSK, "kiosk-1")

    days = services.statistics.daily_totals(MANAGER, date(2026, 11, 16), date(2026, 11, 24))

    assert [(d.day, d.total, d.by_category) for d in days] == [
        (date(2026, 11, 24), 4, {guest: 3, visitor: 1}),
        (date(2026, 11, 23), 5, {guest: 5}),
        (date(2026, 11, 17), 2, {guest: 1, visitor: 1}),
        (date(2026, 11, 16), 4, {guest: 3, visitor: 1}),
    ]
    assert services.statistics.first_day_with_guests(MANAGER) == date(2026, 11, 13)


def test_a_window_without_guests_is_empty(services: AppServices) -> None:
    assert services.statistics.daily_totals(MANAGER, date(2026, 1, 1), date(2026, 1, 31)) == []
    assert services.statistics.first_day_with_guests(MANAGER) is None
    empty = services.statistics.summary(MANAGER, date(2026, 1, 1), date(2026, 1, 31))
    assert empty.total == 0 and empty.weekly == [] and empty.weekday_averages == [None] * 7


def test_summary_gives_weekly_totals_and_weekday_means_over_open_days(
    services: AppServices, clock: FakeClock
) -> None:
    guest, visitor = _categories(services)
    _count_days(
        services,
        clock,
        {
            date(2026, 11, 16): [guest] * 3 + [visitor],  # Mon 4
            date(2026, 11, 17): [guest, guest],  # Tue 2
            date(2026, 11, 20): [visitor],  # Fri 1
            date(2026, 11, 23): [guest] * 5,  # Mon 5
            date(2026, 11, 24): [guest] * 4,  # Tue 4, one undone below -> 3
        },
    )
    services.guests.undo_last_tap(KIOSK, "kiosk-1")

    summary = services.statistics.summary(MANAGER, date(2026, 11, 16), date(2026, 11, 29))

    assert summary.daily == [
        (date(2026, 11, 16), 4),
        (date(2026, 11, 17), 2),
        (date(2026, 11, 20), 1),
        (date(2026, 11, 23), 5),
        (date(2026, 11, 24), 3),
    ]
    assert summary.total == 15
    assert summary.weekly == [
        PeriodTotal(start=date(2026, 11, 16), total=7, open_days=3),
        PeriodTotal(start=date(2026, 11, 23), total=8, open_days=2),
    ]
    # Mean over the days the canteen was open; a weekday it never opened has no average
    # (not 0, which would drag a forecast down).
    assert summary.weekday_averages == [4.5, 2.5, None, None, 1.0, None, None]


def test_weekday_averages_over_many_weeks_of_bulk_data(services: AppServices) -> None:
    guest, visitor = _categories(services)
    # Eight weeks from Monday 5 October 2026; Mondays get 200 guests, Tuesdays 180 ... Fridays 120,
    # and every Wednesday in an odd week is closed.
    rows: list[dict[str, object]] = []
    first_monday = date(2026, 10, 5)
    expected_daily: list[tuple[date, int]] = []
    for week in range(8):
        for weekday in range(5):
            day = first_monday + timedelta(weeks=week, days=weekday)
            if weekday == 2 and week % 2:
                continue
            guests = 200 - 20 * weekday
            expected_daily.append((day, guests))
            for i in range(guests):
                rows.append(
                    {
                        "site_id": SITE,
                        "category_id": visitor if i % 10 == 0 else guest,
                        "tapped_at": _lunch(day, i % 60),
                        "service_date": day,
                        "device": "kiosk-1",
                        "undone_at": _lunch(day, 59) if i == 0 else None,  # one undone tap a day
                    }
                )
    with db_session(services, write=True) as session:
        session.execute(insert(GuestTap), rows)

    summary = services.statistics.summary(MANAGER, first_monday, first_monday + timedelta(weeks=8, days=-1))

    assert summary.daily == [(day, guests - 1) for day, guests in expected_daily]
    assert [week.open_days for week in summary.weekly] == [5, 4] * 4
    assert summary.weekday_averages == [199.0, 179.0, 159.0, 139.0, 119.0, None, None]
    assert summary.total == sum(guests - 1 for _day, guests in expected_daily)
    days = services.statistics.daily_totals(MANAGER, first_monday, first_monday + timedelta(days=4))
    assert [d.total for d in days] == [119, 139, 159, 179, 199]
    assert days[-1].by_category == {guest: 180, visitor: 19}


@pytest.mark.parametrize("actor", [MANAGER, SYSTEM], ids=["canteen_manager", "admin"])
def test_canteen_manager_and_admin_see_statistics(sqlite_services: AppServices, actor: Actor) -> None:
    sqlite_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    assert [
        d.total for d in sqlite_services.statistics.daily_totals(actor, date(2026, 11, 1), date(2026, 11, 30))
    ] == [1]
    assert sqlite_services.statistics.summary(actor, date(2026, 11, 1), date(2026, 11, 30)).total == 1


@pytest.mark.parametrize("actor", [COACH, KIOSK], ids=["job_coach", "kiosk"])
def test_job_coach_and_kiosk_may_not_see_statistics(sqlite_services: AppServices, actor: Actor) -> None:
    sqlite_services.guests.record_tap(KIOSK, 1, "kiosk-1")
    with pytest.raises(NotAuthorizedError):
        sqlite_services.statistics.daily_totals(actor, date(2026, 11, 1), date(2026, 11, 30))
    with pytest.raises(NotAuthorizedError):
        sqlite_services.statistics.summary(actor, date(2026, 11, 1), date(2026, 11, 30))
    with pytest.raises(NotAuthorizedError):
        sqlite_services.statistics.first_day_with_guests(actor)
