"""What an audit entry can say happened, which entries a reader asks for, and how a cell is
made safe for a spreadsheet."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from canteen_app.core.dates import SITE_TIMEZONE
from canteen_app.core.errors import ValidationError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message


class AuditAction(enum.StrEnum):
    VIEW = "view"
    LIST = "list"
    CREATE = "create"
    UPDATE = "update"
    EXPORT = "export"
    DELETE = "delete"  # personal data deleted or anonymised (retention)
    RESTORE = "restore"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOCKED = "locked"


@dataclass(frozen=True)
class AuditPerson:
    """Who did something: a user (by id), or a named actor without a user row (the command
    line, the shared kiosk)."""

    user_id: int | None
    name: str


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; every part left empty means "any". Days are the canteen's
    calendar days (Oslo time), both ends included."""

    entity_type: str | None = None
    person: AuditPerson | None = None
    participant_id: int | None = None
    first_day: date | None = None
    last_day: date | None = None

    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        """[start, end) in UTC for the chosen days."""
        start = _start_of(self.first_day) if self.first_day else None
        end = _start_of(self.last_day + timedelta(days=1)) if self.last_day else None
        return start, end


def check_filter(filters: AuditFilter) -> None:
    """A period that ends before it starts is a mistake to point out, not an empty list."""
    if filters.first_day and filters.last_day and filters.last_day < filters.first_day:
        raise ValidationError(
            {"last_day": Message(QT_TRANSLATE_NOOP("errors", "The last day is before the first day."))}
        )


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SITE_TIMEZONE).astimezone(UTC)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """A text a spreadsheet shows as text, never runs as a formula (names are typed by people:
    "=HYPERLINK(...)" must stay a name). OWASP's advice: prefix such cells with a quote."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell
