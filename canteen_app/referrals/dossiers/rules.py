"""Plain rules of the dossier: the words of the preview's sections and labels, how evidence is
cut to one line, and how chosen categories are stored."""

from __future__ import annotations

from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory

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
