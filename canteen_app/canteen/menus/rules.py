"""Rules for menu planning (C2): ISO weeks, cycles, warnings, and the fingerprint that tells
whether a printed menu or poster still matches the data."""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Iterable
from datetime import date, timedelta

from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

MENUS = "canteen.menus"  # the kind of change a view listens for
CYCLE_WEEKS_MAX = 12
CYCLE_NAME_MAX = 80
WORK_DAYS = 5  # a week's menu runs Monday to Friday
# How far a cycle may be applied at once: a few years of planning is plenty.
APPLY_DAYS_MAX = 3 * 366

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


class PrintKind(enum.StrEnum):
    WEEK_MENU = "week"  # A4 landscape, the week at a glance
    POSTER = "poster"  # A3 portrait allergen poster, for a day or a week


class WarningKind(enum.StrEnum):
    NO_VEGETARIAN_MAIN = "no_vegetarian_main"
    STALE_ALLERGENS = "stale_allergens"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_code(day: date) -> str:
    """ "2025-W42" for any day of that ISO week."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_week(text: str) -> date:
    """The Monday of an ISO week written "2025-W42"; ValueError for anything else."""
    match = _ISO_WEEK.match(text.strip())
    if match is None:
        raise ValueError(f"'{text}' is not a week; write it as 2025-W42")
    year, week = int(match[1]), int(match[2])
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{year} has no week {week}") from None


def week_days(monday: date) -> list[date]:
    return [monday + timedelta(days=offset) for offset in range(WORK_DAYS)]


def cycle_week_index(day: date, first_day: date, start_week: int, weeks: int) -> int:
    """Which week of an N-week cycle `day` falls in, when the cycle's week `start_week`
    (0-based) is the week of `first_day`."""
    weeks_since = (monday_of(day) - monday_of(first_day)).days // 7
    return (start_week + weeks_since) % weeks


def validate_cycle_name(name: str) -> tuple[str, Message | None]:
    clean = tidy(name)
    return clean, text_problem(clean, CYCLE_NAME_MAX, required=True)


def validate_range(first: date, last: date) -> dict[str, Message]:
    if last < first:
        return {
            "last_day": Message(QT_TRANSLATE_NOOP("errors", "The last day cannot be before the first day."))
        }
    if (last - first).days > APPLY_DAYS_MAX:
        return {
            "last_day": Message(
                QT_TRANSLATE_NOOP("errors", "Apply a cycle to at most three years at a time.")
            )
        }
    return {}


def fingerprint(parts: Iterable[str]) -> str:
    """A short digest of what a document shows: equal digests, equal documents."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\x1f")
    return digest.hexdigest()[:32]
