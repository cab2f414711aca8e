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
from datetime import date, timedelta

from canteen_app.core.dates import add_months
from canteen_app.core.errors import DomainError
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy

CONSENT = "consent"
CONSENTS = "referrals.consents"  # the change key: a consent was recorded or withdrawn

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
    return add_months(given_on, MAX_VALID_MONTHS) - timedelta(days=1)


def best_status(
    terms: Iterable[ConsentTerms], company_id: int, contact_id: int | None, day: date
) -> ConsentStatus:
    """The most useful state among a participant's consents for a recipient: valid beats withdrawn
    beats expired; none when no consent names the recipient."""
    ranking = (ConsentStatus.VALID, ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED)
    found = {t.status_on(day) for t in terms if t.names(company_id, contact_id)}
    return next((status for status in ranking if status in found), ConsentStatus.NONE)


# --- recording a consent (the consent helper's additions) -----------------------------------------

PURPOSE_MAX = 300  # as the column
_SEPARATOR = ";"

# The form's fields, in its order: the first with a problem gets the focus.
CONSENT_FIELDS: tuple[str, ...] = (
    "company_id",
    "contact_id",
    "purpose",
    "categories",
    "given_on",
    "expires_on",
)


@dataclass(frozen=True)
class ConsentInput:
    """A consent as the job coach records it from the signed form."""

    participant_id: int
    company_id: int
    contact_id: int | None  # None: any contact person at the company
    purpose: str
    categories: Iterable[DataCategory]
    given_on: date
    expires_on: date

    def cleaned(self) -> ConsentInput:
        """Blanks trimmed, the categories once each in CATEGORY_ORDER (as a tuple)."""
        return ConsentInput(
            participant_id=self.participant_id,
            company_id=self.company_id,
            contact_id=self.contact_id,
            purpose=tidy(self.purpose),
            categories=ordered(self.categories),
            given_on=self.given_on,
            expires_on=self.expires_on,
        )


def ordered(categories: Iterable[DataCategory]) -> tuple[DataCategory, ...]:
    """The categories once each, in the order a form and a dossier list them."""
    wanted = {DataCategory(category) for category in categories}
    return tuple(category for category in CATEGORY_ORDER if category in wanted)


def join_categories(categories: Iterable[DataCategory]) -> str:
    """As stored: "competences;tasks"."""
    return _SEPARATOR.join(category.value for category in ordered(categories))


def split_categories(stored: str) -> tuple[DataCategory, ...]:
    """The stored text back as categories (a value this version does not know is left out:
    a consent never covers more than it names)."""
    known = {category.value for category in DataCategory}
    return ordered(DataCategory(part) for part in stored.split(_SEPARATOR) if part in known)


def validate_consent(data: ConsentInput, today: date) -> tuple[ConsentInput, dict[str, Message]]:
    """The cleaned input and a message per field in error (the service checks the company and
    the contact person against the partner register besides)."""
    clean = data.cleaned()
    errors: dict[str, Message] = {}
    problem = text_problem(clean.purpose, PURPOSE_MAX, required=True)
    if problem is not None:
        errors["purpose"] = problem
    if not tuple(clean.categories):
        errors["categories"] = Message(
            QT_TRANSLATE_NOOP("errors", "Tick at least one kind of data the consent covers.")
        )
    if clean.given_on > today:
        errors["given_on"] = Message(
            QT_TRANSLATE_NOOP("errors", "The consent cannot be given on a day still to come.")
        )
    if clean.expires_on < clean.given_on:
        errors["expires_on"] = Message(
            QT_TRANSLATE_NOOP("errors", "The consent cannot expire before the day it was given.")
        )
    elif "given_on" not in errors and clean.expires_on > latest_expiry(clean.given_on):
        errors["expires_on"] = Message(
            QT_TRANSLATE_NOOP(
                "errors", "A consent runs at most 12 months: it must expire on {latest} at the latest."
            ),
            {"latest": latest_expiry(clean.given_on).isoformat()},
        )
    return clean, errors


def withdrawal_problem(withdrawn_on: date, given_on: date, today: date) -> Message | None:
    """Why a withdrawal cannot be dated `withdrawn_on`, or None."""
    if withdrawn_on > today:
        return Message(QT_TRANSLATE_NOOP("errors", "A withdrawal cannot be dated on a day still to come."))
    if withdrawn_on < given_on:
        return Message(
            QT_TRANSLATE_NOOP(
                "errors", "A withdrawal cannot be dated before the consent was given ({given})."
            ),
            {"given": given_on.isoformat()},
        )
    return None


class ConsentRefused(DomainError):  # noqa: N818 - the name every feature knows it by
    """No valid consent covers what would go to the recipient: nothing may leave. There is
    no way around it for any role. The message names the recipient (the company, and the
    contact person when one was asked for) and the reason, never the participant: it goes
    to logs and the command line."""

    def __init__(
        self,
        reason: ConsentStatus,
        recipient: str,
        company_id: int,
        contact_id: int | None,
        on: date | None = None,
        missing: Iterable[DataCategory] = (),
    ) -> None:
        self.reason = reason  # NONE, EXPIRED, WITHDRAWN; VALID: valid, but missing categories
        self.company_id = company_id
        self.contact_id = contact_id
        self.on = on  # the day it expired or was withdrawn
        self.missing = ordered(missing)
        if reason is ConsentStatus.EXPIRED:
            text = QT_TRANSLATE_NOOP("consent", "The consent for {company} expired on {date}.")
        elif reason is ConsentStatus.WITHDRAWN:
            text = QT_TRANSLATE_NOOP("consent", "The consent for {company} was withdrawn on {date}.")
        elif reason is ConsentStatus.VALID:
            text = QT_TRANSLATE_NOOP("consent", "The consent for {company} does not cover: {categories}.")
        else:
            text = QT_TRANSLATE_NOOP("consent", "No consent is recorded for {company}.")
        params = {
            "company": recipient,
            "date": on.isoformat() if on is not None else "",
            "categories": ", ".join(CATEGORY_LABELS[category] for category in self.missing),
        }
        super().__init__(text, **params)
        self.message = Message(text, params, CONSENT)
