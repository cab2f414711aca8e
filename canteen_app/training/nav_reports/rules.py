"""Rules of the NAV reports: the coach's summary text, the report languages, the refusal of
a final report while the measure still runs, which periods a status report may cover, and which
assessments give a goal's levels.

What a NAV report may hold is decided here and in `dto.py`, never in the layout: the
participant's name, the measure, its period and participation percent, the stations and
tasks, the goals with their levels, the attendance totals, the coach's summary and NAV's end
reason. Never support needs, absence reasons, diagnoses, contact details or the photo: the
data the documents are made from has no field for them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date

from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

LANGUAGES = ("nb", "en")
SUMMARY_MAX = 3000
_BEFORE_FIRST = QT_TRANSLATE_NOOP("errors", "The last day is before the first day.")


class MeasureNotEndedError(DomainError):
    """A final report was asked for while the measure still runs."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The measure has not ended; a final report is made after it ends.")
        )


def check_language(language: str) -> str:
    """`language` if the reports are written in it ("nb" or "en"), else ValueError."""
    if language not in LANGUAGES:
        raise ValueError(f"NAV reports are written in Norwegian (nb) or English (en), not {language!r}")
    return language


def clean_summary(summary: str) -> str:
    """The coach's summary as it is printed: tidied; ValidationError when it is too long or
    holds characters that could hide or disguise what is written."""
    clean = tidy(summary)
    problem = text_problem(clean, SUMMARY_MAX, multiline=True)
    if problem is not None:
        raise ValidationError({"summary": problem})
    return clean


def check_period(first: date, last: date) -> None:
    """A report period ends on or after its first day."""
    if last < first:
        raise ValidationError({"last": Message(_BEFORE_FIRST)})


class PeriodProblem(enum.Enum):
    """What is wrong with a status report's period (see `period_problems`)."""

    BEFORE_MEASURE = "before_measure"  # the first day: before the measure started
    BEFORE_FIRST = "before_first"  # the last day: before the first
    AFTER_MEASURE = "after_measure"  # the last day: after the measure ended (or its planned end)
    AFTER_TODAY = "after_today"  # the last day: a day that has not come yet


def period_problems(
    first: date, last: date, measure_start: date, measure_end: date, today: date
) -> dict[str, PeriodProblem]:
    """What is wrong with [first, last] for a status report, by field ("first", "last"); empty
    when the period can be reported. `measure_end`: the day the measure ended, or its planned
    end while it runs. A period lies within the measure and ends by `today` at the latest."""
    problems: dict[str, PeriodProblem] = {}
    if first < measure_start:
        problems["first"] = PeriodProblem.BEFORE_MEASURE
    if last < first:
        problems["last"] = PeriodProblem.BEFORE_FIRST
    elif last > min(measure_end, today):
        problems["last"] = PeriodProblem.AFTER_MEASURE if measure_end <= today else PeriodProblem.AFTER_TODAY
    return problems


def period_message(problem: PeriodProblem, measure_start: date, measure_end: date, ended: bool) -> Message:
    """The user's words for `problem` (the days as ISO dates). The dialog words the same problems
    in the same English with the dates in the user's format."""
    if problem is PeriodProblem.BEFORE_MEASURE:
        return Message(
            QT_TRANSLATE_NOOP("errors", "The measure started on {day}: the period cannot begin before it."),
            {"day": measure_start.isoformat()},
        )
    if problem is PeriodProblem.BEFORE_FIRST:
        return Message(_BEFORE_FIRST)
    if problem is PeriodProblem.AFTER_TODAY:
        return Message(
            QT_TRANSLATE_NOOP(
                "errors", "The last day is after today: only days that have come can be reported."
            )
        )
    if ended:
        return Message(
            QT_TRANSLATE_NOOP("errors", "The measure ended on {day}: the period cannot end after it."),
            {"day": measure_end.isoformat()},
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "errors", "The measure is planned to end on {day}: the period cannot end after it."
        ),
        {"day": measure_end.isoformat()},
    )


def check_status_period(
    first: date, last: date, measure_start: date, measure_end: date, ended: bool, today: date
) -> None:
    """ValidationError (by field, "first" and "last") unless [first, last] can be reported in a
    status report: it ends on or after its first day, begins on or after the measure's start,
    and ends by today and by the measure's end (`measure_end`: the day it ended when `ended`,
    else its planned end)."""
    problems = period_problems(first, last, measure_start, measure_end, today)
    if problems:
        raise ValidationError(
            {
                name: period_message(problem, measure_start, measure_end, ended)
                for name, problem in problems.items()
            }
        )


def levels_as_of(assessed: Iterable[tuple[date, int]], as_of: date) -> tuple[int | None, int | None]:
    """A goal's levels (at start, now) as a report shows them on `as_of`: the last day of a
    status report's period, or the day the measure ended for the final report.

    `assessed`: the goal's coach assessments as (day assessed, level), in the order they were
    recorded. Only those made on or before `as_of` count: "at start" is the first of them,
    "now" the latest (of two on the same day, the one recorded later); (None, None) when the
    goal had no coach assessment by then. A report for an earlier period therefore shows the
    same levels however many assessments came later."""
    known = sorted((item for item in assessed if item[0] <= as_of), key=lambda item: item[0])
    if not known:
        return None, None
    return known[0][1], known[-1][1]
