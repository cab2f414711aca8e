"""Date helpers shared by the domain rules."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb)."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def month_bounds(first_day: date) -> tuple[date, date]:
    """First and last day of the month that `first_day` lies in (also December 9999)."""
    last = calendar.monthrange(first_day.year, first_day.month)[1]
    return first_day.replace(day=1), first_day.replace(day=last)


def previous_month(day: date) -> date | None:
    """The first day of the month before `day`'s; None before January of the year 1."""
    first = day.replace(day=1)
    return None if first == date.min else (first - timedelta(days=1)).replace(day=1)


def week_start(day: date) -> date:
    """Monday of the ISO week `day` belongs to."""
    return day - timedelta(days=day.weekday())


SITE_TIMEZONE = ZoneInfo("Europe/Oslo")


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_day(at: datetime) -> date:
    """The canteen's calendar day for an aware timestamp (taps after midnight UTC in summer
    still belong to the Norwegian day they happened on)."""
    return at.astimezone(SITE_TIMEZONE).date()


def oslo_today() -> date:
    """Today in the canteen's calendar, whatever time zone the PC is set to."""
    return local_day(utc_now())
