"""The periods the statistics offer ready-made, and the days each one covers."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from canteen_app.core.dates import add_months


class Preset(enum.Enum):
    LAST_30_DAYS = "last_30_days"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    ALL_DATA = "all_data"
    CUSTOM = "custom"


def preset_range(preset: Preset, today: date, first_day: date | None) -> tuple[date, date] | None:
    """The first and last day of a preset period; None for a custom period."""
    if preset is Preset.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if preset is Preset.LAST_12_MONTHS:
        return add_months(today, -12) + timedelta(days=1), today
    if preset is Preset.THIS_YEAR:
        return date(today.year, 1, 1), today
    if preset is Preset.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset is Preset.ALL_DATA:
        return min(first_day or today, today), today
    return None
