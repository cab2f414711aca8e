"""Participants as they leave the core: a list row (what a role may see) and the full record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participant list. Fields a role may not see are None."""

    id: int
    first_name: str
    last_name: str
    nav_measure: str | None = None
    measure_planned_end: date | None = None
    coach_name: str | None = None
    # The last day within the measure's usual limit (None: no limit, or not for this role);
    # a planned end after it needs NAV's approval of an extension.
    usual_limit_end: date | None = None
    ended_on: date | None = None  # the measure has ended (the "ended" list)

    @property
    def past_usual_limit(self) -> bool:
        end, limit = self.measure_planned_end, self.usual_limit_end
        return end is not None and limit is not None and end > limit

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
    ended_on: date | None = None
    end_reason: str | None = None  # nav.EndReason
    has_photo: bool = False
    photo_on_kiosk: bool = False

    @property
    def active(self) -> bool:
        return self.ended_on is None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class ParticipantExportRow:
    """One participant as the command line lists them: the measure and the coach; never
    support needs or contact details."""

    id: int
    first_name: str
    last_name: str
    nav_measure: str
    measure_start: date
    measure_planned_end: date
    coach_name: str | None
    ended_on: date | None

    @property
    def status(self) -> str:
        """ "active" or "ended" (the measure has an end day)."""
        return "ended" if self.ended_on is not None else "active"


@dataclass(frozen=True)
class KioskPerson:
    """What the shared kiosk may show of a participant for check-in: the first name, and the
    photo only when the participant said yes to it."""

    participant_id: int
    first_name: str
    photo: bytes | None


@dataclass(frozen=True)
class MeasurePeriod:
    """The days a participant's attendance counts: from the start to the end (or planned end)."""

    participant_id: int
    start: date
    end: date
    ended: bool
