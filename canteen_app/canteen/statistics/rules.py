"""Arithmetic of guest statistics: week totals, weekday averages, the previous month."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from canteen_app.core.dates import previous_month, week_start

__all__ = ["PeriodTotal", "previous_month", "weekday_averages", "weekly_totals"]


@dataclass(frozen=True)
class PeriodTotal:
    start: date  # first day of the week (Monday)
    total: int
    open_days: int


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
