"""Guest statistics (C5, first part): daily totals, weekly totals, weekday averages."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select

from canteen_app.domain.dates import week_start
from canteen_app.domain.errors import NotAuthorizedError
from canteen_app.domain.roles import Actor, Permission
from canteen_app.persistence.database import Database
from canteen_app.persistence.models import GuestTap
from canteen_app.services.dto import DayTotal, GuestSummary, PeriodTotal


class StatisticsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def first_day_with_guests(self, actor: Actor) -> date | None:
        _require(actor)
        with self._db.read() as session:
            return session.scalar(
                select(func.min(GuestTap.service_date)).where(GuestTap.site_id == actor.site_id)
            )

    def daily_totals(self, actor: Actor, start: date, end: date) -> list[DayTotal]:
        """Days with guests between start and end (inclusive), newest first.

        The statistics table asks for one window of days at a time as the user scrolls.
        """
        _require(actor)
        query = (
            select(GuestTap.service_date, GuestTap.category_id, func.count())
            .where(
                GuestTap.site_id == actor.site_id,
                GuestTap.service_date.between(start, end),
                GuestTap.undone_at.is_(None),
            )
            .group_by(GuestTap.service_date, GuestTap.category_id)
        )
        per_day: dict[date, dict[int, int]] = defaultdict(dict)
        with self._db.read() as session:
            for day, category_id, count in session.execute(query):
                per_day[day][category_id] = count
        return [
            DayTotal(day=day, total=sum(counts.values()), by_category=counts)
            for day, counts in sorted(per_day.items(), reverse=True)
        ]

    def summary(self, actor: Actor, start: date, end: date) -> GuestSummary:
        _require(actor)
        query = (
            select(GuestTap.service_date, func.count())
            .where(
                GuestTap.site_id == actor.site_id,
                GuestTap.service_date.between(start, end),
                GuestTap.undone_at.is_(None),
            )
            .group_by(GuestTap.service_date)
            .order_by(GuestTap.service_date)
        )
        with self._db.read() as session:
            daily = [(day, int(total)) for day, total in session.execute(query)]
        return GuestSummary(
            start=start,
            end=end,
            daily=daily,
            weekly=weekly_totals(daily),
            weekday_averages=weekday_averages(daily),
        )


def weekly_totals(daily: list[tuple[date, int]]) -> list[PeriodTotal]:
    totals: dict[date, list[int]] = defaultdict(list)
    for day, total in daily:
        totals[week_start(day)].append(total)
    return [
        PeriodTotal(start=monday, total=sum(values), open_days=len(values))
        for monday, values in sorted(totals.items())
    ]


def weekday_averages(daily: list[tuple[date, int]]) -> list[float | None]:
    """Mean guests per open day for Monday..Sunday; None for a weekday that was never open."""
    sums = [0] * 7
    days = [0] * 7
    for day, total in daily:
        sums[day.weekday()] += total
        days[day.weekday()] += 1
    return [sums[i] / days[i] if days[i] else None for i in range(7)]


def previous_month(first_day: date) -> date:
    return (first_day.replace(day=1) - timedelta(days=1)).replace(day=1)


def _require(actor: Actor) -> None:
    if not actor.can(Permission.VIEW_GUEST_STATISTICS):
        raise NotAuthorizedError()
