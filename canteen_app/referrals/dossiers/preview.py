"""What leaves with a dossier: the fields the preview lists, and the consent categories the
dossier uses (which the recipient's consent must cover)."""

from __future__ import annotations

from canteen_app.referrals.consent.rules import DataCategory
from canteen_app.referrals.dossiers.dto import DossierContent, OutgoingField
from canteen_app.referrals.dossiers.rules import (
    LABEL_COACH,
    LABEL_COMPANY,
    LABEL_CONTACT,
    LABEL_LANGUAGES,
    LABEL_LOCATION,
    LABEL_NAME,
    LABEL_NEEDS,
    LABEL_PHOTO,
    LABEL_POSITION,
    LABEL_RATE,
    LABEL_STATEMENT,
    SECTION_ACCOMMODATIONS,
    SECTION_ATTENDANCE,
    SECTION_CERTIFICATES,
    SECTION_COMPETENCES,
    SECTION_PROFILE,
    SECTION_RECIPIENT,
    SECTION_REFERENCES,
    SECTION_STATEMENT,
    SECTION_TASKS,
    VALUE_PHOTO,
)


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
