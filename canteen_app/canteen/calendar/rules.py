"""When the canteen is normally closed: weekends, Norwegian public holidays, the July
holiday weeks (fellesferien) and Christmas week. Used by demo data and, later, forecasts."""

from __future__ import annotations

from datetime import date
from functools import cache

import holidays

# Fellesferien: ISO weeks 28-30 are the common three-week industrial holiday in July.
SUMMER_HOLIDAY_WEEKS = frozenset({28, 29, 30})


@cache
def _norwegian_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NO", years=year).keys())


def is_public_holiday(day: date) -> bool:
    return day in _norwegian_holidays(day.year)


def is_summer_holiday(day: date) -> bool:
    return day.isocalendar().week in SUMMER_HOLIDAY_WEEKS


def is_christmas_break(day: date) -> bool:
    return (day.month == 12 and day.day >= 24) or (day.month == 1 and day.day == 1)


def is_normally_open(day: date) -> bool:
    return not (
        day.weekday() >= 5 or is_public_holiday(day) or is_summer_holiday(day) or is_christmas_break(day)
    )
