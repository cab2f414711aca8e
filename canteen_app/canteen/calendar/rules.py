"""When the canteen is closed: weekends, Norwegian public holidays (from `holidays`), and the
closures the canteen manager enters (the summer weeks, Christmas, a staff day). Menus,
statistics, demo data and forecasts all ask the calendar, never a rule of their own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

CALENDAR = "canteen.calendar"  # the kind of change a view listens for
REASON_MAX = 120
# A closure longer than this is a typing mistake (a year typed wrong), not a holiday.
CLOSURE_MAX_DAYS = 366
EARLIEST_DATE = date(1990, 1, 1)
LATEST_DATE = date(2100, 12, 31)


@cache
def _holidays(year: int, language: str) -> dict[date, str]:
    found = holidays.country_holidays("NO", years=year, language=language)
    return dict(found.items())


def public_holiday(day: date, english: bool = False) -> str | None:
    """The holiday's name ("Kristi himmelfartsdag" / "Ascension Day"), or None."""
    return _holidays(day.year, "en_US" if english else "no").get(day)


def warm_up(year: int) -> None:
    """Load the holiday tables now (about 40 ms the first time, for the country's module and
    its names): called where the user waits anyway, so that the first calendar, menu or
    poster a person opens does not pay for it."""
    _holidays(year, "no")
    _holidays(year, "en_US")


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def weekdays(first: date, last: date) -> list[date]:
    """Monday-Friday from `first` to `last`, both included."""
    days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
    return [day for day in days if not is_weekend(day)]


@dataclass(frozen=True)
class ClosureInput:
    first_day: date
    last_day: date
    reason: str


def validate_closure(data: ClosureInput) -> tuple[ClosureInput, dict[str, Message]]:
    errors: dict[str, Message] = {}
    reason = tidy(data.reason)
    problem = text_problem(reason, REASON_MAX, required=True)
    if problem is not None:
        errors["reason"] = problem
    for name, day in (("first_day", data.first_day), ("last_day", data.last_day)):
        if not EARLIEST_DATE <= day <= LATEST_DATE:
            errors[name] = Message(QT_TRANSLATE_NOOP("errors", "Choose a date between 1990 and 2100."))
    if "last_day" not in errors and data.last_day < data.first_day:
        errors["last_day"] = Message(
            QT_TRANSLATE_NOOP("errors", "The last day cannot be before the first day.")
        )
    elif (data.last_day - data.first_day).days >= CLOSURE_MAX_DAYS:
        errors["last_day"] = Message(QT_TRANSLATE_NOOP("errors", "A closure can last at most a year."))
    return ClosureInput(data.first_day, data.last_day, reason), errors
