"""Which periods a NAV status report may cover: within the measure (from its start to the day it
ended, or its planned end while it runs), up to today, and ending on or after its first day. The
same rule refuses a period in the services (the command line) and marks it in the dialog."""

from __future__ import annotations

from datetime import date

import pytest

from canteen_app.core.errors import ValidationError
from canteen_app.training.nav_reports.rules import (
    PeriodProblem,
    check_period,
    check_status_period,
    period_problems,
)

START = date(2026, 9, 1)
PLANNED_END = date(2027, 6, 30)
TODAY = date(2026, 11, 25)


def test_a_period_within_the_measure_up_to_today_is_fine() -> None:
    assert period_problems(START, TODAY, START, PLANNED_END, TODAY) == {}
    assert period_problems(TODAY, TODAY, START, PLANNED_END, TODAY) == {}  # a single day
    check_status_period(START, TODAY, START, PLANNED_END, False, TODAY)


def test_the_period_cannot_begin_before_the_measure() -> None:
    assert period_problems(date(2026, 8, 31), date(2026, 9, 30), START, PLANNED_END, TODAY) == {
        "first": PeriodProblem.BEFORE_MEASURE
    }


def test_the_last_day_cannot_be_before_the_first() -> None:
    assert period_problems(date(2026, 10, 2), date(2026, 10, 1), START, PLANNED_END, TODAY) == {
        "last": PeriodProblem.BEFORE_FIRST
    }


def test_the_period_cannot_end_after_today() -> None:
    assert period_problems(date(2026, 11, 1), date(2026, 11, 26), START, PLANNED_END, TODAY) == {
        "last": PeriodProblem.AFTER_TODAY
    }


def test_the_period_cannot_end_after_the_measure() -> None:
    ended = date(2026, 11, 20)
    assert period_problems(date(2026, 11, 1), date(2026, 11, 20), START, ended, TODAY) == {}
    assert period_problems(date(2026, 11, 1), date(2026, 11, 21), START, ended, TODAY) == {
        "last": PeriodProblem.AFTER_MEASURE
    }
    # A running measure past its planned end: the planned end is the limit.
    overrun = date(2026, 10, 31)
    assert period_problems(date(2026, 10, 1), date(2026, 11, 10), START, overrun, TODAY) == {
        "last": PeriodProblem.AFTER_MEASURE
    }


def test_both_days_can_be_wrong_at_once() -> None:
    assert period_problems(date(2026, 8, 1), date(2026, 12, 31), START, PLANNED_END, TODAY) == {
        "first": PeriodProblem.BEFORE_MEASURE,
        "last": PeriodProblem.AFTER_TODAY,
    }


def _refusal(first: date, last: date, end: date = PLANNED_END, ended: bool = False) -> dict[str, str]:
    with pytest.raises(ValidationError) as refused:
        check_status_period(first, last, START, end, ended, TODAY)
    messages = refused.value.field_errors
    assert all(message.context == "errors" for message in messages.values())
    return {name: str(message) for name, message in messages.items()}


@pytest.mark.parametrize(
    ("first", "last", "end", "ended", "expected"),
    [
        (
            date(2026, 8, 31),
            date(2026, 9, 30),
            PLANNED_END,
            False,
            {"first": "The measure started on 2026-09-01: the period cannot begin before it."},
        ),
        (
            date(2026, 11, 20),
            date(2026, 11, 10),
            PLANNED_END,
            False,
            {"last": "The last day is before the first day."},
        ),
        (
            date(2026, 11, 1),
            date(2026, 11, 26),
            PLANNED_END,
            False,
            {"last": "The last day is after today: only days that have come can be reported."},
        ),
        (
            date(2026, 11, 1),
            date(2026, 11, 21),
            date(2026, 11, 20),
            True,
            {"last": "The measure ended on 2026-11-20: the period cannot end after it."},
        ),
        (
            date(2026, 10, 1),
            date(2026, 11, 10),
            date(2026, 10, 31),
            False,
            {"last": "The measure is planned to end on 2026-10-31: the period cannot end after it."},
        ),
    ],
)
def test_a_refused_period_says_why_in_the_dialogs_words(
    first: date, last: date, end: date, ended: bool, expected: dict[str, str]
) -> None:
    assert _refusal(first, last, end, ended) == expected


def test_the_refusal_is_one_line_naming_every_problem() -> None:
    with pytest.raises(ValidationError) as refused:
        check_status_period(date(2026, 8, 1), date(2026, 12, 31), START, PLANNED_END, False, TODAY)
    text = str(refused.value)
    assert "\n" not in text
    assert text == (
        "The measure started on 2026-09-01: the period cannot begin before it. "
        "The last day is after today: only days that have come can be reported."
    )


def test_check_period_alone_only_wants_the_days_in_order() -> None:
    check_period(date(2026, 11, 1), date(2026, 11, 1))
    with pytest.raises(ValidationError) as refused:
        check_period(date(2026, 11, 2), date(2026, 11, 1))
    assert str(refused.value) == "The last day is before the first day."
