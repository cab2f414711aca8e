"""What leaves the coach's overview: its counts and lists, as plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from canteen_app.training.overview.rules import Attention


@dataclass(frozen=True)
class MeasureCount:
    nav_measure: str  # nav.NavMeasure
    count: int


@dataclass(frozen=True)
class OverviewRow:
    """A participant who needs attention, and why. Which fields are set depends on `attention`:

    - ENDING_VERY_SOON / ENDING_SOON: `day` the planned end, `days` the days left (negative:
      the planned end has passed without the measure being ended);
    - PAST_LIMIT: `day` the planned end, `limit` the last day within the usual limit;
    - GOAL_OVERDUE (one row per goal): `day` the target date, `days` since then, `goal_text_nb`
      / `goal_text_en`, `plan_goal_id`, `level` (the latest coach level, None: never assessed)
      and `target_level`;
    - LOW_ATTENDANCE: `rate` and `counted_days` over the last four weeks;
    - NOT_ASSESSED: `day` the latest coach assessment (None: never), `days` since it (or since
      the measure started).
    """

    participant_id: int
    first_name: str
    last_name: str
    nav_measure: str
    coach_name: str | None
    attention: Attention
    day: date | None = None
    days: int | None = None
    limit: date | None = None
    plan_goal_id: int | None = None
    goal_text_nb: str = ""
    goal_text_en: str = ""
    level: int | None = None
    target_level: int | None = None
    rate: float | None = None
    counted_days: int = 0

    @property
    def id(self) -> int:
        """The participant the row opens."""
        return self.participant_id

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class CoachOverview:
    """A job coach's start page: their caseload (an administrator's: everyone's) and who needs
    attention, each list in the order to act on it."""

    today: date
    everyone: bool  # the whole site's caseload (an administrator), not one coach's
    caseload: tuple[MeasureCount, ...]  # per NAV measure, in the measures' order; none left out
    ending_very_soon: tuple[OverviewRow, ...]  # within 30 days (or passed), soonest first
    ending_soon: tuple[OverviewRow, ...]  # in 31 to 60 days
    past_limit: tuple[OverviewRow, ...]
    goals_overdue: tuple[OverviewRow, ...]  # the longest overdue first
    low_attendance: tuple[OverviewRow, ...]  # the lowest rate first
    not_assessed: tuple[OverviewRow, ...]  # never assessed first, then the longest ago

    @property
    def participants(self) -> int:
        return sum(count.count for count in self.caseload)

    @property
    def sections(self) -> dict[Attention, tuple[OverviewRow, ...]]:
        return {
            Attention.ENDING_VERY_SOON: self.ending_very_soon,
            Attention.ENDING_SOON: self.ending_soon,
            Attention.PAST_LIMIT: self.past_limit,
            Attention.GOAL_OVERDUE: self.goals_overdue,
            Attention.LOW_ATTENDANCE: self.low_attendance,
            Attention.NOT_ASSESSED: self.not_assessed,
        }

    @property
    def row_count(self) -> int:
        return sum(len(rows) for rows in self.sections.values())
