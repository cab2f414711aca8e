"""What leaves the calendar: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ClosureInfo:
    id: int
    first_day: date
    last_day: date
    reason: str


@dataclass(frozen=True)
class DayStatus:
    """One weekday: open, or closed with its reason (a holiday's name or the manager's words)."""

    day: date
    closed: bool
    reason: str | None = None
    public_holiday: bool = False
