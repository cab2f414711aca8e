"""Plain rules of the dossier: what goes out (the preview), which consent categories a
dossier uses, and how evidence is cut to one line."""

from __future__ import annotations

from canteen_app.core.text import QT_TRANSLATE_NOOP
from canteen_app.referrals.consent.rules import CATEGORY_ORDER, DataCategory
from canteen_app.referrals.dossiers.dto import DossierContent, OutgoingField

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


def used_categories(content: DossierContent) -> frozenset[DataCategory]:
    """The consent categories the content actually holds data of: what the consent must cover."""
    present = {
        DataCategory.COMPETENCES: bool(content.competences),
        DataCategory.TASKS: bool(content.tasks),
        DataCategory.CERTIFICATES: bool(content.certificates),
        DataCategory.ATTENDANCE: content.attendance_rate is not None,
        DataCategory.PHOTO: content.person.photo_png is not None,
        DataCategory.ACCOMMODATIONS: bool(content.accommodations.strip()),
        DataCategory.REFERENCES: bool(content.references),
    }
    return frozenset(category for category, held in present.items() if held)


def parse_categories(stored: str) -> frozenset[DataCategory]:
    return frozenset(DataCategory(code) for code in stored.split(";") if code)


def store_categories(categories: frozenset[DataCategory] | set[DataCategory]) -> str:
    return ";".join(category.value for category in CATEGORY_ORDER if category in categories)


def outgoing_fields(
    content: DossierContent, percent: str, level_and_date: list[str]
) -> tuple[OutgoingField, ...]:
    """Every field that leaves with the dossier, in the document's order, for the preview.

    `percent` is the attendance rate formatted for the reader, `level_and_date` the formatted
    level and date of each competence line (formatting belongs to the caller's language).
    """
    recipient, person = content.recipient, content.person
    fields = [
        OutgoingField(SECTION_RECIPIENT, LABEL_COMPANY, recipient.company_name),
        OutgoingField(
            SECTION_RECIPIENT, LABEL_LOCATION, f"{recipient.location_name}, {recipient.location_city}"
        ),
        OutgoingField(SECTION_RECIPIENT, LABEL_POSITION, recipient.position_title),
    ]
    if recipient.contact_name:
        fields.append(OutgoingField(SECTION_RECIPIENT, LABEL_CONTACT, recipient.contact_name))
    fields.append(OutgoingField(SECTION_PROFILE, LABEL_NAME, f"{person.first_name} {person.last_name}"))
    if person.spoken_languages:
        fields.append(OutgoingField(SECTION_PROFILE, LABEL_LANGUAGES, ", ".join(person.spoken_languages)))
    if person.photo_png is not None:
        fields.append(OutgoingField(SECTION_PROFILE, LABEL_PHOTO, VALUE_PHOTO))
    for line, level in zip(content.competences, level_and_date, strict=True):
        fields.append(
            OutgoingField(SECTION_COMPETENCES, line.goal_text, f"{level} · {line.evidence}".rstrip(" ·"))
        )
    fields.extend(OutgoingField(SECTION_TASKS, task, "") for task in content.tasks)
    fields.extend(
        OutgoingField(SECTION_CERTIFICATES, c.name, f"{c.issuer}, {c.issued_on.isoformat()}")
        for c in content.certificates
    )
    if content.attendance_rate is not None:
        fields.append(OutgoingField(SECTION_ATTENDANCE, LABEL_RATE, percent))
    if content.accommodations.strip():
        fields.append(OutgoingField(SECTION_ACCOMMODATIONS, LABEL_NEEDS, content.accommodations.strip()))
    fields.extend(
        OutgoingField(SECTION_REFERENCES, r.name, ", ".join(p for p in (r.relation, r.phone, r.email) if p))
        for r in content.references
    )
    if content.statement.strip():
        fields.append(OutgoingField(SECTION_STATEMENT, LABEL_STATEMENT, content.statement.strip()))
    fields.append(OutgoingField(SECTION_STATEMENT, LABEL_COACH, f"{content.coach_name}, {content.site_name}"))
    return tuple(fields)
