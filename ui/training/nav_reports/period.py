"""The report period a status report offers first, and where a chosen period goes wrong (the
core's rule, `canteen_app.training.nav_reports.rules.period_problems`, which the services enforce
too): plain date rules with no Qt, so that the dialog only words them."""

from __future__ import annotations

from datetime import date, timedelta

from canteen_app.training.nav_reports.rules import PeriodProblem
from canteen_app.training.nav_reports.rules import period_problems as _period_problems
from canteen_app.training.participants.dto import MeasurePeriod

__all__ = ["PeriodProblem", "default_period", "period_problems"]


def default_period(measure: MeasurePeriod, today: date) -> tuple[date, date]:
    """The previous calendar month, clipped to the measure (and to today). When the measure
    did not run then (it started this month, or ended earlier), the measure's last month up
    to today; a measure that has not started gives its first day twice (the dialog says why
    that will not do)."""
    limit = min(measure.end, today)
    previous_last = today.replace(day=1) - timedelta(days=1)
    first, last = max(previous_last.replace(day=1), measure.start), min(previous_last, limit)
    if first <= last:
        return first, last
    first, last = max(measure.start, limit.replace(day=1)), limit
    if first <= last:
        return first, last
    return measure.start, measure.start


def period_problems(first: date, last: date, measure: MeasurePeriod, today: date) -> dict[str, PeriodProblem]:
    """What is wrong with [first, last] for a status report, by field ("first", "last");
    empty when the period can be reported. The core's rule, which the services enforce too."""
    return _period_problems(first, last, measure.start, measure.end, today)
