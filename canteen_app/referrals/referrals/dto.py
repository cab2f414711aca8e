"""What leaves the referrals feature: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from canteen_app.referrals.consent.rules import ConsentStatus
from canteen_app.referrals.referrals.rules import Figures, Stage, correction_target, forward_moves


@dataclass(frozen=True)
class ReferralInput:
    """A new referral: the participant, the partner's location and position, optionally the
    named contact person (the dossier's recipient), the day it was prepared and a note."""

    participant_id: int
    company_id: int
    location_id: int
    position_id: int
    contact_id: int | None
    on_date: date
    note: str = ""


@dataclass(frozen=True)
class ReferralRow:
    """One referral in the list and on the board."""

    id: int
    participant_id: int
    participant_name: str  # "First Last"
    company_id: int
    company_name: str
    location_id: int
    location_name: str
    position_id: int
    position_title: str
    contact_id: int | None
    contact_name: str | None
    stage: Stage
    stage_on: date  # the day the current stage began
    consent: ConsentStatus  # for the recipient (company and contact), today
    version: int
    participant_first_name: str  # what a board card shows

    @property
    def next_stages(self) -> tuple[Stage, ...]:
        """Where the referral may move forward (the board's "Move to ..." buttons)."""
        return forward_moves(self.stage)


@dataclass(frozen=True)
class StageEventInfo:
    """One step of a referral's history."""

    stage: Stage
    on_date: date
    note: str
    recorded_by: str
    correction: bool = False  # a correction back to the stage before


@dataclass(frozen=True)
class ReferralDetails(ReferralRow):
    """A referral with the coach's statement for the dossier and its history (oldest first)."""

    statement: str
    created_by: str
    created_at: datetime
    events: tuple[StageEventInfo, ...]

    @property
    def correction_stage(self) -> Stage | None:
        """The stage a correction would go back to (None: still in its first stage)."""
        return correction_target([event.stage for event in self.events])

    @property
    def last_date(self) -> date:
        """The day of the last move: a new move cannot be dated before it."""
        return self.events[-1].on_date if self.events else self.stage_on


@dataclass(frozen=True)
class PartnerOutcome:
    company_id: int
    company_name: str
    referrals: int
    hired: int
    hire_rate: float | None  # hired / closed referrals (rules.hire_rate)
    median_days_start_to_job: float | None
    median_days_referral_to_hire: float | None
    not_hired: int = 0
    withdrawn: int = 0
    open: int = 0


@dataclass(frozen=True)
class YearOutcome:
    year: int  # the year the referrals were made
    referrals: int
    hired: int
    hire_rate: float | None
    median_days_start_to_job: float | None
    median_days_referral_to_hire: float | None
    not_hired: int = 0
    withdrawn: int = 0
    open: int = 0


@dataclass(frozen=True)
class TotalOutcome:
    referrals: int
    hired: int
    hire_rate: float | None
    median_days_start_to_job: float | None
    median_days_referral_to_hire: float | None
    not_hired: int = 0
    withdrawn: int = 0
    open: int = 0


@dataclass(frozen=True)
class Outcomes:
    """Counts only, never names. `per_partner` and `totals` are for the chosen year (or every
    year); `per_year` always covers every year."""

    year: int | None
    per_partner: tuple[PartnerOutcome, ...]
    per_year: tuple[YearOutcome, ...]
    totals: TotalOutcome


def partner_outcome(company_id: int, company_name: str, figures: Figures) -> PartnerOutcome:
    return PartnerOutcome(company_id, company_name, *_figure_values(figures))


def year_outcome(year: int, figures: Figures) -> YearOutcome:
    return YearOutcome(year, *_figure_values(figures))


def total_outcome(figures: Figures) -> TotalOutcome:
    return TotalOutcome(*_figure_values(figures))


def _figure_values(
    figures: Figures,
) -> tuple[int, int, float | None, float | None, float | None, int, int, int]:
    return (
        figures.referrals,
        figures.hired,
        figures.hire_rate,
        figures.median_days_start_to_job,
        figures.median_days_referral_to_hire,
        figures.not_hired,
        figures.withdrawn,
        figures.open,
    )
