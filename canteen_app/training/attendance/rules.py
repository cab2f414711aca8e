"""Rules for attendance (T4): the day's status, hours, and the rate NAV reporting uses.

A day counts only when the canteen is open and the participant's measure runs; the rate is
present / (present + excused + unexcused). Absence reasons are the coach's alone: they are
never printed for anyone else and never leave in a document."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

ATTENDANCE = "training.attendance"  # the kind of change a view listens for
HOURS_MAX = Decimal(16)
REASON_MAX = 300
# A check-in and check-out give the hours, rounded to the nearest quarter.
QUARTER = Decimal("0.25")
# A second tap this soon after checking in is the same tap again (a double tap, or a second
# kiosk at the same moment), not a check-out.
REPEAT_TAP = timedelta(minutes=2)


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"  # gyldig fravær
    UNEXCUSED = "unexcused"  # ugyldig fravær


@dataclass(frozen=True)
class DayInput:
    """A coach's entry or correction of one day."""

    day: date
    status: AttendanceStatus
    hours: Decimal | None = None  # for present days
    absence_reason: str = ""  # for absences: visible to the coach only
    correction_reason: str = ""  # why an existing entry (e.g. from the kiosk) is changed


def validate_day(data: DayInput, correcting: bool, today: date) -> tuple[DayInput, dict[str, Message]]:
    clean = DayInput(
        data.day, data.status, data.hours, tidy(data.absence_reason), tidy(data.correction_reason)
    )
    errors: dict[str, Message] = {}
    if clean.day > today:
        errors["day"] = Message(
            QT_TRANSLATE_NOOP("errors", "Attendance cannot be registered ahead of the day.")
        )
    if clean.status is AttendanceStatus.PRESENT:
        if clean.hours is None or not Decimal(0) < clean.hours <= HOURS_MAX:
            errors["hours"] = Message(
                QT_TRANSLATE_NOOP("errors", "Type the hours worked, above 0 and at most {max}."),
                {"max": HOURS_MAX},
            )
        elif clean.hours % QUARTER:
            errors["hours"] = Message(QT_TRANSLATE_NOOP("errors", "Round the hours to a quarter (0,25)."))
    elif clean.hours:
        errors["hours"] = Message(QT_TRANSLATE_NOOP("errors", "An absent day has no hours."))
    problem = text_problem(clean.absence_reason, REASON_MAX, multiline=True)
    if problem is not None:
        errors["absence_reason"] = problem
    if correcting:
        problem = text_problem(clean.correction_reason, REASON_MAX, required=True, multiline=True)
        if problem is not None:
            errors["correction_reason"] = problem
    return clean, errors


def rate(present: int, excused: int, unexcused: int) -> float | None:
    """present / (present + excused + unexcused); None when no day counted."""
    counted = present + excused + unexcused
    return present / counted if counted else None


def hours_between(check_in_minutes: int, check_out_minutes: int) -> Decimal:
    """Hours from check-in to check-out (minutes since midnight), to the nearest quarter."""
    minutes = max(0, check_out_minutes - check_in_minutes)
    quarters = (minutes + 7) // 15
    return (Decimal(quarters) * QUARTER).quantize(Decimal("0.01"))
