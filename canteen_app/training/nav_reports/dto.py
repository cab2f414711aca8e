"""What the NAV reports are made from: plain frozen values, read in one transaction.

These hold everything a report may show and nothing else: there is no field for support
needs, absence reasons, contact details or the photo, so no layout can print them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from canteen_app.training.attendance.rules import AttendanceStatus, rate


class ReportKind(enum.StrEnum):
    STATUS = "status"  # statusrapport: a chosen period
    FINAL = "final"  # sluttrapport: the whole measure, after it ended


@dataclass(frozen=True)
class AttendanceTotals:
    """The counted days of a period: open days of the canteen within the measure period, up to
    the day the report was made."""

    present_days: int
    hours: Decimal
    excused_days: int
    unexcused_days: int
    unregistered_days: int  # counted days with nothing registered; not part of the rate

    @property
    def rate(self) -> float | None:
        """present / (present + excused + unexcused); None when no day counted."""
        return rate(self.present_days, self.excused_days, self.unexcused_days)


@dataclass(frozen=True)
class GoalRow:
    """One goal of the training plan with its levels (1-4; None: not assessed yet) as of the
    report period's last day (the day the measure ended, in the final report): assessments
    made after it are not shown (rules.levels_as_of)."""

    area_number: int | None  # None: a free goal of the coach's own
    area_name: str  # in the report's language; "" for a free goal
    text: str  # in the report's language where the framework has it
    start_level: int | None  # the first coach assessment, if made by the period's last day
    current_level: int | None  # the latest coach assessment on or before the period's last day
    target_level: int
    target_date: date | None


@dataclass(frozen=True)
class NavReportData:
    kind: ReportKind
    language: str  # "nb" or "en"
    site_name: str
    participant_id: int
    participant_name: str
    measure_name: str  # NAV's name of the measure (a proper noun, not translated)
    measure_start: date
    measure_end: date  # the day it ended, or the planned end while it runs
    ended: bool
    participation_percent: int
    coach_name: str | None
    period_first: date  # the report period: chosen (status) or the whole measure (final)
    period_last: date
    attendance: AttendanceTotals
    tasks: tuple[str, ...]  # the stations and tasks of the plan's goals, each once
    goals: tuple[GoalRow, ...]  # by area in framework order, free goals last
    summary: str  # the coach's words, written when the report is made
    end_reason: str | None  # nav.EndReason value (final report)
    generated_at: datetime
    author: str


@dataclass(frozen=True)
class AttendanceDayRow:
    day: date
    status: AttendanceStatus | None  # None: nothing registered
    hours: Decimal | None


@dataclass(frozen=True)
class AttendanceMonthData:
    language: str
    site_name: str
    participant_id: int
    participant_name: str
    measure_name: str
    coach_name: str | None
    month: date  # the first day
    days: tuple[AttendanceDayRow, ...]  # every counted day, ascending
    totals: AttendanceTotals
    generated_at: datetime
    author: str
