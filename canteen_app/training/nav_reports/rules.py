"""Rules of the NAV reports: the coach's summary text, the report languages, the refusal of
a final report while the measure still runs, and which assessments give a goal's levels.

What a NAV report may hold is decided here and in `dto.py`, never in the layout: the
participant's name, the measure, its period and participation percent, the stations and
tasks, the goals with their levels, the attendance totals, the coach's summary and NAV's end
reason. Never support needs, absence reasons, diagnoses, contact details or the photo: the
data the documents are made from has no field for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from canteen_app.core.errors import DomainError, ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

LANGUAGES = ("nb", "en")
SUMMARY_MAX = 3000


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
        raise ValidationError(
            {"last": Message(QT_TRANSLATE_NOOP("errors", "The last day is before the first day."))}
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
