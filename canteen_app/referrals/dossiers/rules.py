"""Plain rules of the dossier: the words of the preview's sections and labels, how evidence is
cut to one line, and how chosen categories are stored."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from babel import Locale

from canteen_app.core.collation import norwegian_sort_key
from canteen_app.core.text import QT_TRANSLATE_NOOP, Message
from canteen_app.core.text_rules import text_problem, tidy
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory
from canteen_app.referrals.partners.rules import email_problem, phone_problem

DOSSIER = "dossier"
EVIDENCE_LIMIT = 90  # characters of evidence in the competence matrix

SECTION_RECIPIENT = QT_TRANSLATE_NOOP("dossier", "Recipient")
SECTION_PROFILE = QT_TRANSLATE_NOOP("dossier", "Profile")
SECTION_COMPETENCES = QT_TRANSLATE_NOOP("dossier", "Competences")
SECTION_TASKS = QT_TRANSLATE_NOOP("dossier", "Tasks and stations mastered")
SECTION_CERTIFICATES = QT_TRANSLATE_NOOP("dossier", "Certificates and courses")
SECTION_ATTENDANCE = QT_TRANSLATE_NOOP("dossier", "Attendance")
SECTION_ACCOMMODATIONS = QT_TRANSLATE_NOOP("dossier", "Accommodation needs")
SECTION_REFERENCES = QT_TRANSLATE_NOOP("dossier", "References")
SECTION_STATEMENT = QT_TRANSLATE_NOOP("dossier", "The job coach's statement")

LABEL_COMPANY = QT_TRANSLATE_NOOP("dossier", "Company")
LABEL_LOCATION = QT_TRANSLATE_NOOP("dossier", "Location")
LABEL_POSITION = QT_TRANSLATE_NOOP("dossier", "Position")
LABEL_CONTACT = QT_TRANSLATE_NOOP("dossier", "Contact person")
LABEL_NAME = QT_TRANSLATE_NOOP("dossier", "Name")
LABEL_LANGUAGES = QT_TRANSLATE_NOOP("dossier", "Languages spoken")
LABEL_PHOTO = QT_TRANSLATE_NOOP("dossier", "Photo")
LABEL_RATE = QT_TRANSLATE_NOOP("dossier", "Attendance rate")
LABEL_NEEDS = QT_TRANSLATE_NOOP("dossier", "Functional accommodation needs")
LABEL_STATEMENT = QT_TRANSLATE_NOOP("dossier", "Statement")
LABEL_COACH = QT_TRANSLATE_NOOP("dossier", "Job coach")
VALUE_PHOTO = QT_TRANSLATE_NOOP("dossier", "The participant's photo")


def evidence_line(evidence: str, limit: int = EVIDENCE_LIMIT) -> str:
    """The first line of an evidence note, cut at a word to at most `limit` characters."""
    first = " ".join(evidence.strip().splitlines()[:1]).strip()
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{cut}…"


def parse_categories(stored: str) -> frozenset[DataCategory]:
    return frozenset(DataCategory(code) for code in stored.split(";") if code)


def store_categories(categories: frozenset[DataCategory] | set[DataCategory]) -> str:
    return ";".join(category.value for category in CATEGORY_ORDER if category in categories)


# --- the register: certificates, references, spoken languages, the draft (the dossiers helper) ----

DOSSIER_MATERIAL = "referrals.dossier_material"  # the change key: certificates, references, drafts

NAME_MAX = 160  # a certificate's name and issuer, a reference's relation (as the columns)
REFERENCE_NAME_MAX = 120
PHONE_MAX = 30
EMAIL_MAX = 254
LANGUAGES_MAX = 200  # the stored, ";"-joined codes
ACCOMMODATIONS_MAX = 1000
EARLIEST_CERTIFICATE = date(1950, 1, 1)

CERTIFICATE_FIELDS: tuple[str, ...] = ("name", "issued_on", "issuer")
REFERENCE_FIELDS: tuple[str, ...] = ("name", "relation", "phone", "email", "consented_on")


@dataclass(frozen=True)
class CertificateInput:
    """A certificate or course the participant holds: "Hygienekurs", the day, who issued it."""

    name: str
    issued_on: date
    issuer: str

    def cleaned(self) -> CertificateInput:
        return CertificateInput(tidy(self.name), self.issued_on, tidy(self.issuer))


@dataclass(frozen=True)
class ReferenceInput:
    """A person who can speak for the participant's work. `consented_on`: the day the reference
    agreed to be named in dossiers (None: not asked yet, so never named)."""

    name: str
    relation: str
    phone: str = ""
    email: str = ""
    consented_on: date | None = None

    def cleaned(self) -> ReferenceInput:
        return ReferenceInput(
            tidy(self.name), tidy(self.relation), tidy(self.phone), tidy(self.email), self.consented_on
        )


@dataclass(frozen=True)
class DraftInput:
    """What one referral's dossier holds: the chosen data categories and the functional
    accommodation needs as the participant approved them for this recipient."""

    categories: frozenset[DataCategory]
    accommodations: str = ""

    def cleaned(self) -> DraftInput:
        return DraftInput(
            frozenset(DataCategory(category) for category in self.categories),
            tidy(self.accommodations.replace("\r\n", "\n")),
        )


def validate_certificate(data: CertificateInput, today: date) -> tuple[CertificateInput, dict[str, Message]]:
    clean = data.cleaned()
    errors: dict[str, Message] = {}
    for name, value in (("name", clean.name), ("issuer", clean.issuer)):
        problem = text_problem(value, NAME_MAX, required=True)
        if problem is not None:
            errors[name] = problem
    if clean.issued_on > today:
        errors["issued_on"] = Message(
            QT_TRANSLATE_NOOP("errors", "A certificate cannot be dated on a day still to come.")
        )
    elif clean.issued_on < EARLIEST_CERTIFICATE:
        errors["issued_on"] = Message(
            QT_TRANSLATE_NOOP("errors", "Check the year: the date is before {earliest}."),
            {"earliest": EARLIEST_CERTIFICATE.isoformat()},
        )
    return clean, errors


def validate_reference(data: ReferenceInput, today: date) -> tuple[ReferenceInput, dict[str, Message]]:
    clean = data.cleaned()
    errors: dict[str, Message] = {}
    for name, value, limit, required in (
        ("name", clean.name, REFERENCE_NAME_MAX, True),
        ("relation", clean.relation, NAME_MAX, True),
        ("phone", clean.phone, PHONE_MAX, False),
        ("email", clean.email, EMAIL_MAX, False),
    ):
        problem = text_problem(value, limit, required=required)
        if problem is not None:
            errors[name] = problem
    for name, problem_of in (("phone", phone_problem), ("email", email_problem)):
        found = None if name in errors else problem_of(getattr(clean, name))
        if found is not None:
            errors[name] = found
    if not clean.phone and not clean.email and "phone" not in errors and "email" not in errors:
        errors["phone"] = Message(
            QT_TRANSLATE_NOOP("errors", "Give a phone number or an e-mail address the recruiter can use.")
        )
    if clean.consented_on is not None and clean.consented_on > today:
        errors["consented_on"] = Message(
            QT_TRANSLATE_NOOP("errors", "The reference's yes cannot be dated on a day still to come.")
        )
    return clean, errors


def validate_draft(data: DraftInput) -> tuple[DraftInput, dict[str, Message]]:
    clean = data.cleaned()
    problem = text_problem(clean.accommodations, ACCOMMODATIONS_MAX, multiline=True)
    return clean, ({"accommodations": problem} if problem is not None else {})


# --- spoken languages -------------------------------------------------------------------------------


@functools.cache
def _language_names(reader: str) -> dict[str, str]:
    return dict(Locale.parse(_READER_LOCALES.get(reader, reader)).languages)


_READER_LOCALES = {"nb": "nb_NO", "en": "en_GB"}
# Our code for Dari is "prs"; CLDR names it under "fa_AF".
_CLDR_KEYS = {"prs": "fa_AF"}


def is_language_code(code: str) -> bool:
    """Whether CLDR knows `code` as a language ("ar", "so", "prs", "ku", ...)."""
    return _CLDR_KEYS.get(code, code) in _language_names("en")


def language_name(code: str, reader: str) -> str:
    """The language's name in the reader's language ("nb" or "en"), capitalised: "Arabisk"."""
    name = _language_names(reader).get(_CLDR_KEYS.get(code, code), code)
    return name[:1].upper() + name[1:]


def language_choices(reader: str) -> tuple[tuple[str, str], ...]:
    """Every language CLDR names, as (code, name in the reader's language), by name: the list
    the coach picks a participant's spoken languages from (plain two- or three-letter codes
    and Dari; no regional variants)."""
    names = _language_names(reader)
    codes = [code for code in names if code.isalpha() and code.islower() and len(code) <= 3]
    choices = {code: language_name(code, reader) for code in codes}
    choices["prs"] = language_name("prs", reader)
    return tuple(sorted(choices.items(), key=lambda item: (norwegian_sort_key(item[1]), item[0])))


def parse_languages(stored: str) -> tuple[str, ...]:
    return tuple(code for code in stored.split(";") if code)


def validate_languages(codes: Iterable[str]) -> tuple[tuple[str, ...], dict[str, Message]]:
    """The codes once each, in the order given; a message when one is unknown or they are too many."""
    seen: list[str] = []
    for code in (code.strip() for code in codes):
        if code and code not in seen:
            seen.append(code)
    unknown = [code for code in seen if not is_language_code(code)]
    if unknown:
        return tuple(seen), {
            "languages": Message(
                QT_TRANSLATE_NOOP("errors", "Unknown language code: {codes}."), {"codes": ", ".join(unknown)}
            )
        }
    if len(";".join(seen)) > LANGUAGES_MAX:
        return tuple(seen), {
            "languages": Message(QT_TRANSLATE_NOOP("errors", "Too many languages: remove some."))
        }
    return tuple(seen), {}


# --- batch file names -----------------------------------------------------------------------------

_UNSAFE = re.compile(r"[^0-9A-Za-z]+")
_FOLDED = str.maketrans({"æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "å": "a", "Å": "A", "ß": "ss"})
COMPANY_SLUG_MAX = 40


def initials(first_name: str, last_name: str) -> str:
    """ "AY" for Amal Yusuf; letters only, any script ("" when a name has none)."""
    letters = [next((c for c in name if c.isalpha()), "") for name in (first_name, last_name)]
    return "".join(letters).upper()


def dossier_file_name(company_name: str, first_name: str, last_name: str, referral_id: int) -> str:
    """The batch's file for one referral: company, the participant's initials and the referral's
    number, never a full name (file names show in folders, mail and logs):
    "nordlys-kantiner-as-AY-12.pdf"."""
    folded = unicodedata.normalize("NFKD", company_name.translate(_FOLDED))
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    slug = _UNSAFE.sub("-", ascii_only).strip("-").lower()[:COMPANY_SLUG_MAX].strip("-") or "partner"
    letters = initials(first_name, last_name)
    safe = "".join(c for c in letters if c.isalnum())
    return f"{slug}-{safe}-{referral_id}.pdf" if safe else f"{slug}-{referral_id}.pdf"
