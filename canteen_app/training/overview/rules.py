"""What the coach's overview (T7) flags, and when."""

from __future__ import annotations

import enum
from datetime import date, timedelta

ENDING_SOON_DAYS = 60  # measures ending within this many days
ENDING_VERY_SOON_DAYS = 30
ATTENDANCE_WEEKS = 4  # the attendance rate over the last four weeks ...
LOW_ATTENDANCE = 0.8  # ... under 80 %
ASSESSMENT_DUE_DAYS = 30  # no coach assessment for this many days


class Attention(enum.StrEnum):
    """Why a participant is in one of the overview's lists."""

    ENDING_VERY_SOON = "ending_very_soon"  # the planned end within 30 days (or passed)
    ENDING_SOON = "ending_soon"  # in 31 to 60 days
    PAST_LIMIT = "past_limit"  # the planned end lies beyond the measure's usual limit
    GOAL_OVERDUE = "goal_overdue"  # a goal's target date passed, its level not reached
    LOW_ATTENDANCE = "low_attendance"  # under 80 % over the last four weeks
    NOT_ASSESSED = "not_assessed"  # no coach assessment for 30 days, or never


def attendance_window(today: date) -> tuple[date, date]:
    """The last four weeks, today included."""
    return today - timedelta(days=7 * ATTENDANCE_WEEKS - 1), today


def ending_attention(planned_end: date, today: date) -> Attention | None:
    """Which "ending" list a running measure belongs in; one whose planned end has passed
    without being ended is the most urgent of all (its end has to be recorded)."""
    days_left = (planned_end - today).days
    if days_left <= ENDING_VERY_SOON_DAYS:
        return Attention.ENDING_VERY_SOON
    if days_left <= ENDING_SOON_DAYS:
        return Attention.ENDING_SOON
    return None


def is_low_attendance(rate: float | None) -> bool:
    return rate is not None and rate < LOW_ATTENDANCE


def assessment_due(last_assessed: date | None, measure_start: date, today: date) -> bool:
    """No coach assessment for 30 days: counted from the last one, or from the start of the
    measure for someone never assessed (a measure that started last week is not yet due)."""
    since = last_assessed or measure_start
    return (today - since).days >= ASSESSMENT_DUE_DAYS


def assessment_due_since(today: date) -> date:
    """`assessment_due` as one date, for a whole caseload at once: due when the last coach
    assessment (or the start of the measure) was on or before this day."""
    return today - timedelta(days=ASSESSMENT_DUE_DAYS)
