"""The dossier's content: everything a referral dossier may show, and nothing else.

Data minimisation by construction (PRODUCT.md, Privacy): these classes have no field for what
must never leave the canteen - diagnoses or disability types, absence reasons, benefit types,
national identity number, address, refugee status, ethnicity, religion, case notes, the
coach's internal support notes. A dossier is drawn from a `DossierContent` alone, so such
data cannot reach it. Accommodation needs appear only as the functional text the participant
approved for this recipient, and only with consent. A test pins the field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from canteen_app.referrals.consent.rules import DataCategory


@dataclass(frozen=True)
class DossierRecipient:
    company_name: str
    location_name: str
    location_city: str
    position_title: str
    contact_name: str | None
    contact_role: str | None


@dataclass(frozen=True)
class DossierPerson:
    first_name: str
    last_name: str
    spoken_languages: tuple[str, ...]  # language names in the dossier's language
    photo_png: bytes | None  # only with PHOTO in the consented categories


@dataclass(frozen=True)
class CompetenceLine:
    area_number: int
    area_name: str
    goal_text: str
    level: int  # 1-4, the latest coach assessment
    level_name: str
    assessed_on: date
    evidence: str  # one line: what was observed, on which task


@dataclass(frozen=True)
class CertificateLine:
    name: str
    issued_on: date
    issuer: str


@dataclass(frozen=True)
class ReferenceLine:
    name: str
    relation: str
    phone: str
    email: str


@dataclass(frozen=True)
class DossierContent:
    """One referral's dossier. Sections of a category not in `categories` are empty."""

    referral_id: int
    language: str  # "nb" or "en": the recipient's reading language
    written_on: date
    recipient: DossierRecipient
    person: DossierPerson
    categories: frozenset[DataCategory]
    competences: tuple[CompetenceLine, ...]
    tasks: tuple[str, ...]
    certificates: tuple[CertificateLine, ...]
    attendance_rate: Decimal | None  # present / (present + excused + unexcused), 0-1
    accommodations: str
    references: tuple[ReferenceLine, ...]
    statement: str  # the coach's statement
    coach_name: str
    site_name: str


@dataclass(frozen=True)
class OutgoingField:
    """One line of the preview: a field that leaves with the dossier, and what it holds."""

    section: str  # source text, translated by the UI (context "dossier")
    label: str
    value: str
