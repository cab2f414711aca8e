"""Consent for a dossier (PRODUCT.md R3 and Privacy): the data categories, and when a consent holds.

A consent names the recipient company (and optionally a contact person), the purpose, the data
categories it covers, the day it was given, its expiry (at most 12 months later) and, once
withdrawn, the day. A dossier may go to a recipient only while a consent is valid on the export
day and covers every category the dossier holds. Nobody can override this.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from canteen_app.core.text import QT_TRANSLATE_NOOP

CONSENT = "consent"

# The longest a consent may run, from the day it was given.
MAX_VALID_MONTHS = 12


class DataCategory(enum.StrEnum):
    """What a dossier may hold, each only with the participant's consent for that recipient."""

    COMPETENCES = "competences"  # competence areas, goals, levels and dates
    TASKS = "tasks"  # tasks and stations mastered
    CERTIFICATES = "certificates"  # training certificates and courses
    ATTENDANCE = "attendance"  # the attendance rate
    PHOTO = "photo"
    ACCOMMODATIONS = "accommodations"  # functional accommodation needs ("needs written step lists")
    REFERENCES = "references"


# In the order a form and a dossier list them.
CATEGORY_ORDER: tuple[DataCategory, ...] = tuple(DataCategory)

CATEGORY_LABELS: dict[DataCategory, str] = {
    DataCategory.COMPETENCES: QT_TRANSLATE_NOOP("consent", "Competences and levels"),
    DataCategory.TASKS: QT_TRANSLATE_NOOP("consent", "Tasks mastered"),
    DataCategory.CERTIFICATES: QT_TRANSLATE_NOOP("consent", "Certificates"),
    DataCategory.ATTENDANCE: QT_TRANSLATE_NOOP("consent", "Attendance rate"),
    DataCategory.PHOTO: QT_TRANSLATE_NOOP("consent", "Photo"),
    DataCategory.ACCOMMODATIONS: QT_TRANSLATE_NOOP("consent", "Functional accommodation needs"),
    DataCategory.REFERENCES: QT_TRANSLATE_NOOP("consent", "References"),
}


class ConsentStatus(enum.StrEnum):
    """A consent's state on a given day, as the command line and the lists name it."""

    VALID = "valid"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    NONE = "none"  # no consent recorded for the recipient


@dataclass(frozen=True)
class ConsentTerms:
    """The parts of a consent that decide whether it holds."""

    company_id: int
    contact_id: int | None  # None: any contact person at the company
    categories: frozenset[DataCategory]
    given_on: date
    expires_on: date
    withdrawn_on: date | None

    def status_on(self, day: date) -> ConsentStatus:
        if self.withdrawn_on is not None and self.withdrawn_on <= day:
            return ConsentStatus.WITHDRAWN
        if day > self.expires_on:
            return ConsentStatus.EXPIRED
        if day < self.given_on:
            return ConsentStatus.NONE
        return ConsentStatus.VALID

    def names(self, company_id: int, contact_id: int | None) -> bool:
        """Whether the consent is for this recipient (a consent naming a contact is for that person)."""
        if company_id != self.company_id:
            return False
        return self.contact_id is None or self.contact_id == contact_id

    def missing(self, categories: Iterable[DataCategory]) -> frozenset[DataCategory]:
        """The categories asked for that this consent does not cover."""
        return frozenset(categories) - self.categories


def latest_expiry(given_on: date) -> date:
    """The last day a consent given on `given_on` may run (12 months, less a day)."""
    month = given_on.month - 1 + MAX_VALID_MONTHS
    year = given_on.year + month // 12
    month = month % 12 + 1
    day = min(given_on.day, _days_in_month(year, month))
    return date.fromordinal(date(year, month, day).toordinal() - 1)


def _days_in_month(year: int, month: int) -> int:
    next_first = date(year + month // 12, month % 12 + 1, 1)
    return (next_first - date(year, month, 1)).days


def best_status(
    terms: Iterable[ConsentTerms], company_id: int, contact_id: int | None, day: date
) -> ConsentStatus:
    """The most useful state among a participant's consents for a recipient: valid beats withdrawn
    beats expired; none when no consent names the recipient."""
    ranking = (ConsentStatus.VALID, ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED)
    found = {t.status_on(day) for t in terms if t.names(company_id, contact_id)}
    return next((status for status in ranking if status in found), ConsentStatus.NONE)
