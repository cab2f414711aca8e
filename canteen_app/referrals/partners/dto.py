"""What leaves the partner register and the matching: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: int
    name: str
    org_number: str
    active: bool
    location_count: int  # active ones
    contact_count: int
    position_count: int


@dataclass(frozen=True)
class LocationInfo:
    id: int
    name: str
    street: str
    postcode: str
    city: str
    active: bool
    version: int


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    role: str
    phone: str
    email: str
    location_id: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class NeedInfo:
    """A competence a position needs: a whole area or one goal, at a minimum level. `label` is
    in Norwegian, `label_en` in English."""

    area_number: int | None
    competence_goal_id: int | None
    min_level: int
    label: str
    label_en: str = ""

    def text(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label


@dataclass(frozen=True)
class PositionInfo:
    id: int
    title: str
    description: str
    active: bool
    version: int
    needs: tuple[NeedInfo, ...]


@dataclass(frozen=True)
class CompanyDetails:
    id: int
    name: str
    org_number: str
    website: str
    active: bool
    version: int
    locations: tuple[LocationInfo, ...]  # by name
    contacts: tuple[ContactInfo, ...]  # by name
    positions: tuple[PositionInfo, ...]  # by title

    def location(self, location_id: int | None) -> LocationInfo | None:
        return next((found for found in self.locations if found.id == location_id), None)

    def contact(self, contact_id: int | None) -> ContactInfo | None:
        return next((found for found in self.contacts if found.id == contact_id), None)

    def position(self, position_id: int | None) -> PositionInfo | None:
        return next((found for found in self.positions if found.id == position_id), None)


@dataclass(frozen=True)
class Recipient:
    """Who a referral or a dossier goes to, as the documents name them."""

    company_id: int
    company_name: str
    location_name: str
    location_city: str
    position_title: str
    contact_name: str | None
    contact_role: str | None
    contact_email: str | None
    contact_phone: str | None


@dataclass(frozen=True)
class NeedResult:
    """One need of a position against a participant's current level."""

    label: str  # Norwegian
    min_level: int
    current_level: float | None  # an area's is a mean; None: not assessed
    covered: bool
    label_en: str = ""

    def text(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label


@dataclass(frozen=True)
class PositionMatch:
    """A position ranked for a participant."""

    position_id: int
    company_name: str
    position_title: str
    covered: tuple[NeedResult, ...]
    missing: tuple[NeedResult, ...]
    score: float  # covered / needs, 0..1
    company_id: int = 0


@dataclass(frozen=True)
class Candidate:
    """A participant ranked for a position ("closest to ready")."""

    participant_id: int
    name: str
    covered: tuple[NeedResult, ...]
    missing: tuple[NeedResult, ...]
    score: float
