"""What leaves the attendance register: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from canteen_app.training.attendance.rules import AttendanceStatus, rate


@dataclass(frozen=True)
class DayEntry:
    day: date
    status: AttendanceStatus | None  # None: a counted day with nothing registered yet
    hours: Decimal | None
    absence_reason: str | None  # only for the coach; None for everyone else
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    corrected: bool
    # The stored entry's version, which a correction of it is checked against
    # (AttendanceService.record_day); None while nothing is registered.
    version: int | None = None


@dataclass(frozen=True)
class MonthSummary:
    participant_id: int
    month: date  # the first day
    present_days: int
    hours: Decimal
    excused_days: int
    unexcused_days: int
    unregistered_days: int  # counted days with no entry yet
    days: tuple[DayEntry, ...]  # every counted day of the month

    @property
    def rate(self) -> float | None:
        return rate(self.present_days, self.excused_days, self.unexcused_days)


@dataclass(frozen=True)
class CheckInState:
    """The kiosk's answer after a tap: the first name and whether they are now in or out."""

    participant_id: int
    first_name: str
    checked_in: bool
    checked_out: bool
    hours: Decimal | None = None  # from the check-in to the check-out, once out


@dataclass(frozen=True)
class AttendanceCounts:
    """A participant's counted days in a period, for many participants at once (the overview)."""

    participant_id: int
    present_days: int
    excused_days: int
    unexcused_days: int

    @property
    def rate(self) -> float | None:
        return rate(self.present_days, self.excused_days, self.unexcused_days)

    @property
    def counted_days(self) -> int:
        """The registered counted days (days with nothing registered yet do not count)."""
        return self.present_days + self.excused_days + self.unexcused_days
