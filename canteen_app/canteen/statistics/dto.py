"""Guest statistics as they leave the core."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen_app.canteen.statistics.rules import PeriodTotal

__all__ = ["DayTotal", "GuestSummary", "PeriodTotal"]


@dataclass(frozen=True)
class DayTotal:
    day: date
    total: int
    by_category: dict[int, int]


@dataclass(frozen=True)
class GuestSummary:
    """Everything the statistics charts need for one period, from one query."""

    start: date
    end: date
    daily: list[tuple[date, int]]
    weekly: list[PeriodTotal]
    # Monday..Sunday: average guests on the open days of that weekday, None when never open.
    weekday_averages: list[float | None]

    @property
    def total(self) -> int:
        return sum(total for _day, total in self.daily)

    @classmethod
    def empty(cls, day: date) -> GuestSummary:
        """No guests at all (before the calendar begins, say)."""
        return cls(start=day, end=day, daily=[], weekly=[], weekday_averages=[None] * 7)
