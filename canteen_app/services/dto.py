"""Frozen data the services hand to the UI and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from canteen_app.domain.roles import Role


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None = None  # set while five wrong PINs keep the account locked


@dataclass(frozen=True)
class GuestCategoryInfo:
    id: int
    name_nb: str
    name_en: str
    sort_order: int
    is_default: bool
    active: bool
    version: int

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_nb


@dataclass(frozen=True)
class DayCounts:
    """Guests counted at one site on one day, per category id and in total."""

    day: date
    by_category: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class TapResult:
    tap_id: int
    counts: DayCounts


@dataclass(frozen=True)
class UndoResult:
    undone_tap_id: int | None  # None: there was nothing left to undo today
    counts: DayCounts
    more_to_undo: bool = False  # this device still has taps today that could be undone


@dataclass(frozen=True)
class DayTotal:
    day: date
    total: int
    by_category: dict[int, int]


@dataclass(frozen=True)
class PeriodTotal:
    start: date  # first day of the week (Monday)
    total: int
    open_days: int


@dataclass(frozen=True)
class GuestSummary:
    """Everything the statistics charts need for one period, from one query."""

    start: date
    end: date
    daily: list[tuple[date, int]]
    weekly: list[PeriodTotal]
    # Monday..Sunday: average guests on the open days of that weekday, None when never open.
    weekday_averages: list[float | None]

    @property
    def total(self) -> int:
        return sum(total for _day, total in self.daily)


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participant list. Fields a role may not see are None."""

    id: int
    first_name: str
    last_name: str
    nav_measure: str | None = None
    measure_planned_end: date | None = None
    coach_name: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def list_name(self) -> str:
        """The name as a register sorted by last name shows it: "Last, First"."""
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class ParticipantDetails:
    id: int
    first_name: str
    last_name: str
    phone: str
    email: str
    preferred_language: str
    nav_measure: str
    measure_start: date
    measure_planned_end: date
    participation_percent: int
    nav_contact: str
    coach_id: int | None
    coach_name: str | None
    support_needs: str
    updated_at: datetime
    version: int

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_name: str
    action: str
    entity_type: str
    entity_id: int | None
    detail: str
