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
from pathlib import Path

from canteen_app.core.text import Message
from canteen_app.referrals.consent.rules import ConsentStatus, DataCategory


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


# --- what the coach works with (not drawn into a dossier) --------------------------------------------


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    participant_id: int
    name: str
    issued_on: date
    issuer: str
    version: int


@dataclass(frozen=True)
class ReferenceInfo:
    id: int
    participant_id: int
    name: str
    relation: str
    phone: str
    email: str
    consented_on: date | None  # None: not asked yet; never named in a dossier
    version: int


@dataclass(frozen=True)
class DossierMaterial:
    """A participant's register for dossiers: the languages they speak, certificates and
    courses (newest first), references (by name)."""

    participant_id: int
    spoken_languages: tuple[str, ...]  # ISO 639 codes, in the order the coach put them
    languages_version: int | None  # None: never saved
    certificates: tuple[CertificateInfo, ...]
    references: tuple[ReferenceInfo, ...]


@dataclass(frozen=True)
class DossierPreview:
    """Exactly what a dossier for the referral would hold, before anything is written.

    `fields` lists every field that goes out, in the document's order. `chosen` are the
    categories the coach chose, `consented` those a valid consent for this recipient covers
    (only they can be chosen with effect), `with_data` those the participant has anything of.
    `refusal` says why no dossier can be made now (no valid consent, or one that does not
    cover `missing`); None when it can. `fingerprint` identifies the content: an export asked
    for with it is refused when the dossier has changed since (see DossierService.render)."""

    referral_id: int
    participant_id: int
    participant_name: str
    company_name: str
    contact_id: int | None  # the referral's named contact person (the dossier's addressee)
    contact_name: str | None
    language: str
    fields: tuple[OutgoingField, ...]
    chosen: frozenset[DataCategory]
    consented: frozenset[DataCategory]
    with_data: frozenset[DataCategory]
    consent: ConsentStatus
    missing: frozenset[DataCategory]
    refusal: Message | None
    accommodations: str
    statement: str
    draft_version: int | None  # None: no draft saved yet (the consented categories are proposed)
    referral_version: int
    fingerprint: str

    @property
    def missing_categories(self) -> frozenset[DataCategory]:
        return self.missing

    @property
    def can_export(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class BatchResult:
    """A batch export: the files written (one per referral) and the referrals skipped, with
    the reason in words; `cancelled` when the user stopped it (the files written before stay,
    each complete and logged)."""

    written: tuple[tuple[int, Path], ...]
    skipped: tuple[tuple[int, Message], ...]
    cancelled: bool = False
