"""The report period a status report offers first, and where a chosen period goes wrong: plain
date rules with no Qt, so that the dialog only words them."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from canteen_app.training.participants.dto import MeasurePeriod


class PeriodProblem(enum.Enum):
    BEFORE_MEASURE = "before_measure"  # the first day: before the measure started
    BEFORE_FIRST = "before_first"  # the last day: before the first
    AFTER_MEASURE = "after_measure"  # the last day: after the measure ended (or its planned end)
    AFTER_TODAY = "after_today"  # the last day: a day that has not come yet


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
    empty when the period can be reported."""
    problems: dict[str, PeriodProblem] = {}
    if first < measure.start:
        problems["first"] = PeriodProblem.BEFORE_MEASURE
    if last < first:
        problems["last"] = PeriodProblem.BEFORE_FIRST
    elif last > min(measure.end, today):
        problems["last"] = PeriodProblem.AFTER_MEASURE if measure.end <= today else PeriodProblem.AFTER_TODAY
    return problems
